using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins every rule of the data-set check (<see cref="MemberPointsDataSetValidator"/>): path, code and attempted value in order (dates ISO), with the
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
    public void Validate_DataSetBreakingEveryRule_ListsEveryProblemWithPathCodeAndValue() =>
        new MemberPointsDataSetValidator(Scheme()).Check(DataBreakingEveryRule()).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).ToArray()
            .Should().Equal(
        [
            ("CommitteeId", "COMMON.ID_EMPTY", ""),
            ("Branches[2]", "COMMON.ID_DUPLICATE", "BZ-002-B01"),
            ("Branches[3].BranchId", "COMMON.ID_EMPTY", ""),
            ("Branches[3].ParentId", "COMMON.ID_EMPTY", ""),
            ("Roster[6]", "COMMON.ID_DUPLICATE", "BZ-002-B01-M001"),
            ("Roster[1].MemberId", "COMMON.ID_EMPTY", null),
            ("Roster[1].JoinedOn", "PTS.MEMBERSHIP_DATES", "2025-01-01"),
            ("Roster[1].ProbationEndsOn", "PTS.MEMBERSHIP_DATES", "2024-12-31"),
            ("Roster[1].Assignments[0].To", "PTS.ASSIGNMENT_INVALID", "2019-12-31"),
            ("Roster[1].Assignments[1].BranchId", "PTS.BRANCH_UNKNOWN", "BZ-009-B01"),
            ("Roster[2].Assignments", "PTS.ASSIGNMENT_INVALID", "2024-06-30"),
            ("Roster[3].Assignments", "PTS.NO_BRANCH_AT_YEAR_END", "BZ-002-B01-M003"),
            ("Declarations[2]", "COMMON.ID_DUPLICATE", "D1"),
            ("Declarations[1].Id", "COMMON.ID_EMPTY", null),
            ("Declarations[1].MemberId", "PTS.MEMBER_UNKNOWN", "BZ-002-B01-M099"),
            ("Declarations[1].StandardId", "PTS.STANDARD_UNKNOWN", "ZZ"),
            ("Declarations[1].Quantity", "PTS.QUANTITY", "0"),
            ("Audits[1].DeclarationId", "PTS.DECLARATION_UNKNOWN", "D-NONE"),
            ("Audits[2].AuditedOn", "PTS.AUDIT_BEFORE_SUBMISSION", "2024-02-01"),
            ("Audits[3].AuditedOn", "PTS.AUDIT_SAME_DAY", "2024-02-02"),
            ("Audits[3].Decision", "COMMON.ENUM", "99"),
            ("Audits[4].Points", "PTS.AUDIT_POINTS", "-1"),
            ("Audits[4].Reason", "PTS.AUDIT_REASON", " "),
            ("Audits[5].Points", "PTS.AUDIT_POINTS", "1"),
            ("Audits[6].Reason", "PTS.AUDIT_REASON", null),
            ("Audits[7].Points", "PTS.AUDIT_POINTS", null),
            ("Audits[7].Reason", "PTS.AUDIT_REASON", null),
            ("MassReviews[0].MemberId", "PTS.MEMBER_UNKNOWN", "BZ-002-B01-M099"),
            ("MassReviews[0].Quarter", "PTS.REVIEW_INVALID", "0"),
            ("MassReviews[1]", "PTS.REVIEW_INVALID", null),
            ("MassReviews[2]", "PTS.REVIEW_INVALID", null),
            ("MassReviews[3]", "PTS.REVIEW_INVALID", null),
            ("MassReviews[4]", "PTS.REVIEW_INVALID", null),
            ("MassReviews[5]", "PTS.REVIEW_INVALID", null),
            ("MassReviews[6]", "PTS.REVIEW_INVALID", "2147483648"),
            ("MassReviews[7]", "PTS.REVIEW_INVALID", "2"),
            ("MassReviews[8].Quarter", "PTS.REVIEW_INVALID", "5"),
        ]);
}
