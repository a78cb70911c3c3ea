using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How one aspect of the catalogue scored for one branch: the sum of its indicators.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record AspectResult
{
    private readonly DeferredExplanation _explanation;
    private readonly DeferredList<IndicatorResult> _indicators;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="aspectId">The aspect.</param>
    /// <param name="title">The aspect's name.</param>
    /// <param name="maxPoints">The maximum points of its counting indicators.</param>
    /// <param name="points">The points earned, bonus included: the exact sum of <paramref name="indicators"/>.</param>
    /// <param name="indicators">Its indicators' results, in catalogue order.</param>
    /// <param name="explanation">The sum node of the indicators' explanations; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal AspectResult(
        AspectId aspectId,
        LocalizedText title,
        Score maxPoints,
        Score points,
        ValueArray<IndicatorResult> indicators,
        Explanation? explanation)
    {
        AspectId = aspectId;
        Title = title;
        MaxPoints = maxPoints;
        Points = points;
        _indicators = indicators;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the aspect.</summary>
    public AspectId AspectId { get; }

    /// <summary>Gets the aspect's name.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the maximum points of its counting indicators.</summary>
    public Score MaxPoints { get; }

    /// <summary>Gets the points earned, bonus included: the exact sum of <see cref="Indicators"/>.</summary>
    public Score Points { get; }

    /// <summary>Gets its indicators' results, in catalogue order; made when first read.</summary>
    public ValueArray<IndicatorResult> Indicators => _indicators.Value;

    /// <summary>Gets the sum node of the indicators' explanations; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Sets the indicators' results to a list made when first read (the engine's, from the branch's rows).</summary>
    internal DeferredList<IndicatorResult> IndicatorRows
    {
        init => _indicators = value;
    }
}
