using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests;

/// <summary>Reads a bundled seed document (copied beside the tests) by its folder and file name.</summary>
internal static class SeedDocuments
{
    public static T Read<T>(string folder, string file)
        where T : class, IDocumentContent =>
        PartyBuildingJson.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", folder, file)));
}
