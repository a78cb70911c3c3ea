using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>Inputs the fuzz harness (tests/PartyBuilding.Fuzz) found crashing the reader, each reduced to its rule.</summary>
public sealed class FuzzRegressionTest
{
    private static ValidationProblem SingleProblem(Action act) =>
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","kind":"explanation\ud800","content":{}}""")]
    [InlineData("""{"schemaVersion":"1.0","ki\udc96nd":"explanation","content":{}}""")]
    public void Deserialize_EnvelopeTextWithLoneSurrogate_IsMalformedJson_NotInvalidOperation(string json)
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(json));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$");
    }

    [Fact]
    public void Deserialize_EnvelopeTextThatIsNotUtf8_IsMalformedJson_AlsoForPeekKind()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{"schemaVersion":"1.0","kind":"expl"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("""anation","content":{}}""")];

        SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(bytes)).ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        SingleProblem(() => PartyBuildingJson.PeekKind(bytes)).ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    [Theory]
    [InlineData("tr\u00FFe", "true", "'tr\uFFFD…'")]
    [InlineData("fals", "false", "'fals,…'")]
    [InlineData("nul!", "null", "'nul!…'")]
    public void Deserialize_ABrokenLiteral_IsQuotedUpToItsFirstWrongCharacter_TheSameFromBytesAndFromAStream(string literal, string expected, string quoted)
    {
        // Found by the fuzz harness (seed 20261207, input 18865): the serializer quotes the rest of the text it holds after a
        // broken literal, the whole rest of the document from bytes but only the rest of a block from a stream.
        var filler = string.Concat(Enumerable.Repeat("""{"id":"B1","kind":"Branch"},""", 20_000));
        var text = """{"schemaVersion":"1.0","kind":"standardization-tier-scheme","content":{"x":"""
            + literal.Replace("\u00FF", "\u0001", StringComparison.Ordinal) + ""","rest":[""" + filler + "{}]}}";
        var bytes = Encoding.UTF8.GetBytes(text);
        if (literal.Contains('\u00FF', StringComparison.Ordinal))
        {
            bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;
        }

        var fromBytes = SingleProblem(() => PartyBuildingJson.Deserialize<TierScheme>(bytes));
        var fromStream = SingleProblem(() => PartyBuildingJson.Deserialize<TierScheme>(new MemoryStream(bytes, writable: false)));

        fromStream.Should().Be(fromBytes);
        fromBytes.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        fromBytes.Message.Should().StartWith($"{quoted} is an invalid JSON literal. Expected the literal '{expected}'.");
        fromBytes.Message.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void Deserialize_APropertyNameThatIsNotUtf8_IsRefusedAtTheName_TheSameFromBytesAndFromAStream()
    {
        // Found by the fuzz harness (seed 20261207, input 37896): an explanation's parameter named with invalid UTF-8 was left
        // to the binder, which named the previous key's path from bytes and the dictionary's from a stream.
        var text = """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"Points"},"value":1,"parameters":{"parameter":"a","thresholX":"3"}}}""";
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.LastIndexOf(bytes, (byte)'X')] = 0xFF;

        var fromBytes = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(bytes));
        var fromStream = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(new MemoryStream(bytes, writable: false)));

        fromStream.Should().Be(fromBytes);
        (fromBytes.ErrorCode, fromBytes.Path).Should().Be((CommonErrorCodes.MalformedJson, "$.content.parameters.threshol\uFFFD"));
    }

    [Fact]
    public void Deserialize_NullArrayItem_IsRefusedWithItsPath_BeforeAValidatorSeesIt()
    {
        // Found as a NullReferenceException in TierSchemeValidator: "coverageTargets": [null, …] bound to a null record.
        var json = """
            {"schemaVersion":"1.0","kind":"standardization-tier-scheme","content":
             {"rule":{"name":"one-step-per-year"},"campaignStart":2017,"coverageTargets":[null]}}
            """;

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<TierScheme>(json));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.coverageTargets[0]");
        problem.Message.Should().StartWith("An array item is null");
    }

    [Fact]
    public void Deserialize_NullInsideNestedArrays_NamesTheInnermostIndex()
    {
        var json = """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Sum","children":[{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given"},null]}}""";

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(json));

        problem.Path.Should().Be("$.content.children[1]");
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1000000000000000.0001")]
    public void Deserialize_ScoreBeyondTenToTheFifteenth_IsOutOfRange_SoNoSumOverflows(string points)
    {
        // Found as an OverflowException in IndicatorCatalogueValidator: one indicator's maxPoints of decimal.MaxValue.
        var document = $$$"""{"schemaVersion":"1.0","kind":"assessment-data-set","content":{"committeeId":"WC","year":2024,"organizations":[{"id":"A","district":"D1"}],"inputs":[{"organization":"A","component":"KEY","score":{{{points}}}}]}}""";

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<PartyBuilding.Core.Assessment.AssessmentDataSet>(document));

        problem.ErrorCode.Should().Be(CommonErrorCodes.OutOfRange);
        problem.Path.Should().Be("$.content.inputs[0].score");
        problem.AttemptedValue.Should().Be(points);
    }

    [Fact]
    public void Deserialize_ScoreOfExactlyTenToTheFifteenth_IsRead()
    {
        var json = """{"schemaVersion":"1.0","kind":"assessment-data-set","content":{"committeeId":"WC","year":2024,"organizations":[{"id":"A","district":"D1"}],"inputs":[{"organization":"A","component":"KEY","score":1000000000000000}]}}""";

        PartyBuildingJson.Deserialize<PartyBuilding.Core.Assessment.AssessmentDataSet>(json).Inputs[0].Score!.Value.Value.Should().Be(1_000_000_000_000_000m);
    }

    [Fact]
    public void TryDateAndTryYearMonth_AnyNonDigitByteInADigitPlace_IsNotADate_NotAnOverflow()
    {
        // Found by the long run of session 21 (15 inputs of seed 20261207, e.g. 70775): a byte below '0' in a digit place
        // made a negative digit, and its checked conversion to uint threw OverflowException from the date converter.
        byte[] wrong = [(byte)'/', (byte)' ', (byte)'-', (byte)'.', 0, (byte)':', (byte)'a', 0xFF];
        int[] dateDigits = [0, 1, 2, 3, 5, 6, 8, 9];
        int[] monthDigits = [0, 1, 2, 3, 5, 6];

        foreach (var b in wrong)
        {
            foreach (var at in dateDigits)
            {
                var text = Encoding.ASCII.GetBytes("2019-03-15");
                text[at] = b;
                JsonConverterText.TryDate(text, out _).Should().BeFalse("byte {0} at {1}", b, at);
            }

            foreach (var at in monthDigits)
            {
                var text = Encoding.ASCII.GetBytes("2019-03");
                text[at] = b;
                JsonConverterText.TryYearMonth(text, out _).Should().BeFalse("byte {0} at {1}", b, at);
            }
        }

        JsonConverterText.TryDate("2019-03-15"u8, out var date).Should().BeTrue();
        date.Should().Be(new LocalDate(2019, 3, 15));
    }

    [Theory]
    [InlineData("2019-0/-15")]
    [InlineData("2019-0a-15")]
    public void Deserialize_ADateWithANonDigitInADigitPlace_IsRefusedAtItsPath(string asOf)
    {
        var json = $$$"""{"schemaVersion":"1.0","kind":"organization-snapshot","content":{"asOf":"{{{asOf}}}","organizations":[]}}""";

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<PartyBuilding.Core.Organizations.OrganizationSnapshot>(json));

        problem.Path.Should().Be("$.content.asOf");
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    [Fact]
    public void Deserialize_ADatedStrategyWhoseValueIsNull_IsRefused_AsAMissingValueIs()
    {
        // Found by the long run of session 21 (input 253056 of seed 20261207): "value": null in a dated strategy was read,
        // written back as a missing value, and the written document was refused (a read that does not round-trip).
        var scheme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "scenarios", "evaluation", "documents", "assessment-scheme.json"));
        var banding = System.Text.Json.Nodes.JsonNode.Parse(scheme)!;
        banding["content"]!["banding"]![0]!["value"] = null;
        var withNull = banding.ToJsonString();
        banding["content"]!["banding"]![0]!.AsObject().Remove("value");
        var missing = banding.ToJsonString();

#if NET9_0_OR_GREATER
        var nullProblem = SingleProblem(() => PartyBuildingJson.Deserialize<PartyBuilding.Core.Assessment.AssessmentScheme>(withNull));
        var missingProblem = SingleProblem(() => PartyBuildingJson.Deserialize<PartyBuilding.Core.Assessment.AssessmentScheme>(missing));

        nullProblem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        nullProblem.Path.Should().StartWith("$.content.banding[0]");
        missingProblem.Path.Should().StartWith("$.content.banding[0]");
#else
        // System.Text.Json 8 reads both as a missing value; the scheme's validator refuses it.
        var read = PartyBuildingJson.Deserialize<PartyBuilding.Core.Assessment.AssessmentScheme>(withNull);
        PartyBuilding.Core.Assessment.AnnualAssessment.ValidateScheme(read).Problems.Should().Contain(p => p.ErrorCode == CommonErrorCodes.Required && p.Path == "Banding[0].Value");
#endif
    }
}
