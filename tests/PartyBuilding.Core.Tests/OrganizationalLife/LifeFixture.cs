using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>Builds small records of one branch for the rule tests: a branch BZ-001-B02 of the committee BZ-WC, in 2019 (the regulation of 2018 in force).</summary>
internal static class LifeFixture
{
    public static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    public static readonly OrganizationId Branch = OrganizationId.Parse("BZ-001-B02");
    public static readonly AssessmentYear Year = AssessmentYear.Create(2019);
    public static readonly LocalDate YearEnd = new(2019, 12, 31);

    public static MemberId M(int i) => MemberId.Parse($"BZ-001-B02-M{i:000}");

    public static LifeRecordId R(string id) => LifeRecordId.Parse(id);

    /// <summary>A branch of <paramref name="full"/> full members (M001…) and <paramref name="probationary"/> probationary ones after them; the first <paramref name="committee"/> sit on the committee.</summary>
    public static LifeBranch Members(int full, int probationary = 0, int committee = 0, int leadingCadre = 0) =>
        new(Branch, [.. Enumerable.Range(1, full + probationary).Select(i => new LifeMember(
            M(i),
            i <= full ? MembershipStatus.Full : MembershipStatus.Probationary,
            CommitteeMember: i <= committee,
            LeadingCadre: leadingCadre == i))]);

    public static MeetingRecord Meeting(string id, MeetingKind kind, LocalDate date, IEnumerable<int> present, IEnumerable<Absence>? absent = null, LessonGiver? giver = null) =>
        new(R(id), kind, Branch, date, Attendees: [.. present.Select(M)], Absentees: [.. absent ?? []], Giver: kind == MeetingKind.PartyLesson ? giver ?? LessonGiver.Other : null);

    public static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, to - from + 1);

    /// <summary>Every month's dues paid by every member of the branch.</summary>
    public static IEnumerable<DuesPayment> AllDues(LifeBranch branch) =>
        from member in branch.Members
        from month in Year.Months
        select new DuesPayment(member.Id, month, month.OnDayOfMonth(5));

    public static OrganizationalLifeScheme Scheme(params FrequencyRequirement[] requirements) => new(Year, Committee, [.. requirements]);

    public static OrganizationalLifeRecords Records(LifeBranch branch, IEnumerable<MeetingRecord> meetings, IEnumerable<DuesPayment>? dues = null) =>
        new(Year, Committee, [branch], [.. meetings], [.. dues ?? AllDues(branch)]);

    public static OrganizationalLifeResult Evaluate(OrganizationalLifeRecords records, LocalDate? asOf = null) =>
        OrganizationalLifeEngine.Evaluate(records, Scheme(), asOf ?? YearEnd);

    public static ImmutableArray<LifeFinding> Findings(OrganizationalLifeResult result, LifeFindingKind kind, MeetingKind? meeting = null) =>
        [.. result.Findings.Where(f => f.Kind == kind && (meeting is null || f.Meeting == meeting))];
}
