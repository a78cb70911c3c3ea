using System.Xml;
using System.Xml.Linq;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

public class HtmlReportWriterTest
{
    private static readonly XNamespace Html = HtmlReportWriter.XhtmlNamespace;
    private static readonly XNamespace Svg = HtmlReportWriter.SvgNamespace;

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static XDocument Render(DisplayLanguage language = DisplayLanguage.ZhCn) =>
        Parse(ReportWritersTest.Render("html", language));

    [Fact]
    public void Html_IsWellFormedXhtmlInChineseByDefault()
    {
        var document = Render();

        document.Root!.Name.Should().Be(Html + "html");
        document.Root.Attribute("lang")!.Value.Should().Be("zh-CN");
        document.Descendants(Html + "h1").Single().Value.Should().Be("2024年度机关党建考评结果 (2024)");
        document.Descendants(Html + "table").First().Descendants(Html + "th").Select(th => th.Value)
            .Should().Equal("排名", "组织编号", "组织名称", "责任区", "等次", "总分", "按总分档次", "否决/降档", "标准化建设", "双述双评");
    }

    [Fact]
    public void Html_English_LabelsInEnglish()
    {
        var document = Render(DisplayLanguage.English);

        document.Root!.Attribute("lang")!.Value.Should().Be("en");
        document.Descendants(Html + "th").First().Value.Should().Be("Rank");
        document.Descendants(Html + "h2").Select(h => h.Value).Should().Equal("Ranking", "Organizations not ranked", "Notes", "Distributions", "Component breakdown", "Signatures");
    }

    [Fact]
    public void Html_RankingTable_HoldsEveryRowInOrder()
    {
        var rows = Render().Descendants(Html + "table").First().Element(Html + "tbody")!.Elements(Html + "tr").ToList();

        rows.Select(r => r.Attribute("data-organization")!.Value).Should().Equal("BZ-001", "BZ-021", "BZ-041");
        rows[0].Elements(Html + "td").Select(td => td.Value).Should().Equal("1", "BZ-001", "市直单位001党支部", "D1", "好", "95.50", "好", string.Empty, "55.50", "40.00");
        rows[1].Elements(Html + "td").ElementAt(2).Value.Should().Be("R&D <Lab>, \"A\" 'B'", "names are escaped and read back exactly");
    }

    [Fact]
    public void Html_PrecedenceCell_IsClassedByKind()
    {
        var cells = Render().Descendants(Html + "td").Where(td => ((string?)td.Attribute("class"))?.StartsWith("precedence", StringComparison.Ordinal) == true).ToList();

        cells.Should().HaveCount(3);
        cells[1].Attribute("class")!.Value.Should().Be("precedence downgrade");
        cells[1].Value.Should().Be("降档：整改措施逾期未完成（好→较好）");
        cells[0].Value.Should().BeEmpty();
    }

    [Fact]
    public void Html_ProvenanceNotRankedAndNotes_AreShown()
    {
        var document = Render();

        var provenance = document.Descendants(Html + "dl").Single(d => (string?)d.Attribute("class") == "provenance").Elements(Html + "dd")
            .ToDictionary(d => d.Attribute("data-key")!.Value, d => d.Value);
        provenance.Should().Equal(new Dictionary<string, string>
        {
            ["committee"] = "滨州市委市直机关工委（BZ-WC）",
            ["year"] = "2024",
            ["evaluation-date"] = "2025-01-15",
            ["receipt"] = $"SHA-256/canonical-json-v2 {SampleReport.Hash}",
        });
        var notRanked = document.Descendants(Html + "table").Single(t => t.Attribute("class")!.Value == "not-ranked")
            .Element(Html + "tbody")!.Elements(Html + "tr").Should().ContainSingle().Subject;
        notRanked.Attribute("data-organization")!.Value.Should().Be("BZ-097");
        notRanked.Elements(Html + "td").Select(td => td.Value).Should().Equal("BZ-097", "市直单位097机关党总支", "D5", "双述双评", "参评人数未达到规定比例");
        document.Descendants(Html + "ul").Single(u => (string?)u.Attribute("class") == "notes").Elements(Html + "li").Should().ContainSingle();
    }

    [Fact]
    public void Html_Distributions_AreSvgBarCharts()
    {
        var charts = Render().Descendants(Svg + "svg").Where(s => s.Attribute("class")!.Value == "chart distribution").ToList();

        charts.Should().HaveCount(2);
        var bars = charts[0].Elements(Svg + "rect").ToList();
        bars.Select(b => b.Attribute("data-label")!.Value).Should().Equal("好", "较好", "一般");
        bars.Select(b => b.Attribute("data-count")!.Value).Should().Equal("1", "1", "0");
        bars[0].Attribute("height")!.Value.Should().Be("160");
        bars[2].Attribute("height")!.Value.Should().Be("0");
    }

    [Fact]
    public void Html_Breakdown_IsOneStackedBarPerOrganization()
    {
        var chart = Render().Descendants(Svg + "svg").Single(s => s.Attribute("class")!.Value == "chart breakdown");
        var organizations = chart.Elements(Svg + "g").Where(g => g.Attribute("class")!.Value == "organization").ToList();

        organizations.Select(g => g.Attribute("data-organization")!.Value).Should().Equal("BZ-001", "BZ-021", "BZ-041");
        var first = organizations[0].Elements(Svg + "rect").ToList();
        first.Select(r => r.Attribute("data-component")!.Value).Should().Equal("standardization", "review");
        decimal.Parse(first[1].Attribute("x")!.Value, CultureInfo.InvariantCulture).Should()
            .Be(decimal.Parse(first[0].Attribute("x")!.Value, CultureInfo.InvariantCulture) + decimal.Parse(first[0].Attribute("width")!.Value, CultureInfo.InvariantCulture), "segments are stacked");
        organizations[2].Elements(Svg + "rect").Should().ContainSingle("a missing component draws no segment");
        first.Select(r => r.Attribute("data-value")!.Value).Should().Equal(["33.30", "16.00"], "the segments are the weighted contributions, not the component scores");
        decimal.Parse(organizations[2].Elements(Svg + "rect").Single().Attribute("width")!.Value, CultureInfo.InvariantCulture).Should()
            .BeLessThan(decimal.Parse(first[0].Attribute("width")!.Value, CultureInfo.InvariantCulture) + decimal.Parse(first[1].Attribute("width")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Html_Breakdown_ManyOrganizations_AreSplitIntoFiguresThatEachFitAPrintedPage()
    {
        var sample = SampleReport.Create();
        var rows = Enumerable.Range(1, 60).Select(i => sample.Rows[0] with { Rank = i, OrganizationId = $"O-{i:D2}" }).ToImmutableArray();

        var charts = Parse(ReportWritersTest.Render("html", DisplayLanguage.ZhCn, sample with { Rows = rows }))
            .Descendants(Svg + "svg").Where(s => s.Attribute("class")!.Value == "chart breakdown").ToList();

        charts.Select(c => c.Elements(Svg + "g").Count(g => g.Attribute("class")!.Value == "organization")).Should().Equal(25, 25, 10);
        charts.Should().AllSatisfy(c => c.Element(Svg + "g")!.Attribute("class")!.Value.Should().Be("legend", "every figure repeats the legend"));
    }

    [Fact]
    public void Html_Breakdown_ALongNameIsCutToItsLabelWidthWithAnEllipsis_AndKeptWholeInItsTooltip()
    {
        var sample = SampleReport.Create();
        var name = "中共某某市直属机关工作委员会机关第一党支部联合党小组";
        var report = sample with { Rows = [sample.Rows[0] with { OrganizationName = name }] };

        var label = Parse(ReportWritersTest.Render("html", DisplayLanguage.ZhCn, report)).Descendants(Svg + "g")
            .Single(g => (string?)g.Attribute("data-organization") == "BZ-001").Element(Svg + "text")!;

        label.Element(Svg + "title")!.Value.Should().Be($"1. {name}");
        var shown = label.Nodes().OfType<System.Xml.Linq.XText>().Single().Value;
        shown.Should().EndWith("…").And.StartWith("1. 中共某某市");
        TableReportWriter.DisplayWidth(shown).Should().BeLessThanOrEqualTo(26, "the label fits the 200-pixel column at 7 pixels a column");
    }

    [Fact]
    public void Html_Breakdown_LegendWrapsInsideTheChart()
    {
        var columns = Enumerable.Range(1, 8).Select(i => new ReportColumn($"c{i}", new LocalizedText($"第{i}项很长的考核组成部分名称（示例）", $"Component number {i} with a long name (illustrative)"))).ToImmutableArray();
        var report = SampleReport.Create() with { Components = columns };

        foreach (var language in new[] { DisplayLanguage.ZhCn, DisplayLanguage.English })
        {
            var chart = Parse(ReportWritersTest.Render("html", language, report)).Descendants(Svg + "svg").First(s => s.Attribute("class")!.Value == "chart breakdown");
            var width = decimal.Parse(chart.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            var legend = chart.Elements(Svg + "g").First().Elements(Svg + "text").ToList();
            legend.Should().HaveCount(8);
            legend.Should().AllSatisfy(t => (decimal.Parse(t.Attribute("x")!.Value, CultureInfo.InvariantCulture) + (7m * TableReportWriter.DisplayWidth(t.Value))).Should().BeLessThanOrEqualTo(width));
            legend.Select(t => t.Attribute("y")!.Value).Distinct().Should().HaveCountGreaterThan(1, "the legend wraps onto further lines");
        }
    }

    [Fact]
    public void Html_SignatureArea_NamesTheIssuingCommitteeAndLeavesRoomToSign()
    {
        var area = Render().Descendants(Html + "section").Single(s => (string?)s.Attribute("class") == "signatures").Elements(Html + "div")
            .ToDictionary(d => d.Attribute("data-key")!.Value, d => d.Value);

        area.Should().Equal(new Dictionary<string, string>
        {
            ["issued-by"] = "制表单位（盖章）：滨州市委市直机关工委（BZ-WC）",
            ["responsible-person"] = "负责人（签字）：",
            ["compiled-by"] = "制表人（签字）：",
            ["issue-date"] = "日期：　　　　年　　月　　日",
        });
    }

    [Theory]
    [InlineData("市直机关工委", "\"市直机关工委\"")]
    [InlineData("R&D \"Lab\" <x>", "\"R\\26 D \\22 Lab\\22  \\3C x\\3E \"")]
    [InlineData("a\\b 'c'", "\"a\\5C b \\27 c\\27 \"")]
    [InlineData("line\nbreak", "\"line\\FFFD break\"")]
    public void CssString_QuotesAndMarkup_AreEscapedSoXhtmlAndHtmlReadTheSameText(string text, string expected) =>
        HtmlReportWriter.CssString(text).Should().Be(expected);

    [Fact]
    public void Html_IsSelfContained()
    {
        var html = ReportWritersTest.Render("html");

        html.Should().NotContain("<script").And.NotContain("src=").And.NotContain("href=").And.NotContain("@import").And.NotContain("url(");
        Render().Descendants(Html + "style").Should().ContainSingle();
    }

    [Fact]
    public void Html_WithoutComponentsOrDistributions_HasNoCharts()
    {
        var report = SampleReport.Create() with { Components = [], Distributions = [] };

        Parse(ReportWritersTest.Render("html", DisplayLanguage.ZhCn, report)).Descendants(Svg + "svg").Should().BeEmpty();
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<x y=\"1\">", "&lt;x y=&quot;1&quot;&gt;")]
    [InlineData("it's", "it&#39;s")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("党建", "党建")]
    public void Escape_MarkupCharacters_AreEscaped(string text, string expected) =>
        HtmlReportWriter.Escape(text).Should().Be(expected);
}
