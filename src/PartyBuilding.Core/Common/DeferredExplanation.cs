namespace PartyBuilding.Core.Common;

/// <summary>
/// Builds the explanation of one row of a result (a declaration, a member, an indicator, a branch) when it is asked
/// for, from what the engine kept of that row; implemented once per engine run, so a result row holds a reference and
/// an index instead of a tree (docs/architecture.md, "Explanations on demand").
/// </summary>
internal interface IExplanationSource
{
    /// <summary>Builds the explanation of the row at <paramref name="index"/>.</summary>
    /// <param name="index">The row, as the engine numbered it.</param>
    /// <returns>The tree, node for node the one an eager engine would have built.</returns>
    Explanation Explain(int index);
}

/// <summary>
/// An explanation tree held by a result: either built (read from JSON, given by a caller) or built when asked from
/// the engine's compact record of the row (<see cref="IExplanationSource"/> or a closure over the row's inputs).
/// </summary>
/// <remarks>
/// <para>Nothing is cached: each read builds the tree again, so a result that is only ranked, summed or filtered
/// never holds millions of nodes, and a tree that is read is collected when its reader is done with it. Building is
/// deterministic and the inputs it reads are immutable, so every read gives an equal tree.</para>
/// <para>Equality compares the trees (building them when needed), so a result keeps its value equality; the hash
/// code ignores the tree, which is consistent with that equality. Thread-safe.</para>
/// </remarks>
internal readonly struct DeferredExplanation : IEquatable<DeferredExplanation>
{
    private const int MadeEagerly = -1;

    private static readonly AsyncLocal<bool> EagerFlow = new();

    private readonly object? _source;
    private readonly int _index;

    /// <summary>Initializes a holder of a tree already built, or of none.</summary>
    /// <param name="built">The tree, or <see langword="null"/>.</param>
    public DeferredExplanation(Explanation? built)
    {
        _source = built;
        _index = 0;
    }

    /// <summary>Initializes a holder that builds the tree with <paramref name="build"/> when asked.</summary>
    /// <param name="build">Builds the tree; it must read only immutable state.</param>
    public DeferredExplanation(Func<Explanation> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        (_source, _index) = Eager ? ((object)build(), MadeEagerly) : (build, 0);
    }

    /// <summary>Initializes a holder that asks <paramref name="source"/> for row <paramref name="index"/> when asked.</summary>
    /// <param name="source">The engine run's source.</param>
    /// <param name="index">The row.</param>
    public DeferredExplanation(IExplanationSource source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        (_source, _index) = Eager ? ((object)source.Explain(index), MadeEagerly) : (source, index);
    }

    /// <summary>
    /// Gets or sets a value indicating whether holders made on this logical flow build their tree at once, as the engines did
    /// before explanations were deferred. Only tests set it, to compare both ways of building over the same run.
    /// </summary>
    internal static bool Eager
    {
        get => EagerFlow.Value;
        set => EagerFlow.Value = value;
    }

    /// <summary>
    /// Gets a value indicating whether an engine makes the tree (when read, or at once under <see cref="Eager"/>), as
    /// opposed to a tree held as given (read from JSON, given by a caller).
    /// </summary>
    public bool IsMadeByEngine => _source is IExplanationSource or Func<Explanation> || _index == MadeEagerly;

    /// <summary>Gets the tree when it is held as given (read from JSON, given by a caller); <see langword="null"/> when an engine makes it or there is none.</summary>
    public Explanation? Given => IsMadeByEngine ? null : _source as Explanation;

    /// <summary>Gets the tree, building it when it is deferred; <see langword="null"/> when none is held.</summary>
    public Explanation? ValueOrNull => _source switch
    {
        null => null,
        Explanation built => built,
        IExplanationSource source => source.Explain(_index),
        Func<Explanation> build => build(),
        _ => throw new InvalidOperationException("Unknown explanation source."),
    };

    /// <summary>Gets the tree, building it when it is deferred.</summary>
    /// <exception cref="InvalidOperationException">No tree is held.</exception>
    public Explanation Value => ValueOrNull ?? throw new InvalidOperationException("No explanation is held.");

    /// <summary>Holds a tree already built.</summary>
    /// <param name="built">The tree.</param>
    public static implicit operator DeferredExplanation(Explanation? built) => new(built);

    /// <inheritdoc />
    public bool Equals(DeferredExplanation other) =>
        ReferenceEquals(_source, other._source) && _index == other._index
        || Equals(ValueOrNull, other.ValueOrNull);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeferredExplanation other && Equals(other);

    /// <inheritdoc />
    /// <remarks>Constant: the tree is not built to hash a result; equal trees therefore hash equally.</remarks>
    public override int GetHashCode() => 0;
}
