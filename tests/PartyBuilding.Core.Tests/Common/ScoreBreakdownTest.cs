using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class ScoreBreakdownTest
{
    private static ScoreLine Line(string key, decimal points) => new(key, new LocalizedText(key, key), Score.Of(points));

    [Fact]
    public void FromLines_TotalIsExactSum_InKeyOrder()
    {
        var breakdown = ScoreBreakdown.FromLines([Line("b", 33.333m), Line("a", 33.333m), Line("c", 33.334m)]);

        breakdown.Total.Should().Be(Score.Of(100m));
        breakdown.Lines.Select(l => l.Key).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Round_ThreeThirds_LinesStillSumToRoundedTotal()
    {
        // 33.3333… three times: naive rounding gives 33.33 × 3 = 99.99, not 100.00.
        var third = 100m / 3m;
        var breakdown = ScoreBreakdown.FromLines([Line("a", third), Line("b", third), Line("c", 100m - third - third)]);

        var rounded = breakdown.Round(ScoreRounding.Default);

        rounded.Total.Value.Should().Be(100.00m);
        rounded.Lines.Sum(l => l.Score.Value).Should().Be(100.00m);
        // The third line is 33.33333…34 exactly: it has the largest remainder, so it receives the missing cent.
        rounded.Lines.Select(l => l.Score.Value).Should().Equal(33.33m, 33.33m, 33.34m);
    }

    [Fact]
    public void Round_WithNegativeDeductionLine_SumsExactly()
    {
        var breakdown = ScoreBreakdown.FromLines([Line("base", 80.126m), Line("bonus", 2.125m), Line("deduction", -1.004m)]);

        var rounded = breakdown.Round(ScoreRounding.Default);

        rounded.Total.Value.Should().Be(81.25m); // 81.247 → 81.25
        rounded.Lines.Sum(l => l.Score.Value).Should().Be(rounded.Total.Value);
    }

    [Fact]
    public void FromLines_DuplicateKey_Throws()
    {
        var act = () => ScoreBreakdown.FromLines([Line("a", 1m), Line("a", 2m)]);

        act.Should().Throw<ArgumentException>().WithMessage("*'a'*");
    }

    [Fact]
    public void Constructor_LinesNotSummingToTotal_Throws()
    {
        var act = () => new ScoreBreakdown(Score.Of(10m), [Line("a", 4m), Line("b", 5m)]);

        act.Should().Throw<ArgumentException>().WithMessage("*add up to 9*not to the total 10*");
    }

    [Fact]
    public void Round_IsIndependentOfInputOrder()
    {
        var lines = new[] { Line("x", 10.005m), Line("y", 10.005m), Line("z", 10.005m) };

        var forward = ScoreBreakdown.FromLines(lines).Round(ScoreRounding.Default);
        var backward = ScoreBreakdown.FromLines(lines.AsEnumerable().Reverse()).Round(ScoreRounding.Default);

        forward.Should().Be(backward);
        forward.Total.Value.Should().Be(30.02m); // 30.015 → 30.02
    }
}
