using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>Where a report goes: never over a file the run read, and whole or not at all.</summary>
public sealed class OutputFileTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public OutputFileTest()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Seeds.Scenarios, "evaluation", "documents"), "*.json"))
        {
            File.Copy(file, temp.Combine(Path.GetFileName(file)));
        }
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("snapshot.json")]
    [InlineData("./double-review-data.json")]
    public void Evaluate_OutIsAFileTheRunRead_IsRefusedAndTheFileIsUntouched(string output)
    {
        var target = temp.Combine(output);
        var before = File.ReadAllText(target);

        var run = CliRun.In(DisplayLanguage.English, "evaluate", temp.Combine("manifest.json"), "--out", target);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain($"--out '{target}' is a file this run read");
        File.ReadAllText(target).Should().Be(before);
    }

    [Fact]
    public void Evaluate_OutOverAnEarlierReport_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        var report = temp.File("ranking.csv", "an earlier report");

        var run = CliRun.Of("evaluate", temp.Combine("manifest.json"), "--out", report);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        File.ReadAllText(report).Should().Contain("SC-001").And.NotContain("an earlier report");
        Directory.GetFiles(temp.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_OutThatCannotBeWritten_IsAFileErrorAndTheEarlierReportStays()
    {
        var report = temp.File("ranking.csv", "an earlier report");
        var blocked = temp.Combine("blocked");
        Directory.CreateDirectory(blocked);

        var run = CliRun.In(DisplayLanguage.English, "evaluate", temp.Combine("manifest.json"), "--out", blocked, "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stderr.Should().Contain($"cannot write '{blocked}'");
        File.ReadAllText(report).Should().Be("an earlier report");
        Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }
}
