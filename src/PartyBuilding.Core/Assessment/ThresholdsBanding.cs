using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Banding <c>thresholds</c>: fixed minimum totals. Parameters <c>good</c>, <c>fairly-good</c>, <c>average</c>
/// (decimal, strictly descending); a total at or above a threshold earns that band, below <c>average</c> is poor.
/// </summary>
internal sealed class ThresholdsBanding : IBandingStrategy
{
    public const string StrategyName = "thresholds";

    private static readonly ImmutableArray<string> Known = ["average", "fairly-good", "good"];

    private readonly decimal _good;
    private readonly decimal _fairlyGood;
    private readonly decimal _average;

    private ThresholdsBanding(ImmutableSortedDictionary<string, string> parameters, decimal good, decimal fairlyGood, decimal average)
    {
        Parameters = parameters;
        _good = good;
        _fairlyGood = fairlyGood;
        _average = average;
    }

    public string Name => StrategyName;

    public ImmutableSortedDictionary<string, string> Parameters { get; }

    public static IBandingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems)
    {
        StrategyParameters.RejectUnknown(set, Known, problems);
        var good = StrategyParameters.Decimal(set, "good", problems);
        var fairlyGood = StrategyParameters.Decimal(set, "fairly-good", problems);
        var average = StrategyParameters.Decimal(set, "average", problems);
        if (good is null || fairlyGood is null || average is null)
        {
            return null;
        }

        if (!(good > fairlyGood && fairlyGood > average))
        {
            problems.Add(new("good", AssessmentErrorCodes.StrategyParameterInvalid, "The thresholds must descend strictly: good > fairly-good > average.", $"{good}/{fairlyGood}/{average}"));
            return null;
        }

        return problems.Count == 0 ? new ThresholdsBanding(set, good.Value, fairlyGood.Value, average.Value) : null;
    }

    public GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount) =>
        publishedTotal.Value >= _good ? GradeBand.Good
        : publishedTotal.Value >= _fairlyGood ? GradeBand.FairlyGood
        : publishedTotal.Value >= _average ? GradeBand.Average
        : GradeBand.Poor;
}
