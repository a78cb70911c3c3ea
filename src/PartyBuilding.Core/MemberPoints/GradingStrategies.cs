using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>The registry of grading strategies, created by name from a scheme's <see cref="PointsStrategyChoice"/>.</summary>
public static class GradingStrategies
{
    /// <summary>Gets the registered names, in ordinal order.</summary>
    public static ImmutableArray<string> Names { get; } = [AbsoluteThresholdGradingStrategy.StrategyName, BranchQuotaGradingStrategy.StrategyName];

    /// <summary>Checks a choice: a known name and valid parameters.</summary>
    /// <param name="choice">The choice.</param>
    /// <param name="path">The property path of the choice, for problems.</param>
    /// <returns>The problems found; empty when the choice is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choice"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ValidationProblem> Check(PointsStrategyChoice choice, string path = "Grading")
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        Build(choice, path, problems);
        return problems.ToImmutable();
    }

    /// <summary>Creates the strategy a choice names.</summary>
    /// <param name="choice">The choice.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choice"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The name is unknown or a parameter is bad; every problem is listed.</exception>
    public static IGradingStrategy Create(PointsStrategyChoice choice)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var strategy = Build(choice, "Grading", problems);
        if (problems.Count > 0 || strategy is null)
        {
            throw new PartyBuildingValidationException("grading strategy", problems.ToImmutable());
        }

        return strategy;
    }

    private static IGradingStrategy? Build(PointsStrategyChoice choice, string path, ImmutableArray<ValidationProblem>.Builder problems)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var start = problems.Count;
        var read = new StrategyParameterReader(choice, path, problems);
        IGradingStrategy? strategy;
        switch (choice.Name)
        {
            case AbsoluteThresholdGradingStrategy.StrategyName:
                strategy = new AbsoluteThresholdGradingStrategy(GradeThresholds.Read(read), read.InForce());
                break;
            case BranchQuotaGradingStrategy.StrategyName:
                var thresholds = GradeThresholds.Read(read);
                var quota = read.Decimal("excellentQuota", min: 0m, max: 1m);
                var tie = read.OneOf("tieRule", BranchQuotaGradingStrategy.ExcludeTied, BranchQuotaGradingStrategy.ExcludeTied, BranchQuotaGradingStrategy.IncludeTied);
                strategy = problems.Count > start ? null : new BranchQuotaGradingStrategy(thresholds, Proportion.Of(quota), tie, read.IsDefault("tieRule"), read.InForce());
                break;
            default:
                problems.Add(new ValidationProblem(
                    path + ".Name", MemberPointsErrorCodes.StrategyUnknown, $"Unknown grading strategy; known: {string.Join(", ", Names)}.", choice.Name));
                return null;
        }

        read.RejectUnknown();
        return problems.Count > start ? null : strategy;
    }
}
