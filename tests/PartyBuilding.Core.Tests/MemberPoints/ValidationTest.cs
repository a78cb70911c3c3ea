using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class ValidationTest
{
    private static IEnumerable<string> Codes(PointsScheme scheme) => new PointsSchemeValidator().Check(scheme).Problems.Select(p => p.ErrorCode);

    private static ValidationReport CheckData(MemberPointsDataSet data) => new MemberPointsDataSetValidator(Scheme()).Check(data);

    [Fact]
    public void Scheme_Valid_HasNoProblems() => new PointsSchemeValidator().Check(Scheme()).IsValid.Should().BeTrue();

    [Fact]
    public void Scheme_BadStandards_AreAllReported()
    {
        var scheme = Scheme() with
        {
            Standards =
            [
                Standard("A", PointsKind.Base, 0m),
                Standard("B", PointsKind.Bonus, 3m, monthlyCap: 2m),
                Standard("C", PointsKind.Bonus, 1m, monthlyCap: 4m, yearlyCap: 3m),
                Standard("C", PointsKind.Deduction, 1m),
                Standard("D2", PointsKind.Deduction, 1m),
            ],
        };

        var problems = new PointsSchemeValidator().Check(scheme).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Standards[0].Points", MemberPointsErrorCodes.PointsNotPositive),
            ("Standards[1].MonthlyCap", MemberPointsErrorCodes.CapInvalid),
            ("Standards[2].YearlyCap", MemberPointsErrorCodes.CapInvalid),
            ("Standards[3]", CommonErrorCodes.DuplicateIdentifier),
        });
    }

    [Fact]
    public void Scheme_NoStandards_UnknownStrategy_BadSettings_AreReported()
    {
        var scheme = Scheme(grading: new StrategySpec("lottery")) with
        {
            Standards = [],
            HardConditions = [new HardCondition(S("B1"), MemberGrade.Qualified)],
            DeclarationDeadlineDay = 29,
            MinimumMonthsForGrading = 0,
        };

        Codes(scheme).Should().BeEquivalentTo(
            MemberPointsErrorCodes.NoStandards,
            CommonErrorCodes.StrategyUnknown,
            MemberPointsErrorCodes.HardConditionStandard,
            MemberPointsErrorCodes.SettingOutOfRange,
            MemberPointsErrorCodes.SettingOutOfRange);
    }

    [Fact]
    public void Scheme_HardConditionOnBonusStandard_IsRejected()
    {
        Codes(Scheme() with { HardConditions = [new HardCondition(S("X1"), MemberGrade.Qualified)] })
            .Should().Equal(MemberPointsErrorCodes.HardConditionStandard);
    }

    [Fact]
    public void Scheme_DeadlineDayBoundaries()
    {
        Codes(Scheme() with { DeclarationDeadlineDay = 28 }).Should().BeEmpty();
        Codes(Scheme() with { DeclarationDeadlineDay = 1 }).Should().BeEmpty();
        Codes(Scheme() with { DeclarationDeadlineDay = 0 }).Should().Equal(MemberPointsErrorCodes.SettingOutOfRange);
    }

    [Fact]
    public void Data_BadReferencesAndAudits_AreAllReported()
    {
        var a = M(1);
        var good = Declare(a, "B1", 1, id: "D1");
        var unknownMember = Declare(M(99), "B1", 1, id: "D2");
        var unknownStandard = Declare(a, "ZZ", 1, id: "D3");
        var zero = Declare(a, "B1", 2, id: "D4", quantity: 0);
        AuditRecord[] audits =
        [
            new(good.Id, good.SubmittedOn.PlusDays(-1), AuditDecision.Approve),
            new(good.Id, good.SubmittedOn.PlusDays(2), AuditDecision.Adjust),
            new(good.Id, good.SubmittedOn.PlusDays(2), AuditDecision.Reject, Score.Of(1m), " "),
            new(DeclarationId.Parse("D-NONE"), good.SubmittedOn, AuditDecision.Approve),
        ];

        var problems = CheckData(Data([Member(a)], [good, unknownMember, unknownStandard, zero], audits)).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Declarations[1].MemberId", MemberPointsErrorCodes.MemberUnknown),
            ("Declarations[2].StandardId", MemberPointsErrorCodes.StandardUnknown),
            ("Declarations[3].Quantity", MemberPointsErrorCodes.QuantityNotPositive),
            ("Audits[0].AuditedOn", MemberPointsErrorCodes.AuditBeforeSubmission),
            ("Audits[1].Points", MemberPointsErrorCodes.AuditPoints),
            ("Audits[1].Reason", MemberPointsErrorCodes.AuditReasonMissing),
            ("Audits[2].AuditedOn", MemberPointsErrorCodes.AuditSameDay),
            ("Audits[2].Points", MemberPointsErrorCodes.AuditPoints),
            ("Audits[2].Reason", MemberPointsErrorCodes.AuditReasonMissing),
            ("Audits[3].DeclarationId", MemberPointsErrorCodes.DeclarationUnknown),
        });
    }

    [Fact]
    public void Data_RosterProblems_AreReported()
    {
        var overlap = new MemberRosterEntry(M(1), new LocalDate(2000, 1, 1),
            [new BranchAssignment(B01, new LocalDate(2010, 1, 1), new LocalDate(2024, 7, 1)), new BranchAssignment(B02, new LocalDate(2024, 7, 1))]);
        var gone = new MemberRosterEntry(M(2), new LocalDate(2000, 1, 1), [new BranchAssignment(B01, new LocalDate(2010, 1, 1), new LocalDate(2024, 12, 30))]);
        var unknownBranch = new MemberRosterEntry(M(3), new LocalDate(2025, 1, 1), [new BranchAssignment(OrganizationId.Parse("BZ-009-B01"), new LocalDate(2010, 1, 1))]);
        var data = Data([overlap, gone, unknownBranch], reviews: [new MassReview(M(1), 5, 1, 0, 0, 0), new MassReview(M(1), 1, 0, 0, 0, 0), new MassReview(M(1), 1, 1, 0, 0, 0)]);

        CheckData(data).Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Roster[0].Assignments", MemberPointsErrorCodes.AssignmentInvalid),
            ("Roster[1].Assignments", MemberPointsErrorCodes.NoBranchAtYearEnd),
            ("Roster[2].JoinedOn", MemberPointsErrorCodes.MembershipDates),
            ("Roster[2].Assignments[0].BranchId", MemberPointsErrorCodes.BranchUnknown),
            ("MassReviews[0].Quarter", MemberPointsErrorCodes.ReviewInvalid),
            ("MassReviews[1]", MemberPointsErrorCodes.ReviewInvalid),
            ("MassReviews[2]", MemberPointsErrorCodes.ReviewInvalid),
        });
    }

    [Theory]
    [InlineData(int.MaxValue, 0, 0, 0, true)]
    [InlineData(int.MaxValue, 1, 0, 0, false)]
    [InlineData(int.MaxValue, 2, 0, 1, false)]
    public void Data_MassReview_RatersBeyondTheIntRange_AreRefusedNotOverflowed(int good, int fairlyGood, int average, int poor, bool valid)
    {
        // Found by fuzzing (seed 20261123, input 939483): a count of 2147483647 made MassReview.Raters overflow in the strategy.
        var data = Data([Member(M(1))], reviews: [new MassReview(M(1), 1, good, fairlyGood, average, poor)]);

        var problems = CheckData(data).Problems;

        if (valid)
        {
            problems.Should().BeEmpty();
        }
        else
        {
            var problem = problems.Should().ContainSingle().Subject;
            (problem.Path, problem.ErrorCode).Should().Be(("MassReviews[0]", MemberPointsErrorCodes.ReviewInvalid));
            problem.AttemptedValue.Should().Be(((long)good + fairlyGood + average + poor).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Data_WrongYear_IsReported()
    {
        var data = Data([Member(M(1))]) with { Year = AssessmentYear.Create(2023) };

        CheckData(data).Problems.Select(p => p.ErrorCode).Should().Contain(MemberPointsErrorCodes.YearMismatch);
    }

    [Fact]
    public void Engine_InvalidData_ThrowsBeforeComputingAnything()
    {
        var bad = Declare(M(99), "B1", 1);

        var act = () => Evaluate(Data([Member(M(1))], [bad]));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle(p => p.ErrorCode == MemberPointsErrorCodes.MemberUnknown);
    }

    [Fact]
    public void Engine_InvalidScheme_Throws()
    {
        var act = () => Evaluate(Data([Member(M(1))]), Scheme(grading: new StrategySpec("lottery")));

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Single();
        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        problem.Path.Should().Be("Scheme.Grading.Name");
    }
}
