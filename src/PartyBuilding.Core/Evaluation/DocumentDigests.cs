using System.Runtime.ExceptionServices;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The order-independent digests of an evaluation's documents for the receipt (<see cref="CanonicalDigest"/>), computed in
/// parallel with each other and with whatever the caller does meanwhile: <see cref="Start"/> hands the work to background
/// workers, <see cref="Finish"/> does what no worker has taken yet on the calling thread and returns the digests.
/// </summary>
/// <remarks>
/// The work is a list of jobs: the large lists of the large documents (<see cref="SplitOf"/>: member points, the records of
/// organizational life, standardization's assessments) in slices of <see cref="Slice"/> elements, then every other document
/// whole. The thread that digests a document's last slice sorts its lists' element digests and digests the document with
/// those lists left empty and counted as the sorted digests (<see cref="CanonicalDigest.Of{T}(T, ReadOnlySpan{CanonicalDigest.Substitute}, CancellationToken)"/>),
/// which is the same value as digesting it whole; so the thread that ran the engines, once done, takes slices of the
/// largest document instead of waiting for the worker that holds it.
/// <para>The values do not depend on which thread digests which slice. A failure surfaces from <see cref="Finish"/> as it would
/// have from digesting the documents one after another: the exception of the first failing document in the order of
/// <see cref="AnnualEvaluation.Digests"/>, unwrapped. Disposing stops the workers at their next block (an evaluation that
/// ends early, by a validation problem or its token, does not leave them running).</para>
/// <para>The background workers of every evaluation in the process draw on one <see cref="WorkerBudget"/>
/// (<see cref="WorkerBudget.Shared"/>: one fewer than the processors): a web host running many evaluations at once does not
/// start threads beyond it; an evaluation that finds the budget spent digests on its own thread, to the same values.</para>
/// </remarks>
internal sealed class DocumentDigests : IDisposable
{
    /// <summary>The elements of a list one job digests: small enough that the last jobs end close together, large enough that a job's own cost does not count.</summary>
    internal const int Slice = 4096;

    private readonly (string Name, Func<CancellationToken, string> Digest)[] _documents;
    private readonly Split?[] _splits;
    private readonly (int Document, int Part, int Start)[] _jobs;
    private readonly string[] _digests;
    private readonly ExceptionDispatchInfo?[] _failures;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private int _next = -1;

    private DocumentDigests((string, Func<CancellationToken, string>)[] documents, Split?[] splits, int workers, WorkerBudget budget, CancellationToken cancellationToken)
    {
        _documents = documents;
        _splits = splits;
        _jobs = [.. Jobs(splits)];
        _digests = new string[documents.Length];
        _failures = new ExceptionDispatchInfo?[documents.Length];
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        _workers = [.. Enumerable.Range(0, budget.Take(Math.Clamp(workers, 0, _jobs.Length)))
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
    /// <param name="slice">The elements of a slice (<see cref="Slice"/>; tests take a few, to cut the bundled documents); 0 digests every document whole, as a reference for tests.</param>
    /// <returns>The digests being computed.</returns>
    public static DocumentDigests Start(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, int workers, CancellationToken cancellationToken, WorkerBudget? budget = null, int slice = Slice)
    {
        var documents = new List<(string, Func<CancellationToken, string>)> { ("organizationSnapshot", t => CanonicalDigest.Of(inputs.Organizations, t)) };
        var splits = new List<Split?> { null };
        if (inputs.OrganizationEvents is { } events)
        {
            documents.Add(("organizationEvents", t => CanonicalDigest.Of(events, t)));
            splits.Add(null);
        }

        if (inputs.GivenInputs is { } given)
        {
            documents.Add(("givenInputs", t => CanonicalDigest.Of(given, t)));
            splits.Add(null);
        }

        foreach (var document in areas.SelectMany(a => a.Documents).DistinctBy(d => d.Name))
        {
            if (document.In(inputs) is { } content)
            {
                documents.Add((document.Name, t => document.Digest(inputs, t)!));
                splits.Add(slice > 0 ? SplitOf(content, slice) : null);
            }
        }

        return new DocumentDigests([.. documents], [.. splits], workers, budget ?? WorkerBudget.Shared, cancellationToken);
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

    /// <summary>
    /// The lists of a document digested in slices, or none: the large lists of the large documents, when they hold more
    /// than a slice. Each list is a property of the content itself; the content with them empty is digested at the end.
    /// </summary>
    /// <param name="content">The document's content.</param>
    /// <param name="slice">The elements of a slice.</param>
    /// <returns>The split, or <see langword="null"/> to digest the document whole.</returns>
    internal static Split? SplitOf(object content, int slice = Slice)
    {
        Split? split = content switch
        {
            MemberPoints.MemberPointsDataSet points => new Split<MemberPoints.MemberPointsDataSet>(
                slice,
                points,
                p => p with { Roster = default, Declarations = default, Audits = default, MassReviews = default },
                Part.Of<MemberPoints.MemberPointsDataSet, MemberPoints.MemberRosterEntry>(nameof(points.Roster), p => p.Roster),
                Part.Of<MemberPoints.MemberPointsDataSet, MemberPoints.Declaration>(nameof(points.Declarations), p => p.Declarations),
                Part.Of<MemberPoints.MemberPointsDataSet, MemberPoints.AuditRecord>(nameof(points.Audits), p => p.Audits),
                Part.Of<MemberPoints.MemberPointsDataSet, MemberPoints.MassReview>(nameof(points.MassReviews), p => p.MassReviews)),
            OrganizationalLife.OrganizationalLifeRecords life => new Split<OrganizationalLife.OrganizationalLifeRecords>(
                slice,
                life,
                l => l with { Branches = default, Meetings = default, Dues = default },
                Part.Of<OrganizationalLife.OrganizationalLifeRecords, OrganizationalLife.LifeBranch>(nameof(life.Branches), l => l.Branches),
                Part.Of<OrganizationalLife.OrganizationalLifeRecords, OrganizationalLife.MeetingRecord>(nameof(life.Meetings), l => l.Meetings),
                Part.Of<OrganizationalLife.OrganizationalLifeRecords, OrganizationalLife.DuesPayment>(nameof(life.Dues), l => l.Dues)),
            Standardization.StandardizationDataSet standardization => new Split<Standardization.StandardizationDataSet>(
                slice,
                standardization,
                s => s with { Assessments = default },
                Part.Of<Standardization.StandardizationDataSet, Standardization.BranchAssessment>(nameof(standardization.Assessments), s => s.Assessments)),
            _ => null,
        };
        return split is not null && split.Elements > slice ? split : null;
    }

    private static IEnumerable<(int Document, int Part, int Start)> Jobs(Split?[] splits)
    {
        // Slices first, the largest documents' first, so that the last jobs are small whole documents.
        foreach (var d in Enumerable.Range(0, splits.Length).Where(d => splits[d] is not null).OrderByDescending(d => splits[d]!.Elements))
        {
            var split = splits[d]!;
            for (var part = 0; part < split.Parts.Length; part++)
            {
                for (var start = 0; start < split.Parts[part].Count(); start += split.Slice)
                {
                    yield return (d, part, start);
                }
            }
        }

        for (var d = 0; d < splits.Length; d++)
        {
            if (splits[d] is null)
            {
                yield return (d, -1, 0);
            }
        }
    }

    private void Work(CancellationToken cancellationToken)
    {
        CanonicalDigest.DigestStream? sink = null;
        try
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < _jobs.Length)
            {
                var (d, part, start) = _jobs[i];
                if (part < 0)
                {
                    Run(d, () => _digests[d] = _documents[d].Digest(cancellationToken));
                    continue;
                }

                var split = _splits[d]!;
                sink ??= new CanonicalDigest.DigestStream();
                Run(d, () => split.Digest(part, start, sink, cancellationToken));
                if (split.SliceDone())
                {
                    Run(d, () => _digests[d] = _failures[d] is null ? split.Finish(cancellationToken) ?? _documents[d].Digest(cancellationToken) : null!);
                }
            }
        }
        finally
        {
            sink?.Dispose();
        }

        void Run(int d, Action job)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                job();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failures[d], ExceptionDispatchInfo.Capture(e), null);
            }
        }
    }

    /// <summary>A document whose large lists are digested in slices: its lists, their element digests, the slices still to do.</summary>
    internal abstract class Split
    {
        private readonly object _gate = new();
        private ElementDigest[][]? _elements;
        private int _remaining;

        /// <summary>Initializes a split.</summary>
        /// <param name="slice">The elements of a slice.</param>
        /// <param name="parts">The lists.</param>
        protected Split(int slice, Part[] parts)
        {
            Slice = slice;
            Parts = parts;
            Elements = parts.Sum(p => p.Count());
            _remaining = parts.Sum(p => (p.Count() + slice - 1) / slice);
        }

        /// <summary>Gets the elements of a slice.</summary>
        public int Slice { get; }

        /// <summary>Gets the lists digested in slices.</summary>
        public Part[] Parts { get; }

        /// <summary>Gets how many elements the lists hold.</summary>
        public int Elements { get; }

        /// <summary>Digests one slice of a list into its place.</summary>
        /// <param name="part">The list.</param>
        /// <param name="start">The slice's first element.</param>
        /// <param name="sink">The thread's digest stream.</param>
        /// <param name="cancellationToken">Stops the digest between blocks.</param>
        public void Digest(int part, int start, CanonicalDigest.DigestStream sink, CancellationToken cancellationToken)
        {
            var into = ElementsOf(part).AsSpan(start, Math.Min(Slice, Parts[part].Count() - start));
            Parts[part].Digest(start, into, sink, cancellationToken);
        }

        /// <summary>Counts a slice done (digested or failed).</summary>
        /// <returns>Whether it was the last one.</returns>
        public bool SliceDone() => Interlocked.Decrement(ref _remaining) == 0;

        /// <summary>Sorts every list's element digests and digests the document with them.</summary>
        /// <param name="cancellationToken">Stops the digest between blocks.</param>
        /// <returns>The digest; <see langword="null"/> when a list was not where the split said (then the document is digested whole).</returns>
        public string? Finish(CancellationToken cancellationToken)
        {
            var substitutes = new CanonicalDigest.Substitute[Parts.Length];
            for (var part = 0; part < Parts.Length; part++)
            {
                var elements = ElementsOf(part);
                Array.Sort(elements);
                substitutes[part] = new(Parts[part].Name, elements);
            }

            _elements = null;
            return Emptied(substitutes, cancellationToken);
        }

        /// <summary>Digests the document with its lists empty, counted as the substitutes.</summary>
        /// <param name="substitutes">The lists' sorted element digests.</param>
        /// <param name="cancellationToken">Stops the digest between blocks.</param>
        /// <returns>The digest, or <see langword="null"/> as <see cref="CanonicalDigest.Of{T}(T, ReadOnlySpan{CanonicalDigest.Substitute}, CancellationToken)"/> says.</returns>
        protected abstract string? Emptied(CanonicalDigest.Substitute[] substitutes, CancellationToken cancellationToken);

        /// <summary>The element digests of one list, made when its document's first slice starts.</summary>
        private ElementDigest[] ElementsOf(int part)
        {
            if (Volatile.Read(ref _elements) is { } made)
            {
                return made[part];
            }

            lock (_gate)
            {
                _elements ??= [.. Parts.Select(p => new ElementDigest[p.Count()])];
                return _elements[part];
            }
        }
    }

    /// <summary>A split of a document of a known content type.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="slice">The elements of a slice.</param>
    /// <param name="content">The content.</param>
    /// <param name="emptied">Makes the content with the lists empty.</param>
    /// <param name="parts">The lists.</param>
    private sealed class Split<T>(int slice, T content, Func<T, T> emptied, params Part<T>[] parts) : Split(slice, [.. parts.Select(p => p.Bind(content))])
        where T : class, IDocumentContent
    {
        protected override string? Emptied(CanonicalDigest.Substitute[] substitutes, CancellationToken cancellationToken) =>
            CanonicalDigest.Of(emptied(content), substitutes, cancellationToken);
    }

    /// <summary>A list of a document, bound to its content: its name as written, its length, how to digest a slice of it.</summary>
    internal abstract class Part
    {
        /// <summary>Initializes a list.</summary>
        /// <param name="name">The property's name as the document writes it.</param>
        protected Part(string name)
        {
            Property = name;
            Name = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name));
        }

        /// <summary>Gets the property's name in C#.</summary>
        public string Property { get; }

        /// <summary>Gets the property's name as the document writes it, UTF-8.</summary>
        public byte[] Name { get; }

        /// <summary>Describes a list of a document type.</summary>
        /// <typeparam name="T">The content type.</typeparam>
        /// <typeparam name="TItem">The element type.</typeparam>
        /// <param name="property">The property's name in C#.</param>
        /// <param name="get">Gets the list.</param>
        /// <returns>The list.</returns>
        public static Part<T> Of<T, TItem>(string property, Func<T, ValueArray<TItem>> get)
            where T : class, IDocumentContent => new List<T, TItem>(property, get, default);

        /// <summary>Gets the list's length.</summary>
        /// <returns>The length.</returns>
        public abstract int Count();

        /// <summary>Digests a slice of the list.</summary>
        /// <param name="start">The first element.</param>
        /// <param name="into">Receives the elements' digests.</param>
        /// <param name="sink">The thread's digest stream.</param>
        /// <param name="cancellationToken">Stops the digest between blocks.</param>
        public abstract void Digest(int start, Span<ElementDigest> into, CanonicalDigest.DigestStream sink, CancellationToken cancellationToken);

        private sealed class List<T, TItem>(string property, Func<T, ValueArray<TItem>> get, ValueArray<TItem> items) : Part<T>(property)
            where T : class, IDocumentContent
        {
            public override Part Bind(T content) => new List<T, TItem>(Property, get, get(content));

            public override int Count() => items.Length;

            public override void Digest(int start, Span<ElementDigest> into, CanonicalDigest.DigestStream sink, CancellationToken cancellationToken) =>
                CanonicalDigest.ElementsOf<T, TItem>(items, start, into, sink, cancellationToken);
        }
    }

    /// <summary>A list of a document type, not yet bound to a content.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="property">The property's name in C#.</param>
    internal abstract class Part<T>(string property) : Part(property)
        where T : class, IDocumentContent
    {
        /// <summary>Binds the list to a content.</summary>
        /// <param name="content">The content.</param>
        /// <returns>The list of that content.</returns>
        public abstract Part Bind(T content);
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
