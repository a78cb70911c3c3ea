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
/// <para>The background workers of every evaluation in the process draw on one <see cref="WorkerBudget"/>
/// (<see cref="WorkerBudget.Shared"/>: one fewer than the processors): a web host running many evaluations at once does not
/// start threads beyond it; an evaluation that finds the budget spent digests on its own thread, to the same values.</para>
/// </remarks>
internal sealed class DocumentDigests : IDisposable
{
    private readonly (string Name, Func<CancellationToken, string> Digest)[] _documents;
    private readonly string[] _digests;
    private readonly ExceptionDispatchInfo?[] _failures;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private int _next = -1;

    private DocumentDigests((string, Func<CancellationToken, string>)[] documents, int workers, WorkerBudget budget, CancellationToken cancellationToken)
    {
        _documents = documents;
        _digests = new string[documents.Length];
        _failures = new ExceptionDispatchInfo?[documents.Length];
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        _workers = [.. Enumerable.Range(0, budget.Take(Math.Clamp(workers, 0, documents.Length)))
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        Work(token);
                    }
                    finally
                    {
                        budget.Return();
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))];
    }

    /// <summary>Gets how many background workers this evaluation's digests got from the budget.</summary>
    public int Workers => _workers.Length;

    /// <summary>Starts digesting every document given (the registry, every area's documents, the directly given inputs).</summary>
    /// <param name="inputs">The documents.</param>
    /// <param name="areas">The areas whose documents count.</param>
    /// <param name="workers">How many background workers digest beside the thread that calls <see cref="Finish"/> (0 for none), at most what the budget has left.</param>
    /// <param name="cancellationToken">Stops the workers.</param>
    /// <param name="budget">The workers the process allows; <see cref="WorkerBudget.Shared"/> when <see langword="null"/>.</param>
    /// <returns>The digests being computed.</returns>
    public static DocumentDigests Start(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, int workers, CancellationToken cancellationToken, WorkerBudget? budget = null)
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

        return new DocumentDigests([.. documents], workers, budget ?? WorkerBudget.Shared, cancellationToken);
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

/// <summary>
/// How many background workers may run at once across every evaluation of the process (<see cref="DocumentDigests"/>):
/// taken without waiting (a caller gets what is left, possibly none) and returned as each worker ends.
/// </summary>
/// <param name="limit">The most workers at once.</param>
internal sealed class WorkerBudget(int limit)
{
    private int _running;

    /// <summary>Gets the process's budget: one fewer than the processors, so the evaluations' own threads keep one.</summary>
    public static WorkerBudget Shared { get; } = new(Environment.ProcessorCount - 1);

    /// <summary>Gets how many workers are running.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Takes up to the given number of workers from what is left.</summary>
    /// <param name="wanted">How many the caller would start.</param>
    /// <returns>How many it may start, from 0 to <paramref name="wanted"/>.</returns>
    public int Take(int wanted)
    {
        while (true)
        {
            var running = Volatile.Read(ref _running);
            var granted = Math.Clamp(Math.Min(wanted, limit - running), 0, Math.Max(wanted, 0));
            if (granted == 0 || Interlocked.CompareExchange(ref _running, running + granted, running) == running)
            {
                return granted;
            }
        }
    }

    /// <summary>Returns one worker to the budget.</summary>
    public void Return() => Interlocked.Decrement(ref _running);
}
