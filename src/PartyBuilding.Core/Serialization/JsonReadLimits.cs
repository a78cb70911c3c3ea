namespace PartyBuilding.Core.Serialization;

/// <summary>Limits a JSON document must stay within before anything is read from it.</summary>
/// <remarks>
/// The limits protect a service that reads documents it does not trust: a document larger than
/// <see cref="MaxBytes"/> is refused before it is parsed, and one nested deeper than <see cref="MaxDepth"/> or with a list
/// of more than <see cref="MaxItems"/> items is refused as soon as the reader gets there, before anything is bound.
/// Immutable and thread-safe.
/// </remarks>
public sealed record JsonReadLimits
{
    /// <summary>Initializes limits.</summary>
    /// <param name="maxBytes">The largest accepted document in UTF-8 bytes, 1 or more.</param>
    /// <param name="maxDepth">The deepest accepted nesting, 1 to 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public JsonReadLimits(long maxBytes, int maxDepth)
    {
        if (maxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The size limit must be at least one byte.");
        }

        MaxBytes = maxBytes;
        MaxDepth = Common.Guard.InRange(maxDepth, 1, 1000);
    }

    /// <summary>Gets the default limits: 256 MiB and a depth of 64, enough for a province's data set.</summary>
    public static JsonReadLimits Default { get; } = new(256L * 1024 * 1024, 64);

    /// <summary>Gets the largest accepted document in UTF-8 bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Gets the deepest accepted nesting of objects and arrays.</summary>
    public int MaxDepth { get; }

    /// <summary>
    /// Gets the most items accepted in any one list (JSON array) of a document, 1 or more; 16,777,216 (2^24) by default,
    /// far beyond the largest synthetic province data set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxItems
    {
        get => _maxItems;
        init => _maxItems = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxItems), value, "The item limit must be at least one.");
    }

    private readonly int _maxItems = 1 << 24;
}
