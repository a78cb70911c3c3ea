using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Branch standardization (党支部标准化建设) in the annual evaluation: catalogue, tiers and data set, <see cref="StandardizationEngine"/>, <see cref="StandardizationComponents"/>.</summary>
internal sealed class StandardizationArea() : EvaluationArea<StandardizationOutcome>(
    "standardization",
    "standardization",
    EvaluationTexts.Standardization,
    EvaluationDocument.Of("standardizationCatalogue", i => i.StandardizationCatalogue, d => d.StandardizationCatalogue, (i, x) => i with { StandardizationCatalogue = x }),
    EvaluationDocument.Of("standardizationTiers", i => i.StandardizationTiers, d => d.StandardizationTiers, (i, x) => i with { StandardizationTiers = x }),
    EvaluationDocument.Of("standardizationData", i => i.StandardizationData, d => d.StandardizationData, (i, x) => i with { StandardizationData = x }))
{
    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.Standardization;

    /// <inheritdoc />
    public override IEnumerable<(string Path, AssessmentFactorId? Rule)> Rules(EvaluationComponents components) =>
        [("components.standardizationVeto", components.StandardizationVeto)];

    /// <inheritdoc />
    public override IEnumerable<ValidationProblem> Check(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        var rule = inputs.Components.StandardizationVetoedBranches;
        return Enum.IsDefined(rule) ? []
            : [new ValidationProblem("components.standardizationVetoedBranches", EvaluationErrorCodes.VetoedBranchRuleUnknown,
                "The rule for vetoed branches must be Count, Zero or Exclude.", rule.ToString())];
    }

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.StandardizationData is { } data)
        {
            check.Standardization(data.Roster);
        }
    }

    /// <inheritdoc />
    protected override StandardizationOutcome Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        StandardizationEngine.EvaluateCancellable(inputs.StandardizationData! with { LifeRecords = inputs.OrganizationalLifeRecords, LifeScheme = inputs.OrganizationalLifeScheme }, new StandardizationScheme(inputs.StandardizationCatalogue!, inputs.StandardizationTiers!), asOf, null, cancellationToken);

    /// <inheritdoc />
    protected override AreaComponents Adapt(StandardizationOutcome result, AreaContext context)
    {
        var (inputs, tree, component) = context;
        var c = inputs.Components;
        return new(
            StandardizationComponents.ToComponentInputs(result, inputs.Year, tree, inputs.Committee, component, c.StandardizationVeto, c.StandardizationVetoedBranches),
            StandardizationComponents.Missing(result, inputs.Year, tree, inputs.Committee, component, c.StandardizationVetoedBranches));
    }
}
