namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>standard-competition</c> (the default, “1224”): an organization's rank is one more than the number of
/// organizations that rank strictly better, so tied organizations share a rank and the next rank is skipped.
/// Parameter: <c>tie-breakers</c> (comma-separated component identifiers).
/// </summary>
internal sealed class StandardCompetitionRanking : TieAwareRanking
{
    public const string StrategyName = "standard-competition";

    private StandardCompetitionRanking(ImmutableArray<AssessmentComponentId> tieBreakers)
        : base(tieBreakers)
    {
    }

    public override string Name => StrategyName;

    public static IRankingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        RankingCore.Read(set, problems) is { } tieBreakers ? new StandardCompetitionRanking(tieBreakers) : null;

    protected override int NextRank(int previousRank, int position) => position + 1;
}
