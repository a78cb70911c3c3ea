using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>Decides the grade band an organization's published total earns, before vetoes and downgrades.</summary>
internal interface IBandingStrategy
{
    /// <summary>Gets the registered name.</summary>
    string Name { get; }

    /// <summary>Gets the parameters in force, for explanations.</summary>
    ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets the band of a published total at a committee rank among the ranked organizations.</summary>
    GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount);
}

/// <summary>Ranks organizations (统一量化排名).</summary>
internal interface IRankingStrategy
{
    /// <summary>Gets the registered name.</summary>
    string Name { get; }

    /// <summary>Gets the parameters in force, for explanations.</summary>
    ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets the components whose higher score breaks a tie in the total, in order.</summary>
    ImmutableArray<AssessmentComponentId> TieBreakers { get; }

    /// <summary>Ranks entries; the result does not depend on their order.</summary>
    ImmutableDictionary<OrganizationId, int> Rank(IReadOnlyCollection<RankingEntry> entries);
}

/// <summary>What ranking compares for one organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Group">The group the precedence policy puts the organization in (a lower group ranks first): 0 for all when ranking by total alone.</param>
/// <param name="Total">The published total.</param>
/// <param name="TieBreakScores">The scores of the tie-breaking components, in tie-breaker order.</param>
internal sealed record RankingEntry(OrganizationId Organization, int Group, Score Total, ImmutableArray<Score> TieBreakScores);
