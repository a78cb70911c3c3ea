using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Member points (党员积分管理) in the annual evaluation: scheme and data set, <see cref="MemberPointsEngine"/>, <see cref="MemberPointsComponents"/>.</summary>
internal sealed class MemberPointsArea() : EvaluationArea<MemberPointsYearResult>(
    "memberPoints",
    "memberPoints",
    EvaluationTexts.MemberPoints,
    EvaluationDocument.Of("memberPointsScheme", i => i.MemberPointsScheme, d => d.MemberPointsScheme, (i, x) => i with { MemberPointsScheme = x })
        .ForYear("Year", x => x.Year),
    EvaluationDocument.Of("memberPointsData", i => i.MemberPointsData, d => d.MemberPointsData, (i, x) => i with { MemberPointsData = x })
        .ForCommittee("CommitteeId", x => x.CommitteeId).ForYear("Year", x => x.Year).Splittable(Append))
{
    /// <summary>Appends a part of a split data set (e.g. a month's declarations and audits) to the data set read so far.</summary>
    /// <param name="data">The data set so far.</param>
    /// <param name="part">The part.</param>
    /// <returns>The data set with the part's lists after its own.</returns>
    private static MemberPointsDataSet Append(MemberPointsDataSet data, MemberPointsDataSet part) => data with
    {
        Branches = [.. data.Branches, .. part.Branches],
        Roster = [.. data.Roster, .. part.Roster],
        Declarations = [.. data.Declarations, .. part.Declarations],
        Audits = [.. data.Audits, .. part.Audits],
        MassReviews = [.. data.MassReviews, .. part.MassReviews],
    };

    /// <inheritdoc />
    public override AssessmentComponentId? Component(EvaluationComponents components) => components.MemberPoints;

    /// <inheritdoc />
    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        if (inputs.MemberPointsData is { } data)
        {
            check.MemberPoints(data, inputs.Year);
        }
    }

    /// <inheritdoc />
    protected override MemberPointsYearResult Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken) =>
        MemberPointsEngine.EvaluateCancellable(inputs.MemberPointsData! with { LifeRecords = inputs.OrganizationalLifeRecords }, inputs.MemberPointsScheme!, asOf, null, cancellationToken);

    /// <inheritdoc />
    protected override AreaComponents Adapt(MemberPointsYearResult result, AreaContext context) =>
        AreaComponents.Of(MemberPointsComponents.ToComponentInputs(result, context.Component));
}
