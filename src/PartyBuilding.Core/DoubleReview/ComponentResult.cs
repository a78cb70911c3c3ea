using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One given component's part of an organization's result (branch variant).</summary>
public sealed record ComponentResult
{
    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="component">The component.</param>
    /// <param name="weight">Its weight in the combined score.</param>
    /// <param name="score">The given score.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ComponentResult(
        AssessedComponent component,
        Proportion weight,
        Score score)
    {
        Component = component;
        Weight = weight;
        Score = score;
    }

    /// <summary>Gets the component.</summary>
    public AssessedComponent Component { get; }

    /// <summary>Gets its weight in the combined score.</summary>
    public Proportion Weight { get; }

    /// <summary>Gets the given score.</summary>
    public Score Score { get; }
}
