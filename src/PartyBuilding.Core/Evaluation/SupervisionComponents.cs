using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts the year's supervision and accountability cases into assessment component inputs (督导检查、问责).</summary>
/// <remarks>
/// <para>The library's own rules (no article states them; the figures are the composition's, <see cref="EvaluationComponents.SupervisionPointsEach"/> 示例):</para>
/// <list type="bullet">
/// <item>A finding counts for the department-level organization it concerns (the visited organization or the department above
/// its branch). A finding the rectification ledger carries (<see cref="FindingStatus.LedgerProblem"/>) is counted by the
/// rectification component and its rule, not here, unless <see cref="EvaluationComponents.SupervisionCountsLedgerFindings"/>
/// (不重复扣分, <see cref="NoDoubleCount"/>).</item>
/// <item>The component score is the share of the counted findings not past their due date, <c>100 × (counted − past due) ÷ counted</c>,
/// rounded half away from zero at two places; 100 with no counted finding (<see cref="ShareNotPastDue"/>).</item>
/// <item>Open findings (on no notice yet, or on one within its date) raise <see cref="EvaluationComponents.SupervisionOpen"/>; past-due
/// ones (<see cref="FindingState.PastDue"/>, <see cref="FindingState.Overdue"/>) raise <see cref="EvaluationComponents.SupervisionPastDue"/>,
/// a veto or downgrade then marked as a cause that already lowered the component (<see cref="VetoFlag.LoweredComponent"/>).</item>
/// <item>A case held to account (问责) by the evaluation date raises, for each of its forms, the rule mapped to the form
/// (<see cref="EvaluationComponents.AccountabilityForms"/>) against the department of its subject.</item>
/// <item>A rule that is a precedence rule (veto, forced downgrade) is raised once per department with every cause in its
/// reason; a deduction item is claimed <see cref="EvaluationComponents.SupervisionPointsEach"/> per finding or case, the
/// scheme's cap bounding the sum.</item>
/// </list>
/// </remarks>
internal static class SupervisionComponents
{
    /// <summary>Gets the citation of the component's formula (本库规则).</summary>
    public static Citation ShareNotPastDue { get; } = Sources.LibraryRules.At("督导检查得分 = 100 × （计分问题数 − 逾期问题数）÷ 计分问题数，无问题为100（本库规则）");

    /// <summary>Gets the citation of the rule that a finding the ledger carries is not counted again (不重复扣分, 本库规则).</summary>
    public static Citation NoDoubleCount { get; } = Sources.LibraryRules.At("已列入整改台账的督导问题由问题整改计分，不重复扣分（本库规则）");

    /// <summary>Turns the supervision and accountability of the year into one input per department-level organization of the committee with a district.</summary>
    /// <param name="outcome">The area's results.</param>
    /// <param name="inputs">The evaluation's documents and settings.</param>
    /// <param name="tree">The organization structure on the evaluation date.</param>
    /// <param name="component">The component supervision feeds.</param>
    /// <returns>One input per department, ordered by organization.</returns>
    public static ImmutableArray<ComponentInput> ToComponentInputs(SupervisionOutcome outcome, AnnualEvaluationInputs inputs, OrganizationTree tree, AssessmentComponentId component)
    {
        var findings = outcome.Supervision.Organizations
            .SelectMany(o => o.Findings.Select(f => (Status: f, Owner: o)))
            .Select(x => (x.Status, x.Owner, Department: StandardizationComponents.DepartmentOf(tree, inputs.Committee, x.Status.Organization)))
            .Where(x => x.Department is not null)
            .ToLookup(x => x.Department!.Value, x => (x.Status, x.Owner));
        var cases = (outcome.Accountability?.Cases ?? [])
            .Where(c => c.Stage == AccountabilityStage.HoldAccountable)
            .Select(c => (Case: c, Department: StandardizationComponents.DepartmentOf(tree, inputs.Committee, c.Organization)))
            .Where(x => x.Department is not null)
            .ToLookup(x => x.Department!.Value, x => x.Case);
        var context = new Context(inputs, component, outcome.Supervision.Organizations.SelectMany(o => o.Findings).ToDictionary(f => f.Finding.Value));
        return [.. tree.Organizations
            .Where(o => o.ParentId == inputs.Committee && o.DistrictId is not null)
            .OrderBy(o => o.Id)
            .Select(o => Input(
                context,
                o.Id,
                [.. findings[o.Id].OrderBy(f => f.Status.Finding)],
                [.. cases[o.Id].OrderBy(c => c.DecidedOn).ThenBy(c => c.Case)]))];
    }

    /// <summary>One department's input: its findings (those the ledger carries left uncounted unless the switch is set), its cases, the score and the rules.</summary>
    private static ComponentInput Input(Context context, OrganizationId organization, (FindingStatus Status, OrganizationSupervisionResult Owner)[] found, AccountabilityCaseResult[] held)
    {
        var settings = context.Inputs.Components;
        var counted = found.Select(f => f.Status).Where(status => !Skipped(status, settings)).ToArray();

        var pastDue = counted.Where(s => s.State is FindingState.PastDue or FindingState.Overdue).ToArray();
        var open = counted.Where(s => s.State is FindingState.Open or FindingState.NotOnNotice).ToArray();
        var score = counted.Length == 0 ? 100m : EvaluationNodes.Round(100m * (counted.Length - pastDue.Length) / counted.Length);

        var raised = new Raised(context);
        raised.Add(settings.SupervisionOpen, open.Select(EvaluationTexts.SupervisionOpenFinding), null);
        raised.Add(settings.SupervisionPastDue, pastDue.Select(EvaluationTexts.SupervisionPastDueFinding), context.Component);
        foreach (var rule in settings.AccountabilityForms.Where(r => r is not null))
        {
            raised.Add(rule.Rule, held.Where(c => c.Forms.Contains(rule.Form)).Select(c => EvaluationTexts.AccountabilityOutcome(c, rule.Form, Steps(context, c))), null);
        }

        return new ComponentInput(
            organization,
            context.Component,
            Score.Of(score),
            null,
            new DeferredExplanation(() => EvaluationNodes.Component(
                EvaluationTexts.SupervisionScore,
                score,
                "share-not-past-due",
                [
                    EvaluationNodes.Parameter("findings", found.Length),
                    EvaluationNodes.Parameter("counted", counted.Length),
                    EvaluationNodes.Parameter("past-due", pastDue.Length),
                    EvaluationNodes.Parameter("open", open.Length),
                    EvaluationNodes.Parameter("cases", held.Length),
                    new("counts-ledger-findings", settings.SupervisionCountsLedgerFindings ? "true" : "false"),
                    EvaluationNodes.Parameter("scale", ScoreRounding.DefaultScale),
                ],
                Nodes(found, held, settings),
                organization,
                context.Component,
                ShareNotPastDue) with
            {
                Summary = EvaluationTexts.SupervisionSummary(found.Length, counted.Length, pastDue.Length, open.Length, held.Length),
            }),
            [.. raised.Vetoes],
            default,
            [.. raised.Deductions]);
    }

    /// <summary>Whether a finding is left to rectification: the ledger carries it and the scheme does not count it again.</summary>
    private static bool Skipped(FindingStatus status, EvaluationComponents settings) =>
        status.LedgerProblem is not null && !settings.SupervisionCountsLedgerFindings;

    /// <summary>The department's nodes, built when its explanation is read: each finding's node (noted when left to rectification), then each case's.</summary>
    private static IEnumerable<Explanation> Nodes((FindingStatus Status, OrganizationSupervisionResult Owner)[] found, AccountabilityCaseResult[] held, EvaluationComponents settings)
    {
        // Each organization's tree is built once, however many of its findings the department holds.
        var trees = new Dictionary<OrganizationSupervisionResult, Explanation>(ReferenceEqualityComparer.Instance);
        foreach (var (status, owner) in found)
        {
            if (!trees.TryGetValue(owner, out var tree))
            {
                trees[owner] = tree = owner.Explanation;
            }

            var node = tree.Find(status.Finding.Value)!;
            yield return Skipped(status, settings) ? node with { Note = EvaluationTexts.SupervisionCarried(status.LedgerProblem!.Value) } : node;
        }

        foreach (var c in held)
        {
            yield return c.Explanation;
        }
    }

    /// <summary>The steps behind a case's facts: each fact, and for an overdue measure the ledger problem and the finding, visit and notice it came from.</summary>
    private static LocalizedText Steps(Context context, AccountabilityCaseResult c)
    {
        var steps = new List<LocalizedText>();
        foreach (var fact in c.FactExplanations)
        {
            var finding = fact.Key is { } key && context.Statuses.TryGetValue(key, out var direct) ? direct : null;
            var problem = context.Inputs.RectificationLedger?.Problems.FirstOrDefault(p => p.Measures.Any(m => m.Id.Value == fact.Key));
            if (finding is null && problem?.Origin is { Kind: ProblemOriginKind.SupervisionFinding } origin)
            {
                finding = context.Statuses.GetValueOrDefault(origin.Key);
            }

            steps.Add(EvaluationTexts.CaseStep(fact.Label, finding, problem?.Id));
        }

        return EvaluationTexts.Joined(steps);
    }

    /// <summary>What the adapter works from beside each department's findings and cases.</summary>
    private sealed record Context(AnnualEvaluationInputs Inputs, AssessmentComponentId Component, Dictionary<string, FindingStatus> Statuses);

    /// <summary>The flags and entries a department's rules raise: a precedence rule once with every cause, a deduction item per cause.</summary>
    private sealed class Raised(Context context)
    {
        private readonly HashSet<AssessmentFactorId> _precedence = [.. context.Inputs.Scheme.PrecedenceRules.Select(r => r.Id)];

        public List<VetoFlag> Vetoes { get; } = [];

        public List<FactorEntry> Deductions { get; } = [];

        public void Add(AssessmentFactorId? rule, IEnumerable<LocalizedText> causes, AssessmentComponentId? lowered)
        {
            var reasons = causes.ToArray();
            if (rule is not { } id || reasons.Length == 0)
            {
                return;
            }

            if (_precedence.Contains(id))
            {
                Vetoes.Add(new VetoFlag(id, EvaluationTexts.Joined(reasons), lowered));
                return;
            }

            var points = context.Inputs.Components.PointsEach;
            Deductions.AddRange(reasons.Select(r => new FactorEntry(id, points, EvaluationTexts.DeductionReason(r, points))));
        }
    }
}
