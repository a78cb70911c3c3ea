using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins where <see cref="TermOfOfficeRule"/> starts a term: on the last election, or on the founding date when no
/// election is recorded; with neither date, or for a kind without a term, there is no term.
/// </summary>
public sealed class TermOfOfficeRuleStartTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static Organization Founded(OrganizationKind kind, LocalDate? established, LocalDate? elected = null) =>
        new(O("D1-B01"), kind, "第一支部", O("WC"), EstablishedOn: established, LastElectedOn: elected);

    [Fact]
    public void OrganRegulation2019_Article7_BranchNeverElected_TermRunsFromItsFounding() =>
        new TermOfOfficeRule().TermEnds(Founded(OrganizationKind.Branch, new LocalDate(2020, 9, 1))).Should().Be(new LocalDate(2023, 9, 1));

    [Fact]
    public void OrganRegulation2019_Article7_BranchElectedAfterItsFounding_TermRunsFromTheElection() =>
        new TermOfOfficeRule().TermEnds(Founded(OrganizationKind.Branch, new LocalDate(2020, 9, 1), new LocalDate(2022, 3, 1))).Should().Be(new LocalDate(2025, 3, 1));

    [Fact]
    public void TermOfOffice_BranchWithNeitherDate_HasNoTerm() =>
        new TermOfOfficeRule().TermEnds(Founded(OrganizationKind.Branch, null)).Should().BeNull();

    [Fact]
    public void TermOfOffice_PartyGroup_HasNoTerm() =>
        new TermOfOfficeRule().TermEnds(Founded(OrganizationKind.PartyGroup, new LocalDate(2010, 1, 1))).Should().BeNull();

    [Fact]
    public void OrganRegulation2019_Article7_BranchNeverElectedFoundedIn2020_IsReportedWithTheDaysOverdue()
    {
        var snapshot = new SnapshotBuilder(Day).Build();
        snapshot = snapshot with { Organizations = [.. snapshot.Organizations, Founded(OrganizationKind.Branch, new LocalDate(2020, 9, 1))] };
        var tree = OrganizationRegistry.Create(snapshot).AsOf(Day);

        var finding = ComplianceChecker.Check(tree, [new TermOfOfficeRule()]).For(O("D1-B01")).Should().ContainSingle().Subject;

        var article7 = Sources.OrganRegulation2019.At("第七条");
        finding.Citation.Should().Be(article7);
        Flatten(finding.Explanation).Should().Equal(
            (0, "D1-B01", "任期3年已于2023-09-01届满，未按期换届（逾期天数）", "The 3-year term ran out on 2023-09-01 without an election (days overdue)", "303", "term-expired",
                "comparison=as-of date > term start + years,effectiveFrom=2019-12-29,parameter=term.branch-years,threshold=3", null, Cite(article7)),
            (1, "D1-B01", "任期年限", "Term in years", "3", null, "", null, null),
            (1, "D1-B01", "任期开始（年）", "Term started (year)", "2020", null, "", null, null));
    }
}
