using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// Organizational life (组织生活) in the annual evaluation: the records and the scheme, <see cref="OrganizationalLifeEngine"/>,
/// <see cref="OrganizationalLifeComponents"/>. Its records are optional inputs that the standardization and member-points
/// areas derive values from (<see cref="Standardization.BranchAssessment.Derived"/>, <see cref="MemberPoints.PointsScheme.FromRecords"/>);
/// the area feeds a component of its own only when <see cref="EvaluationComponents.OrganizationalLife"/> names one.
/// </summary>
/// <remarks>
/// Given, the records are checked once (with the scheme, or the regulation's frequencies when no scheme is given) under
/// <c>organizationalLife.</c>, and every branch and member against the organization structure on the date
/// (<see cref="OrganizationalLifeEngine.CheckAgainst"/>) under <c>organizationalLifeRecords.</c>. A committee without them
/// evaluates as before; one that maps the component must give the records and the scheme (<c>EVAL.DOCUMENT_MISSING</c>).
/// </remarks>
internal sealed class OrganizationalLifeArea() : EvaluationArea<OrganizationalLifeResult>(
    "organizationalLife",
    "organizationalLife",
    EvaluationTexts.OrganizationalLife,
    EvaluationDocument.Of("organizationalLifeRecords", i => i.OrganizationalLifeRecords, d => d.OrganizationalLifeRecords, (i, x) => i with { OrganizationalLifeRecords = x })
        .ForCommittee("CommitteeId", x => x.CommitteeId).ForYear("Year", x => x.Year)
        .Splittable(Append, part => part.Carryover is not null ? "carryover" : null),
    EvaluationDocument.Of("organizationalLifeScheme", i => i.OrganizationalLifeScheme, d => d.OrganizationalLifeScheme, (i, x) => i with { OrganizationalLifeScheme = x })
        .ForCommittee("CommitteeId", x => x.CommitteeId).ForYear("Year", x => x.Year))
{
    /// <summary>Appends a part of split records (e.g. a quarter's meetings and dues) to the records read so far; a part is illustrative when the first document is.</summary>
    /// <param name="records">The records so far.</param>
    /// <param name="part">The part.</param>
    /// <returns>The records with the part's lists after their own.</returns>
    private static OrganizationalLifeRecords Append(OrganizationalLifeRecords records, OrganizationalLifeRecords part) => records with
    {
        Branches = [.. records.Branches, .. part.Branches],
        Meetings = [.. records.Meetings, .. part.Meetings],
        Dues = [.. records.Dues, .. part.Dues],
        IsIllustrative = records.IsIllustrative || part.IsIllustrative,
    };

    /// <inheritdoc />
    public override bool SuppliesOtherAreas => true;

    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.OrganizationalLife;

    /// <inheritdoc />
    /// <remarks>
    /// The records, checked with the scheme given or the regulation's frequencies; problems under <c>organizationalLife.</c>.
    /// When the area feeds its component with both documents given, its engine checks them when it runs, so they are not checked twice.
    /// </remarks>
    public override IEnumerable<ValidationProblem> Check(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        if (inputs.OrganizationalLifeRecords is not { } records
            || (Component(inputs.Components) is not null && inputs.OrganizationalLifeScheme is not null))
        {
            return [];
        }

        var scheme = inputs.OrganizationalLifeScheme ?? new OrganizationalLifeScheme(records.Year, records.CommitteeId);
        return OrganizationalLifeEngine.Validate(records, scheme, asOf).Problems.Select(p => p with { Path = $"{EnginePath}.{p.Path}" });
    }

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.OrganizationalLifeRecords is { } records)
        {
            check.OrganizationalLife(records);
        }
    }

    /// <inheritdoc />
    protected override OrganizationalLifeResult Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        OrganizationalLifeEngine.EvaluateCancellable(inputs.OrganizationalLifeRecords!, inputs.OrganizationalLifeScheme!, asOf, cancellationToken);

    /// <inheritdoc />
    protected override AreaComponents Adapt(OrganizationalLifeResult result, AreaContext context) =>
        OrganizationalLifeComponents.ToComponentInputs(result, context.Tree, context.Inputs.Committee, context.Component);
}
