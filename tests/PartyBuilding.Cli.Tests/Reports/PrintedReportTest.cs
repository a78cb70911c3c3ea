using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>
/// The HTML report printed by a real browser (issue 24, "Printing"): headless Chromium prints the bundled report to PDF
/// and poppler's <c>pdfinfo</c> and <c>pdftotext</c> read the pages back. <c>.ci/run</c> installs Debian's
/// <c>chromium</c>, <c>poppler-utils</c> and <c>fonts-noto-cjk</c>; on a machine without them the tests are skipped,
/// except under CI (<c>CI=true</c>), where a missing browser fails them.
/// </summary>
public sealed partial class PrintedReportTest : IDisposable
{
    private const string Committee = "滨州市委市直机关工委（BZ-WC）";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [PrintFact]
    public void PrintedReport_IsA4Landscape_AndEveryPageCarriesTheCommitteeTheTitleAndItsPageNumber()
    {
        var (info, pages) = Print();
        var html = XDocument.Load(directory.Combine("report.html"));
        var heading = html.Descendants().Single(e => e.Name.LocalName == "h1").Value;
        var receipt = html.Descendants().Single(e => e.Name.LocalName == "dd" && (string?)e.Attribute("data-key") == "receipt").Value;

        info.Should().Contain("(A4)");
        var size = PageSize().Match(info);
        size.Success.Should().BeTrue(info);
        decimal.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeGreaterThan(decimal.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), "landscape");
        pages.Should().HaveCountGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            var text = Compact(pages[i]);
            text.Should().Contain(Compact(Committee), $"page {i + 1} has the committee in its header");
            text.Should().Contain(Compact(heading), $"page {i + 1} has the title in its header");
            text.Should().Contain(Compact($"第 {i + 1} 页，共 {pages.Count} 页"), $"page {i + 1} has its number");
            text.Should().Contain(Compact(receipt), $"page {i + 1} has the receipt in its footer");
        }
    }

    [PrintFact]
    public void PrintedReport_SplitsNoRankingRowAcrossPages_AndShowsEveryPrecedenceMarkAndTheSealArea()
    {
        var (_, pages) = Print();
        var html = XDocument.Load(directory.Combine("report.html"));

        var rows = html.Descendants().Single(e => e.Name.LocalName == "table" && (string?)e.Attribute("class") == "ranking")
            .Descendants().Where(e => e.Name.LocalName == "tr" && e.Attribute("data-organization") is not null)
            .Select(e => (Id: e.Attribute("data-organization")!.Value, Cells: e.Elements().Select(c => c.Value).ToList()))
            .ToList();
        rows.Should().HaveCount(96);
        rows.Count(r => r.Cells[7].Length > 0).Should().BeGreaterThan(0, "the bundled ranking has precedence marks");
        var all = string.Concat(pages.Select(Compact));
        foreach (var (id, cells) in rows)
        {
            var page = pages.FindIndex(p => Regex.IsMatch(p, $@"^\s*\d+\s+{Regex.Escape(id)}\s", RegexOptions.Multiline));
            page.Should().BeGreaterThanOrEqualTo(0, $"{id} is printed in the ranking");
            var row = RowText(pages[page], id, rows.Select(r => r.Id));
            row.Should().Contain(Compact(cells[2]), $"the whole name of {id} is printed on the page of its row, so the row is not split");
            if (cells[7].Length > 0)
            {
                row.Should().Contain(Compact(cells[7]), $"the precedence mark of {id} is printed on the page of its row");
            }
        }

        all.Should().Contain(Compact("制表单位（盖章）：" + Committee)).And.Contain("负责人（签字）").And.Contain("日期");
    }

    /// <summary>Prints the bundled report; the pages as <c>pdftotext -raw</c> reads them (each cell's text in one piece, in the order drawn).</summary>
    private (string Info, List<string> Pages) Print()
    {
        var html = directory.Combine("report.html");
        var pdf = directory.Combine("report.pdf");
        if (!File.Exists(html))
        {
            var run = CliRun.In(DisplayLanguage.ZhCn, "evaluate", "--format", "html", "--out", html);
            run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        }

        if (!File.Exists(pdf))
        {
            Run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
        }

        var text = Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-");
        return (Run("pdfinfo", pdf), [.. text.Split('\f').SkipLast(1)]);
    }

    /// <summary>The text of one ranking row: from the line holding its identifier up to the next row's line, or the page's end.</summary>
    private static string RowText(string page, string id, IEnumerable<string> ids)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, l => Regex.IsMatch(l, $@"^\s*\d+\s+{Regex.Escape(id)}\s"));
        var others = ids.Where(i => i != id).ToHashSet();
        var end = Array.FindIndex(lines, start + 1, l => Regex.Match(l, @"^\s*\d+\s+(\S+)\s") is { Success: true } m && others.Contains(m.Groups[1].Value));
        return Compact(string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]));
    }

    /// <summary>The text without white space: a printed cell may wrap anywhere between its characters.</summary>
    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue($"{program} finishes");
        process.ExitCode.Should().Be(0, error.Result);
        return output.Result;
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}

/// <summary>A fact that needs Chromium and poppler-utils: skipped where they are missing, unless under CI.</summary>
internal sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && !(OnPath("chromium") && OnPath("pdftotext") && OnPath("pdfinfo")))
        {
            Skip = "needs chromium and poppler-utils on the PATH (.ci/run installs them)";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, program)));
}
