using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>One year's on-site assessment of one branch against a catalogue (支部标准化考核): a score record per indicator.</summary>
/// <param name="BranchId">The branch assessed.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="CatalogueId">The catalogue the branch is assessed against.</param>
/// <param name="Scores">One record per indicator, in any order; a bonus or veto indicator may be left out.</param>
/// <remarks>Check it with <see cref="BranchAssessmentValidator"/>; the scoring engine does. Immutable and thread-safe; equality is by value.</remarks>
public sealed record BranchAssessment(OrganizationId BranchId, AssessmentYear Year, CatalogueId CatalogueId, ImmutableArray<IndicatorScore> Scores)
{
    /// <summary>Gets one record per indicator.</summary>
    public ImmutableArray<IndicatorScore> Scores { get; init; } = Scores.IsDefault ? [] : Scores;

    /// <inheritdoc />
    public bool Equals(BranchAssessment? other) =>
        other is not null && BranchId == other.BranchId && Year == other.Year && CatalogueId == other.CatalogueId && Scores.SequenceEqual(other.Scores);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BranchId, Year, CatalogueId, Scores.Length);
}
