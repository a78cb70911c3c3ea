namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>standard-competition</c> (the default, “1224”): an organization's rank is one more than the number of
/// organizations that rank strictly better, so tied organizations share a rank and the next rank is skipped.
/// Parameters: <c>tie-breakers</c> (comma-separated component identifiers) and <c>vetoed-last</c> (default true).
/// </summary>
internal sealed class StandardCompetitionRanking : TieAwareRanking
{
    public const string StrategyName = "standard-competition";

    private StandardCompetitionRanking(ImmutableArray<AssessmentComponentId> tieBreakers, bool vetoedLast)
        : base(tieBreakers, vetoedLast)
    {
    }

    public override string Name => StrategyName;

    public static IRankingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        RankingCore.Read(set, problems) is { } read ? new StandardCompetitionRanking(read.TieBreakers, read.VetoedLast) : null;

    protected override int NextRank(int previousRank, int position) => position + 1;
}
