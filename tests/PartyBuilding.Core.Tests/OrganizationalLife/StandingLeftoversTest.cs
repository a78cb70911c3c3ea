using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>
/// Two rules of slice 1 made complete: the six-month rule (党章第九条) across the year boundary when the previous year's
/// records are carried over (<see cref="LifeCarryover"/>), and the words of the reading of “半数以上” in a quorum (支部工作条例第十一、十二条)
/// as a scheme parameter (<see cref="QuorumReading"/>); both readings on both sides of each threshold are in <see cref="OneQuorumRuleTest"/>.
/// </summary>
public sealed class StandingLeftoversTest
{
    private static readonly AssessmentYear Previous = AssessmentYear.Create(2018);

    /// <summary>
    /// A theme party day every month of 2019 and of the months carried over from 2018; member 5 is absent without a reason
    /// and pays nothing in the last <paramref name="lastYear"/> months of 2018 and the first <paramref name="thisYear"/> of 2019.
    /// </summary>
    private static OrganizationalLifeResult AcrossTheBoundary(int lastYear, int thisYear, int carriedFrom = 7)
    {
        var branch = Members(5);
        var carried = Range(carriedFrom, 12).Select(m => Previous.Months[m - 1]).ToArray();
        var meetings = Range(1, 12).Select(m => Day($"TD-{m:00}", new LocalDate(2019, m, 10), m <= thisYear));
        var old = carried.Select(m => Day($"TD-2018-{m.Month:00}", m.OnDayOfMonth(10), m.Month > 12 - lastYear));
        var dues = AllDues(branch).Where(d => d.MemberId != M(5) || d.Month.Month > thisYear);
        var oldDues = from member in branch.Members
                      from month in carried
                      where member.Id != M(5) || month.Month <= 12 - lastYear
                      select new DuesPayment(member.Id, month, month.OnDayOfMonth(5));
        var records = Records(branch, meetings, dues) with { Carryover = new LifeCarryover(carried[0], [.. old], [.. oldDues]) };
        return Evaluate(records);
    }

    private static MeetingRecord Day(string id, LocalDate date, bool away) => Meeting(
        id, MeetingKind.ThemePartyDay, date, away ? Range(1, 4) : Range(1, 5), away ? [new Absence(M(5), AbsenceReason.None)] : []);

    [Fact]
    public void Article9_ThreeMonthsBeforeTheYearAndThreeInIt_AreSixConsecutiveMonths_WhenTheRecordsAreCarriedOver()
    {
        var finding = Findings(AcrossTheBoundary(3, 3), LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle().Subject;

        finding.Members.Should().Equal(M(5));
        finding.Months.Should().Equal(new YearMonth(2018, 10), new YearMonth(2018, 11), new YearMonth(2018, 12), new YearMonth(2019, 1), new YearMonth(2019, 2), new YearMonth(2019, 3));
        finding.Records.Select(r => r.Value).Should().Equal("TD-2018-10", "TD-2018-11", "TD-2018-12", "TD-01", "TD-02", "TD-03");
        finding.Period.Start.Should().Be(new LocalDate(2018, 10, 1));
        finding.Citation!.Clause.Should().StartWith("第九条");
    }

    [Fact]
    public void Article9_TwoMonthsBeforeTheYearAndThreeInIt_AreFive_NoFinding() =>
        Findings(AcrossTheBoundary(2, 3), LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();

    [Fact]
    public void Article9_WithoutTheCarryOver_OnlyTheMonthsOfTheYearAreSeen()
    {
        var branch = Members(5);
        var meetings = Range(1, 12).Select(m => Day($"TD-{m:00}", new LocalDate(2019, m, 10), m <= 3));
        var dues = AllDues(branch).Where(d => d.MemberId != M(5) || d.Month.Month > 3);

        Findings(Evaluate(Records(branch, meetings, dues)), LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty();
    }

    [Fact]
    public void CarriedOverRecords_AreSeenOnlyByTheSixMonthRule_NotByFrequenciesOrDues()
    {
        var result = AcrossTheBoundary(3, 0);

        Findings(result, LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty("three months of 2018 alone are not six");
        Findings(result, LifeFindingKind.DuesUnpaid).Should().BeEmpty("2018's unpaid dues are not 2019's");
        Findings(result, LifeFindingKind.MissedMeeting, MeetingKind.ThemePartyDay).Should().BeEmpty();
        result.Branches[0].RecordCount.Should().Be(12);
    }

    [Fact]
    public void Carryover_OutsideThePreviousYear_IsRefusedAtItsPath()
    {
        var branch = Members(3);
        var records = Records(branch, []) with
        {
            Carryover = new LifeCarryover(
                new YearMonth(2018, 7),
                [Meeting("TD-2018-06", MeetingKind.ThemePartyDay, new LocalDate(2018, 6, 10), Range(1, 3)), Meeting("TD-2019", MeetingKind.ThemePartyDay, new LocalDate(2019, 1, 10), Range(1, 3))],
                [new DuesPayment(M(1), new YearMonth(2018, 6), new LocalDate(2018, 6, 5)), new DuesPayment(M(9), new YearMonth(2018, 8), new LocalDate(2018, 8, 5))]),
        };

        OrganizationalLifeEngine.Validate(records, Scheme(), YearEnd).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Data.Carryover.Meetings[0].Date", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Carryover.Meetings[1].Date", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Carryover.Dues[0].Month", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Carryover.Dues[1].MemberId", OrganizationalLifeErrorCodes.MemberUnknown));
        OrganizationalLifeEngine.Validate(Records(branch, []) with { Carryover = new LifeCarryover(new YearMonth(2019, 1)) }, Scheme(), YearEnd)
            .Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Carryover.From", OrganizationalLifeErrorCodes.DateOutOfYear));
    }

    [Fact]
    public void LifeCarryover_Months_RunFromItsFirstMonthToDecember() =>
        new LifeCarryover(new YearMonth(2018, 10)).Months.Should().Equal(new YearMonth(2018, 10), new YearMonth(2018, 11), new YearMonth(2018, 12));

    private static OrganizationalLifeResult MembersMeeting(int full, int present, QuorumReading? reading) =>
        OrganizationalLifeEngine.Evaluate(
            Records(Members(full), [Meeting("MM-1", MeetingKind.MembersMeeting, new LocalDate(2019, 3, 15), Range(1, present))]),
            Scheme() with { QuorumReading = reading },
            new LocalDate(2019, 3, 31));

    [Fact]
    public void AtLeastHalf_WithoutQuorum_SaysFewerThanHalf_AndNamesItsFormula()
    {
        var finding = Findings(MembersMeeting(4, 1, QuorumReading.AtLeastHalf), LifeFindingKind.WithoutQuorum).Single();

        finding.Explanation.Summary!.ZhCn.Should().Contain("应到4人，实到1人，不足半数");
        finding.Explanation.Summary!.English.Should().Contain("1 of 4 present, fewer than half");
        finding.Explanation.Strategy.Should().Be("at-least-share-present");
        Findings(MembersMeeting(4, 2, null), LifeFindingKind.WithoutQuorum).Single().Explanation.Strategy.Should().Be("more-than-share-present");
    }

    [Fact]
    public void QuorumReading_Undefined_IsRefused() =>
        OrganizationalLifeEngine.Validate(Records(Members(3), []), Scheme() with { QuorumReading = (QuorumReading)9 }, YearEnd)
            .Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Scheme.QuorumReading", CommonErrorCodes.UndefinedEnumValue));
}
