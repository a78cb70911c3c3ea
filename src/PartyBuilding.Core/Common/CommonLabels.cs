namespace PartyBuilding.Core.Common;

/// <summary>Display labels of the enumerations of the <c>Common</c> area.</summary>
public static class CommonLabels
{
    /// <summary>Gets the labels of <see cref="DisplayLanguage"/>.</summary>
    public static LabelTable<DisplayLanguage> DisplayLanguages { get; } = LabelTables.Create(
        (DisplayLanguage.ZhCn, "简体中文", "Simplified Chinese"),
        (DisplayLanguage.English, "英文", "English"));

    /// <summary>Gets the labels of <see cref="CitationSourceKind"/>.</summary>
    public static LabelTable<CitationSourceKind> CitationSourceKinds { get; } = LabelTables.Create(
        (CitationSourceKind.PartyConstitution, "党章", "Party constitution"),
        (CitationSourceKind.Regulation, "党内法规", "Party regulation"),
        (CitationSourceKind.Article, "报道文章", "Source article"),
        (CitationSourceKind.Scheme, "考评方案", "Assessment scheme"),
        (CitationSourceKind.Library, "本库规则", "Library rule"));

    /// <summary>Gets the labels of <see cref="ExplanationCombination"/>.</summary>
    public static LabelTable<ExplanationCombination> ExplanationCombinations { get; } = LabelTables.Create(
        (ExplanationCombination.Given, "输入值", "Given input"),
        (ExplanationCombination.Sum, "求和", "Sum of parts"),
        (ExplanationCombination.Formula, "按公式计算", "Computed by formula"));
}
