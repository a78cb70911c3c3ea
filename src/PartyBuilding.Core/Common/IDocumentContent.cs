namespace PartyBuilding.Core.Common;

/// <summary>
/// A type that can be the content of a PartyBuilding document (a scheme, a data set, a result). Its kind names it
/// in the document envelope, so that a reader can tell documents apart before it reads them.
/// </summary>
/// <remarks>
/// Every document is an envelope <c>{ "schemaVersion": "1.0", "kind": "…", "content": { … } }</c>; see
/// <see cref="Serialization.PartyBuildingJson"/>.
/// </remarks>
public interface IDocumentContent
{
    /// <summary>Gets the kind of document this type is the content of, e.g. <c>organization-snapshot</c>.</summary>
    static abstract string DocumentKind { get; }
}
