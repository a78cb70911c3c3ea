using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="RectificationLedgerEngine"/> and <see cref="RectificationMeasure.IsDoneAsOf"/>: the measure order (organization,
/// problem, measure), the establishment day, re-checks counted up to and including the as-of date, which problems count as resolved,
/// the roll-up explanation node by node, the look-back re-check on the completion day and on one day, and the guards.
/// </summary>
public sealed class RectificationLedgerEngineRulesTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId B = OrganizationId.Parse("BZ-002");
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");

    /// <summary>
    /// Given out of order. As of 15 December 2019: A/Q1 has M1 (long term, open: due) and M2 (end of November, open: overdue);
    /// A/Q2 has M3 (year end, open: due); A/Q3 has M6 (completed 1 October, confirmed 14 and 15 December, relapsed 16 December: done,
    /// 2 re-checks so far); B/Q4 has M9 (year end, open: due).
    /// </summary>
    private static RectificationLedger Ledger() => new(
        RectificationLedgerId.Parse("LEDGER"),
        new LocalizedText("整改台账", "Ledger"),
        Y2019,
        D(2019, 9, 1),
        [new(RectificationAreaId.Parse("X"), new LocalizedText("甲", "X"))],
        [
            Problem("Q4", B, Measure("M9", DeadlineClass.YearEnd)),
            Problem("Q3", A, Measure("M6", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 10, 1), "report"),
                [new(D(2019, 12, 16), RecheckOutcome.Relapsed), new(D(2019, 12, 15), RecheckOutcome.Confirmed), new(D(2019, 12, 14), RecheckOutcome.Confirmed)])),
            Problem("Q1", A, Measure("M2", DeadlineClass.EndOfNovember), Measure("M1", DeadlineClass.LongTerm)),
            Problem("Q2", A, Measure("M3", DeadlineClass.YearEnd)),
        ]);

    [Fact]
    public void Article000_Measures_AreOrderedByOrganizationThenProblemThenMeasure()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 12, 15));

        status.Measures.Select(m => (m.Organization.Value, m.Problem.Value, m.Measure.Value, m.Status)).Should().Equal(
            ("BZ-001", "Q1", "M1", DutyStatus.Due),
            ("BZ-001", "Q1", "M2", DutyStatus.Overdue),
            ("BZ-001", "Q2", "M3", DutyStatus.Due),
            ("BZ-001", "Q3", "M6", DutyStatus.Done),
            ("BZ-002", "Q4", "M9", DutyStatus.Due));
    }

    [Fact]
    public void Article001_Rechecks_AreCountedUpToAndIncludingTheAsOfDate()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 12, 15));

        status.Measures.Select(m => (m.Measure.Value, m.Rechecks)).Should().Equal(("M1", 0), ("M2", 0), ("M3", 0), ("M6", 2), ("M9", 0));
    }

    [Fact]
    public void Article000_OnTheDayTheLedgerIsEstablished_MeasuresAreDue()
    {
        RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 9, 1)).Measures.Select(m => m.Status).Should().Equal(
            DutyStatus.Due, DutyStatus.Due, DutyStatus.Due, DutyStatus.Due, DutyStatus.Due);
        RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 8, 31)).Measures.Should().OnlyContain(m => m.Status == DutyStatus.NotYetDue);
    }

    [Fact]
    public void Article000_Rollup_AProblemIsResolvedOnlyWhenItsOwnMeasuresAreAllDone()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 12, 15));

        status.Organizations.Select(o => (o.Organization.Value, o.Problems, o.Measures, o.Done, o.Due, o.Overdue, o.NotYetDue, o.ProblemsResolved))
            .Should().Equal(("BZ-001", 3, 4, 1, 2, 1, 0, 1), ("BZ-002", 1, 1, 0, 1, 0, 0, 0));
    }

    [Fact]
    public void Article000_Rollup_ExplainsTheCountPerStatusWithKeysNoteAndCitation()
    {
        var status = RectificationLedgerEngine.Evaluate(Ledger(), D(2019, 12, 15));
        var citation = Cite(ResponsibilityCitations.LedgerDeadlineClasses);

        Flatten(status.For(A)!.Explanation).Should().Equal(
            (0, "BZ-001", "BZ-001 整改措施", "Rectification measures of BZ-001", "4", "sum", "", "问题3个，已解决1个 (3 problems, 1 resolved)", citation),
            (1, "BZ-001/Done", "已完成", "Done", "1", null, "", null, null),
            (1, "BZ-001/Due", "进行中", "Due", "2", null, "", null, null),
            (1, "BZ-001/Overdue", "已逾期", "Overdue", "1", null, "", null, null),
            (1, "BZ-001/NotYetDue", "未到期", "Not yet due", "0", null, "", null, null));
        Flatten(status.For(B)!.Explanation).Select(n => n.Key).Should().Equal("BZ-002", "BZ-002/Done", "BZ-002/Due", "BZ-002/Overdue", "BZ-002/NotYetDue");
    }

    [Fact]
    public void Article001_LookBack_RelapseFoundOnTheCompletionDay_ReopensTheMeasure()
    {
        var measure = Measure("M1", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 12, 10), "report"), [new(D(2019, 12, 10), RecheckOutcome.Relapsed)]);

        measure.IsDoneAsOf(D(2019, 12, 10)).Should().BeFalse();
        measure.IsDoneAsOf(D(2019, 12, 9)).Should().BeFalse();
    }

    [Fact]
    public void Article001_LookBack_TheLatestRecheckDecides_WhateverTheOrderGiven()
    {
        var relapsedLater = Measure("M1", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 12, 10), "report"),
            [new(D(2019, 12, 12), RecheckOutcome.Relapsed), new(D(2019, 12, 11), RecheckOutcome.Confirmed)]);
        var confirmedLater = Measure("M1", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 12, 10), "report"),
            [new(D(2019, 12, 12), RecheckOutcome.Confirmed), new(D(2019, 12, 11), RecheckOutcome.Relapsed)]);

        relapsedLater.IsDoneAsOf(D(2019, 12, 12)).Should().BeFalse();
        relapsedLater.IsDoneAsOf(D(2019, 12, 11)).Should().BeTrue();
        confirmedLater.IsDoneAsOf(D(2019, 12, 12)).Should().BeTrue();
        confirmedLater.IsDoneAsOf(D(2019, 12, 11)).Should().BeFalse();
    }

    [Fact]
    public void Article001_LookBack_ConfirmedAndRelapsedOnTheSameDay_TheRelapseDecides()
    {
        var measure = Measure("M1", DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 12, 10), "report"),
            [new(D(2019, 12, 11), RecheckOutcome.Relapsed), new(D(2019, 12, 11), RecheckOutcome.Confirmed)]);

        measure.IsDoneAsOf(D(2019, 12, 11)).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_NullLedger_ThrowsArgumentNullNamingLedger()
    {
        var act = () => RectificationLedgerEngine.Evaluate(null!, D(2019, 12, 15));

        act.Should().Throw<ArgumentNullException>().WithParameterName("ledger");
    }

    [Fact]
    public void Evaluate_InvalidLedger_NamesTheRectificationLedgerInTheMessage()
    {
        var bad = new RectificationLedger(RectificationLedgerId.Parse("BAD"), new LocalizedText("台账", "Ledger"), Y2019, D(2020, 1, 1), [], []);

        var act = () => RectificationLedgerEngine.Evaluate(bad, D(2020, 1, 1));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The rectification ledger is not valid: 1 problem.*");
    }

    private static RectificationProblem Problem(string id, OrganizationId organization, params RectificationMeasure[] measures) =>
        new(RectificationProblemId.Parse(id), organization, RectificationAreaId.Parse("X"), new LocalizedText("问题", "Problem"), [.. measures]);

    private static RectificationMeasure Measure(string id, DeadlineClass deadline, RectificationCompletion? completion = null, ImmutableArray<LookBackCheck> rechecks = default) =>
        new(RectificationMeasureId.Parse(id), new LocalizedText("措施", "Measure"), Secretary, deadline, completion, rechecks);
}
