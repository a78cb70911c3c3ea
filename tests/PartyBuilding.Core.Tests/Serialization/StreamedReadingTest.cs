using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// Issue 23 (streaming documents): a stream that can seek is checked a block at a time and its content bound from the
/// stream, never held whole; it reads what the whole text reads, refuses what the whole text refuses with the same
/// problems, is bounded by <see cref="JsonReadLimits.MaxStreamedBytes"/> instead of <see cref="JsonReadLimits.MaxBytes"/>,
/// and refuses a value longer than <see cref="JsonReadLimits.MaxValueBytes"/> before reading it whole.
/// </summary>
public sealed class StreamedReadingTest
{
    private const string Leaf = """{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given"}""";

    private static string Sum(int children, string? child = null) =>
        $$$"""{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":{{{children}}},"combination":"Sum","children":[{{{string.Join(",", Enumerable.Repeat(child ?? Leaf, children))}}}]}}""";

    private static string Labelled(string zhCn) =>
        $$$"""{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"{{{zhCn}}}","english":"P"},"value":1,"combination":"Given"}}""";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string EvaluationSeed(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation", file);

    [Fact]
    public void Deserialize_SeedFileAsStream_ReadsWhatItsBytesRead_AcrossManyBlocks()
    {
        // 11.9 MB: about 180 blocks of 64 KiB, values crossing every block boundary.
        var path = EvaluationSeed("member-points-data-set-2018.json");
        using var file = File.OpenRead(path);

        var streamed = PartyBuildingJson.Deserialize<MemberPointsDataSet>(file);

        streamed.Should().Be(PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllBytes(path)));
        streamed.Declarations.Should().NotBeEmpty();
    }

    [Fact]
    public async Task DeserializeAsync_SeedFileAsStream_ReadsWhatItsBytesRead()
    {
        var path = EvaluationSeed("standardization-data-set-2018.json");
        await using var file = File.OpenRead(path);

        var streamed = await PartyBuildingJson.DeserializeAsync<StandardizationDataSet>(file, CancellationToken.None);

        streamed.Should().Be(PartyBuildingJson.Deserialize<StandardizationDataSet>(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Deserialize_StreamPositionedAfterOtherBytes_ReadsFromItsPosition_AndStopsAtTheContent()
    {
        using var stream = new MemoryStream(Utf8("GARBAGE" + Sum(3)));
        stream.Position = "GARBAGE".Length;

        PartyBuildingJson.Deserialize<Explanation>(stream).Children.Should().HaveCount(3);
    }

    public static TheoryData<string, JsonReadLimits> BadDocuments => new()
    {
        // Strict problems far past the first block: a repeated name, a control character, an inexact number.
        { Sum(3000, """{"label":{"zhCn":"分","english":"P"},"value":1,"value":2,"combination":"Given"}"""), JsonReadLimits.Default },
        { Sum(3000, "{\"label\":{\"zhCn\":\"a\u0001\",\"english\":\"P\"},\"value\":1,\"combination\":\"Given\"}"), JsonReadLimits.Default },
        { Sum(3000, """{"label":{"zhCn":"分","english":"P"},"value":1.00000000000000000000000000001,"combination":"Given"}"""), JsonReadLimits.Default },

        // The envelope, binding and converters.
        { """{"schemaVersion":"2.0","kind":"explanation","content":{}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"assessment-scheme","content":{}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation","extra":1,"content":{}}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation"}""", JsonReadLimits.Default },
        { """{"schemaVersion":"1.0","kind":"explanation","content":null}""", JsonReadLimits.Default },
        { """[{"schemaVersion":"1.0"}]""", JsonReadLimits.Default },
        { Sum(3000, """{"label":{"zhCn":"分","english":"P"},"value":1,"combination":7}"""), JsonReadLimits.Default },
        { Sum(3000, """{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given","extra":1}"""), JsonReadLimits.Default },

        // Syntax: cut off inside a late block, and text after the document.
        { Sum(3000)[..150_000], JsonReadLimits.Default },
        { Sum(3) + " x", JsonReadLimits.Default },
        { "", JsonReadLimits.Default },

        // Limits: depth, items, value length.
        { Sum(3000), JsonReadLimits.Default with { MaxItems = 2999 } },
        { Sum(3), new JsonReadLimits(1 << 20, 3) },
        { Labelled(new string('分', 100)), JsonReadLimits.Default with { MaxValueBytes = 299 } },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Deserialize_BadDocument_StreamedAndWhole_ReportTheSameProblems(string json, JsonReadLimits limits)
    {
        var whole = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(Utf8(json).AsSpan(), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        var streamed = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(Utf8(json)), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        streamed.Should().Equal(whole);
    }

    [Fact]
    public void Deserialize_ValueOfExactlyMaxValueBytes_IsRead_OneByteMore_IsRefusedAtThePathBeforeIt()
    {
        var limits = JsonReadLimits.Default with { MaxValueBytes = 300 };

        PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(Utf8(Labelled(new string('分', 100)))), limits).Label.ZhCn.Should().HaveLength(100);
        var problem = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(Utf8(Labelled(new string('分', 100) + "a"))), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentValueTooLong);
        problem.Path.Should().Be("$.content.label.zhCn");
        problem.AttemptedValue.Should().Be("301");
    }

    [Fact]
    public void Deserialize_StreamedValueLongerThanTheLimit_IsRefusedAfterReadingNoMoreThanTheLimitAndTwoBlocks()
    {
        // A 50 MB text in an otherwise small document: the buffer grows to the value limit and stops there.
        var limits = JsonReadLimits.Default with { MaxValueBytes = 1 << 20 };
        var stream = new CountingStream(new MemoryStream(Utf8(Labelled(new string('a', 50_000_000)))));

        var problem = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(stream, limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentValueTooLong);
        problem.Path.Should().Be("$.content.label.zhCn");
        stream.BytesRead.Should().BeLessThanOrEqualTo((1 << 20) + (2 * 65_536));
    }

    [Fact]
    public void Deserialize_SeekableStream_IsBoundedByMaxStreamedBytes_NotMaxBytes()
    {
        var bytes = Utf8(Sum(200));
        var limits = new JsonReadLimits(100, 64) { MaxStreamedBytes = bytes.Length };

        PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(bytes), limits).Children.Should().HaveCount(200);
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(new OneWayStream(bytes), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(bytes.AsSpan(), limits))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void Deserialize_SeekableStreamOneByteOverMaxStreamedBytes_IsRefusedBeforeAnythingIsRead()
    {
        var bytes = Utf8(Sum(200));
        using var stream = new MemoryStream(bytes);

        var problem = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(stream, new JsonReadLimits(100, 64) { MaxStreamedBytes = bytes.Length - 1 }))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
        problem.AttemptedValue.Should().Be(bytes.Length.ToString(CultureInfo.InvariantCulture));
        stream.Position.Should().Be(0);
    }

    [Fact]
    public void PeekKind_SeekableStream_TellsTheKind_AndPutsTheStreamBack_SoItCanBeRead()
    {
        using var stream = new MemoryStream(Utf8("  " + Sum(3)));
        stream.Position = 2;

        PartyBuildingJson.PeekKind(stream).Should().Be("explanation");

        stream.Position.Should().Be(2);
        PartyBuildingJson.Deserialize<Explanation>(stream).Children.Should().HaveCount(3);
    }

    [Fact]
    public void PeekKind_StreamThatCannotSeek_IsAnArgumentError_NotConsumed()
    {
        using var stream = new OneWayStream(Utf8(Sum(3)));

        FluentActions.Invoking(() => PartyBuildingJson.PeekKind(stream)).Should().Throw<ArgumentException>().WithParameterName("stream");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void PeekKind_StreamWithARepeatedName_ReportsTheStrictProblem_AsThePeekOfItsBytesDoes()
    {
        var bytes = Utf8("""{"schemaVersion":"1.0","kind":"explanation","kind":"explanation","content":{}}""");

        var streamed = FluentActions.Invoking(() => PartyBuildingJson.PeekKind(new MemoryStream(bytes)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        streamed.Should().Equal(FluentActions.Invoking(() => PartyBuildingJson.PeekKind(bytes.AsSpan()))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems);
        streamed.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.DuplicateProperty);
    }

    [Fact]
    public void Limits_Defaults_StreamFourGibibytes_HoldTwoHundredFiftySixMebibytes_AndOneMebibytePerValue()
    {
        JsonReadLimits.Default.MaxBytes.Should().Be(256L << 20);
        JsonReadLimits.Default.MaxStreamedBytes.Should().Be(4L << 30);
        JsonReadLimits.Default.MaxValueBytes.Should().Be(1 << 20);
        new JsonReadLimits(100, 10).MaxStreamedBytes.Should().Be(100, "a limit made with a size streams no more than that size unless told");
        FluentActions.Invoking(() => JsonReadLimits.Default with { MaxValueBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => JsonReadLimits.Default with { MaxStreamedBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>A stream that cannot seek (a request body), counting what is read from it.</summary>
    internal sealed class OneWayStream(byte[] bytes) : CountingStream(new MemoryStream(bytes));

    /// <summary>Counts the bytes read from the stream it wraps; cannot seek unless the stream it wraps can.</summary>
    internal class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek && GetType() == typeof(CountingStream);

        public override bool CanWrite => false;

        public override long Length => CanSeek ? inner.Length : throw new NotSupportedException();

        public override long Position
        {
            get => CanSeek ? inner.Position : throw new NotSupportedException();
            set => inner.Position = CanSeek ? value : throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => CanSeek ? inner.Seek(offset, origin) : throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
