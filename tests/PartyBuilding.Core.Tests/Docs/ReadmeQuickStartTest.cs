using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Docs;

/// <summary>The README's quick start, verbatim, so the first code a newcomer reads is known to work.</summary>
public sealed class ReadmeQuickStartTest
{
    [Fact]
    public void QuickStart_ComputesExplainsAndRoundTrips()
    {
        // Exact scores: weights never round on the way; publishing rounds half away from zero at 2 places.
        var doubleReview = Score.Of(91.25m) * Proportion.FromPercent(30m);   // 27.375
        var standardization = Score.Of(88.40m) * Proportion.FromPercent(70m); // 61.880
        var breakdown = ScoreBreakdown.FromLines(
        [
            new ScoreLine("double-review", new LocalizedText("双述双评", "Double review"), doubleReview),
            new ScoreLine("standardization", new LocalizedText("支部标准化", "Standardization"), standardization),
        ]).Round(ScoreRounding.Default);                                        // 89.26 = 27.38 + 61.88, exactly

        // Results explain themselves, cite their rules, and travel as versioned JSON documents.
        var explanation = Explanation.Sum(
            new LocalizedText("年度得分", "Annual score"),
            breakdown.Lines.Select(l => Explanation.Given(l.Label, l.Score.Value) with { Key = l.Key, Citation = Sources.Article002.At() }));
        string json = PartyBuildingJson.Serialize(explanation);              // { "schemaVersion": "1.0", "kind": "explanation", ... }
        Explanation back = PartyBuildingJson.Deserialize<Explanation>(json); // equal to the original

        doubleReview.Value.Should().Be(27.375m);
        breakdown.Total.Value.Should().Be(89.26m);
        breakdown.Lines.Select(l => l.Score.Value).Should().Equal(27.38m, 61.88m);
        back.Should().Be(explanation);
        back.Verify().Should().BeEmpty();
    }
}
