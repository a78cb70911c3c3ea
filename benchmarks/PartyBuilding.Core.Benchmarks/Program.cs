using BenchmarkDotNet.Running;
using PartyBuilding.Core.Benchmarks;

// Runs the benchmarks chosen on the command line, e.g.
//   dotnet run -c Release --project benchmarks/PartyBuilding.Core.Benchmarks -- --filter '*'
// CI smoke-runs every benchmark with `--job Dry --inProcess` so that none of them rots.
// `-- --peak-memory N` instead streams N province-sized committees through CommitteeByCommittee and reports peak memory.
if (args is ["--peak-memory", var count])
{
    return PeakMemory.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The entry point of the benchmark runner.</summary>
internal sealed partial class Program;
