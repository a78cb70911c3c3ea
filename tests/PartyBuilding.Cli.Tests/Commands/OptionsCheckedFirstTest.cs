using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Options are checked before any work (issue 24): a bad <c>--format</c>, an <c>--out</c> whose extension contradicts the
/// format, a <c>--year</c> with no bundled data set and a missing file are refused with their exit code and one message in
/// the run's language, before any document is read or evaluated — nothing is printed on stdout and no evaluation progress
/// on stderr.
/// </summary>
public sealed class OptionsCheckedFirstTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string[], int, string, string> Refusals => new()
    {
        {
            ["evaluate", "--format", "pdf"], ExitCodes.UsageError,
            "pbeval：错误：--format 必须是 table|json|csv|md|html|xlsx 之一，而不是“pdf”。",
            "pbeval: error: --format must be one of table|json|csv|md|html|xlsx, not 'pdf'."
        },
        {
            ["evaluate", "--out", "r.xlsx", "--format", "table"], ExitCodes.UsageError,
            "pbeval：错误：--out“r.xlsx”的扩展名 .xlsx 与 --format table 不符（应为 .txt）；请改用 .txt，或去掉 --format 按扩展名选择格式。",
            "pbeval: error: --out 'r.xlsx' ends in .xlsx, which does not fit --format table (it should end in .txt); use .txt, or drop --format to choose the format by the extension."
        },
        {
            ["evaluate", "--out", "r.html", "--format", "csv"], ExitCodes.UsageError,
            "pbeval：错误：--out“r.html”的扩展名 .html 与 --format csv 不符（应为 .csv）；请改用 .csv，或去掉 --format 按扩展名选择格式。",
            "pbeval: error: --out 'r.html' ends in .html, which does not fit --format csv (it should end in .csv); use .csv, or drop --format to choose the format by the extension."
        },
        {
            ["evaluate", "--out", "r.pdf"], ExitCodes.UsageError,
            "pbeval：错误：--out“r.pdf”的扩展名不是任何报告格式的扩展名（.txt, .json, .csv, .md, .html, .xlsx）；请用 --format 指定格式。",
            "pbeval: error: --out 'r.pdf' does not end in the extension of a report format (.txt, .json, .csv, .md, .html, .xlsx); name the format with --format."
        },
        {
            ["evaluate", "--format", "xlsx"], ExitCodes.UsageError,
            "pbeval：错误：--format xlsx 写出的是文件，不能输出到终端；请用 --out 指定文件，例如 --out 报告.xlsx。",
            "pbeval: error: --format xlsx writes a file, not text for the terminal; name one with --out, e.g. --out report.xlsx."
        },
        {
            ["evaluate", "--year", "2019"], ExitCodes.FileError,
            "pbeval：错误：没有 2019 年的内置数据集；内置年份：2018, 2023, 2024。请指定一个年份，或给出数据集文件（DATASET）。",
            "pbeval: error: there is no bundled data set for 2019; the bundled years are 2018, 2023, 2024. Name one of them, or give a DATASET file."
        },
        {
            ["evaluate", "--year", "MMXIX"], ExitCodes.UsageError,
            "pbeval：错误：--year 必须是 1949 到 9998 之间的整数，而不是“MMXIX”。",
            "pbeval: error: --year must be an integer from 1949 to 9998, not 'MMXIX'."
        },
        {
            ["evaluate", "--as-of", "2024-13-01"], ExitCodes.UsageError,
            "pbeval：错误：--as-of 必须是日期（yyyy-MM-dd），而不是“2024-13-01”。",
            "pbeval: error: --as-of must be a date (yyyy-MM-dd), not '2024-13-01'."
        },
        {
            ["evaluate", "no-such-manifest.json"], ExitCodes.FileError,
            "pbeval：错误：无法读取“no-such-manifest.json”：文件不存在",
            "pbeval: error: cannot read 'no-such-manifest.json': no such file"
        },
        {
            ["explain", "--org", "BZ-001", "--year", "2019"], ExitCodes.FileError,
            "pbeval：错误：没有 2019 年的内置数据集；内置年份：2018, 2023, 2024。请指定一个年份，或给出数据集文件（DATASET）。",
            "pbeval: error: there is no bundled data set for 2019; the bundled years are 2018, 2023, 2024. Name one of them, or give a DATASET file."
        },
        {
            ["explain", "--org", "BZ-001", "--scheme", "no-such-scheme.json"], ExitCodes.FileError,
            "pbeval：错误：无法读取“no-such-scheme.json”：文件不存在",
            "pbeval: error: cannot read 'no-such-scheme.json': no such file"
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void BadOption_IsRefusedBeforeAnyWork_InBothLanguages(string[] args, int exitCode, string zh, string en)
    {
        foreach (var (language, message) in new[] { (DisplayLanguage.ZhCn, zh), (DisplayLanguage.English, en) })
        {
            var run = CliRun.In(language, args);

            run.ExitCode.Should().Be(exitCode);
            run.StderrLines[0].Should().Be(message);
            run.Stdout.Should().BeEmpty("nothing was evaluated");
            run.Stderr.Should().NotContain("正在评价").And.NotContain("evaluating", "no document was read or evaluated");
        }
    }

    [Fact]
    public void OutWithTheExtensionOfItsFormat_IsAccepted()
    {
        var path = temp.Combine("ranking.csv");

        var run = CliRun.Of("evaluate", "--year", "2024", "--out", path, "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        File.Exists(path).Should().BeTrue();
    }

    [Fact]
    public void UsageErrorsOfTheParser_AreInTheRunsLanguage_WithTheCommandsHelpNamed()
    {
        CliRun.Of("evaluate", "--bogus").StderrLines.Should().Equal("pbeval：错误：命令“evaluate”没有选项“--bogus”。", "运行 'pbeval evaluate --help' 查看其用法。");
        CliRun.Of("evaluate", "--format").StderrLines[0].Should().Be("pbeval：错误：选项“--format”需要一个值（table|json|csv|md|html|xlsx）。");
        CliRun.Of("evaluate", "--out", "a.txt", "--out", "b.txt").StderrLines[0].Should().Be("pbeval：错误：选项“--out”只能给一次。");
        CliRun.Of("evaluate", "a.json", "b.json").StderrLines[0].Should().Be("pbeval：错误：命令“evaluate”最多接受 1 个 [DATASET] 参数，实际给了 2 个。");
        CliRun.Of("generate", "--out", temp.Path).StderrLines[0].Should().Be("pbeval：错误：命令“generate”需要 --scale municipal|province。");
        CliRun.Of("generate", "--scale", "county", "--out", temp.Path).StderrLines[0].Should().Be("pbeval：错误：--scale 必须是 municipal|province，而不是“county”。");
        CliRun.Of("validate", "a.json", "-v").StderrLines[0].Should().Be("pbeval：错误：命令“validate”没有选项“-v”（选项写作 --名称）。");
    }
}
