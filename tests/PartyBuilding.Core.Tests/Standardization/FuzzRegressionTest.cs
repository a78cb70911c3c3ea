using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Inputs the fuzz harness (tests/PartyBuilding.Fuzz) found, each reduced to its rule.</summary>
public sealed class FuzzRegressionTest
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Deduction_BeyondThePointsAboveTheFloor_StopsAtTheFloor_WithoutOverflow(bool hugeRate)
    {
        var (per, occurrences) = hugeRate ? (decimal.MaxValue, 1m) : (2.5m, decimal.MaxValue);

        // Found as an OverflowException in DeductionScoring.Score: a per-occurrence deduction of decimal.MaxValue.
        var outcome = Method(StandardizationStrategies.Deduction, ("per-occurrence", per), ("floor", 1m)).Score(Score.Of(10m), occurrences);

        outcome.Points.Should().Be(Score.Of(1m));
        outcome.Reason.Should().EndWith("raised to the floor 1");
    }
}
