using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Standardization.StandardizationStrategies;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Issue 23: the engine scores every indicator with <see cref="IIndicatorScoringMethod.ScoreValue"/> and builds the
/// account in words only when an explanation is read, so each built-in method's value must be <see cref="IIndicatorScoringMethod.Score"/>'s,
/// digit for digit (the trees sum the one, the results the other), on both sides of every threshold.
/// </summary>
public sealed class ScoreValueTest
{
    public static TheoryData<string, decimal, decimal> Cases => new()
    {
        { Checklist, 30m, 1m },
        { Checklist, 30m, 0m },
        { Proportional, 20m, 0.4m },
        { Proportional, 20m, 0.5m },
        { Proportional, 20m, 0.51m },
        { Proportional, 20m, 0.99m },
        { Proportional, 20m, 1m },
        { Deduction, 10m, 0m },
        { Deduction, 10m, 3m },
        { Deduction, 10m, 4m },
        { Deduction, 10m, 5m },
        { Deduction, 10m, 1_000_000m },
        { Bonus, 5m, 0m },
        { Bonus, 5m, 2m },
        { Bonus, 5m, 3m },
        { Bonus, 5m, 1_000_000m },
        { Veto, 0m, 0m },
        { Veto, 0m, 1m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LibraryRule_ScoreValue_IsScoresPointsAndVeto_DigitForDigit(string name, decimal maxPoints, decimal observed)
    {
        var method = name switch
        {
            Proportional => Method(name, ("zero-rate", 0.5m)),
            Deduction => Method(name, ("per-occurrence", 2.5m), ("floor", 1m)),
            Bonus => Method(name, ("per-occurrence", 2m)),
            _ => Method(name),
        };

        var outcome = method.Score(Score.Of(maxPoints), observed);
        var (points, veto) = method.ScoreValue(Score.Of(maxPoints), observed);

        points.Value.ToString(CultureInfo.InvariantCulture).Should().Be(outcome.Points.Value.ToString(CultureInfo.InvariantCulture));
        veto.Should().Be(outcome.VetoTriggered);
    }

    [Fact]
    public void LibraryRule_ScoreValue_ByDefault_IsScoresOutcome()
    {
        IIndicatorScoringMethod method = new NamedChecklistScoring("named-checklist");

        method.ScoreValue(Score.Of(30m), 1m).Should().Be((Score.Of(30m), false));
        method.ScoreValue(Score.Of(30m), 0m).Should().Be((Score.Zero, false));
    }
}
