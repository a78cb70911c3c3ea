using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts a rectification ledger's roll-up (问题整改) into assessment component inputs.</summary>
/// <remarks>
/// This library's own rule: the rectification score is the share of the organization's measures that are not overdue on
/// the evaluation date, on the 100-point scale, <c>100 × (Measures − Overdue) ÷ Measures</c>, rounded half away from zero at
/// two places; an organization with no measure scores 100. When a rule is given (a forced downgrade such as
/// <c>DOWN-RECT</c>), an organization with an overdue measure raises it, marked as a cause that already lowered the
/// rectification component (<see cref="VetoFlag.LoweredComponent"/>): the assessment refuses the flag unless the scheme
/// allows double penalty for that rule (<see cref="PrecedenceRule.AllowDoublePenalty"/>; 不重复扣分 by default).
/// </remarks>
internal static class RectificationComponents
{
    /// <summary>Turns each organization's ledger roll-up into a component input.</summary>
    /// <param name="status">The ledger's status on the evaluation date.</param>
    /// <param name="component">The component of the assessment scheme rectification feeds.</param>
    /// <param name="overdueRule">The scheme's veto or downgrade rule raised when a measure is overdue; <see langword="null"/> for none.</param>
    /// <returns>One input per organization of the ledger, ordered by organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ComponentInput> ToComponentInputs(RectificationLedgerStatus status, AssessmentComponentId component, AssessmentFactorId? overdueRule = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        return [.. status.Organizations.OrderBy(o => o.Organization).Select(o =>
        {
            var score = o.Measures == 0 ? 100m : EvaluationNodes.Round(100m * (o.Measures - o.Overdue) / o.Measures);
            var vetoes = overdueRule is { } rule && o.Overdue > 0
                ? ImmutableArray.Create(new VetoFlag(
                    rule,
                    EvaluationTexts.Overdue(o.Measures, o.Overdue),
                    component))
                : [];
            return new ComponentInput(
                o.Organization,
                component,
                Score.Of(score),
                null,
                new DeferredExplanation(() =>
                {
                    var area = o.Explanation;
                    return EvaluationNodes.Component(
                    EvaluationTexts.RectificationScore,
                    score,
                    "share-not-overdue",
                    [EvaluationNodes.Parameter("measures", o.Measures), EvaluationNodes.Parameter("overdue", o.Overdue), EvaluationNodes.Parameter("scale", ScoreRounding.DefaultScale)],
                    [area],
                    o.Organization,
                    component,
                    area.Citation);
                }),
                vetoes);
        })];
    }
}
