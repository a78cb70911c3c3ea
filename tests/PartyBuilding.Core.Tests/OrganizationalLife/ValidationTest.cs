using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>Bad records and schemes: every problem by code and path; the documents round-trip.</summary>
public sealed class ValidationTest
{
    private static ImmutableArray<(string Path, string Code)> Problems(OrganizationalLifeRecords records, OrganizationalLifeScheme? scheme = null) =>
        [.. OrganizationalLifeEngine.Validate(records, scheme ?? Scheme(), YearEnd).Problems.Select(p => (p.Path, p.ErrorCode))];

    [Fact]
    public void Records_DuplicateIdUnknownMemberAndBadDates_AreEachAProblem()
    {
        var records = Records(Members(3), [
            Meeting("X-1", MeetingKind.MembersMeeting, new LocalDate(2019, 1, 1), [1, 9]),
            Meeting("X-1", MeetingKind.ThemePartyDay, new LocalDate(2020, 1, 1), [1], [new Absence(M(1), AbsenceReason.Leave)]),
        ]);

        Problems(records).Should().BeEquivalentTo(new[]
        {
            ("Data.Meetings[0].Attendees[1]", OrganizationalLifeErrorCodes.MemberUnknown),
            ("Data.Meetings[1].Id", OrganizationalLifeErrorCodes.DuplicateRecord),
            ("Data.Meetings[1].Date", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Meetings[1].Absentees[0]", OrganizationalLifeErrorCodes.AttendanceConflict),
        });
    }

    [Fact]
    public void Records_LessonWithoutGiver_AndPartyGroupMeetingOfABranch_AreProblems()
    {
        var records = Records(Members(3), [
            Meeting("L-1", MeetingKind.PartyLesson, new LocalDate(2019, 1, 1), [1]) with { Giver = null },
            Meeting("G-1", MeetingKind.PartyGroupMeeting, new LocalDate(2019, 1, 2), [1]),
        ]);

        Problems(records).Should().BeEquivalentTo(new[]
        {
            ("Data.Meetings[0].Giver", OrganizationalLifeErrorCodes.LessonGiver),
            ("Data.Meetings[1].OrganizationId", OrganizationalLifeErrorCodes.OrganizationUnknown),
        });
    }

    [Fact]
    public void Records_DuesTwiceForAMonth_AndRecordsOfAnotherYear_AreProblems()
    {
        var branch = Members(1);
        var payment = new DuesPayment(M(1), new YearMonth(2019, 1), new LocalDate(2019, 1, 3));
        var records = new OrganizationalLifeRecords(AssessmentYear.Create(2018), Committee, [branch], Dues: [payment, payment]);

        Problems(records).Should().BeEquivalentTo(new[]
        {
            ("Data.CommitteeId", OrganizationalLifeErrorCodes.SchemeMismatch),
            ("Data.Dues[0].Month", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Dues[1].Month", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Dues[1]", OrganizationalLifeErrorCodes.DuesDuplicate),
        });
    }

    [Fact]
    public void Scheme_LooserThanTheRegulation_OrForTalks_IsAProblem()
    {
        var scheme = Scheme(
            new FrequencyRequirement(MeetingKind.BranchCommitteeMeeting, LifePeriod.Quarter),
            new FrequencyRequirement(MeetingKind.HeartToHeartTalk, LifePeriod.Year),
            new FrequencyRequirement(MeetingKind.ThemePartyDay, LifePeriod.Month, 0));

        Problems(Records(Members(1), []), scheme).Should().BeEquivalentTo(new[]
        {
            ("Scheme.Requirements[0]", OrganizationalLifeErrorCodes.LooserThanRegulation),
            ("Scheme.Requirements[1]", OrganizationalLifeErrorCodes.RequirementInvalid),
            ("Scheme.Requirements[2]", OrganizationalLifeErrorCodes.RequirementInvalid),
        });
    }

    [Fact]
    public void Evaluate_InvalidRecords_ThrowsWithEveryProblem()
    {
        var records = Records(Members(1), [Meeting("X-1", MeetingKind.MembersMeeting, new LocalDate(2019, 1, 1), [7, 8])]);

        var thrown = FluentActions.Invoking(() => Evaluate(records)).Should().Throw<PartyBuildingValidationException>().Which;

        thrown.Problems.Select(p => p.Path).Should().Equal("Data.Meetings[0].Attendees[0]", "Data.Meetings[0].Attendees[1]");
    }

    [Fact]
    public void CheckAgainst_TheOrganizationStructure_NamesBranchesAndMembersThatDoNotResolve()
    {
        var snapshot = SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json");
        var tree = OrganizationRegistry.Create(snapshot).AsOf(new LocalDate(2019, 1, 1));
        var b01 = OrganizationId.Parse("BZ-001-B01");
        var records = new OrganizationalLifeRecords(Year, Committee, [
            new LifeBranch(b01, [new LifeMember(MemberId.Parse("BZ-001-B01-M001")), new LifeMember(MemberId.Parse("BZ-001-B02-M001"))]),
            new LifeBranch(OrganizationId.Parse("BZ-001"), []),
        ]);

        var problems = OrganizationalLifeEngine.CheckAgainst(records, tree).Problems.Select(p => (p.Path, p.ErrorCode));

        problems.Should().BeEquivalentTo(new[]
        {
            ("Data.Branches[0].Members[1].Id", OrganizationalLifeErrorCodes.MemberDisagreesWithStructure),
            ("Data.Branches[1].Id", OrganizationalLifeErrorCodes.NotABranchOfTheStructure),
        });
    }

    [Fact]
    public void RecordsAndScheme_RoundTripThroughJson()
    {
        var records = Records(Members(2, 1, committee: 1, leadingCadre: 2), [
            Meeting("L-1", MeetingKind.PartyLesson, new LocalDate(2019, 1, 1), [1], [new Absence(M(2), AbsenceReason.OfficialDuty)], LessonGiver.Secretary) with { Topics = ["学习党章"], FirstTopic = "学习贯彻重要讲话精神", Minutes = "记录本第3页" },
        ]) with { IsIllustrative = true };
        var scheme = Scheme(new FrequencyRequirement(MeetingKind.ThemePartyDay, LifePeriod.Month, 2)) with { IsIllustrative = true };

        PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(PartyBuildingJson.Serialize(records)).Should().Be(records);
        PartyBuildingJson.Deserialize<OrganizationalLifeScheme>(PartyBuildingJson.Serialize(scheme)).Should().Be(scheme);
    }
}
