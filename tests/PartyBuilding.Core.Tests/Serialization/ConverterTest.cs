using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The converters read and write exactly; their messages and attempted values reach people through the reader's problems
/// (docs/errors.md), so each is asserted exactly, and each range on both sides of its boundary.
/// </summary>
public sealed class ConverterTest
{
    /// <summary>Gets options with the converters alone (also for <see cref="ConverterFastPathTest"/>).</summary>
    internal static JsonSerializerOptions Options => new()
    {
        Converters =
        {
            new LocalDateConverter(),
            new YearMonthConverter(),
            new AssessmentYearConverter(),
            new ScoreConverter(),
            new ProportionConverter(),
            new StronglyTypedIdConverter<OrganizationId>(),
            new StrictEnumConverter<ExplanationCombination>(),
        },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static T RoundTrip<T>(T value, string expectedJson)
    {
        var json = JsonSerializer.Serialize(value, Options);
        json.Should().Be(expectedJson);
        return JsonSerializer.Deserialize<T>(json, Options)!;
    }

    [Fact]
    public void NodaTimeValues_RoundTripAsIsoText()
    {
        RoundTrip(new LocalDate(2024, 2, 29), "\"2024-02-29\"").Should().Be(new LocalDate(2024, 2, 29));
        RoundTrip(new YearMonth(2024, 3), "\"2024-03\"").Should().Be(new YearMonth(2024, 3));
        RoundTrip(AssessmentYear.Create(2024), "2024").Should().Be(AssessmentYear.Create(2024));
    }

    [Fact]
    public void Decimals_RoundTripExactly_KeepingTheirScale()
    {
        RoundTrip(Score.Of(87.350m), "87.350").Value.ToString(CultureInfo.InvariantCulture).Should().Be("87.350");
        RoundTrip(Score.Of(0.1m), "0.1").Should().Be(Score.Of(0.1m));
        RoundTrip(Proportion.Of(0.3333333333m), "0.3333333333").Should().Be(Proportion.Of(0.3333333333m));
    }

    [Fact]
    public void Identifiers_RoundTripAsTextAndAsDictionaryKeys()
    {
        RoundTrip(OrganizationId.Parse("BZ-001"), "\"BZ-001\"").Should().Be(OrganizationId.Parse("BZ-001"));
        var map = new Dictionary<OrganizationId, int> { [OrganizationId.Parse("BZ-002")] = 2 };
        RoundTrip(map, "{\"BZ-002\":2}").Should().ContainKey(OrganizationId.Parse("BZ-002"));
    }

    [Theory]
    [InlineData("\"2024-02-30\"", "'2024-02-30' is not an ISO date (yyyy-MM-dd).")]
    [InlineData("20240101", "Expected an ISO date (yyyy-MM-dd) as a JSON string.")]
    public void LocalDate_Invalid_IsReportedWithCode(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<LocalDate>(json, Options);
        var ex = act.Should().Throw<JsonValueException>().Which;
        ex.Message.Should().StartWith(message);
        ex.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    [Fact]
    public void Identifier_Invalid_IsReportedWithFormatCode()
    {
        var act = () => JsonSerializer.Deserialize<OrganizationId>("\"bad id\"", Options);
        var ex = act.Should().Throw<JsonValueException>().Which;
        ex.ErrorCode.Should().Be(CommonErrorCodes.IdentifierFormat);
        ex.AttemptedValue.Should().Be("bad id");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void Proportion_OutOfRange_IsReportedWithRangeCode(string json)
    {
        var act = () => JsonSerializer.Deserialize<Proportion>(json, Options);
        act.Should().Throw<JsonValueException>().Which.ErrorCode.Should().Be(CommonErrorCodes.ProportionOutOfRange);
    }

    [Theory]
    [InlineData("1948")]
    [InlineData("2024.5")]
    [InlineData("\"2024\"")]
    public void AssessmentYear_Invalid_IsReported(string json)
    {
        var act = () => JsonSerializer.Deserialize<AssessmentYear>(json, Options);
        act.Should().Throw<JsonValueException>().Which.ErrorCode.Should().Be(CommonErrorCodes.OutOfRange);
    }

    private static JsonValueException Refusal<T>(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<T>(json, Options)).Should().Throw<JsonValueException>().Which;

    [Fact]
    public void YearMonth_Invalid_SaysAMonthIsExpected()
    {
        var ex = Refusal<YearMonth>("\"2024-13\"");

        ex.Message.Should().Be("'2024-13' is not a month (yyyy-MM).");
        ex.AttemptedValue.Should().Be("2024-13");
    }

    [Fact]
    public void AssessmentYear_FirstAndLastYear_AreRead()
    {
        JsonSerializer.Deserialize<AssessmentYear>("1949", Options).Value.Should().Be(AssessmentYear.MinValue);
        JsonSerializer.Deserialize<AssessmentYear>("9998", Options).Value.Should().Be(AssessmentYear.MaxValue);
    }

    [Theory]
    [InlineData("1948", "1948")]
    [InlineData("9999", "9999")]
    [InlineData("true", "true")]
    public void AssessmentYear_OutsideTheYears_IsRefusedWithTheRange(string json, string attempted)
    {
        var ex = Refusal<AssessmentYear>(json);

        ex.ErrorCode.Should().Be(CommonErrorCodes.OutOfRange);
        ex.Message.Should().Be("Expected a year from 1949 to 9998.");
        ex.AttemptedValue.Should().Be(attempted);
    }

    [Fact]
    public void Score_BeyondTenToTheFifteenth_SaysTheLimit()
    {
        var ex = Refusal<Score>("-1000000000000001");

        ex.Message.Should().Be("A score in a document is at most 10^15 in magnitude.");
        ex.AttemptedValue.Should().Be("-1000000000000001");
    }

    [Fact]
    public void Score_NotANumber_IsMalformedWithTheRawToken()
    {
        var ex = Refusal<Score>("null");

        ex.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        ex.Message.Should().Be("Expected a decimal number.");
        ex.AttemptedValue.Should().Be("null");
    }

    [Fact]
    public void Proportion_OutOfRange_SaysTheRange()
    {
        var ex = Refusal<Proportion>("1.5");

        ex.Message.Should().Be("Expected a proportion between 0 and 1.");
        ex.AttemptedValue.Should().Be("1.5");
    }

    [Fact]
    public void Identifier_Invalid_SaysWhatAnIdentifierIs()
    {
        var ex = Refusal<OrganizationId>("\"bad id\"");

        ex.Message.Should().Be("'bad id' is not a valid OrganizationId: use 1 to 64 ASCII letters, digits or . _ : - starting with a letter or digit.");
    }

    [Fact]
    public void Identifier_AsANumber_IsMalformedWithTheNumberAsWritten()
    {
        var ex = Refusal<OrganizationId>("12.50");

        ex.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        ex.Message.Should().Be("Expected a OrganizationId as a JSON string.");
        ex.AttemptedValue.Should().Be("12.50");
    }

    [Fact]
    public void Enum_UnknownName_ListsTheNames()
    {
        var ex = Refusal<ExplanationCombination>("\"Unknown\"");

        ex.ErrorCode.Should().Be(CommonErrorCodes.UndefinedEnumValue);
        ex.Message.Should().Be($"Expected one of the names of ExplanationCombination: {string.Join(", ", Enum.GetNames<ExplanationCombination>())}.");
        ex.AttemptedValue.Should().Be("Unknown");
    }

    [Fact]
    public void Enum_UndefinedValue_IsNotWritten() =>
        FluentActions.Invoking(() => JsonSerializer.Serialize((ExplanationCombination)999, Options))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");

    [Fact]
    public void JsonValueException_WithoutACode_IsMalformedJson()
    {
        new JsonValueException().ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        new JsonValueException("m").ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        new JsonValueException("m", new InvalidOperationException()).ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }
}
