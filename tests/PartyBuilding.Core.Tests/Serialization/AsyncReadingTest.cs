using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// Issue 24 (embedding): <see cref="PartyBuildingJson.DeserializeAsync{T}(Stream, CancellationToken)"/> reads what a web
/// host hands it (a request body may not be read synchronously) with exactly the checks, limits, codes and paths of the
/// synchronous reader, and stops when cancelled.
/// </summary>
public sealed class AsyncReadingTest
{
    private const string Good = """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given"}}""";

    public static TheoryData<string, JsonReadLimits> BadDocuments => new()
    {
        // Strict check: a repeated property, a control character, a number a decimal cannot hold.
        { """{"schemaVersion":"1.0","kind":"explanation","content":{"value":1,"value":2}}""", JsonReadLimits.Default },
        { "{\"schemaVersion\":\"1.0\",\"kind\":\"explanation\",\"content\":{\"label\":{\"zhCn\":\"a\u0001\",\"english\":\"P\"},\"value\":1,\"combination\":\"Given\"}}", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1.00000000000000000000000000001,"combination":"Given"}}""", JsonReadLimits.Default },
        // Envelope, binding and converters.
        { """{"schemaVersion":"2.0","kind":"explanation","content":{}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"assessment-scheme","content":{}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":7}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given","extra":1}}""", JsonReadLimits.Default },
        { "{\"schemaVersion\":", JsonReadLimits.Default },
        // Limits: size, depth, items.
        { Good, new JsonReadLimits(64, 64) },
        { Good, new JsonReadLimits(1024, 2) },
        { """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Sum","children":[{},{}]}}""", new JsonReadLimits(1024, 64) { MaxItems = 1 } },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task DeserializeAsync_BadDocument_ReportsTheSameProblemsAsTheSynchronousReader(string json, JsonReadLimits limits)
    {
        var synchronous = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        var asynchronous = (await FluentActions.Awaiting(() => PartyBuildingJson.DeserializeAsync<Explanation>(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits, CancellationToken.None))
            .Should().ThrowAsync<PartyBuildingValidationException>()).Which.Problems;

        asynchronous.Should().Equal(synchronous);
    }

    [Fact]
    public async Task DeserializeAsync_GoodDocument_ReadsWhatTheSynchronousReaderReads()
    {
        var read = await PartyBuildingJson.DeserializeAsync<Explanation>(new MemoryStream(Encoding.UTF8.GetBytes(Good)), CancellationToken.None);

        read.Should().Be(PartyBuildingJson.Deserialize<Explanation>(Good));
    }

    [Fact]
    public async Task DeserializeAsync_OverTheSizeLimit_IsRefusedBeforeTheWholeStreamIsRead()
    {
        var stream = new CountingStream(new MemoryStream(new byte[10_000_000]));

        var problem = (await FluentActions.Awaiting(() => PartyBuildingJson.DeserializeAsync<Explanation>(stream, new JsonReadLimits(100_000, 64), CancellationToken.None))
            .Should().ThrowAsync<PartyBuildingValidationException>()).Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
        stream.BytesRead.Should().BeLessThan(1_000_000);
    }

    [Fact]
    public async Task DeserializeAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => PartyBuildingJson.DeserializeAsync<Explanation>(new MemoryStream(Encoding.UTF8.GetBytes(Good)), cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>Counts the bytes read from the stream it wraps.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
