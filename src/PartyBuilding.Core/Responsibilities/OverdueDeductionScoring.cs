using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <see cref="ResponsibilityStrategies.OverdueDeduction"/> strategy: start from <c>max-points</c> and deduct
/// <c>deduction-per-overdue</c> for every overdue occurrence, never going below <c>floor</c>:
/// <c>max(floor, max-points − n × deduction-per-overdue)</c>.
/// </summary>
/// <remarks>Parameters: <see cref="ResponsibilityStrategies.MaxPoints"/> (default 100), <see cref="ResponsibilityStrategies.DeductionPerOverdue"/>
/// (default 2, the library's illustration, 示例; 0.01 to <c>max-points</c>), <see cref="ResponsibilityStrategies.Floor"/> (default 0, 0 to
/// <c>max-points</c>). Immutable and thread-safe.</remarks>
internal sealed class OverdueDeductionScoring : IResponsibilityScoringStrategy
{
    private static readonly string[] ParameterNames =
        [ResponsibilityStrategies.MaxPoints, ResponsibilityStrategies.DeductionPerOverdue, ResponsibilityStrategies.Floor];

    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <param name="deductionPerOverdue">Points deducted per overdue occurrence, above 0.</param>
    /// <param name="floor">The lowest score, 0 to <paramref name="maxPoints"/>.</param>
    /// <param name="parameters">The parameters in force, as read; <see langword="null"/> to write them from the values.</param>
    /// <param name="defaults">The names of the parameters whose default is in force.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public OverdueDeductionScoring(Score maxPoints, Score deductionPerOverdue, Score floor, ValueDictionary<string>? parameters = null, IEnumerable<string>? defaults = null)
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
        Parameters = parameters ?? ValueDictionary.Of(
            (ResponsibilityStrategies.MaxPoints, ResponsibilitiesTexts.Number(maxPoints.Value)),
            (ResponsibilityStrategies.DeductionPerOverdue, ResponsibilitiesTexts.Number(deductionPerOverdue.Value)),
            (ResponsibilityStrategies.Floor, ResponsibilitiesTexts.Number(floor.Value)));
        Defaults = [.. defaults ?? []];
    }

    /// <inheritdoc />
    public string Name => ResponsibilityStrategies.OverdueDeduction;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <summary>Gets the points deducted per overdue occurrence.</summary>
    public Score DeductionPerOverdue { get; }

    /// <summary>Gets the lowest score.</summary>
    public Score Floor { get; }

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the names of the parameters whose default is in force.</summary>
    public ImmutableHashSet<string> Defaults { get; }

    /// <inheritdoc />
    public ResponsibilityScore Score(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var overdue = items.Where(i => i.OverdueCount > 0).OrderBy(i => i.ListId).ThenBy(i => i.ItemId).ToList();
        var count = overdue.Sum(i => i.OverdueCount);
        var deduction = new Score(DeductionPerOverdue.Value * count);
        var raw = MaxPoints - deduction;
        var value = Common.Score.Max(Floor, raw);
        var counted = overdue.ToArray();
        return new ResponsibilityScore(value, null!) { Tree = new DeferredExplanation(() => Explain(counted, count, deduction, raw, value)) };
    }

    /// <summary>The score's explanation: full points less the deduction per overdue occurrence, a node per item with one (built when read).</summary>
    private Explanation Explain(ItemStatus[] overdue, int count, Score deduction, Score raw, Score value)
    {
        var deductionNode = Explanation.Formula(
            ResponsibilitiesTexts.OverdueDeduction,
            -deduction.Value,
            "count-times-deduction",
            [new("overdue", count.ToString(CultureInfo.InvariantCulture))],
            overdue.Select(i => Explanation.Given(ResponsibilitiesTexts.OverdueOccurrencesOf(i.ItemId), i.OverdueCount) with { Key = $"{i.ListId}/{i.ItemId}" }));
        return Explanation.Formula(
            ResponsibilitiesTexts.OverdueDeductionScore,
            value.Value,
            Name,
            Parameters,
            [Explanation.Given(ResponsibilitiesTexts.FullPoints, MaxPoints.Value), deductionNode]) with
        {
            Note = ResponsibilitiesTexts.Join(
                ResponsibilitiesTexts.Setting(ResponsibilitiesTexts.FullPoints, Parameters[ResponsibilityStrategies.MaxPoints], Defaults.Contains(ResponsibilityStrategies.MaxPoints)),
                ResponsibilitiesTexts.Setting(ResponsibilitiesTexts.DeductionPerOverdue, Parameters[ResponsibilityStrategies.DeductionPerOverdue], Defaults.Contains(ResponsibilityStrategies.DeductionPerOverdue)),
                ResponsibilitiesTexts.Setting(ResponsibilitiesTexts.Floor, Parameters[ResponsibilityStrategies.Floor], Defaults.Contains(ResponsibilityStrategies.Floor)),
                raw < Floor ? ResponsibilitiesTexts.FloorApplies(raw, Floor) : null),
        };
    }

    /// <summary>The factory of <see cref="ResponsibilityStrategies.OverdueDeduction"/>: the deduction and the floor may not exceed the scale.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy, or <see langword="null"/> after a problem.</returns>
    internal static OverdueDeductionScoring? Create(StrategyParameters parameters)
    {
        var max = ResponsibilityStrategies.ReadMaxPoints(parameters);
        var deduction = parameters.Number(ResponsibilityStrategies.DeductionPerOverdue, 2m, ResponsibilityStrategies.SmallestPoints, ResponsibilityStrategies.LargestScale);
        var floor = parameters.Number(ResponsibilityStrategies.Floor, 0m, 0m, ResponsibilityStrategies.LargestScale);
        var valid = max > Common.Score.Zero && deduction > 0m && floor >= 0m;
        if (valid && deduction <= ResponsibilityStrategies.LargestScale && deduction > max.Value)
        {
            parameters.Fail(ResponsibilityStrategies.DeductionPerOverdue, CommonErrorCodes.StrategyParameterInvalid, $"'{ResponsibilityStrategies.DeductionPerOverdue}' may not exceed '{ResponsibilityStrategies.MaxPoints}' ({max}).");
            valid = false;
        }

        if (floor >= 0m && floor <= ResponsibilityStrategies.LargestScale && floor > max.Value)
        {
            parameters.Fail(ResponsibilityStrategies.Floor, CommonErrorCodes.StrategyParameterInvalid, $"'{ResponsibilityStrategies.Floor}' may not exceed '{ResponsibilityStrategies.MaxPoints}' ({max}).");
            valid = false;
        }

        return valid && deduction <= max.Value && floor <= max.Value
            ? new(max, Common.Score.Of(deduction), Common.Score.Of(floor), parameters.InForce, ResponsibilitiesTexts.DefaultsOf(parameters, ParameterNames))
            : null;
    }
}
