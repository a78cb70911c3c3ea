using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The problems the reader reports are read by people (docs/errors.md): each is asserted with its exact path, code,
/// message and attempted value, and every limit on both sides of its boundary.
/// </summary>
public sealed class ReaderProblemsTest
{
    private const string Leaf = ReaderLimitsTest.Leaf;

    private static string Document(string content, string version = "1.0", string kind = "explanation") =>
        ReaderLimitsTest.Document(content, version, kind);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static ValidationProblem SingleProblem(Action act) => ReaderLimitsTest.SingleProblem(act);

    private static void ShouldBe(ValidationProblem problem, string path, string code, string message, string? value)
    {
        problem.Path.Should().Be(path);
        problem.ErrorCode.Should().Be(code);
        problem.Message.Should().Be(message);
        problem.AttemptedValue.Should().Be(value);
    }

    [Fact]
    public void Deserialize_NullJsonText_ThrowsNamingJson() =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>((string)null!, JsonReadLimits.Default))
            .Should().Throw<ArgumentNullException>().WithParameterName("json");

    [Fact]
    public void Deserialize_TextWithNullLimits_ThrowsNamingLimits() =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("limits");

    [Fact]
    public void Deserialize_BytesWithNullLimits_ThrowsNamingLimits() =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(Utf8(Document(Leaf)).AsSpan(), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("limits");

    [Fact]
    public void Deserialize_StreamWithNullLimits_ThrowsNamingLimits()
    {
        using var stream = new MemoryStream(Utf8(Document(Leaf)));

        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>(stream, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("limits");
    }

    [Fact]
    public void Deserialize_NullStream_ThrowsNamingStream() =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>((Stream)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("stream");

    [Fact]
    public void Serialize_NullContent_ThrowsNamingContent() =>
        FluentActions.Invoking(() => PartyBuildingJson.Serialize<Explanation>(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("content");

    [Fact]
    public void Serialize_ToNullStream_ThrowsNamingStream()
    {
        var explanation = PartyBuildingJson.Deserialize<Explanation>(Document(Leaf));

        FluentActions.Invoking(() => PartyBuildingJson.Serialize(null!, explanation))
            .Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    [Fact]
    public void Serialize_ToStream_WritesTheSameUtf8AsTheText()
    {
        var explanation = PartyBuildingJson.Deserialize<Explanation>(Document(Leaf));
        using var stream = new MemoryStream();

        PartyBuildingJson.Serialize(stream, explanation);

        stream.ToArray().Should().Equal(Utf8(PartyBuildingJson.Serialize(explanation)));
    }

    [Fact]
    public void Deserialize_BytesAboveSizeLimit_IsRefusedAtRootWithTheLength()
    {
        var bytes = Utf8(Document(Leaf));

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(bytes.AsSpan(), new JsonReadLimits(bytes.Length - 1, 64)));

        ShouldBe(
            problem,
            "$",
            CommonErrorCodes.DocumentTooLarge,
            $"The document is larger than the limit of {bytes.Length - 1} bytes.",
            bytes.Length.ToString(CultureInfo.InvariantCulture));
        PartyBuildingJson.Deserialize<Explanation>(bytes.AsSpan(), new JsonReadLimits(bytes.Length, 64)).Value.Should().Be(1m);
    }

    [Fact]
    public void Deserialize_StreamThatCannotSeek_BeyondLimit_StopsAtTheFirstChunkOverTheLimit()
    {
        using var stream = new StreamedReadingTest.OneWayStream(new byte[200_000]);

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(stream, new JsonReadLimits(100, 64)));

        ShouldBe(problem, "$", CommonErrorCodes.DocumentTooLarge, "The document is larger than the limit of 100 bytes.", "81920");
        stream.BytesRead.Should().Be(81_920);
    }

    [Fact]
    public void Deserialize_StreamOfExactlyMaxBytes_IsRead()
    {
        var bytes = Utf8(Document(Leaf));
        using var stream = new MemoryStream(bytes);

        PartyBuildingJson.Deserialize<Explanation>(stream, new JsonReadLimits(bytes.Length, 64)).Value.Should().Be(1m);
    }

    [Fact]
    public void PeekKind_AboveGivenSizeLimit_IsRefused()
    {
        var bytes = Utf8(Document("{}"));

        var problem = SingleProblem(() => PartyBuildingJson.PeekKind(bytes, new JsonReadLimits(bytes.Length - 1, 64)));

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
        PartyBuildingJson.PeekKind(bytes, new JsonReadLimits(bytes.Length, 64)).Should().Be("explanation");
    }

    [Fact]
    public void PeekKind_MalformedContent_IsMalformedJsonAtRoot()
    {
        var problem = SingleProblem(() => PartyBuildingJson.PeekKind(Utf8("""{"schemaVersion":"1.0","kind":"explanation","content":{]}""")));

        problem.Path.Should().Be("$");
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    [Fact]
    public void PeekKind_UnsupportedVersion_IsRefused()
    {
        var problem = SingleProblem(() => PartyBuildingJson.PeekKind(Utf8(Document("{}", "2.0"))));

        ShouldBe(problem, "$.schemaVersion", CommonErrorCodes.UnsupportedSchemaVersion, "Schema version '2.0' is not supported; this library reads 1.x.", "2.0");
    }

    [Fact]
    public void PeekKind_NoKind_IsRefusedAtKind()
    {
        var problem = SingleProblem(() => PartyBuildingJson.PeekKind(Utf8("""{"schemaVersion":"1.0","content":{}}""")));

        ShouldBe(problem, "$.kind", CommonErrorCodes.WrongDocumentKind, "The document has no 'kind'.", null);
    }

    [Fact]
    public void PeekKind_ContentDeeperThan64WithinALargerLimit_IsRead()
    {
        var nested = new string('[', 100) + new string(']', 100);

        PartyBuildingJson.PeekKind(Utf8(Document(nested)), new JsonReadLimits(1 << 20, 200)).Should().Be("explanation");
    }

    [Fact]
    public void Deserialize_ContentDeeperThan64WithinALargerLimit_IsRead()
    {
        var nested = Leaf;
        for (var i = 0; i < 40; i++)
        {
            nested = $$"""{"label":{"zhCn":"分","english":"Points"},"value":1,"combination":"Sum","children":[{{nested}}]}""";
        }

        PartyBuildingJson.Deserialize<Explanation>(Document(nested), new JsonReadLimits(1 << 20, 200)).Children.Should().ContainSingle();
    }

    [Fact]
    public void PeekKind_ScalarsAtTheDepthLimit_AreRead_ButAnObjectThereIsTooDeep()
    {
        // Envelope, content and "a" are objects at depths 0, 1 and 2; "b" and its value sit at depth 3.
        PartyBuildingJson.PeekKind(Utf8(Document("""{"a":{"b":1}}""")), new JsonReadLimits(1 << 20, 3)).Should().Be("explanation");

        var problem = SingleProblem(() => PartyBuildingJson.PeekKind(Utf8(Document("""{"a":{"b":{}}}""")), new JsonReadLimits(1 << 20, 3)));

        ShouldBe(problem, "$", CommonErrorCodes.DocumentTooDeep, "The document nests deeper than the limit of 3 levels (at byte 64).", "4");
    }

    [Fact]
    public void Deserialize_WrongKind_IsRefusedAtKind()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, kind: "organization-snapshot")));

        ShouldBe(problem, "$.kind", CommonErrorCodes.WrongDocumentKind, "Expected a 'explanation' document.", "organization-snapshot");
    }

    [Fact]
    public void Deserialize_MissingContent_IsRefusedAtContent()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("""{"schemaVersion":"1.0","kind":"explanation"}"""));

        ShouldBe(problem, "$.content", CommonErrorCodes.MissingContent, "The document has no 'content'.", null);
    }

    [Fact]
    public void Deserialize_NullContent_IsRefusedAtContent()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document("null")));

        ShouldBe(problem, "$.content", CommonErrorCodes.MissingContent, "The document's 'content' is null.", null);
    }

    [Fact]
    public void Deserialize_ConverterRefusesValue_ReportsItsCodeMessageAndValueAtItsPath()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(
            Document("""{"label":{"zhCn":"分","english":"Points"},"value":1,"combination":"Unknown"}""")));

        ShouldBe(
            problem,
            "$.content.combination",
            CommonErrorCodes.UndefinedEnumValue,
            $"Expected one of the names of ExplanationCombination: {string.Join(", ", Enum.GetNames<ExplanationCombination>())}.",
            "Unknown");
    }

    [Fact]
    public void Deserialize_ConverterMessageQuotingTextWithPath_IsKeptWhole()
    {
        // The library's own converter messages carry no serializer suffix; the reader used to cut them at " Path:",
        // which cut a quoted value such as this one (found by triaging Stryker's survivors, issue 12).
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<AssessmentDataSet>(
            Document("""{"committeeId":"a Path: b","year":2024,"organizations":[],"inputs":[]}""", kind: "assessment-data-set")));

        ShouldBe(
            problem,
            "$.content.committeeId",
            CommonErrorCodes.IdentifierFormat,
            "'a Path: b' is not a valid OrganizationId: use 1 to 64 ASCII letters, digits or . _ : - starting with a letter or digit.",
            "a Path: b");
    }

    [Fact]
    public void Deserialize_WrongValueType_MessageHasNeitherPathNorLineNumberOfTheSerializer()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(
            Document("""{"label":{"zhCn":"分","english":"Points"},"value":true,"combination":"Given"}""")));

        problem.Path.Should().Be("$.content.value");
        problem.Message.Should().NotContain("Path:").And.NotContain("LineNumber:").And.MatchRegex(@" \(line 1, position [0-9]+\)$");
    }

    [Fact]
    public void Deserialize_ConstructorRefusesValue_ReportsInvalidValueAtContent()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(
            Document("""{"label":{"zhCn":" ","english":"Points"},"value":1,"combination":"Given"}""")));

        problem.Path.Should().Be("$.content");
        problem.ErrorCode.Should().Be(CommonErrorCodes.InvalidValue);
    }

    [Fact]
    public void Deserialize_NotAnObject_NamesTheEnvelope()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("[1,2,3]"));

        ShouldBe(problem, "$", CommonErrorCodes.MalformedJson, "A document must be a JSON object with 'schemaVersion', 'kind' and 'content'.", null);
    }

    [Fact]
    public void Deserialize_EnvelopeWithLoneSurrogate_IsMalformedJsonWithItsMessage()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, kind: "\\ud800")));

        ShouldBe(problem, "$", CommonErrorCodes.MalformedJson, "The document's envelope holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).", null);
    }

    [Theory]
    [InlineData("schemaVersion")]
    [InlineData("kind")]
    public void Deserialize_EnvelopeStringAsANumber_IsRefusedAsNotAString(string name)
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>($$"""{"{{name}}":1,"content":{{Leaf}}}"""));

        ShouldBe(problem, "$." + name, CommonErrorCodes.MalformedJson, $"'{name}' must be a string.", null);
    }

    [Fact]
    public void Deserialize_UnknownEnvelopeProperty_IsRefusedWithItsName()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("""{"schemaVersion":"1.0","extra":1}"""));

        ShouldBe(problem, "$.extra", CommonErrorCodes.MalformedJson, "Unknown envelope property: a document has only 'schemaVersion', 'kind' and 'content'.", "extra");
    }

    [Fact]
    public void Deserialize_VersionOne_IsAccepted() =>
        PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, "1")).Value.Should().Be(1m);

    [Fact]
    public void Deserialize_UnsupportedVersion_SaysWhichVersionIsRead()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, "2.0")));

        ShouldBe(problem, "$.schemaVersion", CommonErrorCodes.UnsupportedSchemaVersion, "Schema version '2.0' is not supported; this library reads 1.x.", "2.0");
    }

    [Fact]
    public void Deserialize_SyntaxError_IsReportedAtRootWithoutReaderSuffix()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("{\"schemaVersion\" \"1.0\"}"));

        problem.Path.Should().Be("$");
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Message.Should().NotContain("LineNumber:").And.MatchRegex(@" \(line 1, position [0-9]+\)$");
    }

    [Fact]
    public void TypeInfo_DocumentItsMetadataDoesNotKnow_NamesTheType() =>
        FluentActions.Invoking(() => PartyBuildingJson.TypeInfo<Unregistered>())
            .Should().Throw<NotSupportedException>().WithMessage("Unregistered is not registered in the library's JSON metadata.");

    [Fact]
    public void JsonReadLimits_OneByteAndOneItem_AreTheSmallestAccepted()
    {
        var limits = new JsonReadLimits(1, 1) { MaxItems = 1 };

        limits.MaxBytes.Should().Be(1);
        limits.MaxItems.Should().Be(1);
        FluentActions.Invoking(() => new JsonReadLimits(0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxBytes");
        FluentActions.Invoking(() => new JsonReadLimits(1, 1) { MaxItems = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxItems");
    }

    [Fact]
    public void Deserialize_Refused_ExceptionMessageNamesTheJsonDocument() =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<Explanation>("[1]"))
            .Should().Throw<PartyBuildingValidationException>().Which.Message.Should().StartWith("The JSON document is not valid: 1 problem.");

    [Fact]
    public void Deserialize_ContentNotAnObject_IsReportedAtContent()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document("5")));

        problem.Path.Should().Be("$.content");
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    /// <summary>A document whose metadata knows no type.</summary>
    private sealed class Unregistered : IDocumentContent
    {
        public static string DocumentKind => "unregistered";

        public static System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver JsonMetadata { get; } =
            System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine();
    }
}
