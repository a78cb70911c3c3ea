using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Banding <c>quota</c>: bands by committee rank. Parameters <c>good-share</c> and <c>fairly-good-share</c>
/// (proportions adding up to at most 1) and <c>poor-below</c> (decimal). An organization whose total is below
/// <c>poor-below</c> is poor; otherwise rank ≤ ⌊count × good-share⌋ is good, rank ≤ ⌊count × (good-share +
/// fairly-good-share)⌋ is fairly good, and the rest are average. Organizations tied at the boundary share the better
/// band, so a band may hold more than its quota.
/// </summary>
internal sealed class QuotaBanding : IBandingStrategy
{
    public const string StrategyName = "quota";

    private static readonly ImmutableArray<string> Known = ["fairly-good-share", "good-share", "poor-below"];

    private readonly Proportion _good;
    private readonly Proportion _fairlyGood;
    private readonly decimal _poorBelow;

    private QuotaBanding(ImmutableSortedDictionary<string, string> parameters, Proportion good, Proportion fairlyGood, decimal poorBelow)
    {
        Parameters = parameters;
        _good = good;
        _fairlyGood = fairlyGood;
        _poorBelow = poorBelow;
    }

    public string Name => StrategyName;

    public ImmutableSortedDictionary<string, string> Parameters { get; }

    public static IBandingStrategy? Create(ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems)
    {
        StrategyParameters.RejectUnknown(set, Known, problems);
        var good = StrategyParameters.Proportion(set, "good-share", problems);
        var fairlyGood = StrategyParameters.Proportion(set, "fairly-good-share", problems);
        var poorBelow = StrategyParameters.Decimal(set, "poor-below", problems);
        if (good is null || fairlyGood is null || poorBelow is null)
        {
            return null;
        }

        if (good.Value.Value + fairlyGood.Value.Value > 1m)
        {
            problems.Add(new("fairly-good-share", AssessmentErrorCodes.StrategyParameterInvalid, "good-share and fairly-good-share together must not exceed 1.", set["fairly-good-share"]));
            return null;
        }

        return problems.Count == 0 ? new QuotaBanding(set, good.Value, fairlyGood.Value, poorBelow.Value) : null;
    }

    public GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount)
    {
        if (publishedTotal.Value < _poorBelow)
        {
            return GradeBand.Poor;
        }

        var goodSeats = Math.Floor(rankedCount * _good.Value);
        var fairlyGoodSeats = Math.Floor(rankedCount * (_good.Value + _fairlyGood.Value));
        return committeeRank <= goodSeats ? GradeBand.Good
            : committeeRank <= fairlyGoodSeats ? GradeBand.FairlyGood
            : GradeBand.Average;
    }
}
