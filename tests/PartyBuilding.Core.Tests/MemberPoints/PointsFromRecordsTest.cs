using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Standards counted from the records of organizational life (<see cref="RecordPointsRule"/>): attendance and absence
/// without a reason as occurrences, the standard's caps, the explanation naming the records, and the problems.
/// </summary>
public sealed class PointsFromRecordsTest
{
    private static readonly MemberId A = M(1);
    private static readonly MemberId B = M(2);

    private static PointsScheme WithRule(params RecordPointsRule[] rules) => Scheme() with { FromRecords = [.. rules] };

    private static RecordPointsRule Attends(string standard, params MeetingKind[] kinds) => new(S(standard), [.. kinds]);

    /// <summary>Records of BZ-002-B01 with A and B; A attends a theme party day in <paramref name="attendedMonths"/>, B is absent without a reason from them.</summary>
    private static OrganizationalLifeRecords Records(IEnumerable<int> attendedMonths, params MeetingRecord[] more) => new(
        Year,
        Committee,
        [new LifeBranch(B01, [new LifeMember(A), new LifeMember(B)])],
        [.. attendedMonths.Select(m => new MeetingRecord(
            LifeRecordId.Parse($"TD-{m:00}"), MeetingKind.ThemePartyDay, B01, new LocalDate(Year.Value, m, 10),
            Attendees: [A], Absentees: [new Absence(B, AbsenceReason.None)])), .. more]);

    private static MemberPointsDataSet Data(OrganizationalLifeRecords? records, params Declaration[] declarations) =>
        Pts.Data([Member(A), Member(B)], declarations, [.. declarations.Select(d => Approve(d))]) with { LifeRecords = records };

    [Fact]
    public void FromRecords_EachMonthWithAnAttendedMeeting_CountsTheStandard_NamingTheRecords()
    {
        var result = Evaluate(Data(Records([1, 2, 3])), WithRule(Attends("B1", MeetingKind.ThemePartyDay)));

        var member = result.Member(A)!;
        member.Points.Should().Be(Score.Of(6m));
        member.Monthly.Select(m => m.Base.Value).Should().Equal(2m, 2m, 2m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m);
        var january = member.PointsExplanation.Find($"{A}/2024-01/B1/records")!;
        january.Value.Should().Be(2m);
        january.Children.Single().Key.Should().Be("TD-01");
        january.Label.ZhCn.Should().StartWith("由组织生活记录计分（参加）");
        january.Label.English.Should().StartWith("Counted from organizational-life records (attended)");
        january.Summary!.ZhCn.Should().Be("依据组织生活记录：TD-01");
        january.Citation!.Clause.Should().Contain("本库规则");
        member.DeclaredItems.Should().Be(0);
    }

    [Fact]
    public void FromRecords_TwoMeetingsInAMonth_AreCutToTheMonthlyCap()
    {
        // B1 is worth 2 a month at most: a second meeting in January adds nothing; a member's meeting in February counts.
        var records = Records([1, 2], new MeetingRecord(LifeRecordId.Parse("MM-01"), MeetingKind.MembersMeeting, B01, new LocalDate(Year.Value, 1, 25), Attendees: [A, B]));

        var member = Evaluate(Data(records), WithRule(Attends("B1", MeetingKind.ThemePartyDay, MeetingKind.MembersMeeting))).Member(A)!;

        member.Monthly[0].Base.Should().Be(Score.Of(2m));
        member.PointsExplanation.Find($"{A}/2024-01/B1/records")!.Children.Select(c => c.Key).Should().Equal("TD-01", "MM-01");
        member.Points.Should().Be(Score.Of(4m));
    }

    [Fact]
    public void FromRecords_YearlyCap_StopsTheCount()
    {
        // X1 is a bonus of 3 (3 a month, 9 a year): four months attended give 9, not 12.
        var member = Evaluate(Data(Records([1, 2, 3, 4])), WithRule(Attends("X1", MeetingKind.ThemePartyDay))).Member(A)!;

        member.Monthly.Select(m => m.Bonus.Value).Take(4).Should().Equal(3m, 3m, 3m, 0m);
        member.Points.Should().Be(Score.Of(9m));
    }

    [Fact]
    public void FromRecords_AbsentWithoutReason_CountsADeduction()
    {
        var scheme = WithRule(new RecordPointsRule(S("D2"), [MeetingKind.ThemePartyDay], RecordPointsCount.AbsentWithoutReason));

        var result = Evaluate(Data(Records([1])), scheme);

        result.Member(B)!.Points.Should().Be(Score.Of(-5m));
        result.Member(B)!.PointsExplanation.Find($"{B}/2024-01/D2/records")!.Label.English.Should().StartWith("Counted from organizational-life records (absent without reason)");
        result.Member(A)!.Points.Should().Be(Score.Zero);
    }

    [Fact]
    public void FromRecords_OnlyMeetingsDatedByTheAsOfDate_Count()
    {
        var member = Evaluate(Data(Records([1, 2, 3])), WithRule(Attends("B1", MeetingKind.ThemePartyDay)), new LocalDate(Year.Value, 2, 15)).Member(A)!;

        member.Points.Should().Be(Score.Of(4m));
    }

    [Fact]
    public void FromRecords_AMemberTheRecordsDoNotList_DeclaresAsBefore()
    {
        var records = Records([1]) with { Branches = [new LifeBranch(B01, [new LifeMember(A)])], Meetings = [] };
        var declared = Declare(B, "B1", 3);

        var result = Evaluate(Data(records, declared), WithRule(Attends("B1", MeetingKind.ThemePartyDay)));

        result.Member(B)!.Points.Should().Be(Score.Of(2m));
        result.Member(B)!.DeclaredItems.Should().Be(1);
    }

    [Fact]
    public void DeclaredAndDerived_AListedMemberDeclaringTheStandard_IsAProblem()
    {
        var declared = Declare(A, "B1", 3);

        var report = MemberPointsEngine.Validate(Data(Records([1]), declared), WithRule(Attends("B1", MeetingKind.ThemePartyDay)), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Declarations[0].StandardId", MemberPointsErrorCodes.DeclaredAndDerived, "B1"));
    }

    [Fact]
    public void RuleFromRecords_WithoutRecords_IsAProblem()
    {
        var report = MemberPointsEngine.Validate(Data(null), WithRule(Attends("B1", MeetingKind.ThemePartyDay)), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.LifeRecords", MemberPointsErrorCodes.DerivationWithoutRecords));
    }

    [Fact]
    public void RuleFromRecords_RecordsOfAnotherYear_IsAProblem()
    {
        var report = MemberPointsEngine.Validate(Data(Records([1]) with { Year = AssessmentYear.Create(2023) }), WithRule(Attends("B1", MeetingKind.ThemePartyDay)), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(("Data.LifeRecords", MemberPointsErrorCodes.DerivationWithoutRecords, "2023"));
    }

    [Theory]
    [InlineData("Z9", true)]
    [InlineData("B1", false)]
    public void RuleFromRecords_UnknownStandardNoKindOrRepeated_IsAProblem(string standard, bool withKind)
    {
        var rules = withKind ? new[] { Attends(standard, MeetingKind.ThemePartyDay) } : [Attends(standard)];

        var report = MemberPointsEngine.Validate(Data(Records([1])), WithRule(rules), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Scheme.FromRecords[0]", MemberPointsErrorCodes.RecordRuleInvalid));
    }

    [Fact]
    public void RuleFromRecords_TheSameStandardTwice_IsAProblem()
    {
        var report = MemberPointsEngine.Validate(Data(Records([1])), WithRule(Attends("B1", MeetingKind.ThemePartyDay), Attends("B1", MeetingKind.MembersMeeting)), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Scheme.FromRecords[1]", MemberPointsErrorCodes.RecordRuleInvalid));
    }

    [Fact]
    public void NoRuleFromRecords_RecordsGiven_PointsAsWithoutThem()
    {
        var declared = Declare(A, "B1", 3);

        Evaluate(Data(Records([1, 2]), declared)).Members.Should().Equal(Evaluate(Data(null, declared)).Members);
    }
}
