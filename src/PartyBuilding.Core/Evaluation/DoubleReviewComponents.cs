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
internal static class DoubleReviewComponents
{
    /// <summary>Gets the rule that double review counts into the annual assessment by a proportion.</summary>
    public static Citation CountsIntoAssessment { get; } = Sources.Article002.At("“双述双评”按比例计入年度考核");

    /// <summary>
    /// Gets the rule that a probationary member has no vote (预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样,
    /// 党章 第七条): the annual evaluation refuses a probationary member in an electorate or casting a ballot.
    /// </summary>
    public static Citation ProbationaryMembersHaveNoVote { get; } = Sources.PartyConstitution2017.At("第七条");

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
            r.Score,
            null,
            new DeferredExplanation(() => EvaluationNodes.Component(
                EvaluationTexts.DoubleReviewScore,
                r.Score.Value,
                "published-score",
                [new("scale", "100")],
                [r.Explanation],
                r.Organization,
                component,
                CountsIntoAssessment))))];
    }

    /// <summary>Lists the organizations the outcome has no result for, because a round of their review failed.</summary>
    /// <param name="outcome">The double-review outcome.</param>
    /// <param name="component">The component of the assessment scheme the double review feeds.</param>
    /// <returns>One entry per organization without a result, ordered by organization, the reason naming every failed round in Chinese and English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<MissingComponent> Missing(DoubleReviewOutcome outcome, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var scored = outcome.Results.Select(r => r.Organization).ToHashSet();
        return [.. outcome.Failures
            .Where(f => !scored.Contains(f.Organization))
            .GroupBy(f => f.Organization)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var failures = g.OrderBy(f => f.Group).ThenBy(f => f.Round).ToList();
                return new MissingComponent(g.Key, component, EvaluationTexts.DoubleReviewInvalid(
                    string.Join("；", failures.Select(f => Describe(f, DisplayLanguage.ZhCn))),
                    string.Join("; ", failures.Select(f => Describe(f, DisplayLanguage.English)))));
            })];
    }

    /// <summary>Describes a round failure in one language: the round, then the double-review area's own description of the failure.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>第一轮（向全体党员述职）党员民主测评参评人数未达规定比例：17人中11人参评，应达80%（至少14人），本轮无效</c>.</returns>
    internal static string Describe(RoundFailure failure, DisplayLanguage language)
    {
        var round = DoubleReviewLabels.ReviewRounds[failure.Round];
        return language == DisplayLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"round {(int)failure.Round} ({round.English}), {failure.Description.English}")
            : $"第{(failure.Round == ReviewRound.ToMembers ? "一" : "二")}轮（{round.ZhCn}）{failure.Description.ZhCn}";
    }
}
