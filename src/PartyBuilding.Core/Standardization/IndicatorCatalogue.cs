using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A branch standardization catalogue (党支部标准化建设指标体系): aspects, each with its indicators, whose maximum points
/// add up to a declared total (usually 100). A JSON document of kind <c>standardization-catalogue</c>.
/// </summary>
/// <param name="Id">The catalogue's identifier.</param>
/// <param name="Title">Its title in both languages.</param>
/// <param name="DeclaredTotal">The total the maximum points of the indicators that count towards it add up to, e.g. 100.</param>
/// <param name="Aspects">The aspects, in order; at least one.</param>
/// <param name="Source">The code of the source it is modelled on (one of <see cref="Sources.All"/>, e.g. <c>article-002</c>), or <see langword="null"/>.</param>
/// <param name="SourceClause">The passage of the source, or <see langword="null"/>.</param>
/// <param name="SourceFile">The file name of the source article (e.g. <c>002_3d274b2eb4d4736e.txt</c>), which must match the source's <see cref="CitationSource.Reference"/>; or <see langword="null"/>.</param>
/// <remarks>
/// A catalogue whose indicators or points are a sample rather than a committee's adopted catalogue sets
/// <see cref="IsIllustrative"/>; its citation (<see cref="GetCitation"/>) and so every explanation node that uses it carry
/// the mark (示例).
/// <see cref="StandardizationEngine"/> checks a catalogue before scoring against it.
/// Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed record IndicatorCatalogue(
    CatalogueId Id,
    LocalizedText Title,
    Score DeclaredTotal,
    ValueArray<Aspect> Aspects,
    string? Source = null,
    string? SourceClause = null,
    string? SourceFile = null) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-catalogue";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;


    /// <summary>Gets a value indicating whether the catalogue's indicators and points are illustrative (示例): a sample, not a committee's adopted catalogue.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Gets every indicator, in catalogue order.</summary>
    /// <returns>The indicators of all aspects.</returns>
    public ValueArray<Indicator> AllIndicators() => [.. Aspects.SelectMany(a => a.Indicators)];

    /// <summary>
    /// Gets the citation of the source the catalogue is modelled on, marked illustrative when the catalogue is; an
    /// illustrative catalogue that names no known source cites itself (as a scheme document), so the mark still shows.
    /// </summary>
    /// <returns>The citation, or <see langword="null"/> when the catalogue is not illustrative and names no source or an unknown one.</returns>
    public Citation? GetCitation()
    {
        var cited = Sources.All.FirstOrDefault(s => string.Equals(s.Code, Source, StringComparison.Ordinal)) is { } source ? source.At(SourceClause) : null;
        if (!IsIllustrative)
        {
            return cited;
        }

        return cited?.AsIllustrative()
            ?? new CitationSource($"catalogue-{Id.Value}", Title, CitationSourceKind.Scheme) { IsIllustrative = true }.At(SourceClause);
    }
}
