using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins what <see cref="ComplianceRule"/> promises every rule, built-in or written by a caller: the argument checks of
/// <see cref="ComplianceRule.Evaluate(OrganizationTree)"/> and of the protected <c>Finding</c>, and the finding's
/// explanation node with its key, labels, value, strategy, the four parameters (comparison, parameter, threshold,
/// effective date) and the citation of the threshold entry in force.
/// </summary>
public sealed class ComplianceRuleFindingTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static readonly Citation OrganArticle7 = Sources.OrganRegulation2019.At("第七条");

    /// <summary>A caller's rule that hands <c>Finding</c> whatever a test gives it.</summary>
    private sealed class ProbeRule(Organization? organization, DatedValue<int>? threshold) : ComplianceRule
    {
        public override string Name => "probe";

        public override ComplianceSeverity Severity => ComplianceSeverity.Advice;

        protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization) => [];

        public ComplianceFinding Make() =>
            Finding(organization!, threshold!, "probe.parameter", "measured < threshold", 1m, 2m, new LocalizedText("探针", "Probe"));
    }

    private static Organization Branch01() => new(O("D1-B01"), OrganizationKind.Branch, "第一支部", O("WC"));

    [Fact]
    public void ComplianceRule_EvaluateNullTree_ThrowsArgumentNullNamingTheTree()
    {
        var act = () => new BranchMinimumFullMembersRule().Evaluate(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tree");
    }

    [Fact]
    public void ComplianceRule_FindingWithoutOrganization_ThrowsArgumentNullNamingTheOrganization()
    {
        var act = () => new ProbeRule(null, new DatedValue<int>(Day, 2, OrganArticle7)).Make();

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("organization");
    }

    [Fact]
    public void ComplianceRule_FindingWithoutThreshold_ThrowsArgumentNullNamingTheThreshold()
    {
        var act = () => new ProbeRule(Branch01(), null).Make();

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("threshold");
    }

    [Fact]
    public void ComplianceRule_FindingOfACallersRule_CarriesTheThresholdsCitationAndParameters()
    {
        var finding = new ProbeRule(Branch01(), new DatedValue<int>(new LocalDate(2019, 12, 29), 2, OrganArticle7)).Make();

        (finding.OrganizationId, finding.Rule, finding.Severity, finding.Citation, finding.Measured, finding.Threshold)
            .Should().Be((O("D1-B01"), "probe", ComplianceSeverity.Advice, OrganArticle7, 1m, 2m));
        Flatten(finding.Explanation).Should().Equal(
            (0, "D1-B01", "探针", "Probe", "1", "probe",
                "comparison=measured < threshold,effectiveFrom=2019-12-29,parameter=probe.parameter,threshold=2", null, Cite(OrganArticle7)));
    }

    [Fact]
    public void OrganRegulation2019_Article7_BranchWithTwoFullMembers_FindingExplainsTheComparisonWithTheEntryInForce()
    {
        var tree = new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1").Members("D1-B01", 2, 1).Tree();

        var finding = ComplianceChecker.Check(tree, [new BranchMinimumFullMembersRule()]).Findings.Should().ContainSingle().Subject;

        Flatten(finding.Explanation).Should().Equal(
            (0, "D1-B01", "党支部正式党员不足3人", "The branch has fewer than 3 full members", "2", "branch-minimum-full-members",
                "comparison=measured < threshold,effectiveFrom=2019-12-29,parameter=branch.minimum-full-members,threshold=3", null, Cite(OrganArticle7)),
            (1, "D1-B01", "正式党员数", "Full members", "2", null, "", null, null));
    }

    [Fact]
    public void OrganRegulation2019_Article30_StaffingRatio_FindingStatesTheShareThresholdAsInvariantDecimal()
    {
        var tree = new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, staff: 160, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1").Members("D1-B01", 3)
            .Role("D1-B01", "D1-B01-M001", PartyRole.FullTimePartyAffairsCadre).Tree();

        var finding = ComplianceChecker.Check(tree, [StaffingRatioRule.Minimum]).Findings.Should().ContainSingle().Subject;

        Flatten(finding.Explanation).Should().Equal(
            (0, "D1", "专职党务工作人员低于机关工作人员总数的1%", "Full-time party-affairs staff below 1% of organ staff", "0.00625", "staffing-below-minimum",
                "comparison=cadres < staff × threshold,effectiveFrom=2019-12-29,parameter=staffing.minimum,threshold=0.01", null,
                Cite(Sources.OrganRegulation2019.At("第三十条（一般占机关工作人员总数的1%至2%）"))),
            (1, "D1", "专职党务工作人员数", "Full-time party-affairs staff", "1", null, "", null, null),
            (1, "D1", "机关工作人员数", "Organ staff", "160", null, "", null, null));
    }
}
