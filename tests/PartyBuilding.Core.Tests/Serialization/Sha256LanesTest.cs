using System.Security.Cryptography;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>The receipt's element hash shared across vector lanes is SHA-256 exactly (FIPS 180-4), whatever the lengths in a batch.</summary>
public sealed class Sha256LanesTest
{
    [Fact]
    public void LibraryRule_EveryLength_UpToTheLongestALaneTakes_HashesAsSha256()
    {
        var random = new Random(23);
        var buffer = new byte[(Sha256Lanes.MaxLength + 1) * Sha256Lanes.Lanes];
        random.NextBytes(buffer);

        for (var length = 0; length <= Sha256Lanes.MaxLength; length++)
        {
            // Eight messages of the length and its neighbours, so that lanes of one, two, three and four blocks mix.
            var messages = Enumerable.Range(0, Sha256Lanes.Lanes)
                .Select(lane => (Start: lane * (Sha256Lanes.MaxLength + 1), Length: Math.Clamp(length + ((lane - 4) * 61), 0, Sha256Lanes.MaxLength)))
                .ToArray();

            Lanes(buffer, messages).Should().Equal(messages.Select(m => Convert.ToHexString(SHA256.HashData(buffer.AsSpan(m.Start, m.Length)))), $"length {length}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void LibraryRule_ABatchOfFewerMessagesThanLanes_HashesEachAsSha256(int count)
    {
        var buffer = "党建考评 receipt v2"u8.ToArray().Concat(Enumerable.Range(0, 200).Select(i => (byte)i)).ToArray();
        var messages = Enumerable.Range(0, count).Select(i => (Start: i * 3, Length: 55 + i)).ToArray();

        Lanes(buffer, messages).Should().Equal(messages.Select(m => Convert.ToHexString(SHA256.HashData(buffer.AsSpan(m.Start, m.Length)))));
    }

    [Fact]
    public void LibraryRule_AScratchReusedAfterLongerMessages_HashesShorterOnesAsSha256()
    {
        // Padding writes only the blocks a message takes: what longer messages left in the scratch must not count.
        var random = new Random(20261207);
        var buffer = new byte[Sha256Lanes.MaxLength * Sha256Lanes.Lanes];
        random.NextBytes(buffer);
        var scratch = new Sha256Lanes.Scratch();
        var words = new uint[Sha256Lanes.Lanes * 8];
        var longest = Enumerable.Range(0, Sha256Lanes.Lanes).Select(lane => (Start: lane * Sha256Lanes.MaxLength, Length: Sha256Lanes.MaxLength)).ToArray();
        Sha256Lanes.Hash(buffer, longest, words, scratch);

        foreach (var length in new[] { 0, 1, 55, 56, 64, 119, 120, 183 })
        {
            var messages = longest.Select((m, lane) => (m.Start, Length: lane % 2 == 0 ? length : Math.Min(length + 64, Sha256Lanes.MaxLength))).ToArray();
            Sha256Lanes.Hash(buffer, messages, words, scratch);

            var hashes = messages.Select((_, i) => string.Concat(words.Skip(i * 8).Take(8).Select(w => w.ToString("X8", CultureInfo.InvariantCulture))));
            hashes.Should().Equal(messages.Select(m => Convert.ToHexString(SHA256.HashData(buffer.AsSpan(m.Start, m.Length)))), $"length {length}");
        }
    }

    private static List<string> Lanes(byte[] buffer, (int Start, int Length)[] messages)
    {
        var words = new uint[Sha256Lanes.Lanes * 8];
        Sha256Lanes.Hash(buffer, messages, words);
        return [.. messages.Select((_, i) => string.Concat(words.Skip(i * 8).Take(8).Select(w => w.ToString("X8", CultureInfo.InvariantCulture))))];
    }
}
