using System.Text.Json.Nodes;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>A command that prints the sample report runs through the real shell, as <c>evaluate</c> will.</summary>
public sealed class ReportOutputTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = CliApp.Run(args, stdout, stderr, new CommandRegistry([new SampleReportCommand()]), DocumentCatalog.Default, DisplayLanguage.ZhCn);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Write_NoOptions_PrintsTableOnStdout()
    {
        var run = Run("sample");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.StdoutLines[0].Should().Be("2024年度机关党建考评结果 (2024)");
    }

    [Fact]
    public void Write_FormatAndLanguage_AreHonoured()
    {
        var run = Run("sample", "--format", "json", "--lang", "en");

        JsonNode.Parse(run.Stdout)!["title"]!.GetValue<string>().Should().Be("2024 party-building evaluation");
    }

    [Fact]
    public void Write_OutWithExtension_ChoosesFormatAndSaysWhere()
    {
        var path = temp.Combine("report.html");

        var run = Run("sample", "--out", path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Equal($"已写入 {path}（html）");
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Write_FormatAndAnOutWithoutExtension_WritesThatFormat()
    {
        var path = temp.Combine("report");

        Run("sample", "--out", path, "--format", "csv").ExitCode.Should().Be(ExitCodes.Success);

        File.ReadAllText(path).Should().StartWith("排名,");
    }

    [Fact]
    public void Write_CsvFile_StartsWithAByteOrderMarkForSpreadsheets()
    {
        var path = temp.Combine("report.csv");

        var run = Run("sample", "--out", path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        File.ReadAllBytes(path).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Run("sample", "--format", "csv").Stdout.Should().StartWith("排名,", "stdout carries no byte order mark");
    }

    [Fact]
    public void Write_OtherFormatsInAFile_HaveNoByteOrderMark()
    {
        var path = temp.Combine("report.md");

        Run("sample", "--out", path);

        File.ReadAllBytes(path)[0].Should().Be((byte)'#');
    }

    [Fact]
    public void Write_XlsxOut_WritesAWorkbookTheClerkCanOpen()
    {
        var path = temp.Combine("report.xlsx");

        var run = Run("sample", "--out", path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.StderrLines.Should().Equal($"已写入 {path}（xlsx）");
        new XlsxWorkbook(File.ReadAllBytes(path)).SheetNames.Should().Equal("排名表", "未参加排名的组织", "分布", "说明");
    }

    [Fact]
    public void Write_XlsxWithoutOut_IsUsageError_NothingOnStdout()
    {
        var run = Run("sample", "--format", "xlsx");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Write_UnknownFormat_IsUsageError()
    {
        var run = Run("sample", "--format", "pdf");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines[0].Should().Be("pbeval：错误：--format 必须是 table|json|csv|md|html|xlsx 之一，而不是“pdf”。");
    }

    [Fact]
    public void Write_UnwritableOut_IsFileError()
    {
        var blocker = temp.File("file", "x");

        Run("sample", "--out", Path.Combine(blocker, "report.md")).ExitCode.Should().Be(ExitCodes.FileError);
    }

    private sealed class SampleReportCommand : ICommand
    {
        public CommandSpec Spec { get; } = new("sample", new LocalizedText("输出示例报告。", "Prints the sample report."), string.Empty, 0, 0, ReportOutput.Options);

        public int Execute(ParsedArguments arguments, CliContext context)
        {
            ReportOutput.Write(SampleReport.Create(), arguments, context, []);
            return ExitCodes.Success;
        }
    }
}
