using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class ScoreTest
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.355", "2.36")]
    [InlineData("2.365", "2.37")] // banker's rounding would give 2.36
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("99.995", "100.00")]
    public void Round_HalfAwayFromZero_At_x_xx5(string exact, string expected)
    {
        var score = Score.Of(decimal.Parse(exact, CultureInfo.InvariantCulture));

        score.Round().Value.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Round_AlwaysShowsTheScaleItRoundsTo()
    {
        Score.Of(87.5m).Round().ToString().Should().Be("87.50");
        Score.Of(87m).Round(ScoreRounding.AtScale(1)).ToString().Should().Be("87.0");
        Score.Of(87.456m).Round(ScoreRounding.AtScale(0)).ToString().Should().Be("87");
    }

    [Fact]
    public void Arithmetic_IsExact_WhereDoubleWouldDrift()
    {
        var sum = Score.Sum(Enumerable.Repeat(Score.Of(0.1m), 10));

        sum.Should().Be(Score.Of(1m));
        (Score.Of(0.1m) + Score.Of(0.2m)).Should().Be(Score.Of(0.3m));
    }

    [Fact]
    public void MultiplyByProportion_IsExactWithoutRounding()
    {
        (Score.Of(87.35m) * Proportion.Of(0.3m)).Value.Should().Be(26.205m);
    }

    [Fact]
    public void Clamp_LimitsToRange_AndRejectsEmptyRange()
    {
        Score.Of(105m).Clamp(Score.Zero, Score.Of(100m)).Should().Be(Score.Of(100m));
        Score.Of(-3m).Clamp(Score.Zero, Score.Of(100m)).Should().Be(Score.Zero);
        Score.Of(50m).Clamp(Score.Zero, Score.Of(100m)).Should().Be(Score.Of(50m));

        var act = () => Score.Of(1m).Clamp(Score.Of(2m), Score.Of(1m));
        act.Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Fact]
    public void Comparison_OrdersByValue()
    {
        (Score.Of(1m) < Score.Of(2m)).Should().BeTrue();
        (Score.Of(2m) >= Score.Of(2.00m)).Should().BeTrue();
        Score.Of(2m).Should().Be(Score.Of(2.00m));
        new[] { Score.Of(3m), Score.Of(-1m), Score.Of(2m) }.Order().Should().Equal(Score.Of(-1m), Score.Of(2m), Score.Of(3m));
    }

    [Fact]
    public void ScoreRounding_RejectsScaleOutsideZeroToEight()
    {
        var act = () => ScoreRounding.AtScale(9);
        act.Should().Throw<ArgumentOutOfRangeException>();
        ScoreRounding.AtScale(8).Unit.Should().Be(0.00000001m);
        ScoreRounding.Default.Scale.Should().Be(2);
    }

    [Theory]
    [InlineData("2.349", "2.34")]
    [InlineData("-2.341", "-2.35")]
    [InlineData("2.34", "2.34")]
    public void Floor_RoundsTowardNegativeInfinity(string exact, string expected)
    {
        ScoreRounding.Default.Floor(decimal.Parse(exact, CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }
}
