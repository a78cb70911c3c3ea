using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class SeedAndExportTest
{
    private static PointsScheme SeedScheme() => PartyBuildingJson.Deserialize<PointsScheme>(File.ReadAllText(SeedPath("binzhou-2018-scheme.json")));

    private static MemberPointsDataSet SeedData() => PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllText(SeedPath("bz-001-2018-data.json")));

    [Fact]
    public void Article002_FiftyStandards_SeedSchemeHasFiftyStandardsInBothFamilies()
    {
        var scheme = SeedScheme();

        new PointsSchemeValidator().Check(scheme).Problems.Should().BeEmpty();
        scheme.Standards.Should().HaveCount(50);
        scheme.Standards.Select(s => s.Group).Distinct().Should().BeEquivalentTo([StandardGroup.FourSpeaksFourHaves, StandardGroup.FourQualifieds]);
        scheme.Standards.Select(s => s.Kind).Distinct().Should().BeEquivalentTo([PointsKind.Base, PointsKind.Bonus, PointsKind.Deduction]);
        scheme.Standards.Should().OnlyContain(s => s.Illustrative && s.Text.ZhCn.EndsWith("（示例）", StringComparison.Ordinal));
        scheme.Name.English.Should().Contain("002_3d274b2eb4d4736e.txt");
    }

    [Fact]
    public void SeedData_LoadsValidatesAndEvaluates()
    {
        var scheme = SeedScheme();
        var data = SeedData();

        new MemberPointsDataSetValidator(scheme).Check(data).Problems.Should().BeEmpty();
        var result = MemberPointsEngine.Evaluate(data, scheme, new LocalDate(2019, 1, 31));

        result.Members.Should().HaveCount(data.Roster.Length);
        result.Members.Should().OnlyContain(m => m.PointsExplanation.Verify().IsEmpty);
        result.Branches.Select(b => b.OrganizationId.Value).Should().Equal("BZ-001-B01", "BZ-001-B02");
        result.Organizations.Single().OrganizationId.Value.Should().Be("BZ-001");
        result.Committee.Members.Should().Be(data.Roster.Length);
        result.Declarations.Should().Contain(d => d.Status == DeclarationStatus.Duplicate);
        result.Declarations.Should().Contain(d => d.Status == DeclarationStatus.Late);
        result.Declarations.Should().Contain(d => d.Status == DeclarationStatus.Rejected);

        var mover = result.Member(MemberId.Parse("BZ-001-B02-M007"))!;
        mover.BranchId.Value.Should().Be("BZ-001-B01");
        result.Member(MemberId.Parse("BZ-001-B01-M009"))!.Ungraded.Should().Be(UngradedReason.Probationary);
        result.Member(MemberId.Parse("BZ-001-B02-M009"))!.DeclaredItems.Should().Be(0);
        result.Member(MemberId.Parse("BZ-001-B02-M008"))!.MonthsInParty.Should().Be(3);

        // The 30% quota of the branch-quota strategy holds in each branch (ties are excluded by the seed's tie rule).
        foreach (var branch in result.Branches)
        {
            branch.Excellent.Should().BeLessThanOrEqualTo((int)Math.Floor(0.3m * branch.Graded));
        }
    }

    [Fact]
    public void Result_RoundTripsThroughJson()
    {
        var result = Evaluate(FullYearTest.BranchYear());

        var json = PartyBuildingJson.Serialize(result);
        var back = PartyBuildingJson.Deserialize<MemberPointsYearResult>(json);

        back.Should().Be(result);
        PartyBuildingJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void SchemeAndData_RoundTripThroughJson()
    {
        var scheme = Scheme();
        var data = FullYearTest.BranchYear();

        PartyBuildingJson.Deserialize<PointsScheme>(PartyBuildingJson.Serialize(scheme)).Should().Be(scheme);
        PartyBuildingJson.Deserialize<MemberPointsDataSet>(PartyBuildingJson.Serialize(data)).Should().Be(data);
    }

    [Fact]
    public void Scheme_UnknownProperty_IsRefused()
    {
        var json = PartyBuildingJson.Serialize(Scheme()).Replace("\"year\": 2024,", "\"year\": 2024, \"bonusMultiplier\": 2,", StringComparison.Ordinal);

        var act = () => PartyBuildingJson.Deserialize<PointsScheme>(json);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Single().Path.Should().Be("$.content.bonusMultiplier");
    }

    [Fact]
    public void Article003_AwardsAndPromotion_ExportCarriesGradesAndBranchRanks()
    {
        var m = new[] { M(1), M(2), M(3) };
        var items = new[] { Approved(m[0], "B1", 1), Approved(m[1], "B1", 1), Approved(m[2], "B2", 1) };
        var result = Evaluate(Data(m.Select(x => Member(x)), items.Select(i => i.Declaration), items.Select(i => i.Audit)));

        var export = MemberPointsEngine.ExportGrades(result);

        export.Rows.Select(r => (r.MemberId, r.BranchRank, r.Points.Value)).Should().Equal((m[0], 1, 2.00m), (m[1], 1, 2.00m), (m[2], 3, 1.00m));
        export.Rows.Should().OnlyContain(r => r.Grade == MemberGrade.Unqualified && r.OrganizationId == Dept);
        PartyBuildingJson.Deserialize<MemberGradeExport>(PartyBuildingJson.Serialize(export)).Should().Be(export);
    }

    [Fact]
    public void Records_WithImmutableArrays_HaveValueEquality()
    {
        Scheme().Should().Be(Scheme());
        Scheme().GetHashCode().Should().Be(Scheme().GetHashCode());
        FullYearTest.BranchYear().Should().Be(FullYearTest.BranchYear());
        Member(M(1)).Should().Be(Member(M(1)));
        Choice("a", ("x", "1")).Should().Be(Choice("a", ("x", "1")));
        Choice("a", ("x", "1")).Should().NotBe(Choice("a", ("x", "2")));
        Evaluate(FullYearTest.BranchYear()).Should().Be(Evaluate(FullYearTest.BranchYear()));
        new MemberGradeExport(Year, Committee, []).Should().Be(new MemberGradeExport(Year, Committee, default));
    }

    [Fact]
    public void Statistics_ScoreIsExplainedForTheAssessment()
    {
        var stats = Evaluate(FullYearTest.BranchYear()).Branches.Single(b => b.OrganizationId == B01);

        stats.Explanation.Value.Should().Be(stats.Score.Value);
        stats.Explanation.Strategy.Should().Be("participation-and-grades");
        stats.Explanation.Find(B01.Value + "/participation")!.Value.Should().Be(1m);
        stats.Explanation.Find(B01.Value + "/qualified-or-better")!.Value.Should().Be(0.5m);
    }

    [Fact]
    public void Labels_CoverEveryEnumValueInBothLanguages()
    {
        MemberPointsLabels.MemberGrades[MemberGrade.BasicallyQualified].ZhCn.Should().Be("基本合格");
        MemberPointsLabels.StandardGroups[StandardGroup.FourSpeaksFourHaves].ZhCn.Should().Be("四讲四有");
        MemberPointsLabels.StandardGroups.All.Should().HaveCount(Enum.GetValues<StandardGroup>().Length);
        MemberPointsLabels.PointsKinds.All.Should().HaveCount(3);
        MemberPointsLabels.AuditDecisions.All.Should().HaveCount(3);
        OrganizationsLabels.MembershipStatuses.All.Should().HaveCount(2);
        MemberPointsLabels.DeclarationStatuses.All.Should().HaveCount(Enum.GetValues<DeclarationStatus>().Length);
        MemberPointsLabels.LateDeclarationPolicies.All.Should().HaveCount(2);
        MemberPointsLabels.UngradedReasons.All.Should().HaveCount(2);
    }
}
