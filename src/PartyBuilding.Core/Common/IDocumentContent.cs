using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Common;

/// <summary>
/// A type that can be the content of a PartyBuilding document (a scheme, a data set, a result). Its kind names it
/// in the document envelope, so that a reader can tell documents apart before it reads them; its JSON metadata says how
/// it is read and written.
/// </summary>
/// <remarks>
/// Every document is an envelope <c>{ "schemaVersion": "1.0", "kind": "…", "content": { … } }</c>; see
/// <see cref="Serialization.PartyBuildingJson"/>.
/// </remarks>
public interface IDocumentContent
{
    /// <summary>Gets the kind of document this type is the content of, e.g. <c>organization-snapshot</c>.</summary>
    static abstract string DocumentKind { get; }

    /// <summary>
    /// Gets the source-generated JSON metadata that reads and writes this type and everything it holds: the metadata of
    /// the part of the library (or of the caller's own code) the type belongs to. <see cref="Serialization.PartyBuildingJson"/>
    /// puts the metadata of Common's types (dates, value arrays, explanations) in front of it.
    /// </summary>
    /// <remarks>
    /// The library's documents answer with their area's internal context, so that no part of the library lists another
    /// part's types. A caller's own document answers with its own <c>JsonSerializerContext</c> (trim- and AOT-safe) or
    /// with <see cref="DefaultJsonTypeInfoResolver"/> (reflection).
    /// </remarks>
    static abstract IJsonTypeInfoResolver JsonMetadata { get; }
}
