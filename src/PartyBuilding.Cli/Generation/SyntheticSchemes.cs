using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// The bundled schemes a synthetic data set is evaluated under, read from the seeds: the full 52-indicator
/// standardization catalogue of article 000 (<c>catalogue-shandong-archives-000.json</c>), article 002's tier thresholds
/// (<c>tier-scheme-binzhou-002.json</c>) and the seed member-points scheme (<c>binzhou-2018-scheme.json</c>: 50 illustrative
/// standards in article 002's two families), whose standards the generator grades under its own illustrative thresholds
/// and quota (<see cref="SyntheticMemberPoints.Scheme"/>).
/// </summary>
/// <param name="Catalogue">The standardization catalogue.</param>
/// <param name="Tiers">The standardization tier scheme.</param>
/// <param name="MemberPoints">The member-points scheme.</param>
internal sealed record SyntheticSchemes(IndicatorCatalogue Catalogue, TierScheme Tiers, PointsScheme MemberPoints)
{
    /// <summary>The seed file of the catalogue.</summary>
    public const string CatalogueFile = "standardization/catalogue-shandong-archives-000.json";

    /// <summary>The seed file of the tier scheme.</summary>
    public const string TiersFile = "standardization/tier-scheme-binzhou-002.json";

    /// <summary>The seed file of the member-points scheme.</summary>
    public const string MemberPointsFile = "member-points/binzhou-2018-scheme.json";

    private static readonly Lazy<SyntheticSchemes> BundledSchemes = new(() => Load(Path.Combine(AppContext.BaseDirectory, "seeds")));

    /// <summary>Gets the schemes of the seeds copied beside the running assembly, read once.</summary>
    public static SyntheticSchemes Bundled => BundledSchemes.Value;

    /// <summary>Reads the schemes from a seed directory.</summary>
    /// <param name="seedDirectory">The directory holding <c>standardization/</c> and <c>member-points/</c>.</param>
    /// <returns>The schemes.</returns>
    public static SyntheticSchemes Load(string seedDirectory) => new(
        Read<IndicatorCatalogue>(seedDirectory, CatalogueFile),
        Read<TierScheme>(seedDirectory, TiersFile),
        Read<PointsScheme>(seedDirectory, MemberPointsFile));

    private static T Read<T>(string directory, string file)
        where T : class, PartyBuilding.Core.Common.IDocumentContent
    {
        using var stream = File.OpenRead(Path.Combine(directory, file));
        return PartyBuildingJson.Deserialize<T>(stream);
    }
}
