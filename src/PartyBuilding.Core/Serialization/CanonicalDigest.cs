using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
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
    /// <returns>The digest, lower-case hexadecimal.</returns>
    public static string Of<T>(T content)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(content);
        using var sink = new DigestStream();
        JsonSerializer.Serialize(sink, content, PartyBuildingJson.TypeInfo<T>());
        return Convert.ToHexString(sink.Finish()).ToLowerInvariant();
    }

    /// <summary>Reads the JSON written into it token by token and folds it into the digest.</summary>
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

        private readonly Stack<Frame> _frames = new();
        private readonly Stack<ArrayBufferWriter<byte>> _spareBuffers = new();
        private byte[] _pending = new byte[64 * 1024];
        private int _pendingLength;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 256 });

        public DigestStream() => _frames.Push(Frame.Element(new ArrayBufferWriter<byte>()));

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_pendingLength + buffer.Length > _pending.Length)
            {
                Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingLength + buffer.Length));
            }

            buffer.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += buffer.Length;
            Fold(isFinalBlock: false);
        }

        /// <summary>Folds what is left and returns the digest of the whole content.</summary>
        public byte[] Finish()
        {
            Fold(isFinalBlock: true);
            var root = _frames.Pop();
            return SHA256.HashData(root.Bytes!.WrittenSpan);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private static void Put(ArrayBufferWriter<byte> to, byte kind, ReadOnlySpan<byte> value)
        {
            var span = to.GetSpan(value.Length + 5);
            span[0] = kind;
            BitConverter.TryWriteBytes(span[1..5], value.Length);
            value.CopyTo(span[5..]);
            to.Advance(value.Length + 5);
        }

        private void Fold(bool isFinalBlock)
        {
            var reader = new Utf8JsonReader(_pending.AsSpan(0, _pendingLength), isFinalBlock, _state);
            while (reader.Read())
            {
                Token(ref reader);
            }

            var consumed = (int)reader.BytesConsumed;
            _pending.AsSpan(consumed, _pendingLength - consumed).CopyTo(_pending);
            _pendingLength -= consumed;
            _state = reader.CurrentState;
        }

        private void Token(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    BeginValue();
                    var owner = _frames.Peek();
                    owner.Bytes!.Write([ObjectStart]);
                    owner.Depth++;
                    break;
                case JsonTokenType.EndObject:
                    var closing = _frames.Peek();
                    closing.Bytes!.Write([ObjectEnd]);
                    closing.Depth--;
                    EndValue();
                    break;
                case JsonTokenType.StartArray:
                    BeginValue();
                    _frames.Push(Frame.Array());
                    break;
                case JsonTokenType.EndArray:
                    var array = _frames.Pop();
                    var digests = array.Digests!;
                    digests.Sort();
                    var into = _frames.Peek().Bytes!;
                    Put(into, ArrayMark, BitConverter.GetBytes(digests.Count));
                    foreach (var digest in digests)
                    {
                        digest.WriteTo(into);
                    }

                    EndValue();
                    break;
                case JsonTokenType.PropertyName:
                    Put(_frames.Peek().Bytes!, Name, reader.ValueSpan);
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
                    Put(_frames.Peek().Bytes!, kind, reader.ValueSpan);
                    EndValue();
                    break;
            }
        }

        /// <summary>A value inside an array starts an element of its own.</summary>
        private void BeginValue()
        {
            if (_frames.Peek().Digests is not null)
            {
                var bytes = _spareBuffers.Count > 0 ? _spareBuffers.Pop() : new ArrayBufferWriter<byte>();
                _frames.Push(Frame.Element(bytes));
            }
        }

        /// <summary>A value that completes an element of an array adds the element's digest to the array.</summary>
        private void EndValue()
        {
            var top = _frames.Peek();
            if (top.Bytes is null || top.Depth != 0 || _frames.Count == 1)
            {
                return;
            }

            _frames.Pop();
            _frames.Peek().Digests!.Add(Digest.Of(top.Bytes.WrittenSpan));
            top.Bytes.ResetWrittenCount();
            _spareBuffers.Push(top.Bytes);
        }

        /// <summary>An open array (its elements' digests) or an open element (its bytes and the depth of objects open in it).</summary>
        private sealed class Frame
        {
            public ArrayBufferWriter<byte>? Bytes { get; private init; }

            public List<Digest>? Digests { get; private init; }

            public int Depth { get; set; }

            public static Frame Element(ArrayBufferWriter<byte> bytes) => new() { Bytes = bytes };

            public static Frame Array() => new() { Digests = [] };
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

        public void WriteTo(ArrayBufferWriter<byte> to)
        {
            var span = to.GetSpan(32);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span, A);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[8..], B);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[16..], C);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(span[24..], D);
            to.Advance(32);
        }
    }
}
