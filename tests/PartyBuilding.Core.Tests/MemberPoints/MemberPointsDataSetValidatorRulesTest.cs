using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins every rule of <see cref="MemberPointsDataSetValidator"/>: path, code, message and attempted value in order, with the
/// boundaries that are accepted beside the failures (joining on the last day of the year, an assignment starting or ending on
/// it, an audit on the submission day, an adjustment to 0 points).
/// </summary>
public sealed class MemberPointsDataSetValidatorRulesTest
{
    private static readonly LocalDate LastDay = new(2024, 12, 31);

    private static MemberRosterEntry Entry(MemberId id, LocalDate joined, params BranchAssignment[] assignments) => new(id, joined, [.. assignments]);

    private static MemberPointsDataSet DataBreakingEveryRule()
    {
        var member = M(1);
        var good = Declare(member, "B1", 1, id: "D1");
        var bad = new Declaration(default, M(99), S("ZZ"), new YearMonth(2024, 2), new LocalDate(2024, 2, 10), new LocalDate(2024, 3, 2), 0);
        var submitted = good.SubmittedOn;
        return new MemberPointsDataSet(
            Year,
            default,
            [new BranchParent(B01, Dept), new BranchParent(B02, Dept), new BranchParent(B01, Dept), new BranchParent(default, default)],
            [
                Entry(member, LastDay, new BranchAssignment(B01, new LocalDate(2010, 1, 1))),
                new MemberRosterEntry(default, LastDay.PlusDays(1),
                    [new BranchAssignment(B01, new LocalDate(2020, 1, 1), new LocalDate(2019, 12, 31)), new BranchAssignment(OrganizationId.Parse("BZ-009-B01"), new LocalDate(2021, 1, 1))],
                    ProbationEndsOn: LastDay),
                Entry(M(2), new LocalDate(2000, 1, 1),
                    new BranchAssignment(B02, new LocalDate(2024, 6, 30)), new BranchAssignment(B01, new LocalDate(2010, 1, 1), new LocalDate(2024, 6, 30))),
                Entry(M(3), new LocalDate(2000, 1, 1), new BranchAssignment(B01, new LocalDate(2010, 1, 1), new LocalDate(2024, 12, 30))),
                Entry(M(4), new LocalDate(2000, 1, 1), new BranchAssignment(B01, new LocalDate(2010, 1, 1), LastDay)),
                Entry(M(5), new LocalDate(2000, 1, 1), new BranchAssignment(B01, new LocalDate(2010, 1, 1), new LocalDate(2024, 12, 30)), new BranchAssignment(B02, LastDay)),
                Entry(member, LastDay, new BranchAssignment(B01, new LocalDate(2010, 1, 1))),
            ],
            [good, bad, good with { Quantity = 2 }],
            [
                new AuditRecord(good.Id, submitted, AuditDecision.Approve),
                new AuditRecord(DeclarationId.Parse("D-NONE"), submitted, AuditDecision.Approve),
                new AuditRecord(good.Id, submitted.PlusDays(-1), AuditDecision.Adjust, Score.Zero, "ok"),
                new AuditRecord(good.Id, submitted, (AuditDecision)99),
                new AuditRecord(good.Id, submitted.PlusDays(1), AuditDecision.Adjust, Score.Of(-1m), " "),
                new AuditRecord(good.Id, submitted.PlusDays(2), AuditDecision.Approve, Score.Of(1m)),
                new AuditRecord(good.Id, submitted.PlusDays(3), AuditDecision.Reject),
                new AuditRecord(good.Id, submitted.PlusDays(4), AuditDecision.Adjust),
            ],
            [
                new MassReview(M(99), 0, 1, 0, 0, 0),
                new MassReview(member, 1, -1, 1, 1, 1),
                new MassReview(member, 2, 1, -1, 1, 1),
                new MassReview(member, 3, 1, 1, -1, 1),
                new MassReview(member, 4, 1, 1, 1, -1),
                new MassReview(M(2), 1, 0, 0, 0, 0),
                new MassReview(M(2), 2, int.MaxValue, 1, 0, 0),
                new MassReview(M(2), 2, 1, 0, 0, 0),
                new MassReview(M(2), 5, 1, 0, 0, 0),
            ]);
    }

    [Fact]
    public void Validate_DataSetBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Rows(new MemberPointsDataSetValidator(Scheme()).Check(DataBreakingEveryRule())).Should().Equal(
        [
            ("CommitteeId", "COMMON.ID_EMPTY", "'Committee Id' must be a non-empty identifier.", ""),
            ("Branches[2]", "COMMON.ID_DUPLICATE", "'BZ-002-B01' appears more than once in 'Branches'.", "BZ-002-B01"),
            ("Branches[3].BranchId", "COMMON.ID_EMPTY", "'Branch Id' must be a non-empty identifier.", ""),
            ("Branches[3].ParentId", "COMMON.ID_EMPTY", "'Parent Id' must be a non-empty identifier.", ""),
            ("Roster[6]", "COMMON.ID_DUPLICATE", "'BZ-002-B01-M001' appears more than once in 'Roster'.", "BZ-002-B01-M001"),
            ("Roster[1].MemberId", "COMMON.ID_EMPTY", "A member needs an identifier.", null),
            ("Roster[1].JoinedOn", "PTS.MEMBERSHIP_DATES", "The member joined after the year ended.", "Wednesday, 01 January 2025"),
            ("Roster[1].ProbationEndsOn", "PTS.MEMBERSHIP_DATES", "Probation cannot end before the member joined.", "Tuesday, 31 December 2024"),
            ("Roster[1].Assignments[0].To", "PTS.ASSIGNMENT_INVALID", "An assignment ends before it starts.", "Tuesday, 31 December 2019"),
            ("Roster[1].Assignments[1].BranchId", "PTS.BRANCH_UNKNOWN", "The branch is not in the data set's branch list.", "BZ-009-B01"),
            ("Roster[2].Assignments", "PTS.ASSIGNMENT_INVALID", "A member's branch assignments overlap.", "Sunday, 30 June 2024"),
            ("Roster[3].Assignments", "PTS.NO_BRANCH_AT_YEAR_END", "No branch assignment covers the last day of the year (the grading branch).", "BZ-002-B01-M003"),
            ("Declarations[2]", "COMMON.ID_DUPLICATE", "'D1' appears more than once in 'Declarations'.", "D1"),
            ("Declarations[1].Id", "COMMON.ID_EMPTY", "A declaration needs an identifier.", null),
            ("Declarations[1].MemberId", "PTS.MEMBER_UNKNOWN", "The member is not on the roster.", "BZ-002-B01-M099"),
            ("Declarations[1].StandardId", "PTS.STANDARD_UNKNOWN", "The scheme has no such standard.", "ZZ"),
            ("Declarations[1].Quantity", "PTS.QUANTITY", "A declaration declares at least one occurrence.", "0"),
            ("Audits[1].DeclarationId", "PTS.DECLARATION_UNKNOWN", "No declaration has this identifier.", "D-NONE"),
            ("Audits[2].AuditedOn", "PTS.AUDIT_BEFORE_SUBMISSION", "An audit cannot precede the declaration's submission.", "Thursday, 01 February 2024"),
            ("Audits[3].AuditedOn", "PTS.AUDIT_SAME_DAY", "The declaration already has an audit on this date; their order would be unknown.", "Friday, 02 February 2024"),
            ("Audits[3].Decision", "COMMON.ENUM", "'Decision' is not a known value.", "99"),
            ("Audits[4].Points", "PTS.AUDIT_POINTS", "An adjustment needs non-negative points; an approval or a rejection carries none.", "-1"),
            ("Audits[4].Reason", "PTS.AUDIT_REASON", "An adjustment or a rejection needs a reason.", " "),
            ("Audits[5].Points", "PTS.AUDIT_POINTS", "An adjustment needs non-negative points; an approval or a rejection carries none.", "1"),
            ("Audits[6].Reason", "PTS.AUDIT_REASON", "An adjustment or a rejection needs a reason.", null),
            ("Audits[7].Points", "PTS.AUDIT_POINTS", "An adjustment needs non-negative points; an approval or a rejection carries none.", null),
            ("Audits[7].Reason", "PTS.AUDIT_REASON", "An adjustment or a rejection needs a reason.", null),
            ("MassReviews[0].MemberId", "PTS.MEMBER_UNKNOWN", "The member is not on the roster.", "BZ-002-B01-M099"),
            ("MassReviews[0].Quarter", "PTS.REVIEW_INVALID", "The quarter must be 1 to 4.", "0"),
            ("MassReviews[1]", "PTS.REVIEW_INVALID", "Rating counts must be non-negative with at least one rater.", null),
            ("MassReviews[2]", "PTS.REVIEW_INVALID", "Rating counts must be non-negative with at least one rater.", null),
            ("MassReviews[3]", "PTS.REVIEW_INVALID", "Rating counts must be non-negative with at least one rater.", null),
            ("MassReviews[4]", "PTS.REVIEW_INVALID", "Rating counts must be non-negative with at least one rater.", null),
            ("MassReviews[5]", "PTS.REVIEW_INVALID", "Rating counts must be non-negative with at least one rater.", null),
            ("MassReviews[6]", "PTS.REVIEW_INVALID", "The rating counts add up to more than 2,147,483,647 raters.", "2147483648"),
            ("MassReviews[7]", "PTS.REVIEW_INVALID", "The member already has a review for this quarter.", "2"),
            ("MassReviews[8].Quarter", "PTS.REVIEW_INVALID", "The quarter must be 1 to 4.", "5"),
        ]);
}
