using System.Diagnostics;
using System.Text;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The quick mode of issue 23 (<c>--ratios [SCALE] [--runs N]</c>): builds the province workload once (1× by default),
/// checks that the floor, SQLite and DuckDB compute what the engine computes (<see cref="Baselines"/>), then times each of
/// them on the same data (one warm-up, the median of N runs, 3 by default) and prints one line per target ratio, so that a
/// reader can check the targets of docs/performance.md in minutes. The full BenchmarkDotNet run
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
        return 0;
    }

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
