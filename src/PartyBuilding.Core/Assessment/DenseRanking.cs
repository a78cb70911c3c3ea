namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>dense</c> (“1223”): an organization's rank is one more than the number of distinct better positions, so
/// tied organizations share a rank and no rank is skipped. Parameters as for <c>standard-competition</c>.
/// </summary>
internal sealed class DenseRanking : TieAwareRanking
{
    public const string StrategyName = "dense";

    private DenseRanking(ImmutableArray<AssessmentComponentId> tieBreakers)
        : base(tieBreakers)
    {
    }

    public override string Name => StrategyName;

    public static IRankingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        RankingCore.Read(set, problems) is { } tieBreakers ? new DenseRanking(tieBreakers) : null;

    protected override int NextRank(int previousRank, int position) => previousRank + 1;
}
