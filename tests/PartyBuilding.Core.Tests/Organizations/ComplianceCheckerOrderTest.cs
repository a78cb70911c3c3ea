using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the order <see cref="ComplianceChecker.Check"/> promises: rule names in ordinal order, findings by organization,
/// then rule, then threshold, whatever the order the rules were given in; and its argument check.
/// </summary>
public sealed class ComplianceCheckerOrderTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    /// <summary>Two branches under D1, each with too few full members and no secretary.</summary>
    private static OrganizationTree TwoWeakBranches() =>
        new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1").Members("D1-B01", 2)
            .Org("D1-B02", OrganizationKind.Branch, "D1").Members("D1-B02", 1).Tree();

    [Fact]
    public void ComplianceChecker_NullTree_ThrowsArgumentNullNamingTheTree()
    {
        var act = () => ComplianceChecker.Check(null!, []);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tree");
    }

    [Fact]
    public void ComplianceChecker_RulesGivenOutOfOrder_AreListedInOrdinalOrder()
    {
        var report = ComplianceChecker.Check(TwoWeakBranches(), [new TermOfOfficeRule(), new SecretaryRequiredRule(), new BranchMinimumFullMembersRule()]);

        report.Rules.Should().Equal("branch-minimum-full-members", "secretary-required", "term-expired");
        report.AsOf.Should().Be(Day);
    }

    [Fact]
    public void ComplianceChecker_Findings_AreOrderedByOrganizationThenRule()
    {
        var report = ComplianceChecker.Check(TwoWeakBranches(), [new SecretaryRequiredRule(), new BranchMinimumFullMembersRule()]);

        report.Findings.Select(f => (f.OrganizationId.Value, f.Rule, f.Measured)).Should().Equal(
            ("D1-B01", "branch-minimum-full-members", 2m),
            ("D1-B01", "secretary-required", 0m),
            ("D1-B02", "branch-minimum-full-members", 1m),
            ("D1-B02", "secretary-required", 0m));
    }

    [Fact]
    public void ComplianceChecker_TwoThresholdsOfOneRuleName_AreOrderedByThreshold()
    {
        var citation = Sources.BranchWorkRegulation2018.At("第四条");
        var twenty = new BranchMemberLimitRule("branch-over-limit", ComplianceSeverity.Warning, DatedParameter.Constant("limit.twenty", new LocalDate(2018, 10, 28), 20, citation));
        var ten = new BranchMemberLimitRule("branch-over-limit", ComplianceSeverity.Warning, DatedParameter.Constant("limit.ten", new LocalDate(2018, 10, 28), 10, citation));
        var tree = new SnapshotBuilder(Day).Org("D1-B01", OrganizationKind.Branch, "WC").Members("D1-B01", 25).Tree();

        var report = ComplianceChecker.Check(tree, [twenty, ten]);

        report.Findings.Select(f => (f.OrganizationId.Value, f.Rule, f.Threshold, f.Measured)).Should().Equal(
            ("D1-B01", "branch-over-limit", 10m, 25m),
            ("D1-B01", "branch-over-limit", 20m, 25m));
        report.Rules.Should().Equal("branch-over-limit", "branch-over-limit");
    }
}
