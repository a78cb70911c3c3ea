using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Cli.Generation;

/// <summary>A generated committee's evaluation, in memory (its input records are counted by the library, as the progress reports count them).</summary>
/// <param name="Inputs">The typed documents, ready for <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Manifest">The manifest that lists the documents under <see cref="SyntheticDataSet.FileNames"/>.</param>
internal sealed record SyntheticEvaluation(AnnualEvaluationInputs Inputs, LocalDate AsOf, EvaluationManifest Manifest);
