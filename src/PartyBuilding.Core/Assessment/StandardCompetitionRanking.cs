using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>standard-competition</c> (the default, “1224”): an organization's rank is one more than the number of
/// organizations that rank strictly better, so tied organizations share a rank and the next rank is skipped.
/// Parameter: <c>tie-breakers</c> (component identifiers separated by commas), none by default.
/// </summary>
internal sealed class StandardCompetitionRanking : TieAwareRanking
{
    private StandardCompetitionRanking(ValueDictionary<string> parameters, ValueArray<AssessmentComponentId> tieBreakers)
        : base(parameters, tieBreakers)
    {
    }

    public override string Name => AssessmentStrategies.StandardCompetition;

    public static IRankingStrategy? Create(StrategyParameters parameters)
    {
        var tieBreakers = RankingCore.Read(parameters);
        return new StandardCompetitionRanking(parameters.InForce, tieBreakers);
    }

    protected override int NextRank(int previousRank, int position) => position + 1;
}
