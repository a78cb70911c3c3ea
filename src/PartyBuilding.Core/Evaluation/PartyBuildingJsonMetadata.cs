using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The library's source-generated JSON metadata of every public document and result, for a host's own serializer (an
/// ASP.NET Core service's <c>JsonOptions</c>): results are then written in the library's shape (dates as
/// <c>2024-12-31</c>, scores as exact numbers, enumerations by name, value arrays as arrays), without reflection.
/// </summary>
/// <remarks>
/// Insert it in front of the host's resolvers: <c>options.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver)</c>.
/// The host's options (naming, indentation) apply; documents with their envelope, the library's limits and strict
/// reading stay with <see cref="PartyBuildingJson"/>. Even without it, the library's types serialize with a host's
/// reflection-based defaults without object cycles, since Common's value types carry their converters. Thread-safe.
/// See <c>docs/embedding.md</c>.
/// </remarks>
public static class PartyBuildingJsonMetadata
{
    /// <summary>Gets the metadata: Common's and Validation's, every area's and the annual evaluation's.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = JsonTypeInfoResolver.Combine(LibraryJsonMetadata.Shared, EvaluationJson.Metadata);
}
