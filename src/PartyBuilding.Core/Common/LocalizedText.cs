namespace PartyBuilding.Core.Common;

/// <summary>A user-facing text in Simplified Chinese and English.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalizedText
{
    /// <summary>Initializes a text in both languages.</summary>
    /// <param name="zhCn">The Simplified Chinese text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentException">Either text is null or blank.</exception>
    public LocalizedText(string zhCn, string english)
    {
        ZhCn = Guard.NotBlank(zhCn);
        English = Guard.NotBlank(english);
    }

    /// <summary>
    /// Keeps a text given by a user (an assessor's comment, a reason in a data set) as it was written, the same in
    /// both languages: the library does not translate what people wrote.
    /// </summary>
    /// <param name="text">The text as given.</param>
    /// <returns>The text in both languages.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    public static LocalizedText AsGiven(string text) => new(text, text);

    /// <summary>Gets the Simplified Chinese (zh-CN) text.</summary>
    public string ZhCn { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string In(DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhCn => ZhCn,
        DisplayLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown display language."),
    };

    /// <summary>Formats both texts, Chinese first.</summary>
    /// <returns>For example <c>党支部 (branch)</c>.</returns>
    public override string ToString() => $"{ZhCn} ({English})";
}
