using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PartyBuilding.Core.Benchmarks;

// Runs the benchmarks chosen on the command line, e.g.
//   dotnet run -c Release --project benchmarks/PartyBuilding.Core.Benchmarks -- --filter '*'
// CI smoke-runs every benchmark with `--job Dry --inProcess` so that none of them rots.
// `-- --peak-memory N` instead streams N province-sized committees through CommitteeByCommittee and reports peak memory.
if (args is ["--peak-memory", var count])
{
    return PeakMemory.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

// `-- --ratios [SCALE] [--runs N]` checks the baselines against the engine and prints the ratios of issue 23 (Ratios.cs).
if (args is ["--ratios", .. var rest])
{
    return Ratios.Run(rest, Console.Out);
}

// `--long WARMUPS ITERATIONS` runs in-process with the monitoring strategy (one invocation per iteration) and without
// BenchmarkDotNet's five-minute limit per in-process benchmark case: the 4× and 16× province cases, whose setup builds the
// workload, run longer than that. CI's `--job Dry --inProcess` does not use it.
if (Array.IndexOf(args, "--long") is var at and >= 0 && at + 2 < args.Length)
{
    var job = Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture))
        .WithIterationCount(int.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture))
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(3), logOutput: true));
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args[..at], .. args[(at + 3)..]], DefaultConfig.Instance.AddJob(job));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The entry point of the benchmark runner.</summary>
internal sealed partial class Program;
