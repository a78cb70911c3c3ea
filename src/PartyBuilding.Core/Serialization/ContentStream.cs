namespace PartyBuilding.Core.Serialization;

/// <summary>
/// A read-only window of a given length over a stream, from its current position: the content of a document whose
/// envelope has been scanned, so the binder reads the content and nothing after it. Disposing the window leaves the
/// stream open.
/// </summary>
internal sealed class ContentStream : Stream
{
    private readonly Stream _inner;
    private long _remaining;

    /// <summary>Initializes a window.</summary>
    /// <param name="inner">The stream, positioned at the window's first byte.</param>
    /// <param name="length">The window's length in bytes.</param>
    public ContentStream(Stream inner, long length)
    {
        _inner = inner;
        _remaining = length;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer[..Window(buffer.Length)]);
        _remaining -= read;
        return read;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer[..Window(buffer.Length)], cancellationToken).ConfigureAwait(false);
        _remaining -= read;
        return read;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Window(int wanted) => (int)Math.Min(wanted, _remaining);
}
