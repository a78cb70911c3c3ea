using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The rectification ledger (问题整改台账) in the annual evaluation: <see cref="RectificationLedgerEngine"/>, <see cref="RectificationComponents"/>.</summary>
internal sealed class RectificationArea() : EvaluationArea<RectificationLedgerStatus>(
    "rectification",
    "rectificationLedger",
    EvaluationTexts.Rectification,
    EvaluationDocument.Of("rectificationLedger", i => i.RectificationLedger, d => d.RectificationLedger, (i, x) => i with { RectificationLedger = x })
        .ForYear("Year", x => x.Year))
{
    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.Rectification;

    /// <inheritdoc />
    public override IEnumerable<(string Path, AssessmentFactorId? Rule)> Rules(EvaluationComponents components) =>
        [("components.rectificationOverdue", components.RectificationOverdue)];

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.RectificationLedger is { } ledger)
        {
            check.Rectification(ledger);
        }
    }

    /// <inheritdoc />
    protected override RectificationLedgerStatus Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        RectificationLedgerEngine.Evaluate(inputs.RectificationLedger!, asOf);

    /// <inheritdoc />
    protected override AreaComponents Adapt(RectificationLedgerStatus result, AreaContext context) =>
        AreaComponents.Of(RectificationComponents.ToComponentInputs(result, context.Component, context.Inputs.Components.RectificationOverdue));
}
