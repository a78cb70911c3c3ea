using System.Runtime.ExceptionServices;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The order-independent digests of an evaluation's documents for the receipt (<see cref="CanonicalDigest"/>), computed in
/// parallel with each other and with whatever the caller does meanwhile: <see cref="Start"/> hands the documents to
/// background workers, <see cref="Finish"/> digests what no worker has taken yet on the calling thread and returns them all.
/// </summary>
/// <remarks>
/// The values do not depend on which thread digests which document. A failure surfaces from <see cref="Finish"/> as it would
/// have from digesting the documents one after another: the exception of the first failing document in the order of
/// <see cref="AnnualEvaluation.Digests"/>, unwrapped. Disposing stops the workers at their next block (an evaluation that
/// ends early, by a validation problem or its token, does not leave them running).
/// </remarks>
internal sealed class DocumentDigests : IDisposable
{
    private readonly (string Name, Func<CancellationToken, string> Digest)[] _documents;
    private readonly string[] _digests;
    private readonly ExceptionDispatchInfo?[] _failures;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private int _next = -1;

    private DocumentDigests((string, Func<CancellationToken, string>)[] documents, int workers, CancellationToken cancellationToken)
    {
        _documents = documents;
        _digests = new string[documents.Length];
        _failures = new ExceptionDispatchInfo?[documents.Length];
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        _workers = [.. Enumerable.Range(0, Math.Clamp(workers, 0, documents.Length))
            .Select(_ => Task.Factory.StartNew(() => Work(token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
    }

    /// <summary>Starts digesting every document given (the registry, every area's documents, the directly given inputs).</summary>
    /// <param name="inputs">The documents.</param>
    /// <param name="areas">The areas whose documents count.</param>
    /// <param name="workers">How many background workers digest beside the thread that calls <see cref="Finish"/> (0 for none).</param>
    /// <param name="cancellationToken">Stops the workers.</param>
    /// <returns>The digests being computed.</returns>
    public static DocumentDigests Start(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, int workers, CancellationToken cancellationToken)
    {
        var documents = new List<(string, Func<CancellationToken, string>)> { ("organizationSnapshot", t => CanonicalDigest.Of(inputs.Organizations, t)) };
        if (inputs.OrganizationEvents is { } events)
        {
            documents.Add(("organizationEvents", t => CanonicalDigest.Of(events, t)));
        }

        if (inputs.GivenInputs is { } given)
        {
            documents.Add(("givenInputs", t => CanonicalDigest.Of(given, t)));
        }

        foreach (var document in areas.SelectMany(a => a.Documents).DistinctBy(d => d.Name).Where(d => d.In(inputs) is not null))
        {
            documents.Add((document.Name, t => document.Digest(inputs, t)!));
        }

        return new DocumentDigests([.. documents], workers, cancellationToken);
    }

    /// <summary>Digests the documents no worker has taken, waits for the workers and returns every digest by document name.</summary>
    /// <returns>The digests, lower-case hexadecimal, by the manifest's document names.</returns>
    public ValueDictionary<string> Finish()
    {
        Work(_stop.Token);
        Task.WaitAll(_workers);
        foreach (var failure in _failures)
        {
            failure?.Throw();
        }

        return ValueDictionary.CreateRange(_documents.Select((d, i) => KeyValuePair.Create(d.Name, _digests[i])));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private void Work(CancellationToken cancellationToken)
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < _documents.Length)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                _digests[i] = _documents[i].Digest(cancellationToken);
            }
            catch (Exception e)
            {
                _failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
