using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One rater group's part of an organization's result.</summary>
public sealed record GroupResult
{
    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="group">The rater group.</param>
    /// <param name="round">The round it rates in.</param>
    /// <param name="weight">Its weight in the combined score.</param>
    /// <param name="score">The group's exact score, aggregated from its ballots.</param>
    /// <param name="cast">The number of ballots cast for the organization in the group.</param>
    /// <param name="eligible">The number of raters who could have cast one.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal GroupResult(
        RaterGroup group,
        ReviewRound round,
        Proportion weight,
        Score score,
        int cast,
        int eligible)
    {
        Group = group;
        Round = round;
        Weight = weight;
        Score = score;
        Cast = cast;
        Eligible = eligible;
    }

    /// <summary>Gets the rater group.</summary>
    public RaterGroup Group { get; }

    /// <summary>Gets the round it rates in.</summary>
    public ReviewRound Round { get; }

    /// <summary>Gets its weight in the combined score.</summary>
    public Proportion Weight { get; }

    /// <summary>Gets the group's exact score, aggregated from its ballots.</summary>
    public Score Score { get; }

    /// <summary>Gets the number of ballots cast for the organization in the group.</summary>
    public int Cast { get; }

    /// <summary>Gets the number of raters who could have cast one.</summary>
    public int Eligible { get; }
}
