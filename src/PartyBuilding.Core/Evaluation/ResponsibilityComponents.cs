using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts responsibility-list results (责任清单落实) into assessment component inputs.</summary>
/// <remarks>
/// The responsibilities area scores an organization from 0 to the scheme's <see cref="OrganizationResponsibilityResult.MaxPoints"/>.
/// The component score is that score brought to the 100-point scale, <c>Score × 100 ÷ MaxPoints</c>, rounded half away
/// from zero at two places (identical when the maximum is 100). An organization whose maximum is zero has nothing to
/// score and gets no input.
/// </remarks>
internal static class ResponsibilityComponents
{
    /// <summary>Turns each organization's responsibility score into a component input.</summary>
    /// <param name="assessment">The responsibilities assessment.</param>
    /// <param name="component">The component of the assessment scheme the responsibilities feed.</param>
    /// <returns>One input per organization with a positive maximum, ordered by organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ComponentInput> ToComponentInputs(ResponsibilityAssessment assessment, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return [.. assessment.Organizations
            .Where(o => o.MaxPoints.Value > 0m)
            .OrderBy(o => o.Organization)
            .Select(o =>
            {
                var scaled = EvaluationNodes.Round(o.Score.Value * 100m / o.MaxPoints.Value);
                return new ComponentInput(
                    o.Organization,
                    component,
                    Score.Of(scaled),
                    null,
                    new DeferredExplanation(() =>
                    {
                        var area = o.Explanation;
                        return EvaluationNodes.Component(
                        EvaluationTexts.ResponsibilityScore,
                        scaled,
                        "scale-to-100",
                        [EvaluationNodes.Parameter("max-points", o.MaxPoints.Value), EvaluationNodes.Parameter("scale", ScoreRounding.DefaultScale)],
                        [area],
                        o.Organization,
                        component,
                        area.Citation);
                    }));
            })];
    }
}
