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
    /// <summary>The mark an illustrative citation carries in Chinese text: <c>（示例）</c>.</summary>
    public const string IllustrativeMarkZhCn = "（示例）";

    /// <summary>The mark an illustrative citation carries in English text: <c>(illustrative)</c>.</summary>
    public const string IllustrativeMarkEnglish = "(illustrative)";

    /// <summary>Gets the same citation with its source marked illustrative (示例), for a figure taken from an illustrative scheme, catalogue or data set.</summary>
    /// <returns>The citation, marked.</returns>
    public Citation AsIllustrative() => IsIllustrative ? this : this with { Source = Source.AsIllustrative() };

    /// <summary>Gets a value indicating whether the cited figures are illustrative (示例); see <see cref="CitationSource.IsIllustrative"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsIllustrative => Source.IsIllustrative;

    /// <summary>
    /// Gets the illustrative mark in a language (<see cref="IllustrativeMarkZhCn"/> or <see cref="IllustrativeMarkEnglish"/>),
    /// or the empty string when the citation is not illustrative.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The mark or the empty string.</returns>
    public string IllustrativeMark(DisplayLanguage language) =>
        !IsIllustrative ? string.Empty : language == DisplayLanguage.English ? IllustrativeMarkEnglish : IllustrativeMarkZhCn;

    /// <summary>
    /// Formats the citation in a language: in Chinese by the source's Chinese title and the clause, e.g.
    /// <c>《中国共产党支部工作条例（试行）》 第九条</c>; in English by the source's English title and its code, e.g.
    /// <c>Regulations on the work of party branches (trial) [branch-regulation-2018]</c> (the clause quotes the Chinese
    /// source, so it is shown in Chinese text only). An illustrative citation ends with <c>（示例）</c> in Chinese text and
    /// <c> (illustrative)</c> in English text.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The citation text.</returns>
    public string ToText(DisplayLanguage language)
    {
        if (language == DisplayLanguage.English)
        {
            var english = $"{Source.Title.English} [{Source.Code}]";
            return IsIllustrative ? english + " " + IllustrativeMarkEnglish : english;
        }

        var text = Clause is null ? Source.Title.ZhCn : $"{Source.Title.ZhCn} {Clause}";
        return IsIllustrative ? text + IllustrativeMarkZhCn : text;
    }

    /// <summary>Formats the citation in Chinese, e.g. <c>《中国共产党支部工作条例（试行）》 第九条</c>, marked <c>（示例）</c> when illustrative.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString() => ToText(DisplayLanguage.ZhCn);
}
