using System.Diagnostics;
using System.Text;

namespace PartyBuilding.Fuzz;

/// <summary>The options of a run.</summary>
/// <param name="Count">How many inputs to run.</param>
/// <param name="Seed">The run's seed: input <c>i</c> depends on it and on <c>i</c> only.</param>
/// <param name="Start">The index of the first input (to resume or split a run).</param>
/// <param name="TimeLimit">The time an input may take before it counts as a hang.</param>
/// <param name="Jobs">How many threads run inputs (each takes every <c>Jobs</c>-th index).</param>
/// <param name="SeedDirectory">The seed documents.</param>
/// <param name="FindingsDirectory">Where offending inputs are saved.</param>
/// <param name="Profile">Whether to print the time spent per seed document at the end.</param>
/// <param name="Replay">A saved finding to run again instead of a run.</param>
/// <param name="Typed">Whether inputs come from the structure-aware <see cref="TypedMutator"/> instead of <see cref="Mutator"/>.</param>
/// <param name="Cli">Whether inputs go to the tool's commands in process (<see cref="CliTargets"/>) instead of the library (<see cref="Targets"/>).</param>
internal sealed record FuzzOptions(long Count, int Seed, long Start, TimeSpan TimeLimit, int Jobs, string SeedDirectory, string FindingsDirectory, bool Profile = false, string? Replay = null, bool Typed = false, bool Cli = false)
{
    /// <summary>Gets the seed directory next to the program.</summary>
    public static string DefaultSeeds => Path.Combine(AppContext.BaseDirectory, "seeds");
}

/// <summary>One finding: an input that crashed (an undocumented exception), broke its round trip or hung.</summary>
internal sealed record Finding(long Index, string SeedPath, string Kind, string Recipe, string Problem, string? SavedAs);

/// <summary>The result of a run.</summary>
internal sealed record FuzzSummary(long Run, long RejectedByReader, long RejectedByValidation, long Evaluated, ImmutableArray<Finding> Findings, TimeSpan Elapsed, bool Hung)
{
    /// <summary>The one summary line the program prints.</summary>
    public string Line(FuzzOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"fuzz: seed {options.Seed}{(options.Typed ? " (typed)" : string.Empty)}{(options.Cli ? " (pbeval)" : string.Empty)}, inputs {options.Start}..{options.Start + Run - 1}: {Run} run ({RejectedByReader} refused by the reader, {RejectedByValidation} by validation, {Evaluated} evaluated), {Findings.Length} findings{(Hung ? " (stopped at a hang)" : string.Empty)}, {Elapsed.TotalSeconds:F1} s");
}

/// <summary>
/// Runs inputs on worker threads under a watchdog: each worker publishes when its current input started, and the
/// watchdog flags an input as a hang, saves it and ends the run (a hung thread cannot be stopped in .NET, so the run
/// stops with it) when it has run longer than the time limit while the process used more processor time than the limit
/// in that span (so that a run starved by <c>nice</c> on a busy machine is not taken for a hang), or ten times the limit
/// in any case.
/// </summary>
internal static class FuzzRunner
{
    public static FuzzSummary Run(FuzzOptions options, SeedCorpus corpus, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Func<int, long, FuzzInput> make = options.Typed ? new TypedMutator(corpus).Make : new Mutator(corpus).Make;
        using var cli = options.Cli ? new CliTargets(corpus) : null;
        ITargets targets = cli is null ? new Targets(corpus) : cli;
        var clock = Stopwatch.StartNew();
        var findings = new System.Collections.Concurrent.ConcurrentBag<Finding>();
        long refused = 0, invalid = 0, evaluated = 0, done = 0;
        var profile = options.Profile ? new Dictionary<string, TimeSpan>(StringComparer.Ordinal) : null;
        var workers = Enumerable.Range(0, options.Jobs).Select(_ => new WorkerState()).ToArray();
        // Warm-up: every seed once, unchanged, before the clock counts (loads the evaluation, compiles the code paths).
        // The tool's commands skip it: they would run the whole evaluation once per document of the manifest.
        foreach (var seed in corpus.Seeds.Where(s => s.Kind is not null && !options.Cli))
        {
            targets.Run(new FuzzInput(-1, seed.Path, seed.Kind!, seed.Bytes, "unchanged"));
        }

        clock.Restart();
        var threads = workers.Select((state, w) => new Thread(() =>
        {
            for (var index = options.Start + w; index < options.Start + options.Count; index += options.Jobs)
            {
                FuzzInput input;
                lock (state)
                {
                    state.Input = null;
                    state.StartedAt = clock.Elapsed;
                    state.StartedCpu = Environment.CpuUsage.TotalTime;
                }

                input = make(options.Seed, index);
                lock (state)
                {
                    state.Input = input;
                }

                try
                {
                    switch (targets.Run(input))
                    {
                        case Outcome.RejectedByReader: Interlocked.Increment(ref refused); break;
                        case Outcome.RejectedByValidation: Interlocked.Increment(ref invalid); break;
                        default: Interlocked.Increment(ref evaluated); break;
                    }
                }
#pragma warning disable CA1031 // Any exception the library lets out is exactly what the harness looks for.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    var problem = e is RoundTripException or CliFindingException ? e.Message : $"{e.GetType().FullName}: {e.Message}";
                    var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("PartyBuilding.Core", StringComparison.Ordinal) || l.Contains("PartyBuilding.Cli", StringComparison.Ordinal))?.Trim();
                    findings.Add(Save(options, input, frame is null ? problem : $"{problem} ({frame})"));
                }

                if (profile is not null)
                {
                    var spent = clock.Elapsed - state.StartedAt;
                    lock (profile)
                    {
                        profile[input.SeedPath] = profile.GetValueOrDefault(input.SeedPath) + spent;
                    }
                }

                Interlocked.Increment(ref done);
                if (state.Stop)
                {
                    break;
                }
            }

            state.Finished = true;
        })
        { IsBackground = true, Name = $"fuzz-{w}" }).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        var hung = false;
        var lastReport = TimeSpan.Zero;
        while (!workers.All(w => w.Finished))
        {
            Thread.Sleep(50);
            foreach (var state in workers)
            {
                lock (state)
                {
                    var wall = clock.Elapsed - state.StartedAt;
                    var cpu = Environment.CpuUsage.TotalTime - state.StartedCpu;
                    if (!state.Finished && state.Input is { } input
                        && ((wall > options.TimeLimit && cpu > options.TimeLimit) || wall > options.TimeLimit * 10))
                    {
                        findings.Add(Save(options, input, string.Create(CultureInfo.InvariantCulture, $"hang: still running after {wall.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of processor time)")));
                        hung = true;
                    }
                }
            }

            if (hung)
            {
                foreach (var state in workers)
                {
                    state.Stop = true;
                }

                break;
            }

            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(60))
            {
                lastReport = clock.Elapsed;
                progress(string.Create(CultureInfo.InvariantCulture, $"fuzz: {Interlocked.Read(ref done)} inputs, {findings.Count} findings, {clock.Elapsed.TotalMinutes:F1} min"));
            }
        }

        if (profile is not null && progress is not null)
        {
            foreach (var (path, spent) in profile.OrderByDescending(p => p.Value).Take(15))
            {
                progress(string.Create(CultureInfo.InvariantCulture, $"profile: {spent.TotalSeconds,8:F2} s  {path}"));
            }
        }

        return new FuzzSummary(
            Interlocked.Read(ref done), Interlocked.Read(ref refused), Interlocked.Read(ref invalid), Interlocked.Read(ref evaluated),
            [.. findings.OrderBy(f => f.Index)], clock.Elapsed, hung);
    }

    private static Finding Save(FuzzOptions options, FuzzInput input, string problem)
    {
        Directory.CreateDirectory(options.FindingsDirectory);
        var name = string.Create(CultureInfo.InvariantCulture, $"seed{options.Seed}-input{input.Index}");
        var path = Path.Combine(options.FindingsDirectory, name + ".json");
        File.WriteAllBytes(path, input.Bytes);
        File.WriteAllText(Path.Combine(options.FindingsDirectory, name + ".txt"), string.Join('\n',
            $"seed path: {input.SeedPath}", $"read as: {input.Kind}", $"recipe: {input.Recipe}", $"problem: {problem}", string.Empty), new UTF8Encoding(false));
        return new Finding(input.Index, input.SeedPath, input.Kind, input.Recipe, problem, path);
    }

    private sealed class WorkerState
    {
        public FuzzInput? Input { get; set; }

        public TimeSpan StartedAt { get; set; }

        public TimeSpan StartedCpu { get; set; }

        public volatile bool Stop;

        public volatile bool Finished;
    }
}
