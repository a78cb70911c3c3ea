using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The composition root of the library: runs every area's engine over one committee's documents for one year, adapts the
/// areas' results into assessment component inputs and runs the annual assessment.
/// </summary>
/// <remarks>
/// This is the one place that references several areas; the areas themselves stay independent and the assessment keeps
/// consuming only <see cref="ComponentInput"/>s. Pure: no I/O, no clock, independent of the order of the inputs.
/// </remarks>
public static class AnnualEvaluation
{
    /// <summary>Validates every document, runs the areas, maps their results and evaluates the annual assessment.</summary>
    /// <param name="inputs">The documents of one committee and year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The assessment result with the data set, the missing inputs and every area's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">
    /// A document is not valid, documents disagree, or (under <see cref="IncompleteOrganizationPolicy.Fail"/>) an input is
    /// missing; every problem across all documents is listed, each path prefixed by its document or area (<c>doubleReview.</c>,
    /// <c>assessmentScheme.</c>, <c>givenInputs.</c>, …).
    /// </exception>
    public static AnnualEvaluationResult Run(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var problems = new List<ValidationProblem>();
        CheckDocuments(inputs, problems);
        problems.AddRange(AnnualAssessment.ValidateScheme(inputs.Scheme).Problems.Select(p => Prefixed("assessmentScheme", p)));

        var log = inputs.OrganizationEvents ?? OrganizationEventLog.Empty;
        var registry = OrganizationRegistry.Check(inputs.Organizations, log);
        problems.AddRange(registry.Problems.Select(p => Prefixed("organizations", p)));
        if (asOf < inputs.Organizations.AsOf)
        {
            problems.Add(new ValidationProblem("organizations.snapshot.AsOf", EvaluationErrorCodes.AsOfBeforeSnapshot,
                string.Create(CultureInfo.InvariantCulture, $"The evaluation date {asOf:uuuu-MM-dd} is before the snapshot's date {inputs.Organizations.AsOf:uuuu-MM-dd}."),
                Iso(asOf)));
        }

        problems.AddRange(OrganizationStructureCheck.CheckProportion(inputs, asOf));
        OrganizationTree? tree = null;
        if (registry.IsValid && asOf >= inputs.Organizations.AsOf)
        {
            // One organization structure: every reference of every area document resolves against the registry on the date.
            tree = OrganizationRegistry.Create(inputs.Organizations, log).AsOf(asOf);
            problems.AddRange(OrganizationStructureCheck.Check(inputs, tree));
        }

        var c = inputs.Components;
        var doubleReview = c.DoubleReview is null || inputs.DoubleReviewData is null || inputs.DoubleReviewScheme is null ? null
            : RunArea("doubleReview", problems, () => DoubleReviewEngine.Evaluate(inputs.DoubleReviewData, inputs.DoubleReviewScheme, asOf));
        var standardization = c.Standardization is null || inputs.StandardizationCatalogue is null || inputs.StandardizationTiers is null || inputs.StandardizationData is null ? null
            : RunArea("standardization", problems, () => StandardizationEngine.Evaluate(inputs.StandardizationData, new StandardizationScheme(inputs.StandardizationCatalogue, inputs.StandardizationTiers), asOf));
        var memberPoints = c.MemberPoints is null || inputs.MemberPointsScheme is null || inputs.MemberPointsData is null ? null
            : RunArea("memberPoints", problems, () => MemberPointsEngine.Evaluate(inputs.MemberPointsData, inputs.MemberPointsScheme, asOf));
        var responsibilities = c.Responsibilities is null || inputs.ResponsibilityScheme is null || inputs.ResponsibilityData is null ? null
            : RunArea("responsibilities", problems, () => ResponsibilityAssessmentEngine.Evaluate(inputs.ResponsibilityData, inputs.ResponsibilityScheme, asOf));
        var rectification = c.Rectification is null || inputs.RectificationLedger is null ? null
            : RunArea("rectificationLedger", problems, () => RectificationLedgerEngine.Evaluate(inputs.RectificationLedger, asOf));

        Throw(problems);

        // Past Throw the registry is valid and the date not before the snapshot, so the tree was built for the check above.
        tree ??= OrganizationRegistry.Create(inputs.Organizations, log).AsOf(asOf);
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

        var componentInputs = ImmutableArray.CreateBuilder<ComponentInput>();
        var missing = new List<MissingComponent>();
        if (doubleReview is not null && c.DoubleReview is { } dr)
        {
            componentInputs.AddRange(DoubleReviewComponents.ToComponentInputs(doubleReview, dr));
            missing.AddRange(DoubleReviewComponents.Missing(doubleReview, dr));
        }

        if (standardization is not null && c.Standardization is { } std)
        {
            componentInputs.AddRange(StandardizationComponents.ToComponentInputs(standardization, inputs.Year, tree, inputs.Committee, std, c.StandardizationVeto, c.StandardizationVetoedBranches));
            missing.AddRange(StandardizationComponents.Missing(standardization, inputs.Year, tree, inputs.Committee, std, c.StandardizationVetoedBranches));
        }

        if (memberPoints is not null && c.MemberPoints is { } pts)
        {
            componentInputs.AddRange(MemberPointsComponents.ToComponentInputs(memberPoints, pts));
        }

        if (responsibilities is not null && c.Responsibilities is { } resp)
        {
            componentInputs.AddRange(ResponsibilityComponents.ToComponentInputs(responsibilities, resp));
        }

        if (rectification is not null && c.Rectification is { } rect)
        {
            componentInputs.AddRange(RectificationComponents.ToComponentInputs(rectification, rect, c.RectificationOverdue));
        }

        // Area results for organizations that are not assessed (the committee's own lists, branches, dissolved organizations)
        // stay in the area results but feed no component; directly given inputs are kept, so a wrong one is reported.
        var assessed = organizations.Select(o => o.Id).ToHashSet();
        var areaInputs = componentInputs.Where(i => assessed.Contains(i.Organization)).ToList();
        if (inputs.GivenInputs is { } given)
        {
            Throw(given.Inputs
                .Select((input, i) => (input, i))
                .Where(x => !assessed.Contains(x.input.Organization))
                .Select(x => new ValidationProblem($"givenInputs.Inputs[{x.i}].Organization", EvaluationErrorCodes.OrganizationNotAssessed,
                    $"'{x.input.Organization}' is not a department-level organization of '{inputs.Committee}' with a district on {Iso(asOf)}.", x.input.Organization.Value)));
            areaInputs.AddRange(given.Inputs);
        }

        var allInputs = areaInputs.ToImmutableArray();
        var gaps = Gaps(inputs, organizations, allInputs, missing);
        var data = new AssessmentDataSet(inputs.Committee, inputs.Year, organizations, allInputs);
        if (!gaps.IsEmpty)
        {
            if (inputs.Incomplete == IncompleteOrganizationPolicy.Fail)
            {
                var report = AnnualAssessment.Validate(data, inputs.Scheme, asOf);
                Throw([.. gaps.Select(g => new ValidationProblem($"components.{g.Component}", EvaluationErrorCodes.ComponentMissing,
                        $"'{g.Organization}' has no input for '{g.Component}': {g.Reason.English}.", $"{g.Organization}/{g.Component}")),
                    .. report.Problems]);
            }

            var excluded = gaps.Select(g => g.Organization).ToHashSet();
            data = new AssessmentDataSet(
                inputs.Committee,
                inputs.Year,
                [.. organizations.Where(o => !excluded.Contains(o.Id))],
                [.. allInputs.Where(i => !excluded.Contains(i.Organization))]);
        }

        var assessment = AnnualAssessment.Evaluate(data, inputs.Scheme, asOf);
        return new AnnualEvaluationResult(asOf, assessment, data.Canonical(), gaps, doubleReview, standardization, memberPoints, responsibilities, rectification);
    }

    private static ImmutableArray<MissingComponent> Gaps(
        AnnualEvaluationInputs inputs, ImmutableArray<AssessedOrganization> organizations, ImmutableArray<ComponentInput> given, List<MissingComponent> known)
    {
        var present = given.Select(i => (i.Organization, i.Component)).ToHashSet();
        var reasons = known.GroupBy(k => (k.Organization, k.Component)).ToDictionary(g => g.Key, g => g.First().Reason);
        var sources = AreaOfComponent(inputs.Components);
        var gaps = new List<MissingComponent>();
        foreach (var organization in organizations)
        {
            foreach (var component in inputs.Scheme.Components.Select(x => x.Id).Distinct().Order())
            {
                if (present.Contains((organization.Id, component)))
                {
                    continue;
                }

                var reason = reasons.TryGetValue((organization.Id, component), out var r) ? r
                    : sources.TryGetValue(component, out var area) ? new LocalizedText($"{area.ZhCn}未给出该组织的结果", $"the {area.English} gave no result for the organization")
                    : new LocalizedText("直接录入的数据中没有该组织的这一项", "the given inputs have no input for it");
                gaps.Add(new MissingComponent(organization.Id, component, reason));
            }
        }

        return [.. gaps];
    }

    private static Dictionary<AssessmentComponentId, LocalizedText> AreaOfComponent(EvaluationComponents c)
    {
        var sources = new Dictionary<AssessmentComponentId, LocalizedText>();
        foreach (var (component, area) in Areas(c))
        {
            if (component is { } id)
            {
                sources.TryAdd(id, AreaName(area));
            }
        }

        return sources;
    }

    private static LocalizedText AreaName(string area) => area switch
    {
        "double review" => new("双述双评", area),
        "standardization" => new("党支部标准化建设", area),
        "member points" => new("党员积分管理", area),
        "responsibilities" => new("责任清单落实", area),
        _ => new("问题整改台账", area),
    };

    private static IEnumerable<(AssessmentComponentId? Component, string Area)> Areas(EvaluationComponents c) =>
    [
        (c.DoubleReview, "double review"),
        (c.Standardization, "standardization"),
        (c.MemberPoints, "member points"),
        (c.Responsibilities, "responsibilities"),
        (c.Rectification, "rectification ledger"),
    ];

    private static void CheckDocuments(AnnualEvaluationInputs inputs, List<ValidationProblem> problems)
    {
        var (committee, year, scheme, c) = (inputs.Committee, inputs.Year, inputs.Scheme, inputs.Components);
        Same(problems, "assessmentScheme.CommitteeId", committee, scheme.CommitteeId);
        Year(problems, "assessmentScheme.Year", year, scheme.Year);
        if (inputs.DoubleReviewData is { } drData)
        {
            Same(problems, "doubleReviewData.Committee", committee, drData.Committee);
            Year(problems, "doubleReviewData.Year", year, drData.Year);
        }

        if (inputs.MemberPointsData is { } ptsData)
        {
            Same(problems, "memberPointsData.CommitteeId", committee, ptsData.CommitteeId);
            Year(problems, "memberPointsData.Year", year, ptsData.Year);
        }

        if (inputs.MemberPointsScheme is { } ptsScheme)
        {
            Year(problems, "memberPointsScheme.Year", year, ptsScheme.Year);
        }

        if (inputs.ResponsibilityData is { } respData)
        {
            Year(problems, "responsibilityData.Year", year, respData.Year);
        }

        if (inputs.RectificationLedger is { } ledger)
        {
            Year(problems, "rectificationLedger.Year", year, ledger.Year);
        }

        if (inputs.GivenInputs is { } given)
        {
            Same(problems, "givenInputs.CommitteeId", committee, given.CommitteeId);
            Year(problems, "givenInputs.Year", year, given.Year);
        }

        Area(problems, "doubleReview", c.DoubleReview, scheme, ("doubleReviewScheme", inputs.DoubleReviewScheme), ("doubleReviewData", inputs.DoubleReviewData));
        Area(problems, "standardization", c.Standardization, scheme,
            ("standardizationCatalogue", inputs.StandardizationCatalogue), ("standardizationTiers", inputs.StandardizationTiers), ("standardizationData", inputs.StandardizationData));
        Area(problems, "memberPoints", c.MemberPoints, scheme, ("memberPointsScheme", inputs.MemberPointsScheme), ("memberPointsData", inputs.MemberPointsData));
        Area(problems, "responsibilities", c.Responsibilities, scheme, ("responsibilityScheme", inputs.ResponsibilityScheme), ("responsibilityData", inputs.ResponsibilityData));
        Area(problems, "rectification", c.Rectification, scheme, ("rectificationLedger", inputs.RectificationLedger));

        if (!Enum.IsDefined(c.StandardizationVetoedBranches))
        {
            problems.Add(new ValidationProblem("components.standardizationVetoedBranches", EvaluationErrorCodes.VetoedBranchRuleUnknown,
                "The rule for vetoed branches must be Count, Zero or Exclude.", c.StandardizationVetoedBranches.ToString()));
        }

        var rules = scheme.PrecedenceRules.Select(r => r.Id).ToHashSet();
        foreach (var (name, rule) in new[] { ("components.standardizationVeto", c.StandardizationVeto), ("components.rectificationOverdue", c.RectificationOverdue) })
        {
            if (rule is { } id && !rules.Contains(id))
            {
                problems.Add(new ValidationProblem(name, EvaluationErrorCodes.RuleUnknown, $"The assessment scheme has no veto or downgrade rule '{id}'.", id.Value));
            }
        }

        var fed = Areas(c).Where(a => a.Component is not null).GroupBy(a => a.Component!.Value).OrderBy(g => g.Key);
        var givenComponents = inputs.GivenInputs?.Inputs.Select(i => i.Component).ToHashSet() ?? [];
        foreach (var group in fed)
        {
            if (group.Count() > 1 || givenComponents.Contains(group.Key))
            {
                problems.Add(new ValidationProblem("components", EvaluationErrorCodes.ComponentFedTwice,
                    $"The component '{group.Key}' is fed by {string.Join(" and ", group.Select(g => g.Area).Concat(givenComponents.Contains(group.Key) ? ["the given inputs"] : []))}.",
                    group.Key.Value));
            }
        }
    }

    private static void Area(List<ValidationProblem> problems, string area, AssessmentComponentId? component, AssessmentScheme scheme, params (string Name, object? Document)[] documents)
    {
        if (component is { } id)
        {
            if (!scheme.Components.Any(x => x.Id == id))
            {
                problems.Add(new ValidationProblem($"components.{area}", EvaluationErrorCodes.ComponentNotInScheme,
                    $"The assessment scheme has no component '{id}' for the {area} area.", id.Value));
            }

            foreach (var (name, document) in documents.Where(d => d.Document is null))
            {
                problems.Add(new ValidationProblem(name, EvaluationErrorCodes.DocumentMissing,
                    $"The {area} area feeds '{id}' but the document '{name}' is not given.", null));
            }
        }
        else
        {
            foreach (var (name, document) in documents.Where(d => d.Document is not null))
            {
                problems.Add(new ValidationProblem(name, EvaluationErrorCodes.DocumentUnused,
                    $"The document '{name}' is given but the {area} area feeds no component (set components.{area}).", null));
            }
        }
    }

    private static T? RunArea<T>(string document, List<ValidationProblem> problems, Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
        catch (PartyBuildingValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => Prefixed(document, p)));
            return null;
        }
    }

    private static ValidationProblem Prefixed(string document, ValidationProblem problem) =>
        problem with { Path = problem.Path.Length == 0 ? document : $"{document}.{problem.Path}" };

    private static void Same(List<ValidationProblem> problems, string path, OrganizationId expected, OrganizationId actual)
    {
        if (expected != actual)
        {
            problems.Add(new ValidationProblem(path, EvaluationErrorCodes.CommitteeMismatch, $"The document is for '{actual}', the evaluation for '{expected}'.", actual.Value));
        }
    }

    private static void Year(List<ValidationProblem> problems, string path, AssessmentYear expected, AssessmentYear actual)
    {
        if (expected != actual)
        {
            problems.Add(new ValidationProblem(path, EvaluationErrorCodes.YearMismatch, $"The document is for {actual}, the evaluation for {expected}.", actual.ToString()));
        }
    }

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
