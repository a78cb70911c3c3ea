using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins <see cref="ComplianceReport"/>: omitted lists read as empty, and given lists are kept as given (equality:
/// <see cref="OrganizationRecordsEqualityTest"/>).
/// </summary>
public sealed class ComplianceReportTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static ComplianceFinding Finding(string org, decimal measured) =>
        new(O(org), "branch-minimum-full-members", ComplianceSeverity.Violation, Sources.OrganRegulation2019.At("第七条"), measured, 3m,
            new LocalizedText("党支部正式党员不足3人", "The branch has fewer than 3 full members"),
            Explanation.Given(new LocalizedText("正式党员数", "Full members"), measured));

    private static ComplianceReport Report() =>
        new(Day, ["branch-minimum-full-members", "term-expired"], [Finding("D1-B01", 2m), Finding("D1-B02", 1m)]);

    [Fact]
    public void ComplianceReport_OmittedRulesAndFindings_ReadAsEmpty()
    {
        var report = new ComplianceReport(Day);

        report.Rules.Should().BeEmpty();
        report.Findings.Should().BeEmpty();
        report.For(O("D1-B01")).Length.Should().Be(0);
    }

    [Fact]
    public void ComplianceReport_GivenRulesAndFindings_AreKeptInTheirOrder()
    {
        var report = Report();

        report.Rules.Should().Equal("branch-minimum-full-members", "term-expired");
        report.Findings.Select(f => (f.OrganizationId, f.Measured)).Should().Equal((O("D1-B01"), 2m), (O("D1-B02"), 1m));
        report.For(O("D1-B02")).Should().ContainSingle().Which.Measured.Should().Be(1m);
    }
}
