using System.Diagnostics;

namespace PartyBuilding.Cli.Tests;

/// <summary>The real executable: Program.cs passes the arguments, the streams and the exit code through.</summary>
public class ProgramTest
{
    private static (int ExitCode, string Stdout, string Stderr) Execute(params string[] args) => ExecuteIn("C.UTF-8", args);

    /// <summary>Runs the tool under a POSIX locale (<c>LANG</c>, with <c>LC_ALL</c> and <c>LC_MESSAGES</c> unset).</summary>
    private static (int ExitCode, string Stdout, string Stderr) ExecuteIn(string locale, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = locale;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pbeval.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("the tool finishes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Program_MissingFile_ExitsThreeWithOneLine()
    {
        var (exitCode, stdout, stderr) = Execute("validate", "no-such-file.json");

        exitCode.Should().Be(ExitCodes.FileError);
        stdout.Should().Be("no-such-file.json: cannot read 'no-such-file.json': no such file" + Environment.NewLine);
        stderr.Should().BeEmpty();
    }

    [Fact]
    public void Program_Help_PrintsChineseAsUtf8()
    {
        var (exitCode, stdout, _) = Execute("--help");

        exitCode.Should().Be(ExitCodes.Success);
        stdout.Should().Contain("机关党建考评");
    }

    [Fact]
    public void Program_OnAChineseSystem_SpeaksChinese_UnlessLangSaysOtherwise()
    {
        var (exitCode, _, stderr) = ExecuteIn("zh_CN.UTF-8", "frobnicate");
        var (_, _, english) = ExecuteIn("zh_CN.UTF-8", "frobnicate", "--lang", "en");

        exitCode.Should().Be(ExitCodes.UsageError);
        stderr.Should().StartWith("pbeval：错误：未知命令“frobnicate”");
        english.Should().StartWith("pbeval: error: unknown command 'frobnicate'");
    }
}
