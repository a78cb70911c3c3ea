using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A branch's standardization result for one year (党支部标准化考核结果): its score on the 100-point scale, the vetoes
/// it triggered and the breakdown by aspect and indicator, each explained. A JSON document of kind
/// <c>standardization-branch-result</c>; the annual assessment consumes it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record BranchScoreResult : IDocumentContent
{
    private readonly DeferredExplanation _explanation;
    private readonly DeferredList<AspectResult> _aspects;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="branchId">The branch.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="catalogueId">The catalogue it was scored against.</param>
    /// <param name="rawPoints">The points earned on the catalogue's own scale, bonus included: the exact sum of the aspects.</param>
    /// <param name="declaredTotal">The catalogue's declared total.</param>
    /// <param name="score">The score on the 100-point scale (百分制): <c>RawPoints × 100 ÷ DeclaredTotal</c>, rounded half away from zero at two places; above 100 only through bonuses.</param>
    /// <param name="vetoes">The veto indicators triggered, in catalogue order; empty for none.</param>
    /// <param name="aspects">The aspects' results, in catalogue order.</param>
    /// <param name="explanation">The explanation tree: rounding, scaling, the sum of aspects, each a sum of indicators, each down to its observation; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal BranchScoreResult(
        OrganizationId branchId,
        AssessmentYear year,
        CatalogueId catalogueId,
        Score rawPoints,
        Score declaredTotal,
        Score score,
        ValueArray<IndicatorId> vetoes,
        ValueArray<AspectResult> aspects,
        Explanation? explanation)
    {
        BranchId = branchId;
        Year = year;
        CatalogueId = catalogueId;
        RawPoints = rawPoints;
        DeclaredTotal = declaredTotal;
        Score = score;
        Vetoes = vetoes;
        _aspects = aspects;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the branch.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the catalogue it was scored against.</summary>
    public CatalogueId CatalogueId { get; }

    /// <summary>Gets the points earned on the catalogue's own scale, bonus included: the exact sum of the aspects.</summary>
    public Score RawPoints { get; }

    /// <summary>Gets the catalogue's declared total.</summary>
    public Score DeclaredTotal { get; }

    /// <summary>Gets the score on the 100-point scale (百分制): <c>RawPoints × 100 ÷ DeclaredTotal</c>, rounded half away from zero at two places; above 100 only through bonuses.</summary>
    public Score Score { get; }

    /// <summary>Gets the veto indicators triggered, in catalogue order; empty for none.</summary>
    public ValueArray<IndicatorId> Vetoes { get; }

    /// <summary>Gets the aspects' results, in catalogue order; made when first read.</summary>
    public ValueArray<AspectResult> Aspects => _aspects.Value;

    /// <summary>Gets the explanation tree: rounding, scaling, the sum of aspects, each a sum of indicators, each down to its observation; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Sets the aspects' results to a list made when first read (the engine's, from the branch's rows).</summary>
    internal DeferredList<AspectResult> AspectRows
    {
        init => _aspects = value;
    }

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
