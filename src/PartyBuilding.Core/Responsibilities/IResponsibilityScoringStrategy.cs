using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Turns the status of an organization's responsibility items into a component score on a 0 to <see cref="MaxPoints"/> scale
/// (100 points unless the scheme says otherwise), with an explanation. Create one by name with
/// <see cref="ResponsibilityScoringStrategies.Create"/>.
/// </summary>
public interface IResponsibilityScoringStrategy
{
    /// <summary>Gets the strategy's stable name, e.g. <c>proportional</c>.</summary>
    string Name { get; }

    /// <summary>Gets the parameters in effect, defaults included, by name.</summary>
    ImmutableSortedDictionary<string, decimal> Parameters { get; }

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
/// <remarks>Immutable.</remarks>
public sealed record ResponsibilityScore(Score Value, Explanation Explanation);
