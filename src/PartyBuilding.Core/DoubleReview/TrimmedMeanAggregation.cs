using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The trimmed mean, <c>trimmed-mean</c> (去掉最高分和最低分后取平均): drops the highest and the lowest scores, as many at
/// each end, and takes the weighted mean of the rest.
/// </summary>
/// <remarks>
/// <para>Parameters, exactly one of: <c>count</c>, a whole number of scores to drop at each end (0 or more); or
/// <c>share</c>, a <see cref="Common.Share"/> at least 0 and below 1/2 of the scores to drop at each end, written as a
/// fraction (<c>1/3</c>) or a decimal (<c>0.1</c>), rounded down to whole scores (⌊share × n⌋, computed in whole
/// numbers).</para>
/// <para>At least one score always remains: when the inputs are too few, at most ⌊(n − 1) ÷ 2⌋ are dropped at each end.
/// Scores are ordered by value, then by key, so which of two equal scores is dropped is fixed and the value does not
/// depend on it. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TrimmedMeanAggregation : IRatingAggregation
{
    /// <summary>The strategy name: <c>trimmed-mean</c>.</summary>
    public const string StrategyName = "trimmed-mean";

    /// <summary>The parameter giving a number of scores to drop at each end: <c>count</c>.</summary>
    public const string CountParameter = "count";

    /// <summary>The parameter giving a share of scores to drop at each end: <c>share</c>.</summary>
    public const string ShareParameter = "share";

    private static readonly Share Half = Share.Of(1, 2);

    private readonly int? _count;
    private readonly Share? _share;

    private TrimmedMeanAggregation(int? count, Share? share)
    {
        _count = count;
        _share = share;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <summary>Gets the number of scores dropped at each end, or <see langword="null"/> when a share is dropped.</summary>
    public int? DropCount => _count;

    /// <summary>Gets the share of scores dropped at each end, or <see langword="null"/> when a number is dropped.</summary>
    public Share? DropShare => _share;

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, string> Parameters => _count is { } count
        ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(CountParameter, count.ToString(CultureInfo.InvariantCulture))
        : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(ShareParameter, _share!.Value.ToString());

    /// <summary>Creates a trimmed mean that drops a number of scores at each end.</summary>
    /// <param name="count">The number to drop at each end, 0 or more.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static TrimmedMeanAggregation ByCount(int count) => new(Guard.InRange(count, 0, int.MaxValue), null);

    /// <summary>Creates a trimmed mean that drops a share of the scores at each end.</summary>
    /// <param name="share">The share, at least 0 and below 1/2.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is 1/2 or more.</exception>
    public static TrimmedMeanAggregation ByShare(Share share) =>
        share < Half ? new(null, share) : throw new ArgumentOutOfRangeException(nameof(share), share, "The share trimmed at each end must be below 1/2.");

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

    internal static RatingAggregationCreation Create(AggregationSpec spec)
    {
        var problems = ImmutableArray.CreateBuilder<Validation.ValidationProblem>();
        foreach (var name in spec.Parameters.Keys.Where(k => k is not CountParameter and not ShareParameter))
        {
            problems.Add(RatingAggregationRegistry.Problem(name, $"'{StrategyName}' has no parameter '{name}'; use '{CountParameter}' or '{ShareParameter}'.", name));
        }

        var hasCount = spec.Parameters.TryGetValue(CountParameter, out var countText);
        var hasShare = spec.Parameters.TryGetValue(ShareParameter, out var shareText);
        if (hasCount == hasShare)
        {
            problems.Add(RatingAggregationRegistry.Problem(string.Empty, $"'{StrategyName}' needs exactly one of '{CountParameter}' and '{ShareParameter}'.", null));
            return new(null, problems.ToImmutable());
        }

        if (hasCount)
        {
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                problems.Add(RatingAggregationRegistry.Problem(CountParameter, "The count must be a whole number, 0 or more.", countText));
            }

            return problems.Count > 0 ? new(null, problems.ToImmutable()) : new(ByCount(count), []);
        }

        if (!Share.TryParse(shareText, out var share) || share >= Half)
        {
            problems.Add(RatingAggregationRegistry.Problem(ShareParameter, "The share must be a fraction such as 1/3 or a decimal such as 0.1, at least 0 and below 1/2.", shareText));
        }

        return problems.Count > 0 ? new(null, problems.ToImmutable()) : new(ByShare(share), []);
    }
}
