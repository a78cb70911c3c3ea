using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts member-points statistics (党员积分统计) into assessment component inputs.</summary>
/// <remarks>
/// The member-points area already gives each department-level organization a 0..100 statistics score
/// (<see cref="PointsStatistics.Score"/>, from participation and the grade distribution of its members); the adapter
/// carries it unchanged, with the area's explanation, for every organization in <see cref="MemberPointsYearResult.Organizations"/>.
/// </remarks>
internal static class MemberPointsComponents
{
    /// <summary>Gets the rule that members' quantified points grade them and the organization each year.</summary>
    public static Citation AnnualGrading { get; } = Sources.Article002.At("用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级");

    /// <summary>Turns each organization's points statistics into a component input.</summary>
    /// <param name="result">The member-points year result.</param>
    /// <param name="component">The component of the assessment scheme member points feed.</param>
    /// <returns>One input per department-level organization, ordered by organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ComponentInput> ToComponentInputs(MemberPointsYearResult result, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Organizations.OrderBy(s => s.OrganizationId).Select(s => new ComponentInput(
            s.OrganizationId,
            component,
            s.Score,
            null,
            new DeferredExplanation(() => EvaluationNodes.Component(
                EvaluationTexts.MemberPointsScore,
                s.Score.Value,
                "published-score",
                [new("scale", "100")],
                [s.Explanation],
                s.OrganizationId,
                component,
                AnnualGrading))))];
    }
}
