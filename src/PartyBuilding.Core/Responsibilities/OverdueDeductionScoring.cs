using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <c>overdue-deduction</c> strategy: start from <c>maxPoints</c> and deduct <c>deductionPerOverdue</c> for every overdue
/// occurrence, never going below <c>floor</c>: <c>max(floor, maxPoints − n × deductionPerOverdue)</c>.
/// </summary>
/// <remarks>Parameters: <c>maxPoints</c> (default 100), <c>deductionPerOverdue</c> (default 2, above 0), <c>floor</c> (default 0,
/// 0 to <c>maxPoints</c>). Immutable and thread-safe.</remarks>
public sealed class OverdueDeductionScoring : IResponsibilityScoringStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "overdue-deduction";

    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <param name="deductionPerOverdue">Points deducted per overdue occurrence, above 0.</param>
    /// <param name="floor">The lowest score, 0 to <paramref name="maxPoints"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public OverdueDeductionScoring(Score maxPoints, Score deductionPerOverdue, Score floor)
    {
        if (maxPoints <= Common.Score.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "The scale must be above 0.");
        }

        if (deductionPerOverdue <= Common.Score.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(deductionPerOverdue), deductionPerOverdue, "The deduction must be above 0.");
        }

        if (floor < Common.Score.Zero || floor > maxPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "The floor must be between 0 and the scale.");
        }

        MaxPoints = maxPoints;
        DeductionPerOverdue = deductionPerOverdue;
        Floor = floor;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <summary>Gets the points deducted per overdue occurrence.</summary>
    public Score DeductionPerOverdue { get; }

    /// <summary>Gets the lowest score.</summary>
    public Score Floor { get; }

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, decimal> Parameters => ImmutableSortedDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, decimal>(ScoringParameters.MaxPoints, MaxPoints.Value),
            new KeyValuePair<string, decimal>(ScoringParameters.DeductionPerOverdue, DeductionPerOverdue.Value),
            new KeyValuePair<string, decimal>(ScoringParameters.Floor, Floor.Value),
        ]);

    /// <inheritdoc />
    public ResponsibilityScore Score(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var overdue = items.Where(i => i.OverdueCount > 0).OrderBy(i => i.ListId).ThenBy(i => i.ItemId).ToList();
        var count = overdue.Sum(i => i.OverdueCount);
        var deduction = new Score(DeductionPerOverdue.Value * count);
        var raw = MaxPoints - deduction;
        var value = Common.Score.Max(Floor, raw);
        var deductionNode = Explanation.Formula(
            new LocalizedText("逾期扣分", "Deduction for overdue occurrences"),
            -deduction.Value,
            "count-times-deduction",
            [new("overdue", count.ToString(CultureInfo.InvariantCulture))],
            overdue.Select(i => Explanation.Given(new LocalizedText($"{i.ItemId} 逾期次数", $"Overdue occurrences of {i.ItemId}"), i.OverdueCount) with { Key = $"{i.ListId}/{i.ItemId}" }));
        var explanation = Explanation.Formula(
            new LocalizedText("责任清单得分（逾期扣分）", "Responsibility score (deduction per overdue item)"),
            value.Value,
            StrategyName,
            ScoringParameters.Format(Parameters),
            [Explanation.Given(new LocalizedText("满分", "Full points"), MaxPoints.Value), deductionNode]) with
        {
            Note = raw < Floor ? new LocalizedText(string.Create(CultureInfo.InvariantCulture, $"{raw}低于最低分，按最低分{Floor}计"), string.Create(CultureInfo.InvariantCulture, $"{raw} is below the floor; the floor {Floor} applies.")) : null,
        };
        return new ResponsibilityScore(value, explanation);
    }
}
