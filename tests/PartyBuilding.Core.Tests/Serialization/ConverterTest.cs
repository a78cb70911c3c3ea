using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

public sealed class ConverterTest
{
    private static JsonSerializerOptions Options => new()
    {
        Converters =
        {
            new LocalDateConverter(),
            new YearMonthConverter(),
            new AssessmentYearConverter(),
            new ScoreConverter(),
            new ProportionConverter(),
            new StronglyTypedIdConverter<OrganizationId>(),
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
}
