using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The order-independent digest of a document's content (receipt version 2): SHA-256 over the content as the library
/// writes it, in which every array counts as the sorted list of its elements' own SHA-256 digests, so that reordering any
/// list of any document never changes the digest and changing any value does.
/// </summary>
/// <remarks>
/// The content is written by its source-generated metadata straight into the digest, a block at a time: nothing of the
/// size of the document is held but one 32-byte digest per element of the arrays still open. A large list of a document
/// may be digested apart, in slices on several threads (<see cref="ElementsOf{T, TItem}"/>), and its sorted element
/// digests handed to the digest of the document with the list left empty (<see cref="Of{T}(T, ReadOnlySpan{Substitute}, CancellationToken)"/>):
/// the value is the same, since an element's digest does not depend on the rest of its document. Thread-safe.
/// </remarks>
internal static class CanonicalDigest
{
    /// <summary>Computes the digest of a document's content.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="content">The content.</param>
    /// <param name="cancellationToken">Checked before each block the serializer writes.</param>
    /// <returns>The digest, lower-case hexadecimal.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static string Of<T>(T content, CancellationToken cancellationToken = default)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(content);
        using var sink = new DigestStream(cancellationToken);
        JsonSerializer.Serialize(sink, content, CompactOf<T>.Value);
        return Hex(sink.Finish());
    }

    /// <summary>
    /// Computes the digest of a document's content whose large lists were digested apart: each list the substitutes name
    /// is written empty in <paramref name="emptied"/> and counts as the substitute's sorted element digests.
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="emptied">The content with the substituted lists empty.</param>
    /// <param name="substitutes">The lists, each by the name the document writes it under (a property of the content itself) and with its elements' digests, sorted.</param>
    /// <param name="cancellationToken">Checked before each block the serializer writes.</param>
    /// <returns>The digest, lower-case hexadecimal; <see langword="null"/> when a substitute's list was not written as an empty array of the content (the caller then digests the whole content).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static string? Of<T>(T emptied, ReadOnlySpan<Substitute> substitutes, CancellationToken cancellationToken = default)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(emptied);
        using var sink = new DigestStream(cancellationToken);
        sink.UseSubstitutes(substitutes);
        JsonSerializer.Serialize(sink, emptied, CompactOf<T>.Value);
        var digest = sink.Finish();
        return sink.SubstitutesApplied ? Hex(digest) : null;
    }

    /// <summary>
    /// Computes the digests of a slice of a list of a document's content, each as the digest its element has inside the
    /// document (the digest of the element as the document writes it), in the list's order.
    /// </summary>
    /// <typeparam name="T">The content type, whose metadata writes the elements.</typeparam>
    /// <typeparam name="TItem">The element type.</typeparam>
    /// <param name="items">The list.</param>
    /// <param name="start">The first element of the slice.</param>
    /// <param name="into">Receives one digest per element of the slice, whose length it has.</param>
    /// <param name="sink">A digest stream to write through, reset for the slice (one per thread, reused from slice to slice).</param>
    /// <param name="cancellationToken">Checked before each block the serializer writes.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void ElementsOf<T, TItem>(ValueArray<TItem> items, int start, Span<ElementDigest> into, DigestStream sink, CancellationToken cancellationToken = default)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(sink);
        var slice = ValueArray.Create(items.AsSpan().Slice(start, into.Length));
        sink.Reset(elements: true, cancellationToken);
        JsonSerializer.Serialize(sink, slice, CompactOf<T>.ListOf<TItem>.Value);
        sink.TakeElements(into);
    }

    private static string Hex(byte[] digest) => Convert.ToHexString(digest).ToLowerInvariant();

    /// <summary>A list of a document digested apart: the name the document writes it under and its elements' digests, sorted.</summary>
    /// <param name="Name">The property's name as the document writes it (UTF-8, nothing escaped in it).</param>
    /// <param name="Sorted">The elements' digests, sorted.</param>
    internal readonly record struct Substitute(byte[] Name, ElementDigest[] Sorted);

    /// <summary>
    /// The library's metadata of a document type with its options but for indentation: the digest reads the content token
    /// by token, so writing no whitespace changes nothing it reads, and saves writing and skipping it. The encoder and
    /// every other setting stay the library's, so every token's bytes are as the library writes them (dates and months
    /// included, which the library's converters write from their numbers).
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    private static class CompactOf<T>
        where T : class, IDocumentContent
    {
        public static readonly JsonTypeInfo<T> Value = Create();

        private static JsonTypeInfo<T> Create()
        {
            var library = PartyBuildingJson.TypeInfo<T>().Options;
            var options = new JsonSerializerOptions(library)
            {
                WriteIndented = false,
            };
            options.MakeReadOnly();
            return LibraryJsonMetadata.TypeInfo<T>(options);
        }

        /// <summary>The metadata of a list of the document's elements, under the same options.</summary>
        /// <typeparam name="TItem">The element type.</typeparam>
        public static class ListOf<TItem>
        {
            public static readonly JsonTypeInfo<ValueArray<TItem>> Value = LibraryJsonMetadata.TypeInfo<ValueArray<TItem>>(CompactOf<T>.Value.Options);
        }
    }

    /// <summary>Reads the JSON written into it token by token and folds it into the digest.</summary>
    /// <remarks>
    /// The bytes of every open element sit one after another in one buffer and the digests of every open array in another,
    /// with a stack of frames marking where each starts, so no element or array allocates. An element that completes is
    /// hashed with the next ones of its array, up to <see cref="Sha256Lanes.Lanes"/> at a time (<see cref="Sha256Lanes"/>):
    /// its bytes stay in the buffer until then. The bytes of the content itself go into an incremental SHA-256 as each of
    /// its lists closes, so a list of a million elements does not make a buffer of their 32 MB of digests. A stream is
    /// reused by <see cref="Reset"/>; it is not thread-safe.
    /// </remarks>
    internal sealed class DigestStream : Stream
    {
        private const byte ObjectStart = (byte)'{';
        private const byte ObjectEnd = (byte)'}';
        private const byte ArrayMark = (byte)'[';
        private const byte Name = (byte)'N';
        private const byte Text = (byte)'S';
        private const byte Number = (byte)'D';
        private const byte True = (byte)'T';
        private const byte False = (byte)'F';
        private const byte NullValue = (byte)'0';

        private static readonly bool Batched = Sha256Lanes.IsSupported;

        private readonly Sha256Lanes.Scratch? _lanes = Batched ? new() : null;
        private readonly IncrementalHash _content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private CancellationToken _cancellationToken;
        private Frame[] _frames = new Frame[16];
        private int _frameCount;
        private byte[] _bytes = new byte[4096];
        private int _length;
        private ElementDigest[] _digests = new ElementDigest[256];
        private int _digestCount;
        private (int Start, int Length)[] _waiting = new (int, int)[64];
        private int _waitingCount;
        private byte[] _pending = new byte[4096];
        private int _pendingLength;
        private JsonReaderState _state;
        private bool _elements;
        private Substitute[]? _substitutes;
        private int _applied;
        private bool _misplaced;
        private int _named = -1;

        public DigestStream(CancellationToken cancellationToken = default) => Reset(elements: false, cancellationToken);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Makes the stream ready for another content, keeping its buffers.</summary>
        /// <param name="elements">Whether the content is a list whose elements' digests <see cref="TakeElements"/> takes, instead of a content to digest.</param>
        /// <param name="cancellationToken">Checked before each block.</param>
        public void Reset(bool elements = false, CancellationToken cancellationToken = default)
        {
            _cancellationToken = cancellationToken;
            _frameCount = 0;
            _frames[_frameCount++] = new Frame(isArray: false, start: 0, waiting: 0);
            _length = 0;
            _digestCount = 0;
            _waitingCount = 0;
            _pendingLength = 0;
            _state = new(new JsonReaderOptions { MaxDepth = 256 });
            _elements = elements;
            _substitutes = null;
            _applied = 0;
            _misplaced = false;
            _named = -1;
            Span<byte> discarded = stackalloc byte[32];
            _content.GetHashAndReset(discarded);
        }

        /// <summary>Says which lists of the content (its own properties, written empty) count as the given sorted digests.</summary>
        /// <param name="substitutes">The lists.</param>
        public void UseSubstitutes(ReadOnlySpan<Substitute> substitutes) => _substitutes = substitutes.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_pendingLength == 0)
            {
                // Read the block where it is; only an unfinished token's bytes are kept for the next block.
                var consumed = Fold(buffer, isFinalBlock: false);
                Keep(buffer[consumed..]);
                return;
            }

            Keep(buffer);
            var used = Fold(_pending.AsSpan(0, _pendingLength), isFinalBlock: false);
            _pending.AsSpan(used, _pendingLength - used).CopyTo(_pending);
            _pendingLength -= used;
        }

        /// <summary>Gets a value indicating whether every list <see cref="UseSubstitutes"/> named was met, empty, where it said (otherwise <see cref="Finish"/> is not the content's digest).</summary>
        public bool SubstitutesApplied => !_misplaced && _applied == (_substitutes?.Length ?? 0);

        /// <summary>Folds what is left and returns the digest of the whole content.</summary>
        /// <returns>The digest.</returns>
        public byte[] Finish()
        {
            Fold(_pending.AsSpan(0, _pendingLength), isFinalBlock: true);
            _pendingLength = 0;
            _content.AppendData(_bytes, 0, _length);
            return _content.GetHashAndReset();
        }

        /// <summary>Folds what is left of a list written after <c>Reset(elements: true)</c> and takes its elements' digests, in no particular order.</summary>
        /// <param name="into">Receives the digests; its length is the list's.</param>
        /// <exception cref="InvalidOperationException">The list had another number of elements.</exception>
        public void TakeElements(Span<ElementDigest> into)
        {
            Fold(_pending.AsSpan(0, _pendingLength), isFinalBlock: true);
            _pendingLength = 0;
            if (_digestCount != into.Length)
            {
                throw new InvalidOperationException($"The list had {_digestCount} elements, not {into.Length}.");
            }

            _digests.AsSpan(0, _digestCount).CopyTo(into);
            _digestCount = 0;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _content.Dispose();
            }

            base.Dispose(disposing);
        }

        private static void Grow<TItem>(ref TItem[] items, int needed)
        {
            if (needed > items.Length)
            {
                Array.Resize(ref items, Math.Max(needed, items.Length * 2));
            }
        }

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            Grow(ref _pending, _pendingLength + bytes.Length);
            bytes.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += bytes.Length;
        }

        private int Fold(ReadOnlySpan<byte> block, bool isFinalBlock)
        {
            var reader = new Utf8JsonReader(block, isFinalBlock, _state);
            while (reader.Read())
            {
                Token(ref reader);
            }

            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        private void Put(byte kind, ReadOnlySpan<byte> value)
        {
            Grow(ref _bytes, _length + value.Length + 5);
            var span = _bytes.AsSpan(_length);
            span[0] = kind;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..5], value.Length);
            value.CopyTo(span[5..]);
            _length += value.Length + 5;
        }

        private void PutByte(byte value)
        {
            Grow(ref _bytes, _length + 1);
            _bytes[_length++] = value;
        }

        private void Token(ref Utf8JsonReader reader)
        {
            var named = _named;
            _named = -1;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    BeginValue();
                    PutByte(ObjectStart);
                    _frames[_frameCount - 1].Objects++;
                    break;
                case JsonTokenType.EndObject:
                    PutByte(ObjectEnd);
                    _frames[_frameCount - 1].Objects--;
                    EndValue();
                    break;
                case JsonTokenType.StartArray:
                    BeginValue();
                    Grow(ref _frames, _frameCount + 1);
                    var substitute = _frameCount == 1 ? named : -1;
                    _frames[_frameCount++] = new Frame(isArray: true, start: _digestCount, waiting: _waitingCount, substitute: substitute);
                    break;
                case JsonTokenType.EndArray:
                    EndArray();
                    EndValue();
                    break;
                case JsonTokenType.PropertyName:
                    if (_substitutes is not null && _frameCount == 1 && _frames[0].Objects == 1)
                    {
                        _named = IndexOfSubstitute(reader.ValueSpan);
                    }

                    Put(Name, reader.ValueSpan);
                    break;
                default:
                    BeginValue();
                    var kind = reader.TokenType switch
                    {
                        JsonTokenType.String => Text,
                        JsonTokenType.Number => Number,
                        JsonTokenType.True => True,
                        JsonTokenType.False => False,
                        _ => NullValue,
                    };
                    Put(kind, reader.ValueSpan);
                    EndValue();
                    break;
            }
        }

        private int IndexOfSubstitute(ReadOnlySpan<byte> name)
        {
            for (var i = 0; i < _substitutes!.Length; i++)
            {
                if (name.SequenceEqual(_substitutes[i].Name))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A value inside an array starts an element of its own, after the bytes of the elements open or waiting.</summary>
        private void BeginValue()
        {
            if (_frames[_frameCount - 1].IsArray)
            {
                Grow(ref _frames, _frameCount + 1);
                _frames[_frameCount++] = new Frame(isArray: false, start: _length, waiting: 0);
            }
        }

        /// <summary>A value that completes an element of an array hands the element to its array, to be hashed.</summary>
        private void EndValue()
        {
            ref var top = ref _frames[_frameCount - 1];
            if (top.IsArray || top.Objects != 0 || _frameCount == 1)
            {
                return;
            }

            var (start, length) = (top.Start, _length - top.Start);
            _frameCount--;
            ref var array = ref _frames[_frameCount - 1];
            if (!Batched || length > Sha256Lanes.MaxLength)
            {
                Add(ElementDigest.Of(_bytes.AsSpan(start, length)));
                _length = start;
                return;
            }

            Grow(ref _waiting, _waitingCount + 1);
            _waiting[_waitingCount++] = (start, length);
            if (_waitingCount - array.Waiting == Sha256Lanes.Lanes)
            {
                HashWaiting(array.Waiting);
            }
        }

        /// <summary>Closes the innermost array: its elements' digests, sorted, join the element that holds it.</summary>
        private void EndArray()
        {
            var array = _frames[--_frameCount];
            HashWaiting(array.Waiting);
            var count = _digestCount - array.Start;
            if (_elements && _frameCount == 1)
            {
                // The list whose elements' digests are taken: they stay where they are.
                return;
            }

            ReadOnlySpan<ElementDigest> digests;
            if (array.Substitute >= 0)
            {
                _misplaced |= count != 0;
                _applied++;
                digests = _substitutes![array.Substitute].Sorted;
            }
            else
            {
                Array.Sort(_digests, array.Start, count);
                digests = _digests.AsSpan(array.Start, count);
            }

            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, digests.Length);
            Put(ArrayMark, length);
            if (_frameCount == 1)
            {
                // A list of the content itself: its bytes and those before it are the content's, hashed as they come.
                _content.AppendData(_bytes, 0, _length);
                _length = 0;
                Span<byte> block = stackalloc byte[32 * 64];
                while (!digests.IsEmpty)
                {
                    var part = digests[..Math.Min(64, digests.Length)];
                    for (var i = 0; i < part.Length; i++)
                    {
                        part[i].WriteTo(block.Slice(i * 32, 32));
                    }

                    _content.AppendData(block[..(part.Length * 32)]);
                    digests = digests[part.Length..];
                }
            }
            else
            {
                Grow(ref _bytes, _length + (digests.Length * 32));
                for (var i = 0; i < digests.Length; i++)
                {
                    digests[i].WriteTo(_bytes.AsSpan(_length, 32));
                    _length += 32;
                }
            }

            _digestCount = array.Start;
        }

        /// <summary>Hashes the elements waiting from <paramref name="from"/> on (the innermost array's) and frees their bytes.</summary>
        private void HashWaiting(int from)
        {
            var count = _waitingCount - from;
            if (count == 0)
            {
                return;
            }

            var waiting = _waiting.AsSpan(from, count);
            if (count == 1)
            {
                Add(ElementDigest.Of(_bytes.AsSpan(waiting[0].Start, waiting[0].Length)));
            }
            else
            {
                Span<uint> words = stackalloc uint[Sha256Lanes.Lanes * 8];
                Sha256Lanes.Hash(_bytes, waiting, words, _lanes!);
                Grow(ref _digests, _digestCount + count);
                for (var i = 0; i < count; i++)
                {
                    _digests[_digestCount++] = ElementDigest.Of(words.Slice(i * 8, 8));
                }
            }

            _length = waiting[0].Start;
            _waitingCount = from;
        }

        private void Add(ElementDigest digest)
        {
            Grow(ref _digests, _digestCount + 1);
            _digests[_digestCount++] = digest;
        }

        /// <summary>An open array (where its digests and waiting elements start, which substitute it takes) or an open element (where its bytes start, how many objects are open in it).</summary>
        private struct Frame(bool isArray, int start, int waiting, int substitute = -1)
        {
            public readonly bool IsArray = isArray;
            public readonly int Start = start;
            public readonly int Waiting = waiting;
            public readonly int Substitute = substitute;
            public int Objects;
        }
    }
}

/// <summary>A SHA-256 digest of a list's element (<see cref="CanonicalDigest"/>) as four words, ordered as its bytes are.</summary>
/// <param name="A">Bytes 0–7, big-endian.</param>
/// <param name="B">Bytes 8–15.</param>
/// <param name="C">Bytes 16–23.</param>
/// <param name="D">Bytes 24–31.</param>
internal readonly record struct ElementDigest(ulong A, ulong B, ulong C, ulong D) : IComparable<ElementDigest>
{
    /// <summary>Hashes an element's bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>Their digest.</returns>
    public static ElementDigest Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new(
            BinaryPrimitives.ReadUInt64BigEndian(hash),
            BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
    }

    /// <summary>The digest of the eight big-endian words SHA-256 ends with.</summary>
    /// <param name="words">The words.</param>
    /// <returns>The digest.</returns>
    public static ElementDigest Of(ReadOnlySpan<uint> words) => new(
        ((ulong)words[0] << 32) | words[1], ((ulong)words[2] << 32) | words[3], ((ulong)words[4] << 32) | words[5], ((ulong)words[6] << 32) | words[7]);

    /// <inheritdoc />
    public int CompareTo(ElementDigest other) =>
        A != other.A ? A.CompareTo(other.A)
        : B != other.B ? B.CompareTo(other.B)
        : C != other.C ? C.CompareTo(other.C)
        : D.CompareTo(other.D);

    /// <summary>Writes the digest's 32 bytes.</summary>
    /// <param name="span">Receives them.</param>
    public void WriteTo(Span<byte> span)
    {
        BinaryPrimitives.WriteUInt64BigEndian(span, A);
        BinaryPrimitives.WriteUInt64BigEndian(span[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(span[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(span[24..], D);
    }
}
