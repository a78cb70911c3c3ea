using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The trimmed mean, <see cref="DoubleReviewStrategies.TrimmedMean"/> (去掉最高分和最低分后取平均): drops the highest and
/// the lowest scores, as many at each end, and takes the weighted mean of the rest.
/// </summary>
/// <remarks>
/// <para>Parameters, exactly one of: <see cref="DoubleReviewStrategies.TrimmedMeanCount"/>, a whole number of scores to
/// drop at each end (0 or more); or <see cref="DoubleReviewStrategies.TrimmedMeanShare"/>, a <see cref="Common.Share"/>
/// at least 0 and below 1/2 of the scores to drop at each end, written as a fraction (<c>1/3</c>) or a decimal
/// (<c>0.1</c>), rounded down to whole scores (⌊share × n⌋, computed in whole numbers).</para>
/// <para>At least one score always remains: when the inputs are too few, at most ⌊(n − 1) ÷ 2⌋ are dropped at each end.
/// Scores are ordered by value, then by key, so which of two equal scores is dropped is fixed and the value does not
/// depend on it. Immutable and thread-safe.</para>
/// </remarks>
internal sealed class TrimmedMeanAggregation : IRatingAggregation
{
    private static readonly Share Half = Share.Of(1, 2);

    private readonly int? _count;
    private readonly Share? _share;

    private TrimmedMeanAggregation(int? count, Share? share, ValueDictionary<string> parameters)
    {
        _count = count;
        _share = share;
        Parameters = parameters;
    }

    /// <inheritdoc />
    public string Name => DoubleReviewStrategies.TrimmedMean;

    /// <summary>Gets the number of scores dropped at each end, or <see langword="null"/> when a share is dropped.</summary>
    public int? DropCount => _count;

    /// <summary>Gets the share of scores dropped at each end, or <see langword="null"/> when a number is dropped.</summary>
    public Share? DropShare => _share;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Creates a trimmed mean that drops a number of scores at each end.</summary>
    /// <param name="count">The number to drop at each end, 0 or more.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static TrimmedMeanAggregation ByCount(int count) =>
        new(Guard.InRange(count, 0, int.MaxValue), null, ValueDictionary.Of((DoubleReviewStrategies.TrimmedMeanCount, count.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Creates a trimmed mean that drops a share of the scores at each end.</summary>
    /// <param name="share">The share, at least 0 and below 1/2.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is 1/2 or more.</exception>
    public static TrimmedMeanAggregation ByShare(Share share) =>
        share < Half
            ? new(null, share, ValueDictionary.Of((DoubleReviewStrategies.TrimmedMeanShare, share.ToString())))
            : throw new ArgumentOutOfRangeException(nameof(share), share, "The share trimmed at each end must be below 1/2.");

    /// <summary>Gets how many scores are dropped at each end of <paramref name="inputCount"/> scores.</summary>
    /// <param name="inputCount">The number of scores.</param>
    /// <returns>The number dropped at each end.</returns>
    public int TrimmedAtEachEnd(int inputCount)
    {
        var wanted = _count ?? _share!.Value.FloorOf(Math.Max(0, inputCount));
        return Math.Max(0, Math.Min(wanted, (inputCount - 1) / 2));
    }

    /// <inheritdoc />
    public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs)
    {
        var ordered = AggregationInputs.Ordered(inputs);
        var trim = TrimmedAtEachEnd(ordered.Length);
        var kept = ordered.Skip(trim).Take(ordered.Length - (2 * trim));
        var dropped = ordered.Take(trim).Concat(ordered.Skip(ordered.Length - trim)).Select(i => i.Key);
        return new(AggregationInputs.WeightedMean(kept), [.. dropped]);
    }

    /// <summary>The factory of <see cref="DoubleReviewStrategies.TrimmedMean"/>: reads the count or the share, whichever is given.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy, or <see langword="null"/> after a problem.</returns>
    internal static TrimmedMeanAggregation? Create(StrategyParameters parameters)
    {
        const string Count = DoubleReviewStrategies.TrimmedMeanCount;
        const string ShareName = DoubleReviewStrategies.TrimmedMeanShare;
        var byCount = parameters.IsGiven(Count);
        var byShare = parameters.IsGiven(ShareName);
        var count = byCount ? parameters.WholeNumber(Count, min: 0) : 0;
        var share = byShare ? parameters.Share(ShareName) : Share.Zero;
        if (byShare && share >= Half)
        {
            parameters.Fail(ShareName, CommonErrorCodes.StrategyParameterInvalid, "the share dropped at each end must be below 1/2, such as 1/3 or 0.1.");
        }

        if (byCount == byShare)
        {
            parameters.Fail(
                string.Empty,
                byCount ? CommonErrorCodes.StrategyParameterInvalid : CommonErrorCodes.StrategyParameterMissing,
                $"give exactly one of '{Count}' (scores dropped at each end) and '{ShareName}' (the share dropped at each end).");
            return null;
        }

        return byCount ? new(count, null, parameters.InForce) : new(null, share, parameters.InForce);
    }
}
