namespace PartyBuilding.Core.Standardization;

/// <summary>Everything standardization produces from a data set: each branch's yearly result, each year's naming round and coverage report.</summary>
/// <param name="Results">The branch results, ordered by year, then branch.</param>
/// <param name="Rounds">The naming rounds, in year order.</param>
/// <param name="Coverage">The coverage reports, in year order.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record StandardizationOutcome(
    ImmutableArray<BranchScoreResult> Results,
    ImmutableArray<TierNamingRound> Rounds,
    ImmutableArray<CoverageReport> Coverage) : Common.IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-outcome";

    /// <summary>Gets the branch results.</summary>
    public ImmutableArray<BranchScoreResult> Results { get; init; } = Results.IsDefault ? [] : Results;

    /// <summary>Gets the naming rounds.</summary>
    public ImmutableArray<TierNamingRound> Rounds { get; init; } = Rounds.IsDefault ? [] : Rounds;

    /// <summary>Gets the coverage reports.</summary>
    public ImmutableArray<CoverageReport> Coverage { get; init; } = Coverage.IsDefault ? [] : Coverage;

    /// <inheritdoc />
    public bool Equals(StandardizationOutcome? other) =>
        other is not null && Results.SequenceEqual(other.Results) && Rounds.SequenceEqual(other.Rounds) && Coverage.SequenceEqual(other.Coverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Results.Length, Rounds.Length, Coverage.Length);
}
