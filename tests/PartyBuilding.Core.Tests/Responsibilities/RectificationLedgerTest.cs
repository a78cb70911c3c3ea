using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// A small ledger: organization A has Q1 (M1 end of November, completed 20 Nov; M2 year end, open) and Q2 (M3 end of November,
/// open; M4 long term, open); organization B has Q3 (M5 year end, completed 10 Dec, found relapsed at the look-back on 20 Dec).
/// </summary>
public sealed class RectificationLedgerTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId B = OrganizationId.Parse("BZ-002");
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");

    private static RectificationLedger Ledger => new(
        RectificationLedgerId.Parse("LEDGER"),
        new LocalizedText("整改台账", "Ledger"),
        Y2019,
        D(2019, 9, 1),
        [new(RectificationAreaId.Parse("X"), new LocalizedText("甲", "X")), new(RectificationAreaId.Parse("Y"), new LocalizedText("乙", "Y"))],
        [
            Problem("Q1", A, "X", Measure("M1", DeadlineClass.EndOfNovember, new RectificationCompletion(D(2019, 11, 20), "report")), Measure("M2", DeadlineClass.YearEnd)),
            Problem("Q2", A, "Y", Measure("M3", DeadlineClass.EndOfNovember), Measure("M4", DeadlineClass.LongTerm)),
            Problem("Q3", B, "X", Measure("M5", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 12, 10), "report"), [new(D(2019, 12, 20), RecheckOutcome.Relapsed)])),
        ]);

    [Fact]
    public void Article000_DeadlineClasses_ResolveToEndOfNovemberYearEndAndNone()
    {
        Ledger.DeadlineOf(DeadlineClass.EndOfNovember).Should().Be(D(2019, 11, 30));
        Ledger.DeadlineOf(DeadlineClass.YearEnd).Should().Be(D(2019, 12, 31));
        Ledger.DeadlineOf(DeadlineClass.LongTerm).Should().BeNull();
        RectificationLedger.ResolveDeadline(AssessmentYear.Create(2024), DeadlineClass.EndOfNovember).Should().Be(D(2024, 11, 30));
    }

    [Theory]
    [InlineData(11, 30, DutyStatus.Due)]
    [InlineData(12, 1, DutyStatus.Overdue)]
    public void Article000_EndOfNovemberMeasure_BothSidesOfTheDeadline(int month, int day, DutyStatus expected)
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger, D(2019, month, day));

        status.Measures.Single(m => m.Measure.Value == "M3").Status.Should().Be(expected);
    }

    [Theory]
    [InlineData(2019, 12, 31, DutyStatus.Due)]
    [InlineData(2020, 1, 1, DutyStatus.Overdue)]
    public void YearEndMeasure_BothSidesOfTheDeadline(int y, int m, int d, DutyStatus expected)
    {
        RectificationLedgerEngine.Evaluate(Ledger, D(y, m, d)).Measures.Single(s => s.Measure.Value == "M2").Status.Should().Be(expected);
    }

    [Fact]
    public void LongTermMeasure_IsNeverOverdue()
    {
        RectificationLedgerEngine.Evaluate(Ledger, D(2030, 1, 1)).Measures.Single(s => s.Measure.Value == "M4").Status.Should().Be(DutyStatus.Due);
    }

    [Fact]
    public void BeforeTheLedgerIsEstablished_MeasuresAreNotYetDue()
    {
        RectificationLedgerEngine.Evaluate(Ledger, D(2019, 8, 31)).Measures.Should().OnlyContain(m => m.Status == DutyStatus.NotYetDue);
    }

    [Theory]
    [InlineData(12, 9, DutyStatus.Due)]
    [InlineData(12, 10, DutyStatus.Done)]
    [InlineData(12, 19, DutyStatus.Done)]
    [InlineData(12, 20, DutyStatus.Due)]
    public void Article001_LookBack_RelapseReopensTheMeasureFromTheRecheckDate(int month, int day, DutyStatus expected)
    {
        RectificationLedgerEngine.Evaluate(Ledger, D(2019, month, day)).Measures.Single(s => s.Measure.Value == "M5").Status.Should().Be(expected);
    }

    [Fact]
    public void Rollup_PerOrganization_HandCounted()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger, D(2019, 12, 15));

        status.Organizations.Select(o => o.Organization).Should().Equal(A, B);
        var a = status.For(A)!;
        (a.Problems, a.Measures, a.Done, a.Due, a.Overdue, a.NotYetDue, a.ProblemsResolved).Should().Be((2, 4, 1, 2, 1, 0, 0));
        var b = status.For(B)!;
        (b.Problems, b.Measures, b.Done, b.Due, b.Overdue, b.NotYetDue, b.ProblemsResolved).Should().Be((1, 1, 1, 0, 0, 0, 1));
        a.Explanation.Value.Should().Be(4m);
        a.Explanation.Verify().Should().BeEmpty();
        status.Overdue.Should().ContainSingle().Which.Measure.Value.Should().Be("M3");
        status.For(OrganizationId.Parse("BZ-097")).Should().BeNull();
    }

    [Fact]
    public void Evaluate_IsIndependentOfProblemAndMeasureOrder()
    {
        var shuffled = new RectificationLedger(
            Ledger.Id, Ledger.Title, Ledger.Year, Ledger.EstablishedOn, Ledger.Areas.Reverse().ToImmutableArray(),
            [.. Ledger.Problems.Reverse().Select(p => new RectificationProblem(p.Id, p.Organization, p.Area, p.Description, p.Measures.Reverse().ToImmutableArray()))]);

        RectificationLedgerEngine.Evaluate(shuffled, D(2019, 12, 15)).Should().Be(RectificationLedgerEngine.Evaluate(Ledger, D(2019, 12, 15)));
    }

    [Fact]
    public void Validator_ReportsEveryLedgerProblem()
    {
        var bad = new RectificationLedger(
            RectificationLedgerId.Parse("BAD"),
            new LocalizedText("台账", "Ledger"),
            Y2019,
            D(2019, 9, 1),
            [new(RectificationAreaId.Parse("X"), new LocalizedText("甲", "X"))],
            [
                Problem("Q1", A, "Z"),
                Problem("Q2", A, "X",
                    Measure("M1", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 8, 1), " ")),
                    Measure("M1", DeadlineClass.YearEnd, rechecks: [new(D(2019, 10, 1), RecheckOutcome.Confirmed)])),
            ]);

        var codes = new RectificationLedgerValidator().Check(bad).Problems.Select(p => p.ErrorCode);

        codes.Should().BeEquivalentTo(
        [
            ResponsibilitiesErrorCodes.LedgerProblemWithoutMeasure,
            ResponsibilitiesErrorCodes.LedgerAreaUnknown,
            ResponsibilitiesErrorCodes.LedgerCompletionEvidence,
            ResponsibilitiesErrorCodes.LedgerCompletedBeforeEstablished,
            ResponsibilitiesErrorCodes.LedgerRecheckBeforeCompletion,
            CommonErrorCodes.DuplicateIdentifier,
        ]);
    }

    [Fact]
    public void Evaluate_InvalidLedger_Throws()
    {
        var bad = new RectificationLedger(RectificationLedgerId.Parse("BAD"), new LocalizedText("台账", "Ledger"), Y2019, D(2020, 1, 1), [], []);

        var act = () => RectificationLedgerEngine.Evaluate(bad, D(2020, 1, 1));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.LedgerEstablishedOutsideYear);
    }

    [Fact]
    public void Ledger_HasValueEquality()
    {
        var copy = new RectificationLedger(
            Ledger.Id, Ledger.Title, Ledger.Year, Ledger.EstablishedOn, [.. Ledger.Areas],
            [.. Ledger.Problems.Select(p => new RectificationProblem(p.Id, p.Organization, p.Area, p.Description, [.. p.Measures.Select(m => new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline, m.Completion, [.. m.Rechecks]))]))]);

        copy.Should().Be(Ledger);
        copy.GetHashCode().Should().Be(Ledger.GetHashCode());
    }

    private static RectificationProblem Problem(string id, OrganizationId organization, string area, params RectificationMeasure[] measures) =>
        new(RectificationProblemId.Parse(id), organization, RectificationAreaId.Parse(area), new LocalizedText("问题", "Problem"), [.. measures]);

    private static RectificationMeasure Measure(string id, DeadlineClass deadline, RectificationCompletion? completion = null, ImmutableArray<LookBackCheck> rechecks = default) =>
        new(RectificationMeasureId.Parse(id), new LocalizedText("措施", "Measure"), Secretary, deadline, completion, rechecks);
}
