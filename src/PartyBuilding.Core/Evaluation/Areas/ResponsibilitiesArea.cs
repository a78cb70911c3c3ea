using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Responsibility lists (责任清单落实) in the annual evaluation: scheme and data set, <see cref="ResponsibilityAssessmentEngine"/>, <see cref="ResponsibilityComponents"/>.</summary>
internal sealed class ResponsibilitiesArea() : EvaluationArea<ResponsibilityAssessment>(
    "responsibilities",
    "responsibilities",
    EvaluationTexts.Responsibilities,
    EvaluationDocument.Of("responsibilityScheme", i => i.ResponsibilityScheme, d => d.ResponsibilityScheme, (i, x) => i with { ResponsibilityScheme = x }),
    EvaluationDocument.Of("responsibilityData", i => i.ResponsibilityData, d => d.ResponsibilityData, (i, x) => i with { ResponsibilityData = x })
        .ForYear("Year", x => x.Year))
{
    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.Responsibilities;

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.ResponsibilityData is not { } data)
        {
            return;
        }

        for (var i = 0; i < data.Lists.Length; i++)
        {
            check.Organization($"responsibilityData.Lists[{i}].Owner", data.Lists[i].Owner);
        }

        check.PeopleDuties(data);
    }

    /// <inheritdoc />
    protected override ResponsibilityAssessment Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        ResponsibilityAssessmentEngine.Evaluate(inputs.ResponsibilityData!, inputs.ResponsibilityScheme!, asOf);

    /// <inheritdoc />
    protected override AreaComponents Adapt(ResponsibilityAssessment result, AreaContext context) =>
        AreaComponents.Of(ResponsibilityComponents.ToComponentInputs(result, context.Component));
}
