using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Turns the status of an organization's responsibility items into a component score on a 0 to <see cref="MaxPoints"/> scale
/// (100 points unless the scheme says otherwise), with an explanation. A scheme names one in <see cref="ResponsibilityScheme.Scoring"/>;
/// the built-ins and a caller's own are registered in <see cref="ResponsibilityStrategies"/>.
/// </summary>
public interface IResponsibilityScoringStrategy
{
    /// <summary>Gets the strategy's stable name, e.g. <c>proportional</c> (<see cref="ResponsibilityStrategies.Proportional"/>).</summary>
    string Name { get; }

    /// <summary>
    /// Gets the parameters in force, defaults included, by name, as the explanation names them: a factory takes them from
    /// <see cref="Strategies.StrategyParameters.InForce"/> after reading its parameters.
    /// </summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the top of the scale.</summary>
    Score MaxPoints { get; }

    /// <summary>Scores item statuses.</summary>
    /// <param name="items">The statuses of every item of the organization's lists, in any order.</param>
    /// <returns>The exact (unrounded) score, between 0 and <see cref="MaxPoints"/>, with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    ResponsibilityScore Score(IEnumerable<ItemStatus> items);
}

/// <summary>A score made by an <see cref="IResponsibilityScoringStrategy"/>, exact, with its explanation.</summary>
/// <param name="Value">The exact score.</param>
/// <param name="Explanation">How it was made.</param>
/// <remarks>Immutable. The built-in strategies defer the explanation: it is built when read (docs/architecture.md, "Explanations on demand").</remarks>
public sealed record ResponsibilityScore(Score Value, Explanation Explanation)
{
    private readonly DeferredExplanation _explanation = Explanation;

    /// <summary>Gets how it was made; built when read when the strategy deferred it.</summary>
    public Explanation Explanation
    {
        get => _explanation.Value;
        init => _explanation = value;
    }

    /// <summary>Sets the explanation to one built when read (the built-in strategies', instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}
