using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>dense</c> (“1223”): an organization's rank is one more than the number of distinct better positions, so
/// tied organizations share a rank and no rank is skipped. Parameters as for <c>standard-competition</c>.
/// </summary>
internal sealed class DenseRanking : IRankingStrategy
{
    public const string StrategyName = "dense";

    private readonly bool _vetoedLast;

    private DenseRanking(ImmutableArray<AssessmentComponentId> tieBreakers, bool vetoedLast)
    {
        TieBreakers = tieBreakers;
        _vetoedLast = vetoedLast;
        Parameters = RankingCore.Describe(tieBreakers, vetoedLast);
    }

    public string Name => StrategyName;

    public ImmutableSortedDictionary<string, string> Parameters { get; }

    public ImmutableArray<AssessmentComponentId> TieBreakers { get; }

    public static IRankingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        RankingCore.Read(set, problems) is { } read ? new DenseRanking(read.TieBreakers, read.VetoedLast) : null;

    public ImmutableDictionary<OrganizationId, int> Rank(IReadOnlyCollection<RankingEntry> entries)
    {
        var ordered = entries.OrderBy(e => e, Comparer<RankingEntry>.Create((a, b) => RankingCore.Compare(a, b, _vetoedLast))).ToList();
        var ranks = ImmutableDictionary.CreateBuilder<OrganizationId, int>();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0 || RankingCore.Compare(ordered[i - 1], ordered[i], _vetoedLast) != 0)
            {
                rank++;
            }

            ranks[ordered[i].Organization] = rank;
        }

        return ranks.ToImmutable();
    }
}
