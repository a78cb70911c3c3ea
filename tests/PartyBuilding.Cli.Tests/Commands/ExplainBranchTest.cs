using PartyBuilding.Core.Common;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 21 ("Tool"): <c>pbeval explain --org ID --branch ID</c> shows a branch's organizational-life compliance — every
/// finding of the bundled 2018 records with its rule, citation and explanation, and the records it rests on with their
/// date, kind and minutes.
/// </summary>
public sealed class ExplainBranchTest
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void ExplainBranch_Golden_FindingsWithTheirRecords(string language)
    {
        var run = CliRun.Of("explain", "--org", "BZ-001", "--branch", "BZ-001-B02", "--lang", language);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify($"explain/bz-001-b02-2018-branch.{language}.txt", run.Stdout);
    }

    [Fact]
    public void ExplainBranch_SixMonthFinding_ListsTheMeetingsMissedWithTheirMinutes()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-001", "--branch", "BZ-001-B03");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().Be("branch BZ-001-B03 (市直单位001第3党支部) of BZ-001; 26 organizational-life records by 2019-01-15, 26 of them valid meetings; 3 findings");
        var leaving = Array.FindIndex(run.StdoutLines, l => l.StartsWith("Member BZ-001-B03-M004: Six consecutive months", StringComparison.Ordinal));
        var records = Array.IndexOf(run.StdoutLines, "  records:", leaving);
        run.StdoutLines[records + 1].Should().Be("    BZ-001-B03-TD-03  2018-03-10  Theme party day  minutes: BZ-001-B03 会议记录本 BZ-001-B03-TD-03");
        run.StdoutLines[(records + 1)..].Should().HaveCount(10);
    }

    [Theory]
    [InlineData(new[] { "--org", "BZ-001", "--branch", "BZ-001-B09" }, ExitCodes.InputInvalid, "branch 'BZ-001-B09' is not in the organizational-life records of BZ-WC for 2018; the records hold BZ-001-B01, BZ-001-B02, BZ-001-B03.")]
    [InlineData(new[] { "--org", "BZ-002", "--branch", "BZ-001-B02" }, ExitCodes.InputInvalid, "branch 'BZ-001-B02' belongs to 'BZ-001', not to 'BZ-002'.")]
    [InlineData(new[] { "--org", "BZ-001", "--branch", "BZ-001-B02", "--member", "BZ-001-B02-M001" }, ExitCodes.UsageError, "--branch and --member cannot be used together.")]
    [InlineData(new[] { "--org", "BZ-001", "--branch", "支部" }, ExitCodes.UsageError, "--branch must be an organization identifier, not '支部'.")]
    [InlineData(new[] { "--org", "BZ-003", "--branch", "BZ-003-B01", "--year", "2024" }, ExitCodes.UsageError, "--branch needs organizational-life records: ")]
    public void ExplainBranch_WrongBranchOrData_IsRefusedWithTheReason(string[] arguments, int exitCode, string message)
    {
        var run = CliRun.In(DisplayLanguage.English, ["explain", .. arguments]);

        run.ExitCode.Should().Be(exitCode);
        run.StderrLines[0].Should().StartWith("pbeval: error: " + message);
    }
}
