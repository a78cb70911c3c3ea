using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Common;

/// <summary>
/// One node of the explanation tree that every result carries (结果说明): what the value is, how it was made
/// (by which strategy, with which parameters, under which rule) and the inputs it was made from.
/// </summary>
/// <remarks>
/// <para>Explanations exist because people contest their scores: a node must reach every input that moved it.
/// A <see cref="ExplanationCombination.Sum"/> node equals the exact sum of its children, which
/// <see cref="Verify"/> checks over the whole tree.</para>
/// <para>Values are exact decimals as computed; a node that shows a rounded figure says so with its strategy
/// (e.g. <c>round-half-away-from-zero</c>) and keeps the exact figure as its child. Immutable and thread-safe;
/// equality is structural over the whole tree.</para>
/// </remarks>
public sealed record Explanation : IDocumentContent
{
    /// <summary>Initializes a node with every part given; prefer <see cref="Given"/>, <see cref="Sum"/> and <see cref="Formula"/>, and check a tree read from outside with <see cref="Verify"/>.</summary>
    /// <param name="label">What the value is.</param>
    /// <param name="value">The exact value.</param>
    /// <param name="combination">How the value comes from the children.</param>
    /// <param name="strategy">The strategy or formula name, or <see langword="null"/>.</param>
    /// <param name="parameters">The strategy's parameters; empty for none.</param>
    /// <param name="children">The nodes the value was made from; empty for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public Explanation(
        LocalizedText label,
        decimal value,
        ExplanationCombination combination,
        string? strategy = null,
        ValueDictionary<string> parameters = default,
        ValueArray<Explanation> children = default)
    {
        Label = Guard.NotNull(label);
        Value = value;
        Combination = combination;
        Strategy = strategy;
        Parameters = parameters;
        Children = children;
    }

    /// <inheritdoc />
    public static string DocumentKind => "explanation";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => CommonJson.Metadata;

    /// <summary>Gets what the value is, in both languages.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets a stable key of the node (an identifier of what it explains), or <see langword="null"/>.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the exact value.</summary>
    public decimal Value { get; }

    /// <summary>Gets how the value comes from the children.</summary>
    public ExplanationCombination Combination { get; }

    /// <summary>Gets the name of the strategy or formula that made the value, or <see langword="null"/> for a given input.</summary>
    public string? Strategy { get; }

    /// <summary>Gets the parameters the strategy was applied with, by name (ordinal order).</summary>
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the rule the value was made under, or <see langword="null"/>.</summary>
    public Citation? Citation { get; init; }

    /// <summary>
    /// Gets a note kept with the node (a reason, an assessor's comment) in both languages, or <see langword="null"/>;
    /// a text given by a user in one language only is kept as given (<see cref="LocalizedText.AsGiven"/>).
    /// </summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Gets what the node decided, said in words in both languages (e.g. why an organization stands where it stands), or <see langword="null"/>.</summary>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the nodes the value was made from.</summary>
    public ValueArray<Explanation> Children { get; }

    /// <summary>Explains an input as given.</summary>
    /// <param name="label">What the value is.</param>
    /// <param name="value">The value.</param>
    /// <returns>A leaf node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public static Explanation Given(LocalizedText label, decimal value) =>
        new(label, value, ExplanationCombination.Given);

    /// <summary>Explains a value as the exact sum of its parts.</summary>
    /// <param name="label">What the value is.</param>
    /// <param name="children">The parts.</param>
    /// <returns>A node whose value is the exact sum of the children's values.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Explanation Sum(LocalizedText label, IEnumerable<Explanation> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var parts = children.ToImmutableArray();
        var total = 0m;
        foreach (var part in parts)
        {
            total += part.Value;
        }

        return new(label, total, ExplanationCombination.Sum, "sum", default, parts);
    }

    /// <summary>Explains a value computed by a named strategy or formula.</summary>
    /// <param name="label">What the value is.</param>
    /// <param name="value">The computed value.</param>
    /// <param name="strategy">The strategy or formula name, e.g. <c>trimmed-mean</c>.</param>
    /// <param name="parameters">The parameters it was applied with.</param>
    /// <param name="children">The inputs.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="strategy"/> is blank.</exception>
    public static Explanation Formula(
        LocalizedText label,
        decimal value,
        string strategy,
        IEnumerable<KeyValuePair<string, string>> parameters,
        IEnumerable<Explanation> children)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(children);
        return new(
            label,
            value,
            ExplanationCombination.Formula,
            Guard.NotBlank(strategy),
            ValueDictionary.CreateRange(parameters),
            children.ToValueArray());
    }

    /// <summary>Checks the whole tree: every <see cref="ExplanationCombination.Sum"/> node equals the exact sum of its children.</summary>
    /// <returns>One line per node that does not add up, naming its path; empty when the tree is consistent.</returns>
    public ImmutableArray<string> Verify()
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        VerifyNode(this, Label.English, problems);
        return problems.ToImmutable();
    }

    /// <summary>Finds the first node, depth first, whose <see cref="Key"/> equals <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public Explanation? Find(string key)
    {
        if (string.Equals(Key, key, StringComparison.Ordinal))
        {
            return this;
        }

        foreach (var child in Children)
        {
            if (child.Find(key) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Renders the tree as indented text, one node a line, with strategies, parameters and citations.</summary>
    /// <remarks>
    /// Everything is said in the reader's language: in Chinese the strategy and its parameters are shown by their
    /// Chinese names (<c>[四舍五入 保留小数位数=2]</c>) and a citation by the source's Chinese title; in English by their
    /// names (<c>[round-half-away-from-zero scale=2]</c>) and the source's English title. A value with more than
    /// six decimal places is shown rounded to six, marked <c>≈</c>.
    /// </remarks>
    /// <param name="language">The language of labels.</param>
    /// <returns>The text.</returns>
    public string ToText(DisplayLanguage language = DisplayLanguage.ZhCn)
    {
        var text = new StringBuilder();
        Render(this, language, 0, text);
        return text.ToString();
    }

    private static void VerifyNode(Explanation node, string path, ImmutableArray<string>.Builder problems)
    {
        if (node.Combination == ExplanationCombination.Sum)
        {
            if (ChildrenSum(node) is not { } sum)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: value {node.Value} but children sum beyond the range of a decimal"));
            }
            else if (sum != node.Value)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: value {node.Value} but children sum to {sum}"));
            }
        }

        foreach (var child in node.Children)
        {
            VerifyNode(child, path + " > " + child.Label.English, problems);
        }
    }

    /// <summary>
    /// The exact sum of a node's children, or <see langword="null"/> when it lies beyond a <see cref="decimal"/>: a tree read
    /// from a document may carry any decimal (the long fuzz run of session 21 summed two of 7.9 × 10^28 and the check threw).
    /// </summary>
    private static decimal? ChildrenSum(Explanation node)
    {
        try
        {
            return node.Children.Sum(c => c.Value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void Render(Explanation node, DisplayLanguage language, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append(node.Label.In(language)).Append(": ")
            .Append(ExplanationVocabulary.Number(node.Value));
        if (node.Strategy is not null && node.Combination != ExplanationCombination.Given)
        {
            text.Append("  [").Append(ExplanationVocabulary.Strategy(node.Strategy, language));
            if (!node.Parameters.IsEmpty)
            {
                text.Append(' ').AppendJoin(
                    language == DisplayLanguage.English ? ", " : "，",
                    node.Parameters.Select(p => ExplanationVocabulary.Parameter(node.Strategy, p.Key, language) + "=" + ExplanationVocabulary.Value(p.Value, language)));
            }

            text.Append(']');
        }

        if (node.Citation is not null)
        {
            text.Append("  ← ").Append(node.Citation.ToText(language));
        }

        if (node.Note is not null)
        {
            text.Append("  — ").Append(node.Note.In(language));
        }

        if (node.Summary is not null)
        {
            text.Append("  — ").Append(node.Summary.In(language));
        }

        text.Append('\n');
        foreach (var child in node.Children)
        {
            Render(child, language, depth + 1, text);
        }
    }
}
