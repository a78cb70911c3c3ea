using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The primitives every engine leans on: exact decimal sums, largest-remainder rounding of a breakdown, and the
/// JSON round trip of an explanation tree the size of one organization's annual result.
/// </summary>
[MemoryDiagnoser]
public class PrimitivesBenchmarks
{
    private Score[] _scores = [];
    private ScoreBreakdown _breakdown = ScoreBreakdown.FromLines([]);
    private Explanation _tree = Explanation.Given(new LocalizedText("空", "Empty"), 0m);
    private string _treeJson = string.Empty;

    /// <summary>Gets or sets the number of values summed: one branch catalogue (52) to a province's members (50,000).</summary>
    [Params(52, 50_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scores = [.. Enumerable.Range(0, Count).Select(i => Score.Of((i % 1000) / 7m))];
        _breakdown = ScoreBreakdown.FromLines(Enumerable.Range(0, Math.Min(Count, 200))
            .Select(i => new ScoreLine($"k{i:D4}", new LocalizedText("项", "Line"), Score.Of(100m / 7m * (i + 1)))));
        var leaves = Enumerable.Range(0, 52).Select(i => Explanation.Given(new LocalizedText("指标", "Indicator"), i / 3m) with { Key = $"I{i:D2}" });
        _tree = Explanation.Sum(new LocalizedText("总分", "Total"), [Explanation.Sum(new LocalizedText("标准化", "Standardization"), leaves)]);
        _treeJson = PartyBuildingJson.Serialize(_tree);
    }

    [Benchmark(Description = "Score.Sum (exact decimal)")]
    public Score SumScores() => Score.Sum(_scores);

    [Benchmark(Description = "ScoreBreakdown.Round (largest remainder)")]
    public ScoreBreakdown RoundBreakdown() => _breakdown.Round(ScoreRounding.Default);

    [Benchmark(Description = "Explanation JSON write")]
    public string WriteExplanation() => PartyBuildingJson.Serialize(_tree);

    [Benchmark(Description = "Explanation JSON read")]
    public Explanation ReadExplanation() => PartyBuildingJson.Deserialize<Explanation>(_treeJson);
}
