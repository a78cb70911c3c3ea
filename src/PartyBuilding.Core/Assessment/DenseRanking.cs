using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Ranking <c>dense</c> (“1223”): an organization's rank is one more than the number of distinct better positions, so
/// tied organizations share a rank and no rank is skipped. Parameters as for <c>standard-competition</c>.
/// </summary>
internal sealed class DenseRanking : TieAwareRanking
{
    private DenseRanking(ValueDictionary<string> parameters, ValueArray<AssessmentComponentId> tieBreakers)
        : base(parameters, tieBreakers)
    {
    }

    public override string Name => AssessmentStrategies.Dense;

    public static IRankingStrategy? Create(StrategyParameters parameters)
    {
        var tieBreakers = RankingCore.Read(parameters);
        return new DenseRanking(parameters.InForce, tieBreakers);
    }

    protected override int NextRank(int previousRank, int position) => previousRank + 1;
}
