using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Properties;

/// <summary>(c) A published breakdown still combines exactly to its total, whatever the lines.</summary>
public sealed class BreakdownProperties
{
    private static readonly Gen<ImmutableArray<ScoreLine>> Lines =
        from count in Gen.Choose(1, 12)
        from numerators in Gen.Choose(-5_000_000, 10_000_000).ArrayOf(count)
        from denominator in Gen.Elements(1m, 3m, 7m, 1000m, 10_000m, 997m)
        select numerators.Select((n, i) => new ScoreLine($"L{i:00}", new LocalizedText($"项{i}", $"Line {i}"), Score.Of(n / denominator))).ToImmutableArray();

    public static class Arbitraries
    {
        public static Arbitrary<ImmutableArray<ScoreLine>> ScoreLines() => Arb.From(Lines);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public Property Round_AnyLinesAnyScale_RoundedLinesAddUpToTheRoundedTotal_EachWithinOneUnit(ImmutableArray<ScoreLine> lines, NonNegativeInt scaleChoice)
    {
        var rounding = ScoreRounding.AtScale(scaleChoice.Get % 5);
        var exact = ScoreBreakdown.FromLines(lines);
        var unit = 1m / (decimal)Math.Pow(10, rounding.Scale);

        var published = exact.Round(rounding);

        var sums = published.Lines.Sum(l => l.Score.Value) == published.Total.Value && published.Total.Value == rounding.Apply(exact.Total.Value);
        var close = published.Lines.Zip(exact.Lines).All(p => p.First.Key == p.Second.Key && Math.Abs(p.First.Score.Value - p.Second.Score.Value) < unit);
        var onScale = published.Lines.All(l => rounding.Apply(l.Score.Value) == l.Score.Value);
        return (sums && close && onScale && exact.Lines.Sum(l => l.Score.Value) == exact.Total.Value).Label($"scale {rounding.Scale}");
    }
}
