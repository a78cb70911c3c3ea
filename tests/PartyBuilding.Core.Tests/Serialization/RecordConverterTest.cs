using System.Text;
using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The record converters read the hot input records (declarations, audits, mass reviews, meeting records with their
/// attendance, dues payments, indicator scores) in the library's plain form, and leave everything else to the generated
/// metadata: a document reads to the same value, or is refused with the same problems (code, message, path, value), with
/// and without them, from bytes and from a stream — for every property of every record present, missing, null, of another
/// token, renamed, escaped, and with a bad value inside.
/// </summary>
public sealed class RecordConverterTest
{
    private static readonly Record[] Records =
    [
        new("member-points-data-set", "declarations", """
            {"id": "D0000001", "memberId": "M-001", "standardId": "S47", "month": "2024-01", "occurredOn": "2024-01-08", "submittedOn": "2024-02-05", "quantity": 2, "note": "值班"}
            """),
        new("member-points-data-set", "audits", """
            {"declarationId": "D0000001", "auditedOn": "2024-02-07", "decision": "Adjust", "points": 1.5, "reason": "减半", "auditor": "M-002"}
            """),
        new("member-points-data-set", "massReviews", """
            {"memberId": "M-001", "quarter": 1, "good": 6, "fairlyGood": 4, "average": 3, "poor": 0, "raters": 13}
            """),
        new("organizational-life-records", "meetings", """
            {"id": "L001", "kind": "PartyLesson", "organizationId": "B01", "date": "2024-02-20", "chair": "M-001", "topics": ["学习"], "firstTopic": "学习", "attendees": ["M-002", "M-003"], "absentees": [{"memberId": "M-004", "reason": "Leave"}], "minutes": "记录", "giver": "Secretary"}
            """),
        new("organizational-life-records", "dues", """
            {"memberId": "M-001", "month": "2024-01", "paidOn": "2024-01-25"}
            """),
        new("standardization-data-set", "scores", """
            {"indicatorId": "SDA-1-01", "observed": 0.65, "assessor": "机关工委督导组", "assessedOn": "2024-11-15", "checkedBy": "CheckingFiles", "evidence": "台账"}
            """),
    ];

    // Values of other tokens, and values that are bad inside (a date that is no day, an identifier, a name, a number out of range).
    private static readonly string[] OtherValues =
    [
        "null", "1", "1.5", "-1", "2147483648", "1e16", "true", "\"x\"", "\"\"", "[]", "{}", "[null]", "[1]", "[\"M-001\", null]",
        "\"2024-02-30\"", "\"2024-13\"", "\"-M\"", "\"Nope\"", "\"approve\"", "\"\\u0032024-01-08\"", "\"\\u004D-001\"", "\"\\ud800\"",
        "[{\"memberId\": \"M-004\"}]", "[{\"memberId\": \"M-004\", \"reason\": \"Sick\", \"x\": 1}]", "[{\"MemberId\": \"M-004\", \"reason\": \"Sick\"}]",
    ];

    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        for (var r = 0; r < Records.Length; r++)
        {
            var record = Records[r];
            var properties = record.Properties();
            data.Add($"{r}: as written", record.Document(properties));
            data.Add($"{r}: unknown property", record.Document([.. properties, ("extra", "1")]));
            data.Add($"{r}: no properties", record.Document([]));
            data.Add($"{r}: not an object", record.Document(null, "[]"));
            data.Add($"{r}: null item", record.Document(null, "null"));
            foreach (var (name, value) in properties)
            {
                var others = properties.Where(p => p.Name != name).ToArray();
                data.Add($"{r}: without {name}", record.Document(others));
                data.Add($"{r}: {name} renamed in another case", record.Document([.. others, (char.ToUpperInvariant(name[0]) + name[1..], value)]));
                data.Add($"{r}: {name} escaped", record.Document([.. others, ("\\u00" + ((int)name[0]).ToString("x2", CultureInfo.InvariantCulture) + name[1..], value)]));
                foreach (var other in OtherValues)
                {
                    data.Add($"{r}: {name} = {other}", record.Document(properties.Select(p => p.Name == name ? (name, other) : p).ToArray()));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Document_WithAndWithoutRecordConverters_ReadsTheSameOrIsRefusedTheSame(string variant, string json)
    {
        switch (JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString())
        {
            case "member-points-data-set":
                AssertSame<MemberPointsDataSet>(variant, json);
                break;
            case "organizational-life-records":
                AssertSame<OrganizationalLifeRecords>(variant, json);
                break;
            default:
                AssertSame<StandardizationDataSet>(variant, json);
                break;
        }
    }

    [Fact]
    public void RecordsAsWritten_AreReadByTheRecordConverters_NotBoundAgain()
    {
        foreach (var record in Records)
        {
            var json = record.Document(record.Properties());
            var content = JsonDocument.Parse(json).RootElement.GetProperty("content").GetRawText();
            object? read = record.Kind switch
            {
                "member-points-data-set" => JsonSerializer.Deserialize(content, PartyBuildingJson.ReadTypeInfo<MemberPointsDataSet>()),
                "organizational-life-records" => JsonSerializer.Deserialize(content, PartyBuildingJson.ReadTypeInfo<OrganizationalLifeRecords>()),
                _ => JsonSerializer.Deserialize(content, PartyBuildingJson.ReadTypeInfo<StandardizationDataSet>()),
            };
            read.Should().NotBeNull(record.Array);
        }
    }

    [Fact]
    public void RecordConverter_DeclinesWhatItDoesNotTake_WithoutAProblemOfItsOwn()
    {
        var content = """{"year": 2024, "committeeId": "C1", "branches": [], "roster": [], "declarations": [{"id": "D1"}]}""";
        FluentActions.Invoking(() => JsonSerializer.Deserialize(content, PartyBuildingJson.ReadTypeInfo<MemberPointsDataSet>()))
            .Should().Throw<JsonException>();
        JsonSerializer.Deserialize(content.Replace("{\"id\": \"D1\"}", "{\"id\": \"D1\", \"memberId\": \"M\", \"standardId\": \"S\", \"month\": \"2024-01\", \"occurredOn\": \"2024-01-08\", \"submittedOn\": \"2024-01-08\"}", StringComparison.Ordinal), PartyBuildingJson.ReadTypeInfo<MemberPointsDataSet>())!
            .Declarations.Should().ContainSingle().Which.Quantity.Should().Be(1);
    }

    [Fact]
    public void Writing_ThroughTheReadMetadata_IsTheGeneratedMetadatasWriting()
    {
        foreach (var record in Records)
        {
            var json = record.Document(record.Properties());
            switch (record.Kind)
            {
                case "member-points-data-set":
                    AssertSameWriting(PartyBuildingJson.Deserialize<MemberPointsDataSet>(json));
                    break;
                case "organizational-life-records":
                    AssertSameWriting(PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(json));
                    break;
                default:
                    AssertSameWriting(PartyBuildingJson.Deserialize<StandardizationDataSet>(json));
                    break;
            }
        }
    }

    [Fact]
    public void TypeInfo_ForToolsAndWriting_HasNoRecordConverters()
    {
        PartyBuildingJson.TypeInfo<MemberPointsDataSet>().Options.GetTypeInfo(typeof(Declaration)).Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object);
        PartyBuildingJson.ReadTypeInfo<MemberPointsDataSet>().Options.GetTypeInfo(typeof(Declaration)).Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.None);
    }

    private static void AssertSameWriting<T>(T content)
        where T : class, IDocumentContent =>
        JsonSerializer.Serialize(content, PartyBuildingJson.ReadTypeInfo<T>()).Should().Be(JsonSerializer.Serialize(content, PartyBuildingJson.TypeInfo<T>()));

    private static void AssertSame<T>(string variant, string json)
        where T : class, IDocumentContent
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var old = Outcome(() => PartyBuildingJson.Deserialize<T>(bytes, JsonReadLimits.Default, recordConverters: false));
        var fromBytes = Outcome(() => PartyBuildingJson.Deserialize<T>(bytes));
        var fromStream = Outcome(() => PartyBuildingJson.Deserialize<T>(new MemoryStream(bytes, writable: false)));
        var fromStreamAsync = Outcome(() => PartyBuildingJson.DeserializeAsync<T>(new MemoryStream(bytes, writable: false), CancellationToken.None).GetAwaiter().GetResult());
        fromBytes.Should().Be(old, variant);
        fromStream.Should().Be(old, variant);
        fromStreamAsync.Should().Be(old, variant);
    }

    // The value read (records compare by value), or the problems with their code, path, message and value.
    private static ReadOutcome Outcome<T>(Func<T> read)
        where T : class
    {
        try
        {
            return new(read(), null);
        }
        catch (PartyBuildingValidationException ex)
        {
            return new(null, string.Join("\n", ex.Problems.Select(p => $"{p.Path} {p.ErrorCode} {p.Message} '{p.AttemptedValue}' {p.Severity}")));
        }
    }

    private sealed record ReadOutcome(object? Value, string? Problems);

    private sealed record Record(string Kind, string Array, string Json)
    {
        public (string Name, string Value)[] Properties() =>
            [.. JsonDocument.Parse(Json).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText()))];

        public string Document((string Name, string Value)[]? properties, string? item = null)
        {
            item ??= "{" + string.Join(", ", properties!.Select(p => $"\"{p.Name}\": {p.Value}")) + "}";
            var content = Kind switch
            {
                "member-points-data-set" => $$"""{"year": 2024, "committeeId": "C1", "branches": [], "roster": [], "{{Array}}": [{{item}}]}""",
                "organizational-life-records" => $$"""{"year": 2024, "committeeId": "C1", "branches": [], "{{Array}}": [{{item}}]}""",
                _ => $$"""{"roster": {"committeeId": "C1", "branches": []}, "assessments": [{"branchId": "B01", "year": 2024, "catalogueId": "SD-1", "scores": [{{item}}]}]}""",
            };
            return $$"""{"schemaVersion": "1.0", "kind": "{{Kind}}", "content": {{content}}}""";
        }
    }
}
