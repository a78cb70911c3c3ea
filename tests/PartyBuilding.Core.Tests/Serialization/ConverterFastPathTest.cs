using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The converters read plain values (dates, months, identifiers, enumeration names) from their UTF-8 bytes in place, and
/// everything else (escaped text, a value the fast path does not take) through the general path: the values read and the
/// refusals (code, message, attempted value) are the same either way, on both sides of each boundary.
/// </summary>
public sealed class ConverterFastPathTest
{
    private static JsonSerializerOptions Options => ConverterTest.Options;

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    private static JsonValueException Refusal<T>(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<T>(json, Options)).Should().Throw<JsonValueException>().Which;

    [Theory]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    [InlineData("\"0001-01-01\"", 1, 1, 1)]
    [InlineData("\"9999-12-31\"", 9999, 12, 31)]
    [InlineData("\"\\u0032024-03-01\"", 2024, 3, 1)]
    public void LocalDate_PlainOrEscaped_ReadsTheSameDate(string json, int year, int month, int day) =>
        Read<LocalDate>(json).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-1-01")]
    [InlineData("2024/01/01")]
    public void LocalDate_NotADate_IsRefusedByTheGeneralPath(string text)
    {
        var refusal = Refusal<LocalDate>($"\"{text}\"");
        refusal.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        refusal.Message.Should().StartWith($"'{text}' is not an ISO date (yyyy-MM-dd).");
        refusal.AttemptedValue.Should().Be(text);
    }

    [Fact]
    public void YearMonth_BothSidesOfTheMonthRange()
    {
        Read<YearMonth>("\"2024-12\"").Should().Be(new YearMonth(2024, 12));
        Read<YearMonth>("\"2024-01\"").Should().Be(new YearMonth(2024, 1));
        Refusal<YearMonth>("\"2024-13\"").AttemptedValue.Should().Be("2024-13");
        Refusal<YearMonth>("\"2024-00\"").ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
    }

    [Fact]
    public void Identifier_BothSidesOfTheLengthLimit()
    {
        var longest = "A" + new string('9', StronglyTypedId.MaxLength - 1);
        Read<OrganizationId>($"\"{longest}\"").Value.Should().Be(longest);
        Read<OrganizationId>("\"A\"").Value.Should().Be("A");
        var refusal = Refusal<OrganizationId>($"\"{longest}9\"");
        refusal.ErrorCode.Should().Be(CommonErrorCodes.IdentifierFormat);
        refusal.AttemptedValue.Should().Be(longest + "9");
    }

    [Theory]
    [InlineData("-BZ")]
    [InlineData("BZ 001")]
    [InlineData("BZ/001")]
    [InlineData("北京")]
    public void Identifier_NotIdentifierText_IsRefusedWithItsText(string text)
    {
        var refusal = Refusal<OrganizationId>($"\"{text}\"");
        refusal.ErrorCode.Should().Be(CommonErrorCodes.IdentifierFormat);
        refusal.AttemptedValue.Should().Be(text);
    }

    [Fact]
    public void Identifier_Escaped_ReadsTheSameText() =>
        Read<OrganizationId>("\"\\u0042Z-001\"").Should().Be(OrganizationId.Parse("BZ-001"));

    [Fact]
    public void Identifier_AsDictionaryKey_PlainOrEscaped()
    {
        var map = Read<Dictionary<OrganizationId, int>>("{\"BZ-001\":1,\"\\u0042Z-002\":2}");
        map.Keys.Should().BeEquivalentTo([OrganizationId.Parse("BZ-001"), OrganizationId.Parse("BZ-002")]);
    }

    [Fact]
    public void IdentifierTexts_WithinOneBinding_RepeatedIdentifierIsOneString()
    {
        var bytes = "BZ-001"u8.ToArray();
        using (IdentifierTexts.Enter())
        {
            IdentifierTexts.Get(bytes).Should().BeSameAs(IdentifierTexts.Get(bytes));
        }

        IdentifierTexts.Get(bytes).Should().Be("BZ-001").And.NotBeSameAs(IdentifierTexts.Get(bytes));
    }

    [Theory]
    [InlineData("\"Sum\"")]
    [InlineData("\"sum\"")]
    [InlineData("\"\\u0053um\"")]
    public void EnumName_AsWrittenInAnyCaseOrEscaped_ReadsTheSameValue(string json) =>
        Read<ExplanationCombination>(json).Should().Be(ExplanationCombination.Sum);

    [Fact]
    public void EnumName_Unknown_IsRefused() =>
        Refusal<ExplanationCombination>("\"Summ\"").ErrorCode.Should().Be(CommonErrorCodes.UndefinedEnumValue);
}
