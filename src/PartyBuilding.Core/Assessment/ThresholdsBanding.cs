using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Assessment.AssessmentStrategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Banding <c>thresholds</c>: fixed minimum totals. Parameters <c>good</c>, <c>fairly-good</c>, <c>average</c>
/// (decimal, strictly descending); a total at or above a threshold earns that band, below <c>average</c> is poor.
/// </summary>
internal sealed class ThresholdsBanding : IBandingStrategy
{
    private readonly decimal _good;
    private readonly decimal _fairlyGood;
    private readonly decimal _average;

    private ThresholdsBanding(ValueDictionary<string> parameters, decimal good, decimal fairlyGood, decimal average)
    {
        Parameters = parameters;
        _good = good;
        _fairlyGood = fairlyGood;
        _average = average;
    }

    public string Name => Thresholds;

    public ValueDictionary<string> Parameters { get; }

    public static IBandingStrategy? Create(StrategyParameters parameters)
    {
        var good = parameters.Number(Good);
        var fairlyGood = parameters.Number(FairlyGood);
        var average = parameters.Number(Average);
        var given = parameters.IsGiven(Good) && parameters.IsGiven(FairlyGood) && parameters.IsGiven(Average);
        if (given && !(good > fairlyGood && fairlyGood > average))
        {
            parameters.Fail(Good, CommonErrorCodes.StrategyParameterInvalid, "the thresholds must descend strictly: good > fairly-good > average.");
        }

        return new ThresholdsBanding(parameters.InForce, good, fairlyGood, average);
    }

    public GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount) =>
        publishedTotal.Value >= _good ? GradeBand.Good
        : publishedTotal.Value >= _fairlyGood ? GradeBand.FairlyGood
        : publishedTotal.Value >= _average ? GradeBand.Average
        : GradeBand.Poor;
}
