using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Assessment.AssessmentStrategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Banding <c>quota</c>: bands by committee rank. Parameters <c>good-share</c> and <c>fairly-good-share</c>
/// (exact shares, <see cref="Share"/>: a fraction such as <c>1/3</c> or a decimal such as <c>0.2</c>, adding up to at
/// most 1) and <c>poor-below</c> (decimal). An organization whose total is below <c>poor-below</c> is poor; otherwise
/// position ≤ good seats is good, position ≤ good-and-fairly-good seats is fairly good, and the rest are average. The
/// position is one more than the organizations ranked ahead by total (1-2-2-4 whatever the ranking strategy: under dense
/// ranking's 1-2-2-3 a tie above would let one more organization into every quota, the library's rule).
/// Organizations tied at the boundary share the better band, so a band may hold more than its quota.
/// </summary>
/// <remarks>
/// Seat counts are rounded down (the library's rule; no source states one): good seats = ⌊n × good-share⌋ and
/// good-and-fairly-good seats = ⌊n × (good-share + fairly-good-share)⌋, for n ranked organizations, computed exactly in
/// whole numbers (⌊n × numerator ÷ denominator⌋), never through a rounded decimal: 1/3 of 9 is 3 seats, where the
/// decimal 0.3333333333 × 9 = 2.9999999997 gave 2; 1/3 of 7 is 2 seats (2⅓ rounded down).
/// </remarks>
internal sealed class QuotaBanding : IBandingStrategy
{
    private readonly Share _good;
    private readonly Share _fairlyGood;
    private readonly decimal _poorBelow;

    private QuotaBanding(ValueDictionary<string> parameters, Share good, Share fairlyGood, decimal poorBelow)
    {
        Parameters = parameters;
        _good = good;
        _fairlyGood = fairlyGood;
        _poorBelow = poorBelow;
    }

    public string Name => Quota;

    public ValueDictionary<string> Parameters { get; }

    public static IBandingStrategy? Create(StrategyParameters parameters)
    {
        var good = parameters.Share(GoodShare);
        var fairlyGood = parameters.Share(FairlyGoodShare);
        var poorBelow = parameters.Number(PoorBelow);
        var (sumNumerator, sumDenominator) = Sum(good, fairlyGood);
        if (sumNumerator > sumDenominator)
        {
            parameters.Fail(FairlyGoodShare, CommonErrorCodes.StrategyParameterInvalid, "good-share and fairly-good-share together must not exceed 1.");
        }

        return new QuotaBanding(parameters.InForce, good, fairlyGood, poorBelow);
    }

    /// <summary>Gets the seats of the good band and of the good and fairly-good bands together among <paramref name="rankedCount"/> organizations, rounded down, exactly.</summary>
    /// <param name="rankedCount">How many organizations are ranked.</param>
    /// <returns>⌊n × good-share⌋ and ⌊n × (good-share + fairly-good-share)⌋.</returns>
    public (int Good, int GoodOrFairlyGood) Seats(int rankedCount)
    {
        // ⌊n·a/b + n·c/d⌋ = ⌊n·a/b⌋ + ⌊n·c/d⌋, plus 1 when the two remainders r₁/b + r₂/d reach a whole seat
        // (r₁·d + r₂·b ≥ b·d); every product fits in Int128.
        var good = _good.FloorOf(rankedCount);
        var fairlyGood = _fairlyGood.FloorOf(rankedCount);
        var goodRemainder = ((Int128)_good.Numerator * rankedCount) % _good.Denominator;
        var fairlyGoodRemainder = ((Int128)_fairlyGood.Numerator * rankedCount) % _fairlyGood.Denominator;
        var carry = (goodRemainder * _fairlyGood.Denominator) + (fairlyGoodRemainder * _good.Denominator) >= (Int128)_good.Denominator * _fairlyGood.Denominator ? 1 : 0;
        return (good, good + fairlyGood + carry);
    }

    public GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount)
    {
        if (publishedTotal.Value < _poorBelow)
        {
            return GradeBand.Poor;
        }

        var (goodSeats, fairlyGoodSeats) = Seats(rankedCount);
        return committeeRank <= goodSeats ? GradeBand.Good
            : committeeRank <= fairlyGoodSeats ? GradeBand.FairlyGood
            : GradeBand.Average;
    }

    // a/b + c/d = (a×d + c×b) / (b×d), in Int128 so that no product of two longs overflows.
    private static (Int128 Numerator, Int128 Denominator) Sum(Share first, Share second) =>
        (((Int128)first.Numerator * second.Denominator) + ((Int128)second.Numerator * first.Denominator), (Int128)first.Denominator * second.Denominator);
}
