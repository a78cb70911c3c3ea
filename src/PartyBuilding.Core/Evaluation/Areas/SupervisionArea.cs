using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// Supervision (督导) and accountability (问责) in the annual evaluation: the catalogue and the records of the year
/// (<see cref="SupervisionEngine"/>, with the rectification ledger's view when the ledger is given), the accountability cases
/// (<see cref="AccountabilityEngine"/>, optional) and <see cref="SupervisionComponents"/>.
/// </summary>
/// <remarks>
/// The area runs when <see cref="EvaluationComponents.Supervision"/> names a component and the catalogue and the records are
/// given. Its rules (<see cref="EvaluationComponents.SupervisionOpen"/>, <see cref="EvaluationComponents.SupervisionPastDue"/>,
/// <see cref="EvaluationComponents.AccountabilityForms"/>) may each name a veto, a forced downgrade or a deduction item of the
/// scheme. The records' references and the cases' subjects resolve against the organization structure on the evaluation date,
/// problems under <c>supervisionRecords.</c> and <c>accountabilityRecords.</c>; the engines' own problems under
/// <c>supervision.</c> (the cases' under <c>supervision.Accountability.</c>).
/// </remarks>
internal sealed class SupervisionArea() : EvaluationArea<SupervisionOutcome>(
    "supervision",
    "supervision",
    EvaluationTexts.Supervision,
    EvaluationDocument.Of("supervisionCatalogue", i => i.SupervisionCatalogue, d => d.SupervisionCatalogue, (i, x) => i with { SupervisionCatalogue = x }),
    EvaluationDocument.Of("supervisionRecords", i => i.SupervisionRecords, d => d.SupervisionRecords, (i, x) => i with { SupervisionRecords = x })
        .ForCommittee("CommitteeId", x => x.CommitteeId).ForYear("Year", x => x.Year),
    EvaluationDocument.Of("accountabilityRecords", i => i.AccountabilityRecords, d => d.AccountabilityRecords, (i, x) => i with { AccountabilityRecords = x })
        .ForCommittee("CommitteeId", x => x.CommitteeId).ForYear("Year", x => x.Year).Optional())
{
    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.Supervision;

    /// <inheritdoc />
    public override IEnumerable<(string Path, AssessmentFactorId? Rule)> Factors(EvaluationComponents components) =>
    [
        ("components.supervisionOpen", components.SupervisionOpen),
        ("components.supervisionPastDue", components.SupervisionPastDue),
        .. components.AccountabilityForms.Select((r, i) => (string.Create(CultureInfo.InvariantCulture, $"components.accountabilityForms[{i}].Rule"), (AssessmentFactorId?)r?.Rule)),
    ];

    /// <inheritdoc />
    /// <remarks>The accountability records need the supervision records beside them (their facts resolve against those and the ledger); a form mapped twice is refused.</remarks>
    public override IEnumerable<ValidationProblem> Check(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        var forms = inputs.Components.AccountabilityForms;
        for (var i = 0; i < forms.Length; i++)
        {
            if (forms[i] is { } rule && forms.Take(i).Any(f => f?.Form == rule.Form))
            {
                yield return new ValidationProblem(
                    string.Create(CultureInfo.InvariantCulture, $"components.accountabilityForms[{i}].Form"), EvaluationErrorCodes.AccountabilityFormTwice,
                    $"The form '{rule.Form}' is mapped to a rule more than once.", rule.Form.ToString());
            }
        }
    }

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.SupervisionRecords is { } records)
        {
            check.Supervision(records);
        }

        if (inputs.AccountabilityRecords is { } cases)
        {
            check.Accountability(cases, Basis(inputs));
        }
    }

    /// <inheritdoc />
    protected override SupervisionOutcome Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        SupervisionResult? supervision = null;
        try
        {
            supervision = inputs.RectificationLedger is { } ledger
                ? SupervisionEngine.Evaluate(inputs.SupervisionRecords!, inputs.SupervisionCatalogue!, asOf, ledger)
                : SupervisionEngine.Evaluate(inputs.SupervisionRecords!, inputs.SupervisionCatalogue!, asOf);
        }
        catch (PartyBuildingValidationException e)
        {
            problems.AddRange(e.Problems);
        }

        AccountabilityResult? accountability = null;
        if (inputs.AccountabilityRecords is { } cases)
        {
            try
            {
                accountability = AccountabilityEngine.Evaluate(cases, Basis(inputs), asOf);
            }
            catch (PartyBuildingValidationException e)
            {
                problems.AddRange(e.Problems.Select(p => p with { Path = "Accountability" + (p.Path.StartsWith("Data", StringComparison.Ordinal) ? p.Path["Data".Length..] : "." + p.Path) }));
            }
        }

        if (problems.Count > 0)
        {
            throw new PartyBuildingValidationException("supervision and accountability", [.. problems]);
        }

        return new SupervisionOutcome(supervision!, accountability);
    }

    /// <inheritdoc />
    protected override AreaComponents Adapt(SupervisionOutcome result, AreaContext context) =>
        AreaComponents.Of(SupervisionComponents.ToComponentInputs(result, context.Inputs, context.Tree, context.Component));

    /// <summary>
    /// The documents the cases' facts resolve against: the year's supervision records, the rectification ledger, and the vetoes
    /// the given inputs raise (the vetoes of this year's adapters are not known before the assessment, nor are other years').
    /// </summary>
    private static AccountabilityBasis Basis(AnnualEvaluationInputs inputs) => new(
        inputs.SupervisionRecords is { } records ? [records] : [],
        inputs.RectificationLedger is { } ledger ? [ledger] : [],
        [.. (inputs.GivenInputs?.Inputs ?? []).SelectMany(i => i.Vetoes.Select(v => new RaisedVeto(inputs.Year, i.Organization, v.Rule.Value, v.Reason)))]);
}

/// <summary>What the supervision area's engines give: the supervision of the year and, when given, the accountability cases.</summary>
/// <param name="Supervision">The supervision result.</param>
/// <param name="Accountability">The accountability result, or <see langword="null"/>.</param>
internal sealed record SupervisionOutcome(SupervisionResult Supervision, AccountabilityResult? Accountability);
