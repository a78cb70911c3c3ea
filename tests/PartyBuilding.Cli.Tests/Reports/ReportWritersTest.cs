using System.Text.Json.Nodes;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

public class ReportWritersTest
{
    internal static string Render(string format, DisplayLanguage language = DisplayLanguage.ZhCn, EvaluationReport? report = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ReportWriters.Find(format).Write(report ?? SampleReport.Create(), writer, language);
        return writer.ToString();
    }

    [Fact]
    public void Find_KnownFormats_AreFound() =>
        ReportWriters.All.Select(w => w.Format).Should().Equal("table", "json", "csv", "md", "html", "xlsx");

    [Fact]
    public void Find_UnknownFormat_IsUsageErrorListingFormats()
    {
        var act = () => ReportWriters.Find("pdf");

        act.Should().Throw<CliException>().Which.Message.Should().Be("--format must be one of table|json|csv|md|html|xlsx, not 'pdf'.");
    }

    [Fact]
    public void Table_AlignsColumnsCountingChineseAsTwo()
    {
        var lines = Render("table").Split('\n');

        lines[0].Should().Be("2024年度机关党建考评结果 (2024)");
        lines.Should().ContainSingle(l => l.StartsWith("排名  组织编号  组织名称", StringComparison.Ordinal));
        var rows = lines.Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0]) && l.Contains("  BZ-", StringComparison.Ordinal)).ToList();
        var totals = rows.Select(l => TableReportWriter.DisplayWidth(l[..(l.IndexOf("95.50", StringComparison.Ordinal) is var i and >= 0 ? i : l.IndexOf("88.25", StringComparison.Ordinal) is var j and >= 0 ? j : l.IndexOf("70.00", StringComparison.Ordinal))])).ToList();
        totals.Should().HaveCount(3).And.OnlyContain(w => w == totals[0], "the totals column is aligned");
    }

    [Fact]
    public void Table_ProvenanceFollowsTheHeading()
    {
        var lines = Render("table").Split('\n');

        lines[1..5].Should().Equal(
            "考评单位：滨州市委市直机关工委（BZ-WC）",
            "考核年度：2024",
            "考评日期：2025-01-15",
            $"复核凭据：SHA-256/canonical-json-v2 {SampleReport.Hash}");
    }

    [Fact]
    public void Table_PrecedenceColumn_ShowsTheRuleAndTheGradeBeforeAndAfter()
    {
        var row = Render("table").Split('\n').Single(l => l.Contains("BZ-021", StringComparison.Ordinal));

        row.Should().Contain("降档：整改措施逾期未完成（好→较好）");
    }

    [Fact]
    public void Table_NotRankedAndNotes_FollowTheRanking()
    {
        var text = Render("table", DisplayLanguage.English);

        var notRanked = text[text.IndexOf("\nOrganizations not ranked\n", StringComparison.Ordinal)..];
        notRanked.Split('\n')[4].Should().StartWith("BZ-097").And.Contain("Double review").And.EndWith("Quorum not reached");
        text.Should().Contain("\nNotes\n- \"Veto/downgrade\" lists");
        text.IndexOf("Organizations not ranked", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("\nGrades\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_NoOrganizationLeftOut_SaysNone()
    {
        var report = SampleReport.Create() with { NotRanked = [] };

        Render("table", DisplayLanguage.ZhCn, report).Should().Contain("\n未参加排名的组织\n无\n");
    }

    [Fact]
    public void Table_Distributions_ShowCountsAndBars()
    {
        var text = Render("table", DisplayLanguage.English);

        text.Should().Contain("Grades\nExcellent  1  ########################################\nGood       1  ########################################\nFair       0");
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("党建", 4)]
    [InlineData("A党", 3)]
    public void DisplayWidth_WideCharacters_CountTwo(string text, int width) =>
        TableReportWriter.DisplayWidth(text).Should().Be(width);

    [Fact]
    public void Json_HoldsRankingComponentsAndDistributions()
    {
        var json = JsonNode.Parse(Render("json", DisplayLanguage.English))!;

        json["title"]!.GetValue<string>().Should().Be("2024 party-building evaluation");
        json["ranking"]!.AsArray().Should().HaveCount(3);
        json["ranking"]![0]!["total"]!.GetValue<decimal>().Should().Be(95.50m);
        json["ranking"]![0]!["grade"]!.GetValue<string>().Should().Be("Excellent");
        json["ranking"]![0]!["components"]!["review"]!.GetValue<decimal>().Should().Be(40.00m);
        json["ranking"]![2]!["district"].Should().BeNull();
        json["distributions"]![0]!["bars"]![1]!["count"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Json_HoldsProvenancePrecedenceNotRankedAndNotes()
    {
        var json = JsonNode.Parse(Render("json"))!;

        json["committee"]!["id"]!.GetValue<string>().Should().Be("BZ-WC");
        json["committee"]!["name"]!.GetValue<string>().Should().Be("滨州市委市直机关工委");
        json["year"]!.GetValue<string>().Should().Be("2024");
        json["evaluationDate"]!.GetValue<string>().Should().Be("2025-01-15");
        json["receipt"]!["algorithm"]!.GetValue<string>().Should().Be("SHA-256/canonical-json-v2");
        json["receipt"]!["sha256"]!.GetValue<string>().Should().Be(SampleReport.Hash);
        json["ranking"]![0]!["precedence"]!.AsArray().Should().BeEmpty();
        var mark = json["ranking"]![1]!["precedence"]![0]!;
        (mark["kind"]!.GetValue<string>(), mark["rule"]!.GetValue<string>(), mark["label"]!.GetValue<string>(), mark["before"]!.GetValue<string>(), mark["after"]!.GetValue<string>())
            .Should().Be(("downgrade", "DOWN-RECT", "整改措施逾期未完成", "好", "较好"));
        json["ranking"]![1]!["scoreGrade"]!.GetValue<string>().Should().Be("好");
        var notRanked = json["notRanked"]!.AsArray().Should().ContainSingle().Subject!;
        notRanked["organizationId"]!.GetValue<string>().Should().Be("BZ-097");
        notRanked["missing"]![0]!["component"]!.GetValue<string>().Should().Be("review");
        notRanked["missing"]![0]!["reason"]!.GetValue<string>().Should().Be("参评人数未达到规定比例");
        json["notes"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public void Json_KeepsPublishedScale() =>
        Render("json").Should().Contain("\"total\": 70.00");

    [Fact]
    public void Csv_QuotesFieldsPerRfc4180AndEndsLinesWithCrLf()
    {
        var csv = Render("csv", DisplayLanguage.English);

        csv.Should().StartWith("Rank,Organization ID,Organization,District,Grade,Total,Grade by total,Veto/downgrade,Standardization,Double review,Not ranked because\r\n");
        csv.Should().Contain("\r\n2,BZ-021,\"R&D <Lab>, \"\"A\"\" 'B'\",D2,Good,88.25,Excellent,downgrade: Rectification measure overdue (Excellent → Good),50.25,38.00,\r\n");
        csv.Should().Contain("\r\n3,BZ-041,市直单位041,,,70.00,,,70.00,,\r\n");
        csv.Should().EndWith("\r\n");
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
    }

    [Fact]
    public void Csv_OneTableOfEveryOrganization_ThenTheProvenanceAndNotes()
    {
        var records = CsvRecords.Parse(Render("csv"));
        var blank = records.FindIndex(r => r.Length == 1 && r[0].Length == 0);
        var table = records[..blank];
        var footer = records[(blank + 1)..];

        table.Should().OnlyContain(r => r.Length == table[0].Length, "the table is rectangular");
        table.Skip(1).Select(r => r[1]).Should().Equal("BZ-001", "BZ-021", "BZ-041", "BZ-097");
        var notRanked = table[^1];
        notRanked[0].Should().BeEmpty("an organization not ranked has no rank");
        notRanked[5].Should().BeEmpty("nor a total");
        notRanked[^1].Should().Be("双述双评：参评人数未达到规定比例");
        table.Skip(1).SkipLast(1).Select(r => r[^1]).Should().OnlyContain(cell => cell.Length == 0);
        footer.Select(r => r[0]).Should().Equal("考评单位", "考核年度", "考评日期", "复核凭据", "说明");
        footer[0][1].Should().Be("滨州市委市直机关工委（BZ-WC）");
        footer[3][1].Should().Be($"SHA-256/canonical-json-v2 {SampleReport.Hash}");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void CsvField_QuotesOnlyWhenNeeded(string value, string expected) =>
        CsvReportWriter.Field(value).Should().Be(expected);

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"a\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-2.50", "-2.50")]
    [InlineData("+3", "+3")]
    [InlineData("市直单位=001", "市直单位=001")]
    public void CsvField_TextThatWouldRunAsAFormula_IsNeutralised_NumbersStayNumbers(string value, string expected) =>
        CsvReportWriter.Field(value).Should().Be(expected);

    [Fact]
    public void Markdown_WritesTablesWithEscapedPipes()
    {
        var report = SampleReport.Create() with { Rows = [SampleReport.Create().Rows[0] with { OrganizationName = "A|B" }] };

        var md = Render("md", DisplayLanguage.ZhCn, report);

        md.Should().StartWith(
            "# 2024年度机关党建考评结果 (2024)\n\n- 考评单位：滨州市委市直机关工委（BZ-WC）\n- 考核年度：2024\n- 考评日期：2025-01-15\n"
            + $"- 复核凭据：SHA-256/canonical-json-v2 {SampleReport.Hash}\n\n## 排名表\n\n"
            + "| 排名 | 组织编号 | 组织名称 | 责任区 | 等次 | 总分 | 按总分档次 | 否决/降档 | 标准化建设 | 双述双评 |\n|---:|---|---|---|---|---:|---|---|---:|---:|\n");
        md.Should().Contain("| 1 | BZ-001 | A\\|B | D1 | 好 | 95.50 | 好 |  | 55.50 | 40.00 |");
        md.Should().Contain("## 等次分布\n\n|  | 数量 |\n|---|---:|\n| 好 | 1 |");
    }

    [Fact]
    public void Markdown_PrecedenceNotRankedAndNotes_AreShown()
    {
        var md = Render("md");

        md.Should().Contain("| 2 | BZ-021 | R&D \\<Lab\\>, \"A\" 'B' | D2 | 较好 | 88.25 | 好 | 降档：整改措施逾期未完成（好→较好） | 50.25 | 38.00 |");
        md.Should().Contain("## 未参加排名的组织\n\n| 组织编号 | 组织名称 | 责任区 | 缺少的考核项 | 原因 |\n|---|---|---|---|---|\n| BZ-097 | 市直单位097机关党总支 | D5 | 双述双评 | 参评人数未达到规定比例 |\n");
        md.Should().Contain("## 说明\n\n- “否决/降档”列出");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<b>", "\\<b\\>")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void MarkdownCell_SpecialCharacters_AreEscaped(string text, string expected) =>
        MarkdownReportWriter.Cell(text).Should().Be(expected);
}

/// <summary>Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF records), for assertions on columns.</summary>
internal static class CsvRecords
{
    public static List<string[]> Parse(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
