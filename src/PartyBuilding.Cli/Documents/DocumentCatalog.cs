using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Documents;

/// <summary>The document kinds the tool reads, by kind.</summary>
internal sealed class DocumentCatalog
{
    private readonly ImmutableSortedDictionary<string, DocumentKind> kinds;

    /// <summary>Creates a catalog.</summary>
    /// <param name="kinds">The kinds; each kind once.</param>
    /// <exception cref="ArgumentException">A kind is registered twice.</exception>
    public DocumentCatalog(IEnumerable<DocumentKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, DocumentKind>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            if (!builder.TryAdd(kind.Kind, kind))
            {
                throw new ArgumentException($"The kind '{kind.Kind}' is registered twice.", nameof(kinds));
            }
        }

        this.kinds = builder.ToImmutable();
    }

    /// <summary>
    /// Gets the catalog of every document kind of the library: one line per kind, with the area's validator
    /// (e.g. <c>DocumentKind.Create(new OrganizationSnapshotValidator())</c>).
    /// </summary>
    public static DocumentCatalog Default { get; } = new(
    [
        DocumentKind.Create<Explanation>(new ExplanationDocumentValidator()),
    ]);

    /// <summary>Gets the kinds in name order.</summary>
    public IEnumerable<DocumentKind> All => kinds.Values;

    /// <summary>Finds a kind.</summary>
    public DocumentKind? Find(string kind) => kinds.GetValueOrDefault(kind);
}
