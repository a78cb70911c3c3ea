using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

public sealed class SeedsTest
{
    private static ResponsibilityScheme Scheme => PartyBuildingJson.Deserialize<ResponsibilityScheme>(File.ReadAllText(SeedPath("shandong-scheme.json")));

    private static ResponsibilityDataSet Data => PartyBuildingJson.Deserialize<ResponsibilityDataSet>(File.ReadAllText(SeedPath("binzhou-2019-data-set.json")));

    private static RectificationLedger Ledger => PartyBuildingJson.Deserialize<RectificationLedger>(File.ReadAllText(SeedPath("rectification-ledger-2019.json")));

    [Fact]
    public void Article000_ShandongScheme_Has12Principal8Assisting7Supervising()
    {
        var scheme = Scheme;

        new ResponsibilitySchemeValidator().Check(scheme).Problems.Should().BeEmpty();
        scheme.CountAt(ResponsibilityLevel.Principal).Should().Be(12);
        scheme.CountAt(ResponsibilityLevel.Assisting).Should().Be(8);
        scheme.CountAt(ResponsibilityLevel.GuidingAndSupervising).Should().Be(7);
        scheme.Responsibilities.Should().HaveCount(27).And.OnlyContain(r => r.Illustrative && r.Citation != null);
        scheme.Citation.Should().Be(ResponsibilityCitations.ThreeLevelSplit);
    }

    [Fact]
    public void DataSet_LoadsAndValidatesAgainstTheScheme()
    {
        var data = Data;

        ResponsibilityAssessmentEngine.Validate(data, Scheme, data.Year.LastDay).Problems.Should().BeEmpty();
        data.Lists.Select(l => l.Owner.Value).Distinct().Should().Contain(["BZ-001", "BZ-002", "BZ-003", "BZ-004", "BZ-005", "BZ-WC", "BZ-002-B01"]);
        data.Lists.Single(l => l.Kind == ResponsibilityListKind.TargetAgreement).Items.Should().HaveCount(17);
        data.Lists.Should().ContainSingle(l => l.Kind == ResponsibilityListKind.FourLevel);
    }

    [Fact]
    public void Seed_DepartmentLists_AreIllustrativeOnTheThreeLevelShape_NotTheProvincialListOf25()
    {
        var annual = Data.Lists.Where(l => l.Kind == ResponsibilityListKind.Annual && l.Owner.Value.StartsWith("BZ-0", StringComparison.Ordinal)).ToList();

        annual.Should().HaveCount(5).And.OnlyContain(l => l.Items.Length == 25 && l.Citation == ResponsibilityCitations.ThreeLevelSplit.AsIllustrative());
        annual.SelectMany(l => l.Items).Should().NotContain(i => i.Citation == ResponsibilityCitations.AnnualList2019,
            "the province's list holds principal responsibilities only; these municipal lists also hold the 8 assisting ones");
        annual.SelectMany(l => l.Items).Count(i => i.Level == ResponsibilityLevel.Assisting).Should().Be(5 * 8);
        annual.SelectMany(l => l.Items).Where(i => i.DefinitionId is null).Should().OnlyContain(i => i.Citation == null && i.Illustrative);
    }

    [Fact]
    public void Seed_Scheme_IsIllustrative_AndMarksTheScoresMadeUnderIt()
    {
        Scheme.IsIllustrative.Should().BeTrue();

        var result = ResponsibilityAssessmentEngine.Evaluate(Data, Scheme, new LocalDate(2019, 12, 31)).Organizations[0];

        result.Explanation.Citation!.IsIllustrative.Should().BeTrue();
        result.Explanation.ToText(DisplayLanguage.English).Should().Contain("(illustrative)");
    }

    [Fact]
    public void ResponsibilityAssessment_UnderAnAdoptedScheme_IsNotMarked()
    {
        var adopted = Scheme with { IsIllustrative = false };

        var result = ResponsibilityAssessmentEngine.Evaluate(Data, adopted, new LocalDate(2019, 12, 31)).Organizations[0];

        result.Explanation.Citation.Should().Be(ResponsibilityCitations.ThreeLevelSplit);
    }

    [Fact]
    public void Article000_Ledger_Has12ProblemsIn5Areas21MeasuresAndThreeDeadlineClasses()
    {
        var ledger = Ledger;

        new RectificationLedgerValidator().Check(ledger).Problems.Should().BeEmpty();
        ledger.Areas.Should().HaveCount(5);
        ledger.Problems.Should().HaveCount(12);
        ledger.Problems.Select(p => p.Area).Distinct().Should().HaveCount(5);
        ledger.Problems.SelectMany(p => p.Measures).Should().HaveCount(21);
        ledger.Problems.SelectMany(p => p.Measures).Select(m => m.Deadline).Distinct().Should().HaveCount(3);
        ledger.Problems.SelectMany(p => p.Measures).Select(m => m.FirstResponsible).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Ledger_Seed_RollsUpAtYearEnd()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger, D(2020, 1, 1));

        var rollup = status.Organizations.Should().ContainSingle().Subject;
        (rollup.Problems, rollup.Measures).Should().Be((12, 21));
        (rollup.Done + rollup.Due + rollup.Overdue + rollup.NotYetDue).Should().Be(21);
        rollup.Overdue.Should().BeGreaterThan(0);
        rollup.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Assessment_OverTheSeeds_ScoresEveryOrganization_MissesLowerTheScore()
    {
        var result = ResponsibilityAssessmentEngine.Evaluate(Data, Scheme, D(2019, 12, 31));

        result.Organizations.Select(o => o.Organization.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        result.For(OrganizationId.Parse("BZ-001"))!.Score.Should().Be(new Score(100m));
        result.For(OrganizationId.Parse("BZ-005"))!.Score.Should().BeLessThan(result.For(OrganizationId.Parse("BZ-002"))!.Score);
        result.Organizations.Should().OnlyContain(o => o.Score >= Score.Zero && o.Score <= o.MaxPoints && o.Explanation.Verify().IsEmpty);
    }

    [Fact]
    public void Assessment_IsIndependentOfListAndEvidenceOrder()
    {
        var data = Data;
        var reversed = new ResponsibilityDataSet(data.Year, [.. data.Lists.Reverse()], [.. data.Evidence.Reverse()], [.. data.Chains.Reverse()], [.. data.ContactPoints.Reverse()]);

        ResponsibilityAssessmentEngine.Evaluate(reversed, Scheme, D(2019, 10, 15))
            .Should().Be(ResponsibilityAssessmentEngine.Evaluate(data, Scheme, D(2019, 10, 15)));
    }

    [Fact]
    public void Seeds_RoundTripExactly()
    {
        foreach (var (file, read, write) in new (string, Func<string, object>, Func<object, string>)[]
        {
            ("shandong-scheme.json", s => PartyBuildingJson.Deserialize<ResponsibilityScheme>(s), o => PartyBuildingJson.Serialize((ResponsibilityScheme)o)),
            ("binzhou-2019-data-set.json", s => PartyBuildingJson.Deserialize<ResponsibilityDataSet>(s), o => PartyBuildingJson.Serialize((ResponsibilityDataSet)o)),
            ("rectification-ledger-2019.json", s => PartyBuildingJson.Deserialize<RectificationLedger>(s), o => PartyBuildingJson.Serialize((RectificationLedger)o)),
        })
        {
            var first = read(File.ReadAllText(SeedPath(file)));
            var json = write(first);
            read(json).Should().Be(first, file);
            write(read(json)).Should().Be(json, file);
        }
    }

    [Fact]
    public void Seed_Chains_AreInStageOrder()
    {
        var chains = Data.Chains;

        chains.Should().HaveCount(3);
        chains.Should().Contain(c => c.Current == AccountabilityStage.HoldAccountable);
        chains.Should().OnlyContain(c => new AccountabilityChainValidator().Check(c).IsValid);
    }

    [Fact]
    public void Deserialize_UnknownLevel_IsRejectedWithPath()
    {
        var json = File.ReadAllText(SeedPath("shandong-scheme.json")).Replace("\"level\": \"Principal\"", "\"level\": \"Chief\"", StringComparison.Ordinal);

        var act = () => PartyBuildingJson.Deserialize<ResponsibilityScheme>(json);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Single().Path.Should().StartWith("$.content.responsibilities[0]");
    }
}
