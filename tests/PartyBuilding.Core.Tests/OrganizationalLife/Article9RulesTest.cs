using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>
/// Party constitution, article 9: six consecutive months without organizational life, or without dues, without a proper
/// reason — regarded as having left the party, raised as a finding for the branch to decide on; and unpaid dues.
/// </summary>
public sealed class Article9RulesTest
{
    /// <summary>A theme party day every month; member 5 is absent (with <paramref name="reason"/>) in the first <paramref name="absentMonths"/> months and pays no dues for the first <paramref name="unpaidMonths"/>.</summary>
    private static OrganizationalLifeResult Year(int absentMonths, int unpaidMonths, AbsenceReason reason = AbsenceReason.None)
    {
        var branch = Members(5);
        var meetings = Range(1, 12).Select(m => Meeting(
            $"TD-{m:00}",
            MeetingKind.ThemePartyDay,
            new LocalDate(2019, m, 10),
            m <= absentMonths ? Range(1, 4) : Range(1, 5),
            m <= absentMonths ? [new Absence(M(5), reason)] : []));
        var dues = AllDues(branch).Where(d => d.MemberId != M(5) || d.Month.Month > unpaidMonths);
        return Evaluate(Records(branch, meetings, dues));
    }

    [Fact]
    public void Article9_SixConsecutiveMonthsAbsentWithoutReasonAndDuesUnpaid_IsAFinding()
    {
        var finding = Findings(Year(6, 6), LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle().Subject;

        finding.Members.Should().Equal(M(5));
        finding.Months.Select(m => m.Month).Should().Equal(Range(1, 6));
        finding.Records.Should().Equal(Range(1, 6).Select(m => R($"TD-{m:00}")));
        finding.Citation.Should().Be(OrganizationalLifeRules.Article9Months.EntryAsOf(new LocalDate(2019, 6, 30)).Citation);
        finding.Citation!.Clause.Should().StartWith("第九条");
        finding.Explanation.Summary!.ZhCn.Should().Contain("党支部研究认定");
    }

    [Fact]
    public void Article9_FiveConsecutiveMonthsAbsentAndUnpaid_IsNoFinding() =>
        Findings(Year(5, 5), LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();

    [Fact]
    public void Article9_SixMonthsAbsentOnLeave_DoesNotCount() =>
        Findings(Year(6, 0, AbsenceReason.Leave), LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();

    [Fact]
    public void Article9_SixMonthsAbsentOnOfficialDuty_DoesNotCount() =>
        Findings(Year(6, 0, AbsenceReason.OfficialDuty), LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();

    [Fact]
    public void Article9_SixMonthsAbsentWithoutReason_DuesPaid_IsAFinding() =>
        Findings(Year(6, 0), LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle().Which.Records.Should().HaveCount(6);

    [Fact]
    public void Article9_SixMonthsDuesUnpaid_WhileTakingPart_IsAFinding() =>
        Findings(Year(0, 6), LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle().Which.Records.Should().BeEmpty();

    [Fact]
    public void Article9_MonthsInWhichTheBranchHeldNothing_DoNotCountAgainstTheMember()
    {
        var branch = Members(5);
        var result = Evaluate(Records(branch, []));

        Findings(result, LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();
    }

    [Fact]
    public void Article9_IsAFindingOnly_TheMemberStaysOnTheBranch()
    {
        var result = Year(12, 12);

        Findings(result, LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle();
        Findings(result, LifeFindingKind.LeadingCadreAbsent).Should().BeEmpty();
        result.Branches.Single().BranchId.Should().Be(Branch);
    }

    [Fact]
    public void DuesUnpaid_ListsTheUnpaidMonthsOfTheMember()
    {
        var finding = Findings(Year(0, 2), LifeFindingKind.DuesUnpaid).Should().ContainSingle().Subject;

        finding.Members.Should().Equal(M(5));
        finding.Months.Select(m => m.Month).Should().Equal(1, 2);
        finding.Citation.IsIllustrative.Should().BeTrue("monthly payment is the library's reading; the dues regulation is not a source of the library");
    }

    [Fact]
    public void DuesPaidAfterTheAsOfDate_AreNotSeen()
    {
        var branch = Members(1);
        var dues = new[] { new DuesPayment(M(1), new YearMonth(2019, 1), new LocalDate(2019, 3, 1)) };

        var result = Evaluate(Records(branch, [], dues), new LocalDate(2019, 2, 28));

        Findings(result, LifeFindingKind.DuesUnpaid).Single().Months.Should().HaveCount(2);
    }
}
