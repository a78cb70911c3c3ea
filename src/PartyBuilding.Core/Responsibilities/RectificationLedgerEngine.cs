using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Finds the status of a rectification ledger as of a date and rolls it up per organization.</summary>
/// <remarks>
/// <para>A second public engine of the area: a ledger is its own document with its own component, scored without a scheme, so it
/// keeps <see cref="Validate"/> and <see cref="Evaluate"/> of its own (no scheme argument). A measure is <see cref="DutyStatus.NotYetDue"/> before the ledger is established; <see cref="DutyStatus.Done"/> when completed
/// on or before the as-of date and not found relapsed by the latest look-back re-check since (<see cref="RectificationMeasure.IsDoneAsOf"/>);
/// otherwise <see cref="DutyStatus.Due"/> up to and including its deadline (always, for a long-term task without an explicit date) and
/// <see cref="DutyStatus.Overdue"/> from the day after. The deadline is the measure's explicit date when it gives one
/// (<see cref="RectificationMeasure.DueOn"/>, which wins over the class); otherwise its class, which resolves to 30 November or
/// 31 December of the ledger's year, or none for a long-term task (<see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>).</para>
/// <para>Pure and thread-safe; the result does not depend on the order of problems, measures or re-checks.</para>
/// </remarks>
public static class RectificationLedgerEngine
{
    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "rectification ledger";

    /// <summary>Checks a ledger without computing anything.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>Every problem, with a path relative to the ledger (e.g. <c>Problems[0].Measures[1].Completion</c>) and a code of
    /// <see cref="ResponsibilitiesErrorCodes"/> or <see cref="CommonErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(RectificationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new RectificationLedgerValidator().Check(ledger);
    }

    /// <summary>Finds the status of a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The ledger is not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static RectificationLedgerStatus Evaluate(RectificationLedger ledger, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Validate(ledger).ThrowIfInvalid(Subject);

        var measures = ledger.Problems
            .SelectMany(p => p.Measures.Select(m => EvaluateMeasure(ledger, p, m, asOf)))
            .OrderBy(m => m.Organization).ThenBy(m => m.Problem).ThenBy(m => m.Measure)
            .ToImmutableArray();
        var byOrganization = measures.ToLookup(m => m.Organization);
        var rollups = ledger.Problems
            .GroupBy(p => p.Organization)
            .OrderBy(g => g.Key)
            .Select(g => Rollup(g.Key, [.. g], [.. byOrganization[g.Key]]))
            .ToImmutableArray();
        return new RectificationLedgerStatus(ledger.Id, asOf, measures, rollups);
    }

    private static MeasureStatus EvaluateMeasure(RectificationLedger ledger, RectificationProblem problem, RectificationMeasure measure, LocalDate asOf)
    {
        var deadline = measure.DueDate(ledger.Year);
        var isExplicit = measure.DueOn is not null;
        var status = asOf < ledger.EstablishedOn ? DutyStatus.NotYetDue
            : measure.IsDoneAsOf(asOf) ? DutyStatus.Done
            : deadline is null || asOf <= deadline ? DutyStatus.Due
            : DutyStatus.Overdue;
        return new MeasureStatus(
            problem.Organization, problem.Area, problem.Id, measure.Id, measure.FirstResponsible, measure.Deadline, deadline, status,
            measure.Rechecks.Count(r => r.Date <= asOf), isExplicit, measure.ResponsibleDepartment, problem.Origin, null)
        {
            Tree = new DeferredExplanation(() => MeasureNode(problem, measure, deadline, isExplicit, status, asOf)),
        };
    }

    /// <summary>A measure's explanation: its due date, its completion and look-back re-checks by the date, the problem's origin.</summary>
    private static Explanation MeasureNode(RectificationProblem problem, RectificationMeasure measure, LocalDate? deadline, bool isExplicit, DutyStatus status, LocalDate asOf)
    {
        var children = ImmutableArray.CreateBuilder<Explanation>();
        children.Add(Explanation.Given(ResponsibilitiesTexts.MeasureDue(measure.Deadline, deadline, isExplicit), 0m) with
        {
            Key = $"{measure.Id}/due",
            Citation = isExplicit ? null : ResponsibilityCitations.LedgerDeadlineClasses,
        });
        if (measure.Completion is { } completion && completion.Date <= asOf)
        {
            children.Add(Explanation.Given(ResponsibilitiesTexts.MeasureCompleted(completion), 0m) with { Key = $"{measure.Id}/completion" });
            children.AddRange(measure.Rechecks.Where(r => r.Date <= asOf).OrderBy(r => r.Date).ThenBy(r => r.Outcome)
                .Select(r => Explanation.Given(ResponsibilitiesTexts.Recheck(r), 0m) with { Citation = ResponsibilityCitations.LookBack }));
        }

        if (problem.Origin is { } origin)
        {
            children.Add(Explanation.Given(ResponsibilitiesTexts.Origin(origin), 0m) with { Key = origin.Key });
        }

        return new Explanation(
            ResponsibilitiesTexts.MeasureStatusOf(measure.Id, problem.Id, problem.Organization, status), 0m, ExplanationCombination.Given, children: children.ToImmutable())
        {
            Key = measure.Id.Value,
        };
    }

    private static RectificationRollup Rollup(OrganizationId organization, List<RectificationProblem> problems, List<MeasureStatus> measures)
    {
        int Count(DutyStatus s) => measures.Count(m => m.Status == s);
        var byProblem = measures.ToLookup(m => m.Problem);
        var resolved = problems.Count(p => p.Measures.Length > 0 && byProblem[p.Id].All(m => m.Status == DutyStatus.Done));
        var counts = Enum.GetValues<DutyStatus>().Select(s => (Status: s, Count: Count(s))).ToArray();
        var problemCount = problems.Count;
        var explanation = new DeferredExplanation(() => Explanation.Sum(
            ResponsibilitiesTexts.RectificationMeasuresOf(organization),
            counts.Select(c =>
                Explanation.Given(ResponsibilitiesLabels.DutyStatuses[c.Status], c.Count) with { Key = $"{organization}/{c.Status}" })) with
        {
            Key = organization.Value,
            Citation = ResponsibilityCitations.LedgerDeadlineClasses,
            Note = ResponsibilitiesTexts.ProblemsResolved(problemCount, resolved),
        });
        return new RectificationRollup(
            organization,
            problems.Count,
            measures.Count,
            Count(DutyStatus.Done),
            Count(DutyStatus.Due),
            Count(DutyStatus.Overdue),
            Count(DutyStatus.NotYetDue),
            resolved,
            null)
        {
            Tree = explanation,
        };
    }
}
