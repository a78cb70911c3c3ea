using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The double review (双述双评) in the annual evaluation: scheme and data set, <see cref="DoubleReviewEngine"/>, <see cref="DoubleReviewComponents"/>.</summary>
internal sealed class DoubleReviewArea() : EvaluationArea<DoubleReviewOutcome>(
    "doubleReview",
    "doubleReview",
    EvaluationTexts.DoubleReview,
    EvaluationDocument.Of("doubleReviewScheme", i => i.DoubleReviewScheme, d => d.DoubleReviewScheme, (i, x) => i with { DoubleReviewScheme = x }),
    EvaluationDocument.Of("doubleReviewData", i => i.DoubleReviewData, d => d.DoubleReviewData, (i, x) => i with { DoubleReviewData = x })
        .ForCommittee("Committee", x => x.Committee).ForYear("Year", x => x.Year))
{
    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.DoubleReview;

    /// <inheritdoc />
    /// <remarks>The double-review scheme's annual proportion must be the weight of the component it feeds in force on the date.</remarks>
    public override IEnumerable<ValidationProblem> Check(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        if (inputs.Components.DoubleReview is not { } id || inputs.DoubleReviewScheme is not { } scheme)
        {
            return [];
        }

        var index = inputs.Scheme.Components.Select((c, i) => (c, i)).Where(x => x.c.Id == id).Select(x => x.i).DefaultIfEmpty(-1).First();
        if (index < 0 || !Dated.TryAsOf(inputs.Scheme.Components[index].Weights, asOf, out var weight) || weight.Value == scheme.AnnualProportion.Value)
        {
            return [];
        }

        return [new ValidationProblem(
            "doubleReviewScheme.AnnualProportion",
            EvaluationErrorCodes.ProportionMismatch,
            string.Create(CultureInfo.InvariantCulture,
                $"The double-review scheme '{scheme.Name}' counts the review into the annual assessment at {scheme.AnnualProportion.ToPercentString()} (doubleReviewScheme.AnnualProportion = {scheme.AnnualProportion}), but the assessment scheme weights the component '{id}' at {weight.ToPercentString()} on {asOf:uuuu-MM-dd} (assessmentScheme.Components[{index}].Weights = {weight}); the weight is the proportion, so the two must be equal."),
            string.Create(CultureInfo.InvariantCulture, $"{scheme.AnnualProportion} ≠ {weight}"))];
    }

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.DoubleReviewData is { } data)
        {
            check.DoubleReview(data);
        }
    }

    /// <inheritdoc />
    protected override DoubleReviewOutcome Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        DoubleReviewEngine.Evaluate(inputs.DoubleReviewData!, inputs.DoubleReviewScheme!, asOf);

    /// <inheritdoc />
    protected override AreaComponents Adapt(DoubleReviewOutcome result, AreaContext context) =>
        new(DoubleReviewComponents.ToComponentInputs(result, context.Component), DoubleReviewComponents.Missing(result, context.Component));
}
