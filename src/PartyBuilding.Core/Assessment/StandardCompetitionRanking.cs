using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>standard-competition</c> (the default, “1224”): an organization's rank is one more than the number of
/// organizations that rank strictly better, so tied organizations share a rank and the next rank is skipped.
/// Parameters: <c>tie-breakers</c> (comma-separated component identifiers) and <c>vetoed-last</c> (default true).
/// </summary>
internal sealed class StandardCompetitionRanking : IRankingStrategy
{
    public const string StrategyName = "standard-competition";

    private readonly bool _vetoedLast;

    private StandardCompetitionRanking(ImmutableArray<AssessmentComponentId> tieBreakers, bool vetoedLast)
    {
        TieBreakers = tieBreakers;
        _vetoedLast = vetoedLast;
        Parameters = RankingCore.Describe(tieBreakers, vetoedLast);
    }

    public string Name => StrategyName;

    public ImmutableSortedDictionary<string, string> Parameters { get; }

    public ImmutableArray<AssessmentComponentId> TieBreakers { get; }

    public static IRankingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        RankingCore.Read(set, problems) is { } read ? new StandardCompetitionRanking(read.TieBreakers, read.VetoedLast) : null;

    public ImmutableDictionary<OrganizationId, int> Rank(IReadOnlyCollection<RankingEntry> entries)
    {
        var ordered = entries.OrderBy(e => e, Comparer<RankingEntry>.Create((a, b) => RankingCore.Compare(a, b, _vetoedLast))).ToList();
        var ranks = ImmutableDictionary.CreateBuilder<OrganizationId, int>();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0 || RankingCore.Compare(ordered[i - 1], ordered[i], _vetoedLast) != 0)
            {
                rank = i + 1;
            }

            ranks[ordered[i].Organization] = rank;
        }

        return ranks.ToImmutable();
    }
}
