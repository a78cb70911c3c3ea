namespace PartyBuilding.Core.Serialization;

/// <summary>Limits a JSON document must stay within before anything is read from it.</summary>
/// <remarks>
/// The limits protect a service that reads documents it does not trust. A document held in memory whole (text, bytes,
/// or a stream that cannot seek, such as a request body) larger than <see cref="MaxBytes"/> is refused before it is
/// parsed, or as soon as reading passes the limit. A stream that can seek (a file) is never held whole: it is checked in
/// one pass a block at a time and then bound from the stream, so it is bounded by <see cref="MaxStreamedBytes"/> instead.
/// A document nested deeper than <see cref="MaxDepth"/>, with a list of more than <see cref="MaxItems"/> items or with a
/// value longer than <see cref="MaxValueBytes"/> is refused as soon as the reader gets there, before anything is bound.
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

    /// <summary>
    /// Gets the default limits: 256 MiB held in memory, 4 GiB streamed from a file, a depth of 64, 2^24 items per list and
    /// 1 MiB per value: enough for a province's data set four times over (the largest document of the 4× synthetic province,
    /// its member points, is about 1 GB), while a request body is still refused at 256 MiB.
    /// </summary>
    public static JsonReadLimits Default { get; } = new(256L * 1024 * 1024, 64) { MaxStreamedBytes = 4L * 1024 * 1024 * 1024 };

    /// <summary>Gets the largest accepted document held in memory whole (text, bytes, or a stream that cannot seek), in UTF-8 bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>
    /// Gets the largest accepted document read from a stream that can seek, in UTF-8 bytes: such a stream is checked a
    /// block at a time and bound from the stream, never held whole, so what it costs is the bound content, not its text.
    /// <see cref="MaxBytes"/> unless set; 4 GiB in <see cref="Default"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxStreamedBytes
    {
        get => _maxStreamedBytes ?? MaxBytes;
        init => _maxStreamedBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStreamedBytes), value, "The size limit must be at least one byte.");
    }

    /// <summary>
    /// Gets the longest accepted value — a text, a number or a property name, as written, in UTF-8 bytes — 1 or more;
    /// 1 MiB (1,048,576) by default, far beyond any name or remark of a document. It also bounds the buffer a streamed
    /// document is read through.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxValueBytes
    {
        get => _maxValueBytes;
        init => _maxValueBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxValueBytes), value, "The value limit must be at least one byte.");
    }

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

    private readonly long? _maxStreamedBytes;

    private readonly int _maxValueBytes = 1 << 20;
}
