using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// SHA-256 (FIPS 180-4) of up to eight short messages at once, one message per lane of a 256-bit vector: the digest of the
/// receipt's order-independent form hashes millions of small list elements, for which the per-call cost of the platform's
/// SHA-256 is many times the cost of compressing their one or two blocks.
/// </summary>
/// <remarks>
/// The result is SHA-256 exactly (tests compare it with <see cref="System.Security.Cryptography.SHA256"/> for every
/// length); only the work is shared between lanes. Used where <see cref="IsSupported"/>. Thread-safe (no state).
/// </remarks>
internal static class Sha256Lanes
{
    /// <summary>The number of messages hashed at once.</summary>
    public const int Lanes = 8;

    /// <summary>The longest message worth a lane: longer ones are hashed alone (a lane waits for the longest message of its batch).</summary>
    public const int MaxLength = 4 * 64 - 9;

    /// <summary>The bytes of one lane's padded message: four 64-byte blocks, enough for <see cref="MaxLength"/> bytes.</summary>
    private const int Padded = 4 * 64;

    /// <summary>Reverses the bytes of each 32-bit word (big-endian words read as numbers).</summary>
    private static readonly Vector256<byte> ByteSwap = Vector256.Create(
        (byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);

    private static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>Gets a value indicating whether 256-bit vectors are accelerated (otherwise the lanes would be slower than the platform).</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <summary>Hashes up to <see cref="Lanes"/> messages, each at most <see cref="MaxLength"/> bytes, of one buffer.</summary>
    /// <param name="buffer">The buffer the messages are in.</param>
    /// <param name="messages">Each message's start in the buffer and length.</param>
    /// <param name="words">Receives each message's digest as its eight big-endian words, message after message.</param>
    public static void Hash(ReadOnlySpan<byte> buffer, ReadOnlySpan<(int Start, int Length)> messages, Span<uint> words) =>
        Hash(buffer, messages, words, new Scratch());

    /// <summary>Hashes up to <see cref="Lanes"/> messages, each at most <see cref="MaxLength"/> bytes, of one buffer, in a caller's scratch space.</summary>
    /// <param name="buffer">The buffer the messages are in.</param>
    /// <param name="messages">Each message's start in the buffer and length.</param>
    /// <param name="words">Receives each message's digest as its eight big-endian words, message after message.</param>
    /// <param name="scratch">The padded messages and the schedule, reused from call to call (one per thread).</param>
    public static void Hash(ReadOnlySpan<byte> buffer, ReadOnlySpan<(int Start, int Length)> messages, Span<uint> words, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        Span<byte> padded = scratch.Messages;
        Span<int> blocks = stackalloc int[Lanes];
        var longest = Pad(buffer, messages, padded, blocks);
        var a = Vector256.Create(0x6a09e667u);
        var b = Vector256.Create(0xbb67ae85u);
        var c = Vector256.Create(0x3c6ef372u);
        var d = Vector256.Create(0xa54ff53au);
        var e = Vector256.Create(0x510e527fu);
        var f = Vector256.Create(0x9b05688cu);
        var g = Vector256.Create(0x1f83d9abu);
        var h = Vector256.Create(0x5be0cd19u);
        Span<Vector256<uint>> w = scratch.Schedule;
        for (var block = 0; block < longest; block++)
        {
            Schedule(padded, block * 64, w);
            var (a0, b0, c0, d0, e0, f0, g0, h0) = (a, b, c, d, e, f, g, h);
            for (var t = 0; t < 64; t++)
            {
                var t1 = h + (Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25)) + ((e & f) ^ Vector256.AndNot(g, e)) + Vector256.Create(K[t]) + w[t];
                var t2 = (Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            var active = Vector256.Create(
                Active(blocks, 0, block), Active(blocks, 1, block), Active(blocks, 2, block), Active(blocks, 3, block),
                Active(blocks, 4, block), Active(blocks, 5, block), Active(blocks, 6, block), Active(blocks, 7, block));
            a = Vector256.ConditionalSelect(active, a + a0, a0);
            b = Vector256.ConditionalSelect(active, b + b0, b0);
            c = Vector256.ConditionalSelect(active, c + c0, c0);
            d = Vector256.ConditionalSelect(active, d + d0, d0);
            e = Vector256.ConditionalSelect(active, e + e0, e0);
            f = Vector256.ConditionalSelect(active, f + f0, f0);
            g = Vector256.ConditionalSelect(active, g + g0, g0);
            h = Vector256.ConditionalSelect(active, h + h0, h0);
        }

        for (var lane = 0; lane < messages.Length; lane++)
        {
            var digest = words.Slice(lane * 8, 8);
            digest[0] = a.GetElement(lane);
            digest[1] = b.GetElement(lane);
            digest[2] = c.GetElement(lane);
            digest[3] = d.GetElement(lane);
            digest[4] = e.GetElement(lane);
            digest[5] = f.GetElement(lane);
            digest[6] = g.GetElement(lane);
            digest[7] = h.GetElement(lane);
        }
    }

    /// <summary>
    /// Pads each message as SHA-256 does (0x80, zeros, the length in bits) into its lane's blocks. Only the blocks a message
    /// takes are written: a lane's later blocks keep whatever they held and are not added to its state.
    /// </summary>
    /// <param name="buffer">The buffer the messages are in.</param>
    /// <param name="messages">Each message's start in the buffer and length.</param>
    /// <param name="padded">Receives the lanes' padded messages, <see cref="Padded"/> bytes each.</param>
    /// <param name="blocks">Receives each lane's number of 64-byte blocks (0 for a lane without a message).</param>
    /// <returns>The largest number of blocks.</returns>
    private static int Pad(ReadOnlySpan<byte> buffer, ReadOnlySpan<(int Start, int Length)> messages, Span<byte> padded, Span<int> blocks)
    {
        var longest = 0;
        for (var lane = 0; lane < Lanes; lane++)
        {
            if (lane >= messages.Length)
            {
                blocks[lane] = 0;
                continue;
            }

            var (start, length) = messages[lane];
            var count = (length + 9 + 63) / 64;
            var message = padded.Slice(lane * Padded, count * 64);
            buffer.Slice(start, length).CopyTo(message);
            message[length] = 0x80;
            message[(length + 1)..^8].Clear();
            BinaryPrimitives.WriteUInt64BigEndian(message[^8..], (ulong)length * 8);
            blocks[lane] = count;
            longest = Math.Max(longest, count);
        }

        return longest;
    }

    /// <summary>Expands one block of every lane into the 64 words of the message schedule.</summary>
    /// <param name="padded">The lanes' padded messages.</param>
    /// <param name="at">The block's offset in each lane.</param>
    /// <param name="w">Receives the schedule.</param>
    private static void Schedule(ReadOnlySpan<byte> padded, int at, Span<Vector256<uint>> w)
    {
        if (Avx2.IsSupported)
        {
            Transpose(padded, at, w[..8]);
            Transpose(padded, at + 32, w[8..16]);
        }
        else
        {
            for (var t = 0; t < 16; t++)
            {
                var offset = at + (t * 4);
                w[t] = Vector256.Create(
                    Word(padded, offset),
                    Word(padded, Padded + offset),
                    Word(padded, (2 * Padded) + offset),
                    Word(padded, (3 * Padded) + offset),
                    Word(padded, (4 * Padded) + offset),
                    Word(padded, (5 * Padded) + offset),
                    Word(padded, (6 * Padded) + offset),
                    Word(padded, (7 * Padded) + offset));
            }
        }

        for (var t = 16; t < 64; t++)
        {
            var w15 = w[t - 15];
            var w2 = w[t - 2];
            var s0 = Rotate(w15, 7) ^ Rotate(w15, 18) ^ Vector256.ShiftRightLogical(w15, 3);
            var s1 = Rotate(w2, 17) ^ Rotate(w2, 19) ^ Vector256.ShiftRightLogical(w2, 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
    }

    /// <summary>
    /// Loads eight big-endian words of every lane at once and turns them lane-major to word-major (an 8×8 transpose of
    /// 32-bit words by unpacks and 128-bit permutes), instead of gathering the 64 words one by one.
    /// </summary>
    /// <param name="padded">The lanes' padded messages.</param>
    /// <param name="at">The offset of the eight words in each lane.</param>
    /// <param name="w">Receives word 0 to 7, each with the lanes' values.</param>
    private static void Transpose(ReadOnlySpan<byte> padded, int at, Span<Vector256<uint>> w)
    {
        var r0 = Row(padded, at);
        var r1 = Row(padded, Padded + at);
        var r2 = Row(padded, (2 * Padded) + at);
        var r3 = Row(padded, (3 * Padded) + at);
        var r4 = Row(padded, (4 * Padded) + at);
        var r5 = Row(padded, (5 * Padded) + at);
        var r6 = Row(padded, (6 * Padded) + at);
        var r7 = Row(padded, (7 * Padded) + at);

        // Pairs of lanes: words 0,1 | 4,5 (low) and 2,3 | 6,7 (high) of two lanes interleaved.
        var t0 = Avx2.UnpackLow(r0, r1).AsUInt64();
        var t1 = Avx2.UnpackHigh(r0, r1).AsUInt64();
        var t2 = Avx2.UnpackLow(r2, r3).AsUInt64();
        var t3 = Avx2.UnpackHigh(r2, r3).AsUInt64();
        var t4 = Avx2.UnpackLow(r4, r5).AsUInt64();
        var t5 = Avx2.UnpackHigh(r4, r5).AsUInt64();
        var t6 = Avx2.UnpackLow(r6, r7).AsUInt64();
        var t7 = Avx2.UnpackHigh(r6, r7).AsUInt64();

        // Quads of lanes: one word of four lanes in each 128-bit half (words 0|4, 1|5, 2|6, 3|7).
        var u0 = Avx2.UnpackLow(t0, t2).AsUInt32();
        var u1 = Avx2.UnpackHigh(t0, t2).AsUInt32();
        var u2 = Avx2.UnpackLow(t1, t3).AsUInt32();
        var u3 = Avx2.UnpackHigh(t1, t3).AsUInt32();
        var u4 = Avx2.UnpackLow(t4, t6).AsUInt32();
        var u5 = Avx2.UnpackHigh(t4, t6).AsUInt32();
        var u6 = Avx2.UnpackLow(t5, t7).AsUInt32();
        var u7 = Avx2.UnpackHigh(t5, t7).AsUInt32();

        w[0] = Avx2.Permute2x128(u0, u4, 0x20);
        w[1] = Avx2.Permute2x128(u1, u5, 0x20);
        w[2] = Avx2.Permute2x128(u2, u6, 0x20);
        w[3] = Avx2.Permute2x128(u3, u7, 0x20);
        w[4] = Avx2.Permute2x128(u0, u4, 0x31);
        w[5] = Avx2.Permute2x128(u1, u5, 0x31);
        w[6] = Avx2.Permute2x128(u2, u6, 0x31);
        w[7] = Avx2.Permute2x128(u3, u7, 0x31);
    }

    /// <summary>Eight big-endian words of one lane, as numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Row(ReadOnlySpan<byte> padded, int offset) =>
        Avx2.Shuffle(Vector256.Create(padded.Slice(offset, 32)), ByteSwap).AsUInt32();

    /// <summary>The scratch space of <see cref="Hash(ReadOnlySpan{byte}, ReadOnlySpan{ValueTuple{int, int}}, Span{uint}, Scratch)"/>: the lanes' padded messages and the schedule.</summary>
    internal sealed class Scratch
    {
        /// <summary>Gets the lanes' padded messages, <see cref="Padded"/> bytes each.</summary>
        public byte[] Messages { get; } = new byte[Lanes * Padded];

        /// <summary>Gets the 64 words of the schedule of every lane.</summary>
        public Vector256<uint>[] Schedule { get; } = new Vector256<uint>[64];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Word(ReadOnlySpan<byte> padded, int offset) => BinaryPrimitives.ReadUInt32BigEndian(padded.Slice(offset, 4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Active(ReadOnlySpan<int> blocks, int lane, int block) => block < blocks[lane] ? uint.MaxValue : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotate(Vector256<uint> x, int n) =>
        Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);
}
