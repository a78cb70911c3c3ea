using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class ComplianceRulesTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static ImmutableArray<ComplianceFinding> Findings(SnapshotBuilder builder, ComplianceRule rule, string org, LocalDate? asOf = null)
    {
        var tree = asOf is { } d ? builder.TreeAsOf(d) : builder.Tree();
        return ComplianceChecker.Check(tree, [rule]).For(O(org));
    }

    private static SnapshotBuilder Branch(int full, int probationary = 0, bool committee = false, LocalDate? elected = null) =>
        new SnapshotBuilder(elected ?? Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1", committee, elected).Members("D1-B01", full, probationary);

    [Fact]
    public void OrganRegulation2019_Article7_BranchWithTwoFullMembers_IsViolation()
    {
        var finding = Findings(Branch(2, probationary: 3), new BranchMinimumFullMembersRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Rule.Should().Be("branch-minimum-full-members");
        finding.Severity.Should().Be(ComplianceSeverity.Violation);
        finding.Measured.Should().Be(2m);
        finding.Threshold.Should().Be(3m);
        finding.Citation.Should().Be(Sources.OrganRegulation2019.At("第七条"));
        finding.Explanation.Citation.Should().Be(finding.Citation);
        finding.Explanation.Key.Should().Be("D1-B01");
        finding.Explanation.Strategy.Should().Be("branch-minimum-full-members");
        finding.Explanation.Children.Should().ContainSingle().Which.Value.Should().Be(2m);
    }

    [Fact]
    public void OrganRegulation2019_Article7_BranchWithThreeFullMembers_IsCompliant() =>
        Findings(Branch(3), new BranchMinimumFullMembersRule(), "D1-B01").Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018_Article4_BeforeTheOrganRegulation_IsTheCitationInForce()
    {
        var finding = Findings(new SnapshotBuilder(new LocalDate(2019, 6, 30)).Org("D1-B01", OrganizationKind.Branch, "WC").Members("D1-B01", 2),
            new BranchMinimumFullMembersRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Citation.Should().Be(Sources.BranchWorkRegulation2018.At("第四条"));
    }

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_SevenFullMembersWithoutCommittee_IsViolation()
    {
        var finding = Findings(Branch(7), new BranchCommitteeRequiredRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Measured.Should().Be(7m);
        finding.Threshold.Should().Be(7m);
        finding.Citation.Source.Should().Be(Sources.OrganRegulation2019);
    }

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_SixFullMembersWithoutCommittee_IsCompliant() =>
        Findings(Branch(6, probationary: 2), new BranchCommitteeRequiredRule(), "D1-B01").Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_SevenFullMembersWithCommittee_IsCompliant() =>
        Findings(Branch(7, committee: true).Committee("D1-B01", 3), new BranchCommitteeRequiredRule(), "D1-B01").Should().BeEmpty();

    [Theory]
    [InlineData(2, 3)]
    [InlineData(8, 7)]
    public void BranchWorkRegulation2018_Chapter6_CommitteeOutsideThreeToSeven_IsViolation(int size, int threshold)
    {
        var finding = Findings(Branch(9, committee: true).Committee("D1-B01", size), new BranchCommitteeSizeRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Measured.Should().Be(size);
        finding.Threshold.Should().Be(threshold);
        finding.Citation.Source.Should().Be(Sources.BranchWorkRegulation2018);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void BranchWorkRegulation2018_Chapter6_CommitteeOfThreeToSeven_IsNoViolation(int size) =>
        Findings(Branch(9, committee: true).Committee("D1-B01", size), new BranchCommitteeSizeRule(), "D1-B01").Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_CommitteeOfSix_IsWarningAboveGenerallyFive()
    {
        var finding = Findings(Branch(9, committee: true).Committee("D1-B01", 6), new BranchCommitteeGeneralSizeRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(ComplianceSeverity.Warning);
        finding.Threshold.Should().Be(5m);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void BranchWorkRegulation2018_Chapter6_CommitteeOfFiveOrAboveSeven_IsNoGeneralWarning(int size) =>
        Findings(Branch(9, committee: true).Committee("D1-B01", size), new BranchCommitteeGeneralSizeRule(), "D1-B01").Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018_Article4_BranchOfFiftyOneMembers_IsWarning()
    {
        var finding = Findings(Branch(50, probationary: 1), BranchMemberLimitRule.General, "D1-B01").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(ComplianceSeverity.Warning);
        finding.Measured.Should().Be(51m);
        finding.Citation.Should().Be(Sources.BranchWorkRegulation2018.At("第四条"));
    }

    [Fact]
    public void BranchWorkRegulation2018_Article4_BranchOfFiftyMembers_IsCompliant() =>
        Findings(Branch(50), BranchMemberLimitRule.General, "D1-B01").Should().BeEmpty();

    [Fact]
    public void LibraryRule_BranchOfOverAHundredMembers_IsViolationCitingTheLibrary()
    {
        var finding = Findings(Branch(101), BranchMemberLimitRule.Hard, "D1-B01").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(ComplianceSeverity.Violation);
        finding.Threshold.Should().Be(100m);
        finding.Citation.Source.Should().Be(Sources.LibraryRules);
        finding.Citation.IsIllustrative.Should().BeTrue();
        finding.Explanation.ToText().Should().Contain("（示例）");
    }

    [Fact]
    public void LibraryRule_BranchOfAHundredMembers_IsNoViolation() =>
        Findings(Branch(100), BranchMemberLimitRule.Hard, "D1-B01").Should().BeEmpty();

    private static SnapshotBuilder Staffed(int staff, int cadres)
    {
        var builder = new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, staff: staff, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1").Members("D1-B01", 5);
        for (var i = 1; i <= cadres; i++)
        {
            builder.Role("D1-B01", $"D1-B01-M{i:000}", PartyRole.FullTimePartyAffairsCadre);
        }

        return builder;
    }

    [Fact]
    public void OrganRegulation2019_Article30_OneCadreFor101Staff_IsBelowOnePercentAsAWarning()
    {
        var finding = Findings(Staffed(101, 1), StaffingRatioRule.Minimum, "D1").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(ComplianceSeverity.Warning, "the clause says generally (一般)");
        finding.Measured.Should().Be(1m / 101m);
        finding.Threshold.Should().Be(0.01m);
        finding.Citation.Should().Be(Sources.OrganRegulation2019.At("第三十条（一般占机关工作人员总数的1%至2%）"));
        finding.Explanation.Children.Select(c => c.Value).Should().Equal(1m, 101m);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(50, 1)]
    [InlineData(100, 2)]
    [InlineData(200, 2)]
    public void OrganRegulation2019_Article30_AtLeastOnePercentWithADedicatedPerson_IsCompliant(int staff, int cadres) =>
        ComplianceChecker.Check(Staffed(staff, cadres).Tree(), ComplianceRules.Default).For(O("D1"))
            .Where(f => f.Rule.StartsWith("staffing", StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData(49, 1)]
    [InlineData(10, 2)]
    [InlineData(100, 5)]
    public void OrganRegulation2019_Article30_AboveTwoPercent_IsNoFinding_BecauseOrgansWithHeavyTasksShouldAddStaff(int staff, int cadres) =>
        ComplianceChecker.Check(Staffed(staff, cadres).Tree(), ComplianceRules.Default).For(O("D1"))
            .Where(f => f.Rule.StartsWith("staffing", StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData(250, 2, true)]
    [InlineData(250, 3, false)]
    public void OrganRegulation2019_Article30_OnePercentOf250IsTwoAndAHalf_ComparedExactly(int staff, int cadres, bool finding) =>
        Findings(Staffed(staff, cadres), StaffingRatioRule.Minimum, "D1").Should().HaveCount(finding ? 1 : 0);

    [Theory]
    [InlineData(9, 3, false)]
    [InlineData(9, 2, true)]
    [InlineData(7, 3, false)]
    [InlineData(7, 2, true)]
    public void LibraryRule_StaffingRatio_AShareOfOneThird_IsComparedAsCounts(int staff, int cadres, bool finding)
    {
        var third = new StaffingRatioRule("staffing-third", ComplianceSeverity.Warning, DatedParameter.Constant("staffing.third", Day, Share.Of(1, 3), Sources.LibraryRules.At("示例")));

        var findings = Findings(Staffed(staff, cadres), third, "D1");

        findings.Should().HaveCount(finding ? 1 : 0);
        findings.Select(f => f.Description.English).Should().AllBe("Full-time party-affairs staff below 1/3 of organ staff");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(99)]
    public void OrganRegulation2019_Article30_SmallOrganWithoutADedicatedPerson_IsViolation(int staff)
    {
        var finding = Findings(Staffed(staff, 0), new StaffingDedicatedRule(), "D1").Should().ContainSingle().Subject;

        finding.Rule.Should().Be("staffing-no-dedicated-staff");
        finding.Severity.Should().Be(ComplianceSeverity.Violation);
        finding.Measured.Should().Be(0m);
        finding.Threshold.Should().Be(1m);
        finding.Citation.Should().Be(Sources.OrganRegulation2019.At("第三十条（机关工作人员较少的单位，应当保证有专人负责）"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(99)]
    public void OrganRegulation2019_Article30_SmallOrganWithOneDedicatedPerson_IsCompliant(int staff) =>
        Findings(Staffed(staff, 1), new StaffingDedicatedRule(), "D1").Should().BeEmpty();

    [Fact]
    public void OrganRegulation2019_Article30_DedicatedStaffBeforeTheRegulation_DoesNotApply() =>
        Findings(new SnapshotBuilder(new LocalDate(2019, 12, 28)).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", staff: 500, secretary: true),
            new StaffingDedicatedRule(), "D1").Should().BeEmpty();

    [Fact]
    public void OrganRegulation2019_Article30_DedicatedStaffOnTheDayOfTheRegulation_Applies() =>
        Findings(new SnapshotBuilder(new LocalDate(2019, 12, 29)).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", staff: 500, secretary: true),
            new StaffingDedicatedRule(), "D1").Should().ContainSingle();

    [Fact]
    public void OrganRegulation2019_StaffingRatio_CountsOnlyTheOrgansOwnCadres_NotThoseOfOrgansBelowIt()
    {
        // D1 is an organ of its own (it reports its staff): its two cadres count for D1, never for the committee WC.
        var builder = Staffed(100, 2).Role("WC-B01", "WC-B01-M002", PartyRole.FullTimePartyAffairsCadre);
        var tree = builder.Tree();

        StaffingRatioRule.PartyAffairsCadres(tree, O("D1")).Should().Be(2);
        StaffingRatioRule.PartyAffairsCadres(tree, O("WC")).Should().Be(1);
    }

    [Fact]
    public void OrganRegulation2019_StaffingRatio_BeforeTheRegulation_DoesNotApply() =>
        Findings(new SnapshotBuilder(new LocalDate(2019, 6, 30)).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", staff: 500, secretary: true),
            StaffingRatioRule.Minimum, "D1").Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_NoSecretary_IsViolation()
    {
        var finding = Findings(Branch(3), new SecretaryRequiredRule(), "D1-B01").Should().ContainSingle().Subject;

        finding.Measured.Should().Be(0m);
        finding.Threshold.Should().Be(1m);
    }

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_WithSecretary_IsCompliant() =>
        Findings(Branch(3).Role("D1-B01", "D1-B01-M001", PartyRole.Secretary), new SecretaryRequiredRule(), "D1-B01").Should().BeEmpty();

    [Fact]
    public void OrganRegulation2019_Article7_BranchTermOfThreeYears_RunsOutTheDayAfterItsEnd()
    {
        var builder = Branch(3, elected: new LocalDate(2021, 3, 1));

        Findings(builder, new TermOfOfficeRule(), "D1-B01", new LocalDate(2024, 3, 1)).Should().BeEmpty();
        var finding = Findings(builder, new TermOfOfficeRule(), "D1-B01", new LocalDate(2024, 3, 2)).Should().ContainSingle().Subject;
        finding.Threshold.Should().Be(3m);
        finding.Measured.Should().Be(1m, "one day overdue");
        finding.Citation.Should().Be(Sources.OrganRegulation2019.At("第七条"));
    }

    [Fact]
    public void OrganRegulation2019_Article5_OrganPartyCommitteeTermOfFiveYears_RunsOutTheDayAfterItsEnd()
    {
        var builder = new SnapshotBuilder(new LocalDate(2020, 7, 1))
            .Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, elected: new LocalDate(2020, 6, 30), secretary: true);

        Findings(builder, new TermOfOfficeRule(), "D1", new LocalDate(2025, 6, 30)).Should().BeEmpty();
        var finding = Findings(builder, new TermOfOfficeRule(), "D1", new LocalDate(2025, 7, 1)).Should().ContainSingle().Subject;
        finding.Threshold.Should().Be(5m);
        finding.Citation.Should().Be(Sources.OrganRegulation2019.At("第五条"));
    }

    [Fact]
    public void PartyConstitution2017_Article30_GeneralBranchElectedIn2018_UsesTheTermInForceAtElection()
    {
        var builder = new SnapshotBuilder(new LocalDate(2018, 3, 1))
            .Org("G1", OrganizationKind.GeneralBranch, "WC", committee: true, elected: new LocalDate(2018, 3, 1), secretary: true);
        var rule = new TermOfOfficeRule();

        rule.TermEnds(builder.Tree().Get(O("G1"))).Should().Be(new LocalDate(2021, 3, 1));
        Findings(builder, rule, "G1", new LocalDate(2021, 3, 2)).Should().ContainSingle()
            .Which.Citation.Source.Should().Be(Sources.PartyConstitution2017);
    }

    [Fact]
    public void PartyConstitution2022_Article30_BranchElectedAfterTheAmendment_KeepsTheOrganRegulationsThreeYears()
    {
        var builder = Branch(3, elected: new LocalDate(2023, 1, 10));

        var finding = Findings(builder, new TermOfOfficeRule(), "D1-B01", new LocalDate(2026, 1, 11)).Should().ContainSingle().Subject;

        finding.Threshold.Should().Be(3m);
        finding.Citation.Source.Should().Be(Sources.PartyConstitution2022);
    }

    [Fact]
    public void TermOfOffice_TemporaryBranch_HasNoTerm()
    {
        var builder = new SnapshotBuilder(Day).Org("T1", OrganizationKind.TemporaryBranch, "WC", elected: new LocalDate(2010, 1, 1)).Members("T1", 3);

        Findings(builder, new TermOfOfficeRule(), "T1").Should().BeEmpty();
    }

    [Theory]
    [InlineData(49, null)]
    [InlineData(50, 50)]
    [InlineData(99, 50)]
    [InlineData(100, 100)]
    public void OrganRegulation2019_Articles5And6_BranchMemberCountCallsForAnotherForm(int members, int? threshold)
    {
        var findings = Findings(Branch(members), new OrganizationFormAdviceRule(), "D1-B01");

        if (threshold is null)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            var finding = findings.Should().ContainSingle().Subject;
            finding.Severity.Should().Be(ComplianceSeverity.Advice);
            finding.Threshold.Should().Be(threshold.Value);
            finding.Citation.Should().Be(Sources.OrganRegulation2019.At(threshold == 100 ? "第五条" : "第六条"));
        }
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    public void OrganRegulation2019_Article5_GeneralBranchOfAHundredMembers_IsAdvisedToBecomeACommittee(int members, bool advised)
    {
        var builder = new SnapshotBuilder(Day).Org("G1", OrganizationKind.GeneralBranch, "WC", committee: true, secretary: true)
            .Org("G1-B01", OrganizationKind.Branch, "G1").Members("G1-B01", members - 40)
            .Org("G1-B02", OrganizationKind.Branch, "G1").Members("G1-B02", 40);

        Findings(builder, new OrganizationFormAdviceRule(), "G1").Should().HaveCount(advised ? 1 : 0);
    }

    [Fact]
    public void LibraryRule_PartyGroupWithoutMembers_IsWarningCitingTheLibrary()
    {
        var builder = Branch(3).Org("D1-B01-G01", OrganizationKind.PartyGroup, "D1-B01");

        var finding = Findings(builder, new PartyGroupWithoutMembersRule(), "D1-B01-G01").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(ComplianceSeverity.Warning);
        finding.Citation.Source.Should().Be(Sources.LibraryRules);
        finding.Description.English.Should().Be("The party group has no members");
    }

    [Fact]
    public void LibraryRule_PartyGroupWithOneMember_IsCompliant()
    {
        var builder = Branch(3).Org("D1-B01-G01", OrganizationKind.PartyGroup, "D1-B01").Members("D1-B01-G01", 1);

        Findings(builder, new PartyGroupWithoutMembersRule(), "D1-B01-G01").Should().BeEmpty();
        builder.Tree().MemberCount(O("D1-B01")).Should().Be(4, "the party group's member counts in its branch");
    }

    [Fact]
    public void ComplianceRules_ByName_UnknownName_IsRejectedWithCode()
    {
        var act = () => ComplianceRules.ByName(["term-expired", "no-such-rule"]);

        act.Should().Throw<PartyBuilding.Core.Validation.PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(OrganizationsErrorCodes.RuleUnknown);
        ComplianceRules.ByName(["term-expired"]).Should().ContainSingle().Which.Should().BeOfType<TermOfOfficeRule>();
    }

    [Fact]
    public void ComplianceChecker_RuleOrder_DoesNotChangeTheReport()
    {
        var tree = Branch(2).Org("D1-B02", OrganizationKind.Branch, "D1").Members("D1-B02", 1).Tree();

        var forward = ComplianceChecker.Check(tree, ComplianceRules.Default);
        var backward = ComplianceChecker.Check(tree, ComplianceRules.Default.Reverse());

        backward.Should().Be(forward);
        forward.Findings.Should().NotBeEmpty();
    }
}
