using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 24 (long work): with stderr on a terminal, <c>evaluate</c> prints each step of the evaluation as it begins, with the
/// time since the start, in the user's language; into a pipe or a log it prints only what it printed before.
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
        steps[0].Should().StartWith("[1/7] 校验文件并核对组织结构（已用 ");
        steps.Should().Contain(l => l.StartsWith("[4/7] 计算：党员积分管理（已用 ", StringComparison.Ordinal));
        steps[^1].Should().StartWith("[7/7] 综合考核与统一排名（已用 ");
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
    }

    [GeneratedRegex(@"^\[\d/7\] \S.*（已用 \d+\.\d 秒）$")]
    private static partial Regex ZhStep();

    [GeneratedRegex(@"^\[\d/7\] [a-z].* \(\d+\.\d s elapsed\)$")]
    private static partial Regex EnStep();
}
