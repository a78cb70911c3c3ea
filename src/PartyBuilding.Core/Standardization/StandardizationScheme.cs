using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The scheme a standardization data set is evaluated with (党支部标准化建设方案): the indicator catalogue the branches are
/// scored against and the tier scheme that names them. The two stay separate JSON documents
/// (<c>standardization-catalogue</c> and <c>standardization-tier-scheme</c>), since one catalogue serves several tier schemes.
/// </summary>
/// <param name="Catalogue">The indicator catalogue.</param>
/// <param name="Tiers">The tier scheme.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record StandardizationScheme(IndicatorCatalogue Catalogue, TierScheme Tiers)
{
    /// <summary>Gets the indicator catalogue.</summary>
    public IndicatorCatalogue Catalogue { get; init; } = Guard.NotNull(Catalogue);

    /// <summary>Gets the tier scheme.</summary>
    public TierScheme Tiers { get; init; } = Guard.NotNull(Tiers);
}
