using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, e.g.
//   dotnet run -c Release --project benchmarks/PartyBuilding.Core.Benchmarks -- --filter '*'
// CI smoke-runs every benchmark with `--job Dry --inProcess` so that none of them rots.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point of the benchmark runner.</summary>
internal sealed partial class Program;
