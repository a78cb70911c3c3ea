using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 24 (long work): with stderr on a terminal, <c>evaluate</c> prints each step of the evaluation as it begins, with the
/// input records done of the total and the time since the start, in the user's language; into a pipe or a log it prints only
/// what it printed before.
/// </summary>
public sealed partial class EvaluationStepsTest
{
    [Fact]
    public void Evaluate_OnATerminal_PrintsEachStep_TheDocumentsFirst_EachAreaByName_TheAssessmentLast()
    {
        var run = CliRun.OnTerminal(DisplayLanguage.ZhCn, "evaluate");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var steps = run.StderrLines.Where(l => l.StartsWith('[')).ToArray();
        steps.Should().HaveCount(7).And.OnlyContain(l => ZhStep().IsMatch(l), run.Stderr);
        steps[0].Should().StartWith("[1/7] 校验文件并核对组织结构（已处理记录 0/");
        steps.Should().Contain(l => l.StartsWith("[4/7] 计算：党员积分管理（已处理记录 ", StringComparison.Ordinal));
        steps[^1].Should().StartWith("[7/7] 综合考核与统一排名（已处理记录 ");
    }

    [Fact]
    public void Evaluate_OnATerminal_InEnglish_PrintsTheStepsInEnglish()
    {
        var run = CliRun.OnTerminal(DisplayLanguage.English, "evaluate", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StderrLines.Where(l => l.StartsWith('[')).Should().HaveCount(7).And.OnlyContain(l => EnStep().IsMatch(l), run.Stderr)
            .And.Contain(l => l.StartsWith("[4/7] running: member points (", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NotOnATerminal_PrintsNoSteps()
    {
        var run = CliRun.Of("evaluate");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StderrLines.Should().NotContain(l => l.StartsWith('['));
        run.StderrLines.Should().NotContain(l => l.StartsWith("读取 ", StringComparison.Ordinal) || l.StartsWith("评价完成", StringComparison.Ordinal));
        run.StderrLines.Should().Contain(l => l.StartsWith("正在评价 ", StringComparison.Ordinal), "the notes are printed into a log as before")
            .And.Contain(l => l.StartsWith("复核凭据 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_OnATerminal_RecordsDone_StartAtNone_NeverDecrease_AndEndAtTheTotal()
    {
        var run = CliRun.OnTerminal(DisplayLanguage.ZhCn, "evaluate");

        var done = run.StderrLines.Select(l => Records().Match(l)).Where(m => m.Success)
            .Select(m => (Done: Number(m.Groups[1].Value), Total: Number(m.Groups[2].Value))).ToArray();
        done.Should().HaveCount(8, "seven steps and the completion");
        done[0].Done.Should().Be(0);
        done.Select(d => d.Done).Should().BeInAscendingOrder();
        done.Select(d => d.Total).Distinct().Should().ContainSingle().Which.Should().BeGreaterThan(100_000);
        done[^1].Done.Should().Be(done[^1].Total);
        var last = run.StderrLines.Single(l => l.StartsWith("评价完成：", StringComparison.Ordinal));
        last.Should().MatchRegex(@"^评价完成：已处理记录 [\d,]+/[\d,]+，100%，已用 \d+\.\d 秒$");
        Array.IndexOf(run.StderrLines, last).Should().BeGreaterThan(Array.FindLastIndex(run.StderrLines, l => l.StartsWith('[')));
    }

    [Fact]
    public void Evaluate_OnATerminal_NamesEachDocumentRead_WithItsSize_BeforeTheSteps()
    {
        var run = CliRun.OnTerminal(DisplayLanguage.ZhCn, "evaluate");

        var reading = run.StderrLines.Where(l => l.StartsWith("读取 ", StringComparison.Ordinal)).ToArray();
        reading.Should().NotBeEmpty().And.OnlyContain(l => Reading().IsMatch(l), run.Stderr);
        reading.Should().Contain(l => l.Contains(".json（", StringComparison.Ordinal));
        Array.FindLastIndex(run.StderrLines, l => l.StartsWith("读取 ", StringComparison.Ordinal))
            .Should().BeLessThan(Array.FindIndex(run.StderrLines, l => l.StartsWith("[1/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Progress_UnderZh_HasNoEnglishWords_UnderEn_NoChinese()
    {
        var zh = CliRun.OnTerminal(DisplayLanguage.ZhCn, "evaluate");
        var en = CliRun.OnTerminal(DisplayLanguage.English, "evaluate");

        var zhProgress = zh.StderrLines.Where(l => l.StartsWith('[') || l.StartsWith("读取 ", StringComparison.Ordinal) || l.StartsWith("评价完成", StringComparison.Ordinal)).ToArray();
        var enProgress = en.StderrLines.Where(l => l.StartsWith('[') || l.StartsWith("reading ", StringComparison.Ordinal) || l.StartsWith("evaluation complete", StringComparison.Ordinal)).ToArray();
        zhProgress.Should().HaveCount(enProgress.Length).And.HaveCountGreaterThan(8);
        zhProgress.Select(l => EnglishWord().Matches(FileNames().Replace(l, " ")).Count).Should().OnlyContain(n => n == 0, string.Join('\n', zhProgress));
        enProgress.Should().OnlyContain(l => !Chinese().IsMatch(l), string.Join('\n', enProgress));
    }

    [Fact]
    public void Explain_OnATerminal_ShowsTheEvaluationsProgress_ItsOutputUnchanged()
    {
        var terminal = CliRun.OnTerminal(DisplayLanguage.ZhCn, "explain", "--org", "BZ-035", "--depth", "2");
        var piped = CliRun.Of("explain", "--org", "BZ-035", "--depth", "2");

        terminal.ExitCode.Should().Be(ExitCodes.Success, terminal.Stderr);
        terminal.Stdout.Should().Be(piped.Stdout);
        piped.Stderr.Should().BeEmpty();
        terminal.StderrLines.Where(l => l.StartsWith('[')).Should().HaveCount(7).And.OnlyContain(l => ZhStep().IsMatch(l));
        terminal.StderrLines.Should().ContainSingle(l => l.StartsWith("评价完成：", StringComparison.Ordinal));
        terminal.StderrLines.Should().NotContain(l => l.StartsWith("正在评价", StringComparison.Ordinal), "explain prints no notes");
    }

    [Fact]
    public void Generate_OnATerminal_NamesEachFileAsItIsWritten_NotIntoAPipe()
    {
        using var temp = new TempDirectory();
        var terminal = CliRun.OnTerminal(DisplayLanguage.ZhCn, "generate", "--scale", "municipal", "--out", temp.Combine("t"));
        var piped = CliRun.Of("generate", "--scale", "municipal", "--out", temp.Combine("p"));

        var writing = terminal.StderrLines.Where(l => l.StartsWith('[')).ToArray();
        writing.Should().HaveCount(terminal.StdoutLines.Length).And.OnlyContain(l => Writing().IsMatch(l), terminal.Stderr);
        writing[^1].Should().Contain("manifest.json");
        terminal.StderrLines.Should().Contain(l => l.StartsWith("generate：组织快照", StringComparison.Ordinal) && l.EndsWith(" 秒）", StringComparison.Ordinal));
        piped.StderrLines.Should().NotContain(l => l.StartsWith('[') || l.Contains("已用", StringComparison.Ordinal));
        piped.StderrLines.Should().Contain(l => l.StartsWith("generate：组织快照", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OnATerminal_NamesEachFileWithItsSize_NotIntoAPipe()
    {
        var file = Path.Combine(Seeds.Directory, "member-points", "bz-001-2018-data.json");

        var terminal = CliRun.OnTerminal(DisplayLanguage.English, "validate", file, file);
        var piped = CliRun.In(DisplayLanguage.English, "validate", file, file);

        terminal.StderrLines.Should().HaveCount(2).And.OnlyContain(l => CheckingEn().IsMatch(l), terminal.Stderr);
        terminal.StderrLines[1].Should().StartWith("[2/2] checking ");
        piped.Stderr.Should().BeEmpty();
        terminal.Stdout.Should().Be(piped.Stdout);
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"已处理记录 ([\d,]+)/([\d,]+)")]
    private static partial Regex Records();

    [GeneratedRegex(@"^读取 \S+\.json（(\d+\.\d 兆字节|\d+ 千字节)，已用 \d+\.\d 秒）$")]
    private static partial Regex Reading();

    [GeneratedRegex(@"^\[\d+/\d+\] 写入 \S+（已用 \d+\.\d 秒）$")]
    private static partial Regex Writing();

    [GeneratedRegex(@"^\[\d/2\] checking \S+ \((\d+\.\d MB|\d+ kB), \d+\.\d s elapsed\)$")]
    private static partial Regex CheckingEn();

    // File names and paths the user gave (a token with a '.', '/' or '-' inside it).
    [GeneratedRegex(@"\S*[./\-]\S*")]
    private static partial Regex FileNames();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\[\d/7\] \S.*（已处理记录 [\d,]+/[\d,]+，\d+%，已用 \d+\.\d 秒）$")]
    private static partial Regex ZhStep();

    [GeneratedRegex(@"^\[\d/7\] [a-z].* \([\d,]+/[\d,]+ records done, \d+%, \d+\.\d s elapsed\)$")]
    private static partial Regex EnStep();
}
