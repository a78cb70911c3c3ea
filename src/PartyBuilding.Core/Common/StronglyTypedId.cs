using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PartyBuilding.Core.Common;

/// <summary>
/// A strongly typed identifier: a small value type around a validated string, so that an
/// organization ID can never be passed where a member ID is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// <para>Identifier text is 1 to 64 characters: ASCII letters, digits and <c>. _ : -</c>, starting with
/// a letter or digit. It is case-sensitive and compared ordinally. The rule is
/// <see cref="StronglyTypedId.Pattern"/>.</para>
/// <para>The <c>default</c> value of an identifier is empty and never valid as input; validators reject it.</para>
/// </remarks>
public interface IStronglyTypedId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IStronglyTypedId<TSelf>
{
    /// <summary>Gets the identifier text; empty for the <c>default</c> value.</summary>
    string Value { get; }

    /// <summary>Gets a value indicating whether this is the empty <c>default</c> value.</summary>
    bool IsEmpty { get; }

    /// <summary>Creates an identifier from text that has already been checked against <see cref="StronglyTypedId.Pattern"/>.</summary>
    /// <param name="validated">Text known to be valid.</param>
    /// <returns>The identifier.</returns>
    static abstract TSelf FromValidated(string validated);
}

/// <summary>Shared rules and helpers of every <see cref="IStronglyTypedId{TSelf}"/>.</summary>
public static partial class StronglyTypedId
{
    /// <summary>The maximum length of identifier text.</summary>
    public const int MaxLength = 64;

    /// <summary>The regular expression every identifier text matches, in the ECMA-262 form JSON Schema uses (its <c>$</c> is the end of the text; .NET checks it with <c>\z</c>, so a final line feed is not accepted).</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /// <summary>Tells whether <paramref name="text"/> is valid identifier text.</summary>
    /// <param name="text">The text to check; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text matches <see cref="Pattern"/>.</returns>
    public static bool IsValid([NotNullWhen(true)] string? text) => text is not null && IdRegex().IsMatch(text);

    /// <summary>Parses identifier text into <typeparamref name="TId"/>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not match <see cref="Pattern"/>.</exception>
    public static TId Parse<TId>(string text)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsValid(text))
        {
            throw new FormatException(
                $"'{text}' is not a valid {typeof(TId).Name}: use 1 to {MaxLength} ASCII letters, digits or . _ : - starting with a letter or digit.");
        }

        return TId.FromValidated(text);
    }

    /// <summary>Tries to parse identifier text into <typeparamref name="TId"/>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier when the text is valid; otherwise the empty default.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse<TId>([NotNullWhen(true)] string? text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (IsValid(text))
        {
            id = TId.FromValidated(text);
            return true;
        }

        id = default;
        return false;
    }

    internal static int Compare(string? left, string? right) => string.CompareOrdinal(left, right);

    // Pattern with \z for $: in .NET, $ also matches before a final line feed, so "BZ-001\n" would pass (issue 25). Pattern
    // keeps $ because JSON Schema (ECMA-262) reads it as the end of the text.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
