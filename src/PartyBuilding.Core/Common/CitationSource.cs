namespace PartyBuilding.Core.Common;

/// <summary>A document that rules are taken from: a regulation, the party constitution, a source article or a scheme.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CitationSource
{
    /// <summary>Initializes a source.</summary>
    /// <param name="code">A short stable code, e.g. <c>organ-regulation-2019</c> or <c>article-002</c>.</param>
    /// <param name="title">The title in both languages.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="effectiveFrom">The date from which the document applies, where one is known.</param>
    /// <param name="reference">Where to find it, e.g. the article's file name in <c>shared/seeds</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public CitationSource(string code, LocalizedText title, CitationSourceKind kind, LocalDate? effectiveFrom = null, string? reference = null)
    {
        Code = Guard.NotBlank(code);
        Title = Guard.NotNull(title);
        Kind = kind;
        EffectiveFrom = effectiveFrom;
        Reference = reference;
    }

    /// <summary>Gets the short stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the title in both languages.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the kind of document.</summary>
    public CitationSourceKind Kind { get; }

    /// <summary>Gets the date from which the document applies, where known.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets where to find the document, e.g. a file name.</summary>
    public string? Reference { get; }

    /// <summary>
    /// Gets a value indicating whether the figures cited from this source are illustrative (示例): a scheme, catalogue or data set
    /// that declares itself a sample rather than a committee's adopted rules, or an article used only as the model of a shape
    /// whose figures are the library's or a seed's own. Explanations show the mark wherever such a citation is used.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Gets the same source marked illustrative (示例).</summary>
    /// <returns>A copy with <see cref="IsIllustrative"/> set.</returns>
    public CitationSource AsIllustrative() => IsIllustrative ? this : this with { IsIllustrative = true };

    /// <summary>Cites a clause of this source.</summary>
    /// <param name="clause">The clause, e.g. <c>第二十条</c> or a paragraph description; <see langword="null"/> for the whole.</param>
    /// <returns>The citation.</returns>
    public Citation At(string? clause = null) => new(this, clause);
}
