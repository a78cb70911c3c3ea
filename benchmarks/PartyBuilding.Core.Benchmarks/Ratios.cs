using System.Diagnostics;
using System.Text;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The quick mode of issue 23 (<c>--ratios [SCALE] [--runs N] [--scaling F]</c>): builds the province workload once (1× by default),
/// checks that the floor, SQLite and DuckDB compute what the engine computes (<see cref="Baselines"/>), then times each of
/// them on the same data (one warm-up, the median of N runs, 3 by default) and prints one line per target ratio, so that a
/// reader can check the targets of docs/performance.md in minutes. Last, it runs the tool itself on the same data in a
/// process of its own (<see cref="ToolRun"/>) for the peak working set of <c>pbeval evaluate</c>, and with
/// <c>--scaling F</c> also on a province F times as large. The full BenchmarkDotNet run
/// (<see cref="ProvinceBenchmarks"/>) remains the measurement quoted in the docs; this mode is its short form.
/// </summary>
internal static class Ratios
{
    /// <summary>Runs the quick mode.</summary>
    /// <param name="args">The arguments after <c>--ratios</c>.</param>
    /// <param name="output">Where the lines go.</param>
    /// <returns>0, or 1 when a baseline disagrees with the engine.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        var scale = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "1x";
        var runs = Array.IndexOf(args, "--runs") is var at and >= 0 && at + 1 < args.Length
            ? int.Parse(args[at + 1], CultureInfo.InvariantCulture)
            : 3;
        var workload = Workload.Province(scale);
        var (inputs, asOf) = (workload.Inputs, workload.AsOf);
        output.WriteLine($"workload = {scale}, {workload.InputRecords.ToString(CultureInfo.InvariantCulture)} input records");

        var floor = FloorData.From(inputs, asOf);
        var tables = PointsRollup.From(inputs.MemberPointsScheme!, inputs.MemberPointsData!, asOf);
        using var sqlite = new SqliteBaseline(tables);
        using var duckdb = new DuckDbBaseline(tables);

        var evaluation = AnnualEvaluation.Run(inputs, asOf);
        var failures = new List<string>();
        foreach (var check in new Action[]
        {
            () => Baselines.VerifyFloor(evaluation, floor.RankedTotals()),
            () => Baselines.VerifyGrades("SQLite", tables, evaluation.MemberPoints!, sqlite.Run()),
            () => Baselines.VerifyGrades("DuckDB", tables, evaluation.MemberPoints!, duckdb.Run()),
        })
        {
            try
            {
                check();
            }
            catch (InvalidOperationException e)
            {
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
        {
            failures.ForEach(f => output.WriteLine($"check failed: {f}"));
            return 1;
        }

        output.WriteLine("check = the floor, SQLite and DuckDB agree with the engine");

        // Explaining one organization after the evaluation: its tree is built when read, down to the areas' records.
        var explain = evaluation.Assessment.Organizations
            .Select(o => Median(1, () => o.Explanation))
            .Order()
            .ToArray();
        var organizations = explain.Length;
        evaluation = null;
        var digests = Median(runs, () => AnnualEvaluation.Digests(inputs, EvaluationAreas.BuiltIn));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        _ = AnnualEvaluation.Run(inputs, asOf);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var full = Median(runs, () => AnnualEvaluation.Run(inputs, asOf));
        var floorTime = Median(runs, () => floor.Run());
        var points = Median(runs, () => MemberPointsEngine.Evaluate(inputs.MemberPointsData!, inputs.MemberPointsScheme!, asOf));
        var sqliteTime = Median(runs, sqlite.Run);
        var duckdbTime = Median(runs, duckdb.Run);

        // Reading: the manifest and its documents as `pbeval generate` writes them, from streams that can seek (as files are).
        var files = SyntheticDataSet.Serialize(workload).ToDictionary(d => d.Key, d => Encoding.UTF8.GetBytes(d.Value));
        var jsonBytes = files.Sum(f => (long)f.Value.Length);
        var read = Median(runs, () => EvaluationManifestLoader.Load(
            new MemoryStream(files["manifest.json"], writable: false),
            name => new MemoryStream(files[name], writable: false)));
        var tool = ToolRun.Find();
        var folder = Directory.CreateTempSubdirectory("pb-ratios-");
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, name), bytes);
        }

        files = null;

        output.WriteLine($"time full-evaluation = {Milliseconds(full)} ms");
        output.WriteLine($"time floor = {Milliseconds(floorTime)} ms");
        output.WriteLine($"time member-points = {Milliseconds(points)} ms");
        output.WriteLine($"time member-points-sqlite = {Milliseconds(sqliteTime)} ms");
        output.WriteLine($"time member-points-duckdb = {Milliseconds(duckdbTime)} ms");
        output.WriteLine($"ratio full-evaluation/floor = {Ratio(full, floorTime)}");
        output.WriteLine($"ratio member-points/sqlite = {Ratio(points, sqliteTime)}");
        output.WriteLine($"ratio member-points/duckdb = {Ratio(points, duckdbTime)}");
        output.WriteLine($"time read-documents = {Milliseconds(read)} ms ({jsonBytes.ToString(CultureInfo.InvariantCulture)} bytes of JSON)");
        output.WriteLine($"read-mb-per-second = {(jsonBytes / 1e6 / read.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)}");
        output.WriteLine($"time explain-one-organization = {Milliseconds(explain[organizations / 2])} ms median, {Milliseconds(explain[^1])} ms at most ({organizations.ToString(CultureInfo.InvariantCulture)} organizations, each tree built when read)");
        output.WriteLine($"time receipt-document-digests = {Milliseconds(digests)} ms (part of the full evaluation)");
        output.WriteLine($"bytes-per-record = {(allocated / workload.InputRecords).ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"peak-working-set-mb = {(Process.GetCurrentProcess().PeakWorkingSet64 >> 20).ToString(CultureInfo.InvariantCulture)} (this process: the workload, the three baselines' copies and the runs)");
        try
        {
            return RunTool(tool, folder.FullName, scale, Scaling(args), output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The tool's own lines: <c>pbeval evaluate</c> of the workload's files in a process of its own (time and peak working
    /// set), and with <c>--scaling F</c> at 1× the same for a province F times as large, generated by the tool split by month.
    /// </summary>
    private static int RunTool(string? tool, string folder, string scale, int scaling, TextWriter output)
    {
        if (tool is null)
        {
            output.WriteLine("pbeval-evaluate = not measured (build src/PartyBuilding.Cli in Release first)");
            return 0;
        }

        var (wall, peak, exit) = ToolRun.Run(tool, "evaluate", Path.Combine(folder, "manifest.json"), "--format", "csv", "--out", Path.Combine(folder, "ranking.csv"));
        if (exit != 0)
        {
            output.WriteLine($"pbeval-evaluate failed with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
            return 1;
        }

        output.WriteLine($"time pbeval-evaluate = {Milliseconds(wall)} ms (the tool in a process of its own: start, read, evaluate, write the ranking)");
        output.WriteLine($"peak-working-set-mb pbeval-evaluate = {(peak >> 20).ToString(CultureInfo.InvariantCulture)}");
        if (scaling <= 1)
        {
            return 0;
        }

        if (scale != "1x")
        {
            output.WriteLine("scaling = not measured (--scaling compares with the 1x workload)");
            return 0;
        }

        var large = Path.Combine(folder, $"{scaling.ToString(CultureInfo.InvariantCulture)}x");
        var generated = ToolRun.Run(tool, "generate", "--scale", "province", "--factor", scaling.ToString(CultureInfo.InvariantCulture), "--split-by-month", "--out", large);
        if (generated.ExitCode != 0)
        {
            output.WriteLine($"pbeval-generate {scaling.ToString(CultureInfo.InvariantCulture)}x failed with exit code {generated.ExitCode.ToString(CultureInfo.InvariantCulture)}");
            return 1;
        }

        var name = $"pbeval-evaluate-{scaling.ToString(CultureInfo.InvariantCulture)}x";
        var (largeWall, largePeak, largeExit) = ToolRun.Run(tool, "evaluate", Path.Combine(large, "manifest.json"), "--format", "csv", "--out", Path.Combine(large, "ranking.csv"));
        output.WriteLine($"peak-working-set-mb {name} = {(largePeak >> 20).ToString(CultureInfo.InvariantCulture)}");
        if (largeExit != 0)
        {
            output.WriteLine($"{name} failed with exit code {largeExit.ToString(CultureInfo.InvariantCulture)}");
            return 1;
        }

        output.WriteLine($"time {name} = {Milliseconds(largeWall)} ms");
        output.WriteLine($"ratio {name}/pbeval-evaluate = {Ratio(largeWall, wall)} ({scaling.ToString(CultureInfo.InvariantCulture)} times the data)");
        return 0;
    }

    private static int Scaling(string[] args) =>
        Array.IndexOf(args, "--scaling") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 1;

    private static TimeSpan Median<T>(int runs, Func<T> action)
    {
        GC.KeepAlive(action());
        var times = new TimeSpan[runs];
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = watch.Elapsed;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan engine, TimeSpan baseline) => (engine / baseline).ToString("F2", CultureInfo.InvariantCulture);
}
