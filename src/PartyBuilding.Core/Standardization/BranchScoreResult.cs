using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A branch's standardization result for one year (党支部标准化考核结果): its score on the 100-point scale, the vetoes
/// it triggered and the breakdown by aspect and indicator, each explained. A JSON document of kind
/// <c>standardization-branch-result</c>; the annual assessment consumes it.
/// </summary>
/// <param name="BranchId">The branch.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="CatalogueId">The catalogue it was scored against.</param>
/// <param name="RawPoints">The points earned on the catalogue's own scale, bonus included: the exact sum of the aspects.</param>
/// <param name="DeclaredTotal">The catalogue's declared total.</param>
/// <param name="Score">The score on the 100-point scale (百分制): <c>RawPoints × 100 ÷ DeclaredTotal</c>, rounded half away from zero at two places; above 100 only through bonuses.</param>
/// <param name="Vetoes">The veto indicators triggered, in catalogue order; empty for none.</param>
/// <param name="Aspects">The aspects' results, in catalogue order.</param>
/// <param name="Explanation">The explanation tree: rounding, scaling, the sum of aspects, each a sum of indicators, each down to its observation.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record BranchScoreResult(
    OrganizationId BranchId,
    AssessmentYear Year,
    CatalogueId CatalogueId,
    Score RawPoints,
    Score DeclaredTotal,
    Score Score,
    ValueArray<IndicatorId> Vetoes,
    ValueArray<AspectResult> Aspects,
    Explanation Explanation) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-branch-result";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;



    /// <summary>Gets a value indicating whether any veto was triggered (一票否决).</summary>
    public bool IsVetoed => !Vetoes.IsEmpty;

    /// <summary>Gets every indicator's result, in catalogue order.</summary>
    /// <returns>The indicator results of all aspects.</returns>
    public ValueArray<IndicatorResult> AllIndicators() => [.. Aspects.SelectMany(a => a.Indicators)];
}
