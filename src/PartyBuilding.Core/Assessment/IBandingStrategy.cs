using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Decides the grade band an organization's published total earns, before vetoes and downgrades (等次评定策略). The
/// built-ins are <see cref="AssessmentStrategies.Thresholds"/> and <see cref="AssessmentStrategies.Quota"/>; a caller adds
/// its own with <see cref="AssessmentStrategies.With(string, Strategies.StrategyFactory{IBandingStrategy})"/>.
/// </summary>
/// <remarks>An implementation is immutable and thread-safe, and its band depends only on its arguments.</remarks>
public interface IBandingStrategy
{
    /// <summary>Gets the registered name.</summary>
    string Name { get; }

    /// <summary>Gets the parameters in force (given and default), for explanations.</summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the band of a published total at a rank among the ranked organizations.</summary>
    /// <param name="publishedTotal">The published total.</param>
    /// <param name="committeeRank">
    /// The position by published total and the ranking strategy's tie rules alone: one more than the number of
    /// organizations ranked ahead (1 is first; tied organizations share a position and the next one skips, 1-2-2-4, also
    /// under dense ranking, so that a tie above never lifts an organization below into a band).
    /// </param>
    /// <param name="rankedCount">How many organizations are ranked.</param>
    /// <returns>The band.</returns>
    GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount);
}

/// <summary>
/// Ranks organizations (统一量化排名, 排名策略). The built-ins are <see cref="AssessmentStrategies.StandardCompetition"/> and
/// <see cref="AssessmentStrategies.Dense"/>; a caller adds its own with
/// <see cref="AssessmentStrategies.With(string, Strategies.StrategyFactory{IRankingStrategy})"/>.
/// </summary>
/// <remarks>An implementation is immutable and thread-safe, and its ranks do not depend on the order of the entries.</remarks>
public interface IRankingStrategy
{
    /// <summary>Gets the registered name.</summary>
    string Name { get; }

    /// <summary>Gets the parameters in force (given and default), for explanations.</summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the components whose higher score breaks a tie in the total, in order; each must be a component of the scheme.</summary>
    ValueArray<AssessmentComponentId> TieBreakers { get; }

    /// <summary>Ranks entries; the result does not depend on their order.</summary>
    /// <param name="entries">One entry per organization.</param>
    /// <returns>Each organization's rank, 1 for the first.</returns>
    ImmutableDictionary<OrganizationId, int> Rank(ValueArray<RankingEntry> entries);
}

/// <summary>What ranking compares for one organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Group">The group the precedence policy puts the organization in (a lower group ranks first): 0 for all when ranking by total alone.</param>
/// <param name="Total">The published total.</param>
/// <param name="TieBreakScores">The scores of the tie-breaking components, in tie-breaker order.</param>
public sealed record RankingEntry(OrganizationId Organization, int Group, Score Total, ValueArray<Score> TieBreakScores);
