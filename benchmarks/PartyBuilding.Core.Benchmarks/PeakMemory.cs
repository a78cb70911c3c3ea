using System.Diagnostics;
using NodaTime;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Peak memory of a committee-by-committee run (issue 11): N province-sized committees (each about 130 departments,
/// 5,000 branches and 50,000 members with a year of declarations, seeds 1..N, committees <c>P01-WC</c>…) are produced one at a
/// time and evaluated through <see cref="CommitteeByCommittee.Run"/>; only each committee's ranking summary is kept.
/// Reports the process's peak working set and the largest managed heap seen after a committee, so that 1 and 16
/// committees (1× and 16× the data) can be compared. Not a timed test: run it on its own, one process per N.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Runs the measurement.</summary>
    /// <param name="committees">The number of province-sized committees.</param>
    /// <param name="output">Where the report goes.</param>
    /// <returns>0 when every committee was evaluated, 1 otherwise.</returns>
    public static int Run(int committees, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        long records = 0;
        long heapPeak = 0;
        var evaluated = 0;
        foreach (var committee in CommitteeByCommittee.Run(Produce(committees, n => records += n)))
        {
            heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
            if (committee.Result is { } result)
            {
                evaluated++;
                var top = result.Assessment.Organizations[0];
                using var now = Process.GetCurrentProcess();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{committee.Committee}: {result.Assessment.Organizations.Length} organizations ranked, first {top.Organization} ({clock.Elapsed.TotalSeconds:F0} s, peak working set so far {now.PeakWorkingSet64 / 1048576.0:N0} MiB, managed heap {heapPeak / 1048576.0:N0} MiB)"));
            }
            else
            {
                output.WriteLine($"{committee.Committee}: {committee.Problems.Length} problems, first {committee.Problems[0]}");
            }
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"committees {committees}, evaluated {evaluated}, input records {records:N0}, wall {clock.Elapsed.TotalSeconds:F0} s, peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB, largest managed heap after a committee {heapPeak / 1048576.0:N0} MiB"));
        return evaluated == committees ? 0 : 1;
    }

    private static IEnumerable<CommitteeInputs> Produce(int committees, Action<long> counted)
    {
        for (var n = 1; n <= committees; n++)
        {
            var shape = SyntheticShape.Province with { Prefix = string.Create(CultureInfo.InvariantCulture, $"P{n:D2}") };
            var evaluation = new SyntheticDataSet(shape, n, _ => { }).BuildEvaluation();
            counted(evaluation.InputRecords);
            yield return new CommitteeInputs(evaluation.Inputs, evaluation.AsOf);
        }
    }
}
