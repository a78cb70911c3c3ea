using System.Text;
using NodaTime.Testing;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Docs;

/// <summary>The examples of docs/common.md, so that the guide is known to work.</summary>
public sealed class CommonGuideTest
{
    private static ScoreLine Line(string key, decimal points) => new(key, new LocalizedText(key, key), Score.Of(points));

    [Fact]
    public void Identifiers()
    {
        var org = OrganizationId.Parse("BZ-001");
        bool ok = MemberId.TryParse("BZ-001-B01-M001", out var member);
        string text = org.ToString();
        bool empty = default(OrganizationId).IsEmpty;

        ok.Should().BeTrue();
        member.Value.Should().Be("BZ-001-B01-M001");
        text.Should().Be("BZ-001");
        empty.Should().BeTrue();
        ((Action)(() => OrganizationId.Parse("has space"))).Should().Throw<FormatException>();
    }

    [Fact]
    public void ScoresRoundingAndBreakdowns()
    {
        Score.Of(2.345m).Round().Value.Should().Be(2.35m);
        Score.Of(-2.345m).Round().Value.Should().Be(-2.35m);
        (Score.Of(87.35m) * Proportion.Of(0.3m)).Value.Should().Be(26.205m);

        var third = 100m / 3m;
        var b = ScoreBreakdown.FromLines([Line("a", third), Line("b", third), Line("c", 100m - (2 * third))])
            .Round(ScoreRounding.Default);
        b.Lines.Select(l => l.Score.Value).Should().Equal(33.33m, 33.33m, 33.34m);
        b.Total.Value.Should().Be(100.00m);
    }

    [Fact]
    public void Proportions()
    {
        Proportion.FromPercent(30m).ToPercentString().Should().Be("30.00%");
        Proportion.SumsToOne([Proportion.FromPercent(30m), Proportion.FromPercent(70m)]).Should().BeTrue();
    }

    [Fact]
    public void PeriodsAndToday()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 30, 17, 0)); // 01:00 on 1 July in Beijing
        LocalDate today = AssessmentCalendar.Today(clock);
        today.Should().Be(new LocalDate(2024, 7, 1));
        AssessmentQuarter.Of(today).ToString().Should().Be("2024-Q3");
    }

    [Fact]
    public void DatedParametersAndCitations()
    {
        var term = DatedParameter.Create(
            "branch.committee-term-years",
            [
                new DatedValue<int>(new LocalDate(2017, 10, 24), 3, Sources.PartyConstitution2017.At()),
                new DatedValue<int>(new LocalDate(2022, 10, 22), 5, Sources.PartyConstitution2022.At()),
            ]);
        term.ValueAsOf(new LocalDate(2022, 10, 21)).Should().Be(3);
        Sources.Article002.Reference.Should().Be("002_3d274b2eb4d4736e.txt");
    }

    [Fact]
    public void Labels() =>
        CommonLabels.DisplayLanguages[DisplayLanguage.ZhCn].English.Should().Be("Simplified Chinese");

    [Fact]
    public void JsonDocuments()
    {
        var explanation = Explanation.Sum(new LocalizedText("年度得分", "Annual score"), [Explanation.Given(new LocalizedText("分", "Points"), 89.26m)]);

        string json = PartyBuildingJson.Serialize(explanation);
        var back = PartyBuildingJson.Deserialize<Explanation>(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var bounded = PartyBuildingJson.Deserialize<Explanation>(stream, new JsonReadLimits(maxBytes: 1 << 20, maxDepth: 32));
        string kind = PartyBuildingJson.PeekKind(Encoding.UTF8.GetBytes(json));

        back.Should().Be(explanation);
        bounded.Should().Be(explanation);
        kind.Should().Be("explanation");
        json.Should().Contain("\"zhCn\": \"年度得分\"");
    }
}
