using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Inputs the fuzz harness (tests/PartyBuilding.Fuzz) found, each reduced to its rule.</summary>
public sealed class FuzzRegressionTest
{
    [Fact]
    public void Deduction_AHugeRateOrCount_IsAProblem_NeverAnOverflow()
    {
        // Found as an OverflowException in DeductionScoring.Score: a per-occurrence deduction of decimal.MaxValue, or
        // decimal.MaxValue occurrences. Both are now outside the bounds the method accepts (10,000 points, 1,000,000
        // occurrences), so they are problems at their paths, and any product within the bounds fits a decimal.
        ScoringProblems(StandardizationStrategies.Deduction, ("per-occurrence", decimal.MaxValue), ("floor", 1m))
            .Should().Equal(("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid));
        var method = Method(StandardizationStrategies.Deduction, ("per-occurrence", 2.5m), ("floor", 1m));

        method.CheckObservation(decimal.MaxValue).Should().NotBeNull();
        method.Score(Score.Of(10m), 1_000_000m).Points.Should().Be(Score.Of(1m));
    }

    [Fact]
    public void Bonus_AnUnboundedCount_IsAProblem_NeverAnOverflow()
    {
        // Found by the fuzzer (--seed 424242 --start 16376 --count 1): observed = 79228162514264337593543950335 on a bonus
        // indicator made BonusScoring.Score overflow through evaluate while validate said ok.
        var method = Method(StandardizationStrategies.Bonus, ("per-occurrence", 1m));

        method.CheckObservation(79228162514264337593543950335m).Should().NotBeNull();
        method.CheckObservation(1_000_000m).Should().BeNull("the largest count accepted scores without overflow");
        method.Score(Score.Of(10m), 1_000_000m).Points.Should().Be(Score.Of(10m));
    }
}
