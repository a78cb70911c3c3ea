using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>The registry of mass-review strategies, created by name from a scheme's <see cref="PointsStrategyChoice"/>.</summary>
public static class MassReviewStrategies
{
    /// <summary>Gets the registered names, in ordinal order.</summary>
    public static ImmutableArray<string> Names { get; } = [RatingTableMassReviewStrategy.StrategyName, ShareThresholdMassReviewStrategy.StrategyName];

    /// <summary>Checks a choice: a known name and valid parameters.</summary>
    /// <param name="choice">The choice.</param>
    /// <param name="path">The property path of the choice, for problems.</param>
    /// <returns>The problems found; empty when the choice is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choice"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ValidationProblem> Check(PointsStrategyChoice choice, string path = "MassReview")
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
    public static IMassReviewStrategy Create(PointsStrategyChoice choice)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var strategy = Build(choice, "MassReview", problems);
        if (problems.Count > 0 || strategy is null)
        {
            throw new PartyBuildingValidationException("mass-review strategy", problems.ToImmutable());
        }

        return strategy;
    }

    private static IMassReviewStrategy? Build(PointsStrategyChoice choice, string path, ImmutableArray<ValidationProblem>.Builder problems)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var start = problems.Count;
        var read = new StrategyParameterReader(choice, path, problems);
        IMassReviewStrategy? strategy;
        switch (choice.Name)
        {
            case RatingTableMassReviewStrategy.StrategyName:
                strategy = new RatingTableMassReviewStrategy(
                    read.Decimal("good", min: -100m, max: 100m),
                    read.Decimal("fairlyGood", min: -100m, max: 100m),
                    read.Decimal("average", min: -100m, max: 100m),
                    read.Decimal("poor", min: -100m, max: 100m),
                    read.InForce());
                break;
            case ShareThresholdMassReviewStrategy.StrategyName:
                var good = read.Decimal("goodShare", min: 0m, max: 1m);
                var bonus = read.Decimal("bonus", min: 0m, max: 100m);
                var poor = read.Decimal("poorShare", min: 0m, max: 1m);
                var deduction = read.Decimal("deduction", min: 0m, max: 100m);
                strategy = problems.Count > start
                    ? null
                    : new ShareThresholdMassReviewStrategy(Proportion.Of(good), bonus, Proportion.Of(poor), deduction, read.InForce());
                break;
            default:
                problems.Add(new ValidationProblem(
                    path + ".Name", MemberPointsErrorCodes.StrategyUnknown, $"Unknown mass-review strategy; known: {string.Join(", ", Names)}.", choice.Name));
                return null;
        }

        read.RejectUnknown();
        return problems.Count > start ? null : strategy;
    }
}
