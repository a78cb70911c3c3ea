using System.Runtime.CompilerServices;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>One committee's documents and evaluation date: an item of a committee-by-committee run.</summary>
/// <param name="Inputs">The committee's documents for the year.</param>
/// <param name="AsOf">The evaluation date.</param>
public sealed record CommitteeInputs(AnnualEvaluationInputs Inputs, LocalDate AsOf);

/// <summary>What a committee-by-committee run gives for one committee: its evaluation, or every problem that stopped it.</summary>
/// <param name="Committee">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Result">The evaluation; <see langword="null"/> when the committee's documents are not valid.</param>
/// <param name="Problems">Every problem of the committee's documents (paths as <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> or <see cref="EvaluationManifestLoader"/> give them); empty when <see cref="Result"/> is set.</param>
public sealed record CommitteeEvaluation(OrganizationId Committee, AssessmentYear Year, AnnualEvaluationResult? Result, ValueArray<ValidationProblem> Problems)
{
    /// <summary>Gets a value indicating whether the committee was evaluated.</summary>
    public bool Succeeded => Result is not null;
}

/// <summary>
/// Evaluates committees one at a time from a sequence of their documents, so that a national data set (hundreds of
/// working committees) never has to be in memory at once: each committee's documents are read (or produced) when the
/// sequence is advanced, evaluated by <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>, and can be dropped as soon as its result has been
/// consumed. Committees are independent (no document, rule or ranking spans two of them), so the order of the sequence
/// does not change any result and the sequence can be split between machines by committee.
/// </summary>
/// <remarks>
/// A committee whose documents are not valid does not stop the run: its <see cref="CommitteeEvaluation"/> carries the
/// problems instead of a result. Programming errors (a <see langword="null"/> item) are thrown. The run is lazy: nothing
/// is read or evaluated before the result sequence is enumerated, and each committee is evaluated once per enumeration.
/// </remarks>
public static class CommitteeByCommittee
{
    /// <summary>Evaluates each committee of a sequence in turn.</summary>
    /// <param name="committees">The committees' documents, produced one at a time.</param>
    /// <returns>One evaluation per committee, in the order of <paramref name="committees"/>, evaluated as the result is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committees"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="committees"/> is <see langword="null"/> (thrown when it is reached).</exception>
    public static IEnumerable<CommitteeEvaluation> Run(IEnumerable<CommitteeInputs> committees)
    {
        ArgumentNullException.ThrowIfNull(committees);
        return Iterate(committees);

        static IEnumerable<CommitteeEvaluation> Iterate(IEnumerable<CommitteeInputs> committees)
        {
            foreach (var committee in committees)
            {
                yield return Evaluate(committee);
            }
        }
    }

    /// <summary>Evaluates each committee of an asynchronous sequence in turn (e.g. documents read from storage or a queue).</summary>
    /// <param name="committees">The committees' documents, produced one at a time.</param>
    /// <param name="cancellationToken">Stops the run between committees.</param>
    /// <returns>One evaluation per committee, in the order of <paramref name="committees"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committees"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="committees"/> is <see langword="null"/> (thrown when it is reached).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<CommitteeEvaluation> RunAsync(IAsyncEnumerable<CommitteeInputs> committees, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committees);
        return Iterate(committees, cancellationToken);

        static async IAsyncEnumerable<CommitteeEvaluation> Iterate(IAsyncEnumerable<CommitteeInputs> committees, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var committee in committees.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Evaluate(committee);
            }
        }
    }

    /// <summary>Reads and evaluates the committees of a sequence of manifests in turn: each manifest's documents are read only when its turn comes.</summary>
    /// <param name="manifests">The committees' manifests.</param>
    /// <param name="open">Opens a document of a manifest by the path written in it (the caller resolves it against the manifest's location). The loader disposes each stream.</param>
    /// <returns>One evaluation per manifest, in the order of <paramref name="manifests"/>; a manifest whose documents cannot be read carries the loader's problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="manifests"/> is <see langword="null"/> (thrown when it is reached).</exception>
    public static IEnumerable<CommitteeEvaluation> RunManifests(IEnumerable<EvaluationManifest> manifests, Func<EvaluationManifest, string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        ArgumentNullException.ThrowIfNull(open);
        return Iterate(manifests, open);

        static IEnumerable<CommitteeEvaluation> Iterate(IEnumerable<EvaluationManifest> manifests, Func<EvaluationManifest, string, Stream> open)
        {
            foreach (var manifest in manifests)
            {
                if (manifest is null)
                {
                    throw new ArgumentException("The sequence of manifests holds a null item.", nameof(manifests));
                }

                yield return Evaluate(manifest, open);
            }
        }
    }

    private static CommitteeEvaluation Evaluate(EvaluationManifest manifest, Func<EvaluationManifest, string, Stream> open)
    {
        AnnualEvaluationInputs inputs;
        try
        {
            inputs = EvaluationManifestLoader.Load(manifest, path => open(manifest, path));
        }
        catch (PartyBuildingValidationException e)
        {
            return new CommitteeEvaluation(manifest.Committee, manifest.Year, null, e.Problems);
        }

        return Evaluate(new CommitteeInputs(inputs, manifest.AsOf));
    }

    private static CommitteeEvaluation Evaluate(CommitteeInputs committee)
    {
        if (committee is null)
        {
            throw new ArgumentException("The sequence of committees holds a null item.", nameof(committee));
        }

        try
        {
            return new CommitteeEvaluation(committee.Inputs.Committee, committee.Inputs.Year, AnnualEvaluation.Run(committee.Inputs, committee.AsOf), []);
        }
        catch (PartyBuildingValidationException e)
        {
            return new CommitteeEvaluation(committee.Inputs.Committee, committee.Inputs.Year, null, e.Problems);
        }
    }
}
