using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts a double-review outcome (双述双评) into assessment component inputs.</summary>
/// <remarks>
/// The score is the organization's published double-review score, already on the 100-point scale; the scheme's weight of
/// the component is the proportion by which double review counts into the annual assessment
/// (“双述双评”按比例计入年度考核, <see cref="Sources.Article002"/>). An organization whose review failed (a round
/// below its quorum) has no result and gets no input: <see cref="Missing"/> reports it with the failure.
/// </remarks>
public static class DoubleReviewComponents
{
    /// <summary>Gets the rule that double review counts into the annual assessment by a proportion.</summary>
    public static Citation CountsIntoAssessment { get; } = Sources.Article002.At("“双述双评”按比例计入年度考核");

    /// <summary>Turns each organization's double-review result into a component input.</summary>
    /// <param name="outcome">The double-review outcome.</param>
    /// <param name="component">The component of the assessment scheme the double review feeds.</param>
    /// <returns>One input per organization with a result, ordered by organization; the explanation wraps the review's own tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ComponentInput> ToComponentInputs(DoubleReviewOutcome outcome, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return [.. outcome.Results.OrderBy(r => r.Organization).Select(r => new ComponentInput(
            r.Organization,
            component,
            Score: r.Score,
            Explanation: EvaluationNodes.Component(
                new LocalizedText("双述双评得分（百分制）", "Double review score (100-point scale)"),
                r.Score.Value,
                "published-score",
                [new("scale", "100")],
                [r.Explanation],
                r.Organization,
                component,
                CountsIntoAssessment)))];
    }

    /// <summary>Lists the organizations the outcome has no result for, because a round of their review failed.</summary>
    /// <param name="outcome">The double-review outcome.</param>
    /// <param name="component">The component of the assessment scheme the double review feeds.</param>
    /// <returns>One entry per organization without a result, ordered by organization, the reason naming every failed round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<MissingComponent> Missing(DoubleReviewOutcome outcome, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var scored = outcome.Results.Select(r => r.Organization).ToHashSet();
        return [.. outcome.Failures
            .Where(f => !scored.Contains(f.Organization))
            .GroupBy(f => f.Organization)
            .OrderBy(g => g.Key)
            .Select(g => new MissingComponent(g.Key, component, "double review failed: " + string.Join("; ", g
                .OrderBy(f => f.Group).ThenBy(f => f.Round)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Group} in round {f.Round}: {f.Reason}, {f.Cast} of {f.Eligible} cast, quorum {f.Quorum}")))))];
    }
}
