using PartyBuilding.Cli;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests;

/// <summary>Runs the tool in process and captures its exit code and output.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs the tool as on a Chinese system (no <c>--lang</c>: Chinese), as the examples of docs/cli.md show it.</summary>
    public static CliRun Of(params string[] args) => In(DisplayLanguage.ZhCn, args);

    /// <summary>Runs the tool as on a system whose language is <paramref name="system"/>.</summary>
    public static CliRun In(DisplayLanguage system, params string[] args) => Run(system, steps: false, args);

    /// <summary>Runs the tool as with stderr on a terminal: long runs print a line per step.</summary>
    public static CliRun OnTerminal(DisplayLanguage system, params string[] args) => Run(system, steps: true, args);

    private static CliRun Run(DisplayLanguage system, bool steps, string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = CliApp.Run(args, stdout, stderr, CommandRegistry.Default, DocumentCatalog.Default, system, steps);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A temporary directory deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pbeval-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Seeds
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Scenarios => Path.Combine(Directory, "scenarios");
}
