using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>Everything standardization produces from a data set: each branch's yearly result, each year's naming round and coverage report.</summary>
/// <param name="Results">The branch results, ordered by year, then branch.</param>
/// <param name="Rounds">The naming rounds, in year order.</param>
/// <param name="Coverage">The coverage reports, in year order.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record StandardizationOutcome(
    ValueArray<BranchScoreResult> Results,
    ValueArray<TierNamingRound> Rounds,
    ValueArray<CoverageReport> Coverage) : Common.IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-outcome";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;
}
