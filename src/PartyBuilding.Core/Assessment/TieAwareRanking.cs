using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// What the ranking strategies share: the order (the group the precedence policy puts an entry in, then the published
/// total, then the tie-breaking components), ties sharing a rank, and the parameters. A strategy only says how the rank
/// advances after a tie.
/// </summary>
internal abstract class TieAwareRanking : IRankingStrategy
{
    protected TieAwareRanking(ValueDictionary<string> parameters, ValueArray<AssessmentComponentId> tieBreakers)
    {
        TieBreakers = tieBreakers;
        Parameters = parameters;
    }

    public abstract string Name { get; }

    public ValueDictionary<string> Parameters { get; }

    public ValueArray<AssessmentComponentId> TieBreakers { get; }

    public ImmutableDictionary<OrganizationId, int> Rank(ValueArray<RankingEntry> entries)
    {
        var ordered = entries.OrderBy(e => e, Comparer<RankingEntry>.Create(RankingCore.Compare)).ToList();
        var ranks = ImmutableDictionary.CreateBuilder<OrganizationId, int>();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0 || RankingCore.Compare(ordered[i - 1], ordered[i]) != 0)
            {
                rank = NextRank(rank, i);
            }

            ranks[ordered[i].Organization] = rank;
        }

        return ranks.ToImmutable();
    }

    /// <summary>The rank of the first organization of a new group of equals.</summary>
    /// <param name="previousRank">The rank of the group before (0 for the first).</param>
    /// <param name="position">The zero-based position of the organization in the order.</param>
    /// <returns>The rank.</returns>
    protected abstract int NextRank(int previousRank, int position);
}
