using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Inputs the fuzz harness (tests/PartyBuilding.Fuzz) found, each reduced to its rule.</summary>
public sealed class FuzzRegressionTest
{
    private static ImmutableSortedDictionary<string, decimal> Params(decimal per, decimal floor) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, decimal>("per-occurrence", per), new KeyValuePair<string, decimal>("floor", floor)]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Deduction_BeyondThePointsAboveTheFloor_StopsAtTheFloor_WithoutOverflow(bool hugeRate)
    {
        var (per, occurrences) = hugeRate ? (decimal.MaxValue, 1m) : (2.5m, decimal.MaxValue);

        // Found as an OverflowException in DeductionScoring.Score: a per-occurrence deduction of decimal.MaxValue.
        var outcome = new DeductionScoring().Score(Score.Of(10m), Params(per, 1m), occurrences);

        outcome.Points.Should().Be(Score.Of(1m));
        outcome.Reason.Should().EndWith("raised to the floor 1");
    }
}
