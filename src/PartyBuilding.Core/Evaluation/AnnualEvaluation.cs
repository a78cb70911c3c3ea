using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The composition root of the library: runs every area's engine over one committee's documents for one year, adapts the
/// areas' results into assessment component inputs and runs the annual assessment.
/// </summary>
/// <remarks>
/// This is the one place that references several areas, each through its registration (<see cref="EvaluationAreas.BuiltIn"/>):
/// the areas themselves stay independent and the assessment keeps consuming only <see cref="ComponentInput"/>s. Every
/// document is validated once and the assessment data set is canonicalised once on the way to the ranking. Pure: no
/// I/O, no clock, independent of the order of the inputs.
/// </remarks>
public static class AnnualEvaluation
{
    /// <summary>Validates every document, runs the areas, maps their results and evaluates the annual assessment.</summary>
    /// <param name="inputs">The documents of one committee and year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="cancellationToken">
    /// Stops the evaluation when cancelled (a web host's <c>HttpContext.RequestAborted</c>): checked before each area runs,
    /// inside the engines whose work grows with the data (between members, branch assessments and branches of organizational
    /// life) and before the assessment.
    /// </param>
    /// <returns>The assessment result with the data set, the missing inputs and every area's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">
    /// A document is not valid, documents disagree, or (under <see cref="IncompleteOrganizationPolicy.Fail"/>) an input is
    /// missing; every problem across all documents is listed, each path prefixed by its document or area (<c>doubleReview.</c>,
    /// <c>assessmentScheme.</c>, <c>givenInputs.</c>, …).
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AnnualEvaluationResult Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        Run(inputs, asOf, EvaluationAreas.BuiltIn, null, cancellationToken);

    /// <summary>
    /// Runs the annual evaluation as <see cref="Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> does, reporting
    /// each step to <paramref name="progress"/> as it begins — the documents' checks, each area's engine, the assessment — and
    /// its completion.
    /// </summary>
    /// <param name="inputs">The documents of one committee and year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="progress">
    /// Receives one <see cref="EvaluationProgress"/> per step, on the calling thread, before the step runs, with the input records
    /// the steps before it have done, and a last one (<see cref="EvaluationStage.Completed"/>, every record done) when the
    /// evaluation has finished; <see langword="null"/> for none. A host that shows progress from another thread passes an observer that hands the report over
    /// (<see cref="Progress{T}"/> posts to the captured synchronization context).
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the evaluation when cancelled (a web host's <c>HttpContext.RequestAborted</c>): checked before each step and
    /// inside the engines whose work grows with the data (between members, branch assessments and branches of organizational life).
    /// </param>
    /// <returns>The assessment result with the data set, the missing inputs and every area's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">As <see cref="Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AnnualEvaluationResult Run(
        AnnualEvaluationInputs inputs, LocalDate asOf, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(inputs, asOf, EvaluationAreas.BuiltIn, progress, cancellationToken);

    /// <summary>Runs the annual evaluation with the given areas (the library's, or a test's toy area).</summary>
    /// <param name="inputs">The documents of one committee and year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="areas">The areas.</param>
    /// <param name="cancellationToken">Checked before each area and before the assessment.</param>
    /// <returns>The result.</returns>
    internal static AnnualEvaluationResult Run(AnnualEvaluationInputs inputs, LocalDate asOf, ImmutableArray<EvaluationArea> areas, CancellationToken cancellationToken = default) =>
        Run(inputs, asOf, areas, null, cancellationToken);

    /// <summary>Runs the annual evaluation with the given areas, reporting each step.</summary>
    /// <param name="inputs">The documents of one committee and year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="areas">The areas.</param>
    /// <param name="progress">Receives each step as it begins, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before each step.</param>
    /// <returns>The result.</returns>
    internal static AnnualEvaluationResult Run(
        AnnualEvaluationInputs inputs, LocalDate asOf, ImmutableArray<EvaluationArea> areas, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var running = Running(inputs, areas);
        var steps = running.Length + 2;
        var records = progress is null ? null : InputRecords.Plan(inputs, areas, running);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EvaluationProgress(EvaluationStage.CheckingDocuments, 1, steps, EvaluationTexts.CheckingDocuments, 0, records!.Total));
        var problems = new List<ValidationProblem>();
        CheckDocuments(inputs, areas, problems);

        // The receipt's document digests run beside the checks and the engines and are awaited before the assessment.
        using var digests = DocumentDigests.Start(inputs, areas, Environment.ProcessorCount - 1, cancellationToken);
        var schemeProblems = new ProblemCollector();
        var strategies = AssessmentSchemeValidator.Check(inputs.Scheme, AssessmentStrategies.Default, schemeProblems.At("assessmentScheme"));
        problems.AddRange(schemeProblems.ToReport().Problems);

        // One organization structure: the registry on the evaluation date, against which every area's references resolve.
        var (report, registry, tree) = OrganizationsEngine.Run(inputs.Organizations, inputs.OrganizationEvents ?? OrganizationEventLog.Empty, asOf);
        problems.AddRange(report.Problems.Select(p => Prefixed("organizations", p)));
        problems.AddRange(areas.SelectMany(a => a.Check(inputs, asOf)));
        if (tree is not null)
        {
            problems.AddRange(OrganizationStructureCheck.Check(inputs, tree, registry!.TreesByDate(), areas));
        }

        var results = RunAreas(inputs, asOf, running, problems, progress, records, cancellationToken);
        Throw(problems);

        // Past Throw the registry is valid and the date not before the snapshot, so the tree was built.
        var organizations = Assessed(inputs, tree!, asOf);
        var adapted = results.Select(r => r.Area.Adapt(r.Result, new AreaContext(inputs, tree!, r.Area.Component(inputs.Components)!.Value))).ToList();

        // Area results for organizations that are not assessed (the committee's own lists, branches, dissolved organizations)
        // stay in the area results but feed no component; directly given inputs are kept, so a wrong one is reported.
        var assessed = organizations.Select(o => o.Id).ToHashSet();
        var allInputs = adapted.SelectMany(a => a.Inputs).Where(i => assessed.Contains(i.Organization)).Concat(Given(inputs, assessed, asOf)).ToImmutableArray();
        var gaps = Gaps(inputs, areas, organizations, allInputs, [.. adapted.SelectMany(a => a.Missing)]);
        var data = new AssessmentDataSet(inputs.Committee, inputs.Year, organizations, allInputs);
        if (!gaps.IsEmpty)
        {
            if (inputs.Incomplete == IncompleteOrganizationPolicy.Fail)
            {
                Throw([.. gaps.Select(g => new ValidationProblem($"components.{g.Component}", EvaluationErrorCodes.ComponentMissing,
                        $"'{g.Organization}' has no input for '{g.Component}': {g.Reason.English}.", $"{g.Organization}/{g.Component}")),
                    .. AnnualAssessment.ValidateData(data, inputs.Scheme, asOf).Problems]);
            }

            var excluded = gaps.Select(g => g.Organization).ToHashSet();
            data = data with
            {
                Organizations = [.. organizations.Where(o => !excluded.Contains(o.Id))],
                Inputs = [.. allInputs.Where(i => !excluded.Contains(i.Organization))],
            };
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new EvaluationProgress(EvaluationStage.Assessing, steps, steps, EvaluationTexts.Assessing, records!.DoneBefore(steps), records.Total));
        var canonical = data.Canonical();
        var assessment = AnnualAssessment.EvaluateChecked(canonical, inputs.Scheme, asOf, strategies!, digests.Finish());
        progress?.Report(new EvaluationProgress(EvaluationStage.Completed, steps, steps, EvaluationTexts.Completed, records!.Total, records.Total));
        var outcomes = results.Select(r => r.Result).ToList();
        return new AnnualEvaluationResult(
            asOf,
            assessment,
            canonical,
            [.. gaps],
            outcomes.OfType<DoubleReviewOutcome>().SingleOrDefault(),
            outcomes.OfType<StandardizationOutcome>().SingleOrDefault(),
            outcomes.OfType<MemberPointsYearResult>().SingleOrDefault(),
            outcomes.OfType<ResponsibilityAssessment>().SingleOrDefault(),
            outcomes.OfType<RectificationLedgerStatus>().SingleOrDefault(),
            outcomes.OfType<OrganizationalLife.OrganizationalLifeResult>().SingleOrDefault(),
            outcomes.OfType<SupervisionOutcome>().SingleOrDefault()?.Supervision,
            outcomes.OfType<SupervisionOutcome>().SingleOrDefault()?.Accountability);
    }

    /// <summary>
    /// The order-independent digest of every document given (receipt version 2), by its manifest name: the organization
    /// registry, every area's documents (read by an area whether or not it feeds a component) and the directly given inputs.
    /// The assessment scheme is hashed by the receipt itself.
    /// </summary>
    internal static ValueDictionary<string> Digests(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas)
    {
        using var digests = DocumentDigests.Start(inputs, areas, Environment.ProcessorCount - 1, CancellationToken.None);
        return digests.Finish();
    }

    /// <summary>The areas whose engines run: each that feeds a component and has every document.</summary>
    private static ImmutableArray<EvaluationArea> Running(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas) =>
        [.. areas.Where(a => a.Component(inputs.Components) is not null && a.Documents.All(d => d.IsOptional || d.In(inputs) is not null))];

    /// <summary>Runs each area's engine, reporting it as step 2, 3, … with the records done before it, collecting its engine's problems under its path.</summary>
    private static List<(EvaluationArea Area, object Result)> RunAreas(
        AnnualEvaluationInputs inputs,
        LocalDate asOf,
        ImmutableArray<EvaluationArea> running,
        List<ValidationProblem> problems,
        IProgress<EvaluationProgress>? progress,
        RecordPlan? records,
        CancellationToken cancellationToken)
    {
        var results = new List<(EvaluationArea, object)>();
        var steps = running.Length + 2;
        for (var i = 0; i < running.Length; i++)
        {
            var area = running[i];
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new EvaluationProgress(EvaluationStage.RunningArea, i + 2, steps, EvaluationTexts.RunningArea(area.Title), records!.DoneBefore(i + 2), records.Total, area.Name));
            try
            {
                results.Add((area, area.Evaluate(inputs, asOf, cancellationToken)));
            }
            catch (PartyBuildingValidationException e)
            {
                problems.AddRange(e.Problems.Select(p => Prefixed(area.EnginePath, p)));
            }
        }

        return results;
    }

    /// <summary>The department-level organizations of the committee with a district on the date: the organizations ranked.</summary>
    private static ImmutableArray<AssessedOrganization> Assessed(AnnualEvaluationInputs inputs, OrganizationTree tree, LocalDate asOf)
    {
        var organizations = tree.Organizations
            .Where(o => o.ParentId == inputs.Committee && o.DistrictId is not null)
            .OrderBy(o => o.Id)
            .Select(o => new AssessedOrganization(o.Id, o.DistrictId!.Value, o.Name))
            .ToImmutableArray();
        if (organizations.IsEmpty)
        {
            Throw([new ValidationProblem("organizations", EvaluationErrorCodes.OrganizationsEmpty,
                $"The registry lists no department-level organization of '{inputs.Committee}' with a district on {Iso(asOf)}.", inputs.Committee.Value)]);
        }

        return organizations;
    }

    /// <summary>The directly given inputs; one for an organization that is not assessed is a problem.</summary>
    private static ImmutableArray<ComponentInput> Given(AnnualEvaluationInputs inputs, HashSet<OrganizationId> assessed, LocalDate asOf)
    {
        if (inputs.GivenInputs is not { } given)
        {
            return [];
        }

        Throw(given.Inputs
            .Select((input, i) => (input, i))
            .Where(x => !assessed.Contains(x.input.Organization))
            .Select(x => new ValidationProblem($"givenInputs.Inputs[{x.i}].Organization", EvaluationErrorCodes.OrganizationNotAssessed,
                $"'{x.input.Organization}' is not a department-level organization of '{inputs.Committee}' with a district on {Iso(asOf)}.", x.input.Organization.Value)));
        return [.. given.Inputs];
    }

    private static ImmutableArray<MissingComponent> Gaps(
        AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, ImmutableArray<AssessedOrganization> organizations, ImmutableArray<ComponentInput> given, List<MissingComponent> known)
    {
        var present = given.Select(i => (i.Organization, i.Component)).ToHashSet();
        var reasons = known.GroupBy(k => (k.Organization, k.Component)).ToDictionary(g => g.Key, g => g.First().Reason);
        var sources = new Dictionary<AssessmentComponentId, LocalizedText>();
        foreach (var area in areas)
        {
            if (area.Component(inputs.Components) is { } id)
            {
                sources.TryAdd(id, area.Title);
            }
        }

        var components = inputs.Scheme.Components.Select(x => x.Id).Distinct().Order().ToList();
        return [.. organizations
            .SelectMany(o => components.Select(c => (Organization: o.Id, Component: c)))
            .Where(x => !present.Contains(x))
            .Select(x => new MissingComponent(x.Organization, x.Component,
                reasons.TryGetValue(x, out var r) ? r
                : sources.TryGetValue(x.Component, out var area) ? EvaluationTexts.NoResult(area)
                : EvaluationTexts.NotGiven))];
    }

    private static void CheckDocuments(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, List<ValidationProblem> problems)
    {
        var (committee, year, scheme, c) = (inputs.Committee, inputs.Year, inputs.Scheme, inputs.Components);
        problems.AddRange(EvaluationDocument.Committee("assessmentScheme.CommitteeId", committee, scheme.CommitteeId));
        problems.AddRange(EvaluationDocument.Year("assessmentScheme.Year", year, scheme.Year));
        problems.AddRange(areas.SelectMany(a => a.Documents).SelectMany(d => d.CheckOwner(inputs)));
        if (inputs.GivenInputs is { } given)
        {
            problems.AddRange(EvaluationDocument.Committee("givenInputs.CommitteeId", committee, given.CommitteeId));
            problems.AddRange(EvaluationDocument.Year("givenInputs.Year", year, given.Year));
        }

        foreach (var area in areas)
        {
            CheckArea(problems, area, area.Component(c), inputs);
        }

        var rules = scheme.PrecedenceRules.Select(r => r.Id).ToHashSet();
        foreach (var (name, rule) in areas.SelectMany(a => a.Rules(c)))
        {
            if (rule is { } id && !rules.Contains(id))
            {
                problems.Add(new ValidationProblem(name, EvaluationErrorCodes.RuleUnknown, $"The assessment scheme has no veto or downgrade rule '{id}'.", id.Value));
            }
        }

        var factors = scheme.Deductions.Select(d => d.Id).Concat(rules).ToHashSet();
        foreach (var (name, rule) in areas.SelectMany(a => a.Factors(c)))
        {
            if (rule is { } id && !factors.Contains(id))
            {
                problems.Add(new ValidationProblem(name, EvaluationErrorCodes.RuleUnknown, $"The assessment scheme has no veto, downgrade or deduction rule '{id}'.", id.Value));
            }
        }

        var givenComponents = inputs.GivenInputs?.Inputs.Select(i => i.Component).ToHashSet() ?? [];
        var fed = areas.Select(a => (Component: a.Component(c), a.Title.English)).Where(a => a.Component is not null).GroupBy(a => a.Component!.Value).OrderBy(g => g.Key);
        foreach (var group in fed.Where(g => g.Count() > 1 || givenComponents.Contains(g.Key)))
        {
            problems.Add(new ValidationProblem("components", EvaluationErrorCodes.ComponentFedTwice,
                $"The component '{group.Key}' is fed by {string.Join(" and ", group.Select(g => g.English).Concat(givenComponents.Contains(group.Key) ? ["the given inputs"] : []))}.",
                group.Key.Value));
        }
    }

    private static void CheckArea(List<ValidationProblem> problems, EvaluationArea area, AssessmentComponentId? component, AnnualEvaluationInputs inputs)
    {
        var documents = area.Documents.Select(d => (d.Name, Document: d.In(inputs)));
        if (component is not { } id)
        {
            if (area.SuppliesOtherAreas)
            {
                return;
            }

            problems.AddRange(documents.Where(d => d.Document is not null).Select(d => new ValidationProblem(d.Name, EvaluationErrorCodes.DocumentUnused,
                $"The document '{d.Name}' is given but the {area.Name} area feeds no component (set components.{area.Name}).", null)));
            return;
        }

        if (!inputs.Scheme.Components.Any(x => x.Id == id))
        {
            problems.Add(new ValidationProblem($"components.{area.Name}", EvaluationErrorCodes.ComponentNotInScheme,
                $"The assessment scheme has no component '{id}' for the {area.Name} area.", id.Value));
        }

        problems.AddRange(documents.Where(d => d.Document is null && !area.Documents.Single(x => x.Name == d.Name).IsOptional).Select(d => new ValidationProblem(d.Name, EvaluationErrorCodes.DocumentMissing,
            $"The {area.Name} area feeds '{id}' but the document '{d.Name}' is not given.", null)));
    }

    private static ValidationProblem Prefixed(string document, ValidationProblem problem) =>
        problem with { Path = problem.Path.Length == 0 ? document : $"{document}.{problem.Path}" };

    private static void Throw(IEnumerable<ValidationProblem> problems)
    {
        var list = problems.ToImmutableArray();
        if (!list.IsEmpty)
        {
            throw new PartyBuildingValidationException("annual evaluation", list);
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
