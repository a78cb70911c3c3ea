using System.Diagnostics;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Runs the real tool (<c>pbeval</c>, the Release build of <c>src/PartyBuilding.Cli</c> for net10.0) in a process of its
/// own and measures its wall time and peak working set, for the targets of issue 23 that are about the tool rather than the
/// library: the peak working set of a 1× <c>pbeval evaluate</c>, and the time and memory of a larger data set in one process.
/// </summary>
/// <remarks>
/// The peak is the child's high-water mark of resident memory (<see cref="Process.PeakWorkingSet64"/>, <c>VmHWM</c> on
/// Linux), read every 10 ms while it runs; the mark only rises, so the last reading before it exits is its peak to within
/// what the last 10 ms could add.
/// </remarks>
internal static class ToolRun
{
    /// <summary>The tool's assembly in the repository's Release build, or <see langword="null"/> when it is not built.</summary>
    /// <returns>The path of <c>pbeval.dll</c>, or <see langword="null"/>.</returns>
    public static string? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Core.sln")))
        {
            directory = directory.Parent;
        }

        var tool = directory is null ? null : Path.Combine(directory.FullName, "src", "PartyBuilding.Cli", "bin", "Release", "net10.0", "pbeval.dll");
        return tool is not null && File.Exists(tool) ? tool : null;
    }

    /// <summary>Runs the tool with the given arguments and waits for it.</summary>
    /// <param name="tool">The path of <c>pbeval.dll</c>.</param>
    /// <param name="arguments">The tool's arguments.</param>
    /// <returns>The wall time, the peak working set in bytes and the exit code.</returns>
    public static (TimeSpan Wall, long PeakBytes, int ExitCode) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0L;
        while (!process.WaitForExit(10))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the reading.
            }
        }

        process.WaitForExit();
        return (watch.Elapsed, peak, process.ExitCode);
    }
}
