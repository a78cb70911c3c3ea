using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How one indicator scored for one branch.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorResult
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="method">The scoring method's name.</param>
    /// <param name="maxPoints">The indicator's maximum points (a bonus's cap; zero for a veto).</param>
    /// <param name="points">The points earned.</param>
    /// <param name="countsTowardsTotal">Whether the indicator's maximum counts towards the declared total (false for a bonus or a veto).</param>
    /// <param name="vetoTriggered">Whether the indicator vetoed the branch.</param>
    /// <param name="explanation">How the points were made, down to the observation, its assessor, date and evidence; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal IndicatorResult(
        IndicatorId indicatorId,
        string method,
        Score maxPoints,
        Score points,
        bool countsTowardsTotal,
        bool vetoTriggered,
        Explanation? explanation)
    {
        IndicatorId = indicatorId;
        Method = method;
        MaxPoints = maxPoints;
        Points = points;
        CountsTowardsTotal = countsTowardsTotal;
        VetoTriggered = vetoTriggered;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the indicator.</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>Gets the scoring method's name.</summary>
    public string Method { get; }

    /// <summary>Gets the indicator's maximum points (a bonus's cap; zero for a veto).</summary>
    public Score MaxPoints { get; }

    /// <summary>Gets the points earned.</summary>
    public Score Points { get; }

    /// <summary>Gets a value indicating whether the indicator's maximum counts towards the declared total (false for a bonus or a veto).</summary>
    public bool CountsTowardsTotal { get; }

    /// <summary>Gets a value indicating whether the indicator vetoed the branch.</summary>
    public bool VetoTriggered { get; }

    /// <summary>Gets how the points were made, down to the observation, its assessor, date and evidence; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the points short of the maximum for a counting indicator; zero for a bonus or a veto.</summary>
    public Score Shortfall => CountsTowardsTotal ? MaxPoints - Points : Score.Zero;
}
