using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>
/// The bundled seed manifest evaluated once for the class (it takes seconds) and mapped onto the report, as
/// <c>pbeval evaluate</c> does. The tests render it in every format and read back what decides each rank.
/// </summary>
public sealed class BundledReportFixture
{
    public BundledReportFixture()
    {
        var command = new EvaluateCommand();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, DisplayLanguage.ZhCn, DocumentCatalog.Default);
        Evaluated = EvaluationInputs.Run(new ParsedArguments(command.Spec, [], ImmutableSortedDictionary<string, string>.Empty), context);
        Report = AssessmentReport.From(Evaluated.Result, Evaluated.Data, Evaluated.Scheme, Evaluated.Full, Evaluated.Registry, Evaluated.Life);
    }

    internal Evaluated Evaluated { get; }

    internal EvaluationReport Report { get; }
}

/// <summary>Issue 19: every report format shows the vetoes and downgrades, the organizations not ranked, the committee, the date and the receipt.</summary>
public sealed partial class BundledReportTest(BundledReportFixture fixture) : IClassFixture<BundledReportFixture>
{
    private const string CommitteeName = "滨州市委市直机关工委";

    private AssessmentResult Result => fixture.Evaluated.Result;

    private string Render(string format, DisplayLanguage language = DisplayLanguage.ZhCn) => ReportWritersTest.Render(format, language, fixture.Report);

    /// <summary>The one organization the bundled run leaves out, with the reason the report gives (whatever its wording).</summary>
    private (string Id, LocalizedText Reason) Excluded
    {
        get
        {
            var row = fixture.Report.NotRanked.Should().ContainSingle().Subject;
            row.OrganizationId.Should().Be("BZ-097");
            return (row.OrganizationId, row.Reason);
        }
    }

    [Fact]
    public void Report_EveryRuleTheAssessmentApplied_IsMarkedOnItsOrganization()
    {
        foreach (var organization in Result.Organizations)
        {
            var row = fixture.Report.Rows.Single(r => r.OrganizationId == organization.Organization.Value);
            row.Precedence.Select(m => (m.Veto, m.RuleId)).Should().Equal(organization.Rules.Select(r => (r.Kind == PrecedenceRuleKind.Veto, r.Rule.Value)));
            row.Grade.Should().Be(AssessmentLabels.GradeBands[organization.Band]);
            row.ScoreGrade.Should().Be(AssessmentLabels.GradeBands[organization.ScoreBand]);
        }

        fixture.Report.Rows.Where(r => r.Precedence.Length > 0).Select(r => r.OrganizationId).Should().Contain(["BZ-021", "BZ-044", "BZ-057"]);
    }

    [Fact]
    public void Report_PrecedenceMarks_ChainFromTheGradeByTotalToTheFinalGrade()
    {
        fixture.Report.Rows.Where(r => r.Precedence.Length > 0).Should().NotBeEmpty("the bundled run vetoes and downgrades organizations");
        foreach (var row in fixture.Report.Rows.Where(r => r.Precedence.Length > 0))
        {
            row.Precedence[0].Before.Should().Be(row.ScoreGrade, $"{row.OrganizationId}'s first rule starts from the grade its total earns");
            row.Precedence[^1].After.Should().Be(row.Grade, $"{row.OrganizationId}'s last rule ends at its final grade");
        }
    }

    [Fact]
    public void Report_CommitteeAndNotRanked_AreNamedFromTheRegistry()
    {
        fixture.Report.Provenance.Should().Be(new ReportProvenance(
            "BZ-WC", CommitteeName, "2018", "2019-01-15", Result.Receipt.Algorithm, Result.Receipt.Sha256, Result.Receipt.LibraryVersion));
        var notRanked = fixture.Report.NotRanked.Should().ContainSingle().Subject;
        (notRanked.OrganizationId, notRanked.OrganizationName, notRanked.District, notRanked.ComponentKey).Should().Be(("BZ-097", "市直单位097机关党总支", "D5", "DR"));
        notRanked.Component.ZhCn.Should().Be("双述双评");
        var missing = fixture.Evaluated.Full!.Missing.Should().ContainSingle().Subject;
        notRanked.Reason.Should().Be(missing.Reason, "the reason is the evaluation's own, in both languages");
    }

    [Fact]
    public void Table_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var lines = Render("table").Split('\n');

        Row(lines, "BZ-044").Should().Contain("否决：发生严重违纪问题（").And.Contain("→一般）");
        Row(lines, "BZ-021").Should().Contain("降档：所辖党支部被一票否决（").And.Contain("→较好）");
        Row(lines, "BZ-057").Should().Contain("降档：整改措施逾期未完成（");
        var (id, reason) = Excluded;
        var section = lines.SkipWhile(l => l != "未参加排名的组织").ToList();
        section.Should().Contain(l => l.StartsWith(id, StringComparison.Ordinal) && l.Contains("双述双评", StringComparison.Ordinal) && l.EndsWith(reason.ZhCn, StringComparison.Ordinal));
        lines.Should().Contain([$"考评单位：{CommitteeName}（BZ-WC）", "考评日期：2019-01-15", $"复核凭据：{Result.Receipt.Algorithm} {Result.Receipt.Sha256}"]);
        lines.Should().Contain(l => l.StartsWith("- 排名：先等次、后总分", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var workbook = XlsxWorkbook.Of(fixture.Report, DisplayLanguage.ZhCn);
        var ranking = workbook.Sheet("排名表");
        var column = Array.IndexOf(ranking[0], "否决/降档");

        ranking.Single(r => r[1] == "BZ-044")[column].Should().StartWith("否决：发生严重违纪问题（");
        ranking.Single(r => r[1] == "BZ-021")[column].Should().StartWith("降档：所辖党支部被一票否决（");
        ranking.Single(r => r[1] == "BZ-057")[column].Should().StartWith("降档：整改措施逾期未完成（");
        ranking.Should().HaveCount(Result.Organizations.Length + 1);
        workbook.Sheet("未参加排名的组织").Skip(1).Should().ContainSingle().Which[0].Should().Be(Excluded.Id);
        var notes = workbook.Sheet("说明");
        notes.Should().ContainEquivalentOf(new[] { "考评单位", $"{CommitteeName}（BZ-WC）" });
        notes.Should().ContainEquivalentOf(new[] { "考评日期", "2019-01-15" });
        notes.Should().ContainEquivalentOf(new[] { "复核凭据", $"{Result.Receipt.Algorithm} {Result.Receipt.Sha256}" });
    }

    [Fact]
    public void Markdown_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var md = Render("md");
        var ranking = MarkdownTable(md, "## 排名表");
        var column = Array.IndexOf(ranking[0], "否决/降档");

        ranking.Single(r => r[1] == "BZ-044")[column].Should().StartWith("否决：发生严重违纪问题（");
        ranking.Single(r => r[1] == "BZ-021")[column].Should().StartWith("降档：所辖党支部被一票否决（");
        ranking.Single(r => r[1] == "BZ-057")[column].Should().StartWith("降档：整改措施逾期未完成（");
        ranking.Skip(1).Count(r => r[column].Length > 0).Should().Be(Result.Organizations.Count(o => o.Rules.Length > 0));
        MarkdownTable(md, "## 未参加排名的组织").Skip(1).Should().ContainSingle()
            .Which.Should().Equal(Excluded.Id, "市直单位097机关党总支", "D5", "双述双评", MarkdownReportWriter.Cell(Excluded.Reason.ZhCn));
        md.Should().Contain($"- 考评单位：{CommitteeName}（BZ-WC）\n- 考核年度：2018\n- 考评日期：2019-01-15\n- 复核凭据：{Result.Receipt.Algorithm} {Result.Receipt.Sha256}\n");
    }

    [Fact]
    public void Csv_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var records = CsvRecords.Parse(Render("csv"));
        var header = records[0];
        var table = records.TakeWhile(r => r.Length > 1).ToList();
        var precedence = Array.IndexOf(header, "否决/降档");

        table.Single(r => r[1] == "BZ-044")[precedence].Should().StartWith("否决：发生严重违纪问题（");
        table.Single(r => r[1] == "BZ-021")[precedence].Should().StartWith("降档：所辖党支部被一票否决（");
        table.Single(r => r[1] == "BZ-057")[precedence].Should().StartWith("降档：整改措施逾期未完成（");
        var excluded = table.Single(r => r[1] == Excluded.Id);
        excluded[0].Should().BeEmpty();
        excluded[Array.IndexOf(header, "未排名原因")].Should().Be($"双述双评：{Excluded.Reason.ZhCn}");
        table.Should().HaveCount(1 + Result.Organizations.Length + 1);
        var footer = records.Skip(table.Count + 1).TakeWhile(r => r.Length == 2).ToDictionary(r => r[0] == "说明" ? r[1] : r[0], r => r[1]);
        footer["考评单位"].Should().Be($"{CommitteeName}（BZ-WC）");
        footer["考核年度"].Should().Be("2018");
        footer["考评日期"].Should().Be("2019-01-15");
        footer["复核凭据"].Should().Be($"{Result.Receipt.Algorithm} {Result.Receipt.Sha256}");
    }

    [Fact]
    public void Json_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var json = JsonNode.Parse(Render("json"))!;
        var ranking = json["ranking"]!.AsArray();
        JsonNode Mark(string id) => ranking.Single(r => r!["organizationId"]!.GetValue<string>() == id)!["precedence"]!.AsArray().Should().ContainSingle().Subject!;

        (Mark("BZ-044")["kind"]!.GetValue<string>(), Mark("BZ-044")["rule"]!.GetValue<string>(), Mark("BZ-044")["label"]!.GetValue<string>(), Mark("BZ-044")["after"]!.GetValue<string>())
            .Should().Be(("veto", "VETO-DISCIPLINE", "发生严重违纪问题", "一般"));
        (Mark("BZ-021")["kind"]!.GetValue<string>(), Mark("BZ-021")["rule"]!.GetValue<string>(), Mark("BZ-021")["after"]!.GetValue<string>())
            .Should().Be(("downgrade", "DOWN-STD", "较好"));
        (Mark("BZ-057")["kind"]!.GetValue<string>(), Mark("BZ-057")["rule"]!.GetValue<string>()).Should().Be(("downgrade", "DOWN-RECT"));
        var notRanked = json["notRanked"]!.AsArray().Should().ContainSingle().Subject!;
        notRanked["organizationId"]!.GetValue<string>().Should().Be(Excluded.Id);
        notRanked["missing"]![0]!["reason"]!.GetValue<string>().Should().Be(Excluded.Reason.ZhCn);
        json["committee"]!["name"]!.GetValue<string>().Should().Be(CommitteeName);
        json["evaluationDate"]!.GetValue<string>().Should().Be("2019-01-15");
        json["receipt"]!["sha256"]!.GetValue<string>().Should().Be(Result.Receipt.Sha256);
    }

    [Fact]
    public void Html_ShowsMarksNotRankedCommitteeDateAndReceipt()
    {
        var html = XDocument.Parse(Render("html", DisplayLanguage.English));
        XElement Cell(string id) => html.Descendants().Single(e => e.Name.LocalName == "tr" && (string?)e.Attribute("data-organization") == id && e.Attribute("data-component") is null)
            .Elements().Single(td => ((string?)td.Attribute("class"))?.StartsWith("precedence", StringComparison.Ordinal) == true);

        Cell("BZ-044").Attribute("class")!.Value.Should().Be("precedence veto");
        Cell("BZ-044").Value.Should().StartWith("veto: Serious discipline violation (");
        Cell("BZ-021").Attribute("class")!.Value.Should().Be("precedence downgrade");
        Cell("BZ-057").Value.Should().StartWith("downgrade: Rectification measure overdue (");
        var excluded = html.Descendants().Single(e => e.Name.LocalName == "tr" && (string?)e.Attribute("data-component") == "DR");
        excluded.Attribute("data-organization")!.Value.Should().Be(Excluded.Id);
        excluded.Elements().Last().Value.Should().Be(Excluded.Reason.English);
        var provenance = html.Descendants().Where(e => e.Name.LocalName == "dd").ToDictionary(d => d.Attribute("data-key")!.Value, d => d.Value);
        provenance["committee"].Should().Be($"{CommitteeName} (BZ-WC)");
        provenance["evaluation-date"].Should().Be("2019-01-15");
        provenance["receipt"].Should().Be($"{Result.Receipt.Algorithm} {Result.Receipt.Sha256}");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void English_HasNoChineseBeyondProperNames(string format)
    {
        var text = Render(format, DisplayLanguage.English);
        // Names are proper names; a reason a person wrote is data, kept in the language it was given in (the bundled run's
        // reasons are raised by the adapters, in both languages, so none is left out here).
        var proper = fixture.Report.Rows.Select(r => r.OrganizationName).Concat(fixture.Report.NotRanked.Select(r => r.OrganizationName)).Append(CommitteeName)
            .Concat(fixture.Report.Life?.Rows.Select(r => r.OrganizationName) ?? [])
            .Concat(fixture.Report.Rows.SelectMany(r => r.Precedence).Select(m => m.Reason).Where(r => r.ZhCn == r.English).Select(r => r.ZhCn));
        foreach (var name in proper.Distinct().OrderByDescending(n => n.Length))
        {
            text = text.Replace(name, string.Empty, StringComparison.Ordinal);
        }

        Han().Matches(text).Select(m => m.Value).Should().BeEmpty();
    }

    [Fact]
    public void Labels_ChineseHasNoLatinWordsAndEnglishNoChinese()
    {
        var labels = typeof(ReportLabels).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(LocalizedText))
            .Select(p => (LocalizedText)p.GetValue(null)!)
            .Concat(Enum.GetValues<PublishedRankOrder>().Select(o => ReportLabels.RankingOrderNote(
                AssessmentLabels.PublishedRankOrders[o], [new LocalizedText("双述双评", "Double review"), new LocalizedText("重点工作", "Key work")])))
            .Append(ReportLabels.RankingOrderNote(AssessmentLabels.PublishedRankOrders[PublishedRankOrder.BandThenTotal], []))
            .Append(ReportLabels.IllustrativeComponentsNote([new LocalizedText("双述双评", "Double review"), new LocalizedText("党员积分管理", "Member points")]))
            .Append(ReportLabels.MarkedIllustrative(new LocalizedText("双述双评", "Double review")))
            .ToList();

        labels.Should().HaveCountGreaterThan(20);
        labels.Select(l => l.ZhCn).Should().OnlyContain(t => !Regex.IsMatch(t, "[A-Za-z]"));
        labels.Select(l => l.English).Should().OnlyContain(t => !Han().IsMatch(t));
    }

    [Fact]
    public void Report_ComponentsScoredOnIllustrativeFigures_AreMarkedInTheirHeaders_AndNamedInANote()
    {
        // The bundled areas' schemes are illustrative (double review, standardization catalogue, member points,
        // responsibilities; routine work is scored by the illustrative assessment scheme's grade scores); key work is
        // given by the committee and rectification counts the ledger's measures, so they carry no mark.
        fixture.Report.Components.Select(c => (c.Key, c.Label.ZhCn.EndsWith("（示例）", StringComparison.Ordinal), c.Label.English.EndsWith(" (illustrative)", StringComparison.Ordinal)))
            .Should().Equal(("DR", true, true), ("ROUTINE", true, true), ("KEY", false, false), ("STD", true, true), ("PTS", true, true), ("RESP", true, true), ("RECT", false, false));
        fixture.Report.Notes.Should().Contain(ReportLabels.IllustrativeSchemeNote);
        fixture.Report.Notes.Should().ContainSingle(n => n.ZhCn.StartsWith("标注“（示例）”的考核项（双述双评、日常工作、党支部标准化建设、党员积分管理、责任清单落实）", StringComparison.Ordinal));
        Render("csv").Should().Contain(",双述双评（示例）,");
        Render("table", DisplayLanguage.English).Should().Contain("Double report, double review (illustrative)");
    }

    private static string Row(string[] lines, string id) => lines.Single(l => l.Contains($"  {id}  ", StringComparison.Ordinal));

    /// <summary>The rows of the Markdown table under a heading (the header row first), cells unescaped only by splitting on unescaped pipes.</summary>
    private static List<string[]> MarkdownTable(string md, string heading) =>
        [.. md[(md.IndexOf(heading + "\n", StringComparison.Ordinal) + heading.Length)..]
            .Split('\n')
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Where(l => !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => UnescapedPipe().Split(l.Trim()[2..^2]).Select(c => c.Trim()).ToArray())];

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex Han();
}
