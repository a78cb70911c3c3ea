namespace PartyBuilding.Core.Common;

/// <summary>
/// Where a rule comes from: a source document and, optionally, the clause within it.
/// Every built-in rule of the library carries one, and so does every explanation node a rule produced.
/// </summary>
/// <param name="Source">The source document.</param>
/// <param name="Clause">The clause or passage, or <see langword="null"/> when the whole document is meant.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Citation(CitationSource Source, string? Clause = null)
{
    /// <summary>Formats the citation, e.g. <c>《中国共产党支部工作条例（试行）》 第九条 [branch-regulation-2018]</c>.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString() =>
        Clause is null ? $"{Source.Title.ZhCn} [{Source.Code}]" : $"{Source.Title.ZhCn} {Clause} [{Source.Code}]";
}
