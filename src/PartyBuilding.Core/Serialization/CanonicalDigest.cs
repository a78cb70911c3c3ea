using System.Security.Cryptography;
using System.Text.Json;
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
/// size of the document is held but one 32-byte digest per element of the arrays still open. Thread-safe.
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
        return Convert.ToHexString(sink.Finish()).ToLowerInvariant();
    }

    /// <summary>
    /// The library's metadata of a document type with its options but for indentation: the digest reads the content token
    /// by token, so writing no whitespace changes nothing it reads, and saves writing and skipping it. The encoder and
    /// every other setting stay the library's, so every token's bytes are as the library writes them.
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    private static class CompactOf<T>
        where T : class, IDocumentContent
    {
        public static readonly JsonTypeInfo<T> Value = Create();

        private static JsonTypeInfo<T> Create()
        {
            var options = new JsonSerializerOptions(PartyBuildingJson.TypeInfo<T>().Options) { WriteIndented = false };
            options.MakeReadOnly();
            return LibraryJsonMetadata.TypeInfo<T>(options);
        }
    }

    /// <summary>Reads the JSON written into it token by token and folds it into the digest.</summary>
    /// <remarks>
    /// The bytes of every open element sit one after another in one buffer and the digests of every open array in another,
    /// with a stack of frames marking where each starts, so no element or array allocates. An element that completes is
    /// hashed with the next ones of its array, up to <see cref="Sha256Lanes.Lanes"/> at a time (<see cref="Sha256Lanes"/>):
    /// its bytes stay in the buffer until then.
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

        private readonly CancellationToken _cancellationToken;
        private Frame[] _frames = new Frame[16];
        private int _frameCount;
        private byte[] _bytes = new byte[4096];
        private int _length;
        private Digest[] _digests = new Digest[256];
        private int _digestCount;
        private (int Start, int Length)[] _waiting = new (int, int)[64];
        private int _waitingCount;
        private byte[] _pending = new byte[64 * 1024];
        private int _pendingLength;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 256 });

        public DigestStream(CancellationToken cancellationToken = default)
        {
            _cancellationToken = cancellationToken;
            _frames[_frameCount++] = new Frame(isArray: false, start: 0, waiting: 0);
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

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

        /// <summary>Folds what is left and returns the digest of the whole content.</summary>
        public byte[] Finish()
        {
            Fold(_pending.AsSpan(0, _pendingLength), isFinalBlock: true);
            _pendingLength = 0;
            return SHA256.HashData(_bytes.AsSpan(0, _length));
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

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
            BitConverter.TryWriteBytes(span[1..5], value.Length);
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
                    _frames[_frameCount++] = new Frame(isArray: true, start: _digestCount, waiting: _waitingCount);
                    break;
                case JsonTokenType.EndArray:
                    EndArray();
                    EndValue();
                    break;
                case JsonTokenType.PropertyName:
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
                Add(Digest.Of(_bytes.AsSpan(start, length)));
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
            Array.Sort(_digests, array.Start, count);
            Span<byte> length = stackalloc byte[4];
            BitConverter.TryWriteBytes(length, count);
            Put(ArrayMark, length);
            Grow(ref _bytes, _length + (count * 32));
            for (var i = array.Start; i < _digestCount; i++)
            {
                _digests[i].WriteTo(_bytes.AsSpan(_length, 32));
                _length += 32;
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
                Add(Digest.Of(_bytes.AsSpan(waiting[0].Start, waiting[0].Length)));
            }
            else
            {
                Span<uint> words = stackalloc uint[Sha256Lanes.Lanes * 8];
                Sha256Lanes.Hash(_bytes, waiting, words);
                for (var i = 0; i < count; i++)
                {
                    Add(Digest.Of(words.Slice(i * 8, 8)));
                }
            }

            _length = waiting[0].Start;
            _waitingCount = from;
        }

        private void Add(Digest digest)
        {
            Grow(ref _digests, _digestCount + 1);
            _digests[_digestCount++] = digest;
        }

        /// <summary>An open array (where its digests and waiting elements start) or an open element (where its bytes start, how many objects are open in it).</summary>
        private struct Frame(bool isArray, int start, int waiting)
        {
            public readonly bool IsArray = isArray;
            public readonly int Start = start;
            public readonly int Waiting = waiting;
            public int Objects;
        }
    }

    /// <summary>A SHA-256 digest as four words, ordered as its bytes are.</summary>
    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D) : IComparable<Digest>
    {
        public static Digest Of(ReadOnlySpan<byte> bytes)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes, hash);
            return new(
                System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
        }

        public int CompareTo(Digest other) =>
            A != other.A ? A.CompareTo(other.A)
            : B != other.B ? B.CompareTo(other.B)
            : C != other.C ? C.CompareTo(other.C)
            : D.CompareTo(other.D);

        /// <summary>The digest of the eight big-endian words SHA-256 ends with.</summary>
        public static Digest Of(ReadOnlySpan<uint> words) => new(
            ((ulong)words[0] << 32) | words[1], ((ulong)words[2] << 32) | words[3], ((ulong)words[4] << 32) | words[5], ((ulong)words[6] << 32) | words[7]);

        public void WriteTo(Span<byte> span)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span, A);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[8..], B);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[16..], C);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[24..], D);
        }
    }
}
