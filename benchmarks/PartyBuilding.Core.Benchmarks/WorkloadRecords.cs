using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The input records of a workload, counted by the library's one definition (<see cref="global::PartyBuilding.Core.Evaluation.InputRecords"/>, which
/// the evaluation's progress reports count too), so that bytes per record and the progress bar measure the same records.
/// </summary>
internal static class WorkloadRecords
{
    extension(SyntheticEvaluation evaluation)
    {
        /// <summary>Gets the number of input records of the workload's documents.</summary>
        public long InputRecords => global::PartyBuilding.Core.Evaluation.InputRecords.Of(evaluation.Inputs);
    }
}
