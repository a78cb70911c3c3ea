using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// Strict reading: a document means exactly what its author wrote, or it is refused. A property given twice (also in
/// another letter case) and a number a decimal cannot hold exactly are problems at their paths, never "last one wins"
/// or silent rounding.
/// </summary>
public sealed class StrictReadingTest
{
    private static string Explanation(string content) => $$"""{"schemaVersion":"1.0","kind":"explanation","content":{{content}}}""";

    private static string Leaf(string value) => $$"""{"label":{"zhCn":"分","english":"P"},"value":{{value}},"combination":"Given"}""";

    private static IReadOnlyList<ValidationProblem> Problems(string json) =>
        ((Action)(() => PartyBuildingJson.Deserialize<Explanation>(json)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

    [Theory]
    [InlineData("""{"label":{"zhCn":"分","english":"P"},"value":5,"value":1,"combination":"Given"}""", "$.content.value", "value")]
    [InlineData("""{"label":{"zhCn":"分","english":"P"},"value":5,"VALUE":1,"combination":"Given"}""", "$.content.VALUE", "VALUE")]
    [InlineData("""{"label":{"zhCn":"分","english":"P","ZhCn":"分"},"value":5,"combination":"Given"}""", "$.content.label.ZhCn", "ZhCn")]
    [InlineData("""{"label":{"zhCn":"分","english":"P"},"value":5,"combination":"Given","v\u0061lue":1}""", "$.content.v\\u0061lue", "value")]
    public void DuplicateOrCaseVariantProperty_IsRefusedAtTheSecondName(string content, string path, string value)
    {
        var problem = Problems(Explanation(content)).Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DuplicateProperty);
        problem.Path.Should().Be(path);
        problem.AttemptedValue.Should().Be(value);
    }

    [Fact]
    public void DuplicateEnvelopeProperty_IsRefused() =>
        Problems("""{"schemaVersion":"9.0","schemaVersion":"1.0","kind":"explanation","content":""" + Leaf("1") + "}")
            .Should().ContainSingle(p => p.ErrorCode == CommonErrorCodes.DuplicateProperty && p.Path == "$.schemaVersion");

    [Fact]
    public void SameNameInDifferentObjects_IsNotADuplicate() =>
        PartyBuildingJson.Deserialize<Explanation>(Explanation(Leaf("2"))).Value.Should().Be(2m);

    [Fact]
    public void ManyDistinctProperties_AreComparedWholeBeyondTheInPlaceLimit()
    {
        // Seventeen distinct names first (the in-place comparison ends at sixteen), then one repeated in another case.
        var names = string.Concat(Enumerable.Range(0, 17).Select(i => $"\"k{i}\":\"v\","));
        var json = Explanation($$$"""{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given","parameters":{{{{names}}}"K3":"w"}}""");

        Problems(json).Should().Contain(p => p.ErrorCode == CommonErrorCodes.DuplicateProperty && p.AttemptedValue == "K3");
    }

    [Theory]
    [InlineData("0.12345678901234567890123456789")] // 29 significant digits after the point: a decimal holds 28 here
    [InlineData("1.00000000000000000000000000004")] // would be rounded to 1, so weights summing to it pass as 1
    [InlineData("79228162514264337593543950336")] // one above decimal.MaxValue
    [InlineData("1e29")]
    [InlineData("1e-29")]
    [InlineData("1e999999999999")]
    public void NumberADecimalCannotHoldExactly_IsRefusedNotRounded(string number)
    {
        var problem = Problems(Explanation(Leaf(number))).Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.InexactNumber);
        problem.Path.Should().Be("$.content.value");
        problem.AttemptedValue.Should().Be(number);
    }

    [Theory]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")] // 28 significant digits
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")] // decimal.MaxValue
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("1.50000000000000000000000000000000", "1.5")] // trailing zeros carry no digit
    [InlineData("0.00000000000000000000000000000", "0")]
    [InlineData("1e28", "10000000000000000000000000000")]
    [InlineData("25E-1", "2.5")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")] // the smallest step of a decimal
    public void NumberADecimalHoldsExactly_IsRead(string number, string value) =>
        PartyBuildingJson.Deserialize<Explanation>(Explanation(Leaf(number))).Value
            .Should().Be(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));

    [Fact]
    public void ManyProblems_TheFirstHundredAreListedAndTheRestCounted()
    {
        var children = string.Join(",", Enumerable.Repeat(Leaf("1e-40"), 130));
        var json = Explanation($$"""{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Sum","children":[{{children}}]}""");

        var problems = Problems(json);

        problems.Should().HaveCount(101);
        problems.Take(100).Should().OnlyContain(p => p.ErrorCode == CommonErrorCodes.InexactNumber);
        problems[^1].ErrorCode.Should().Be(CommonErrorCodes.MoreProblems);
        problems[^1].AttemptedValue.Should().Be("30");
    }

    [Theory]
    [InlineData("\\n", "党组\\u000A")] // line feed, escaped in the JSON text
    [InlineData("\\t", "党组\\u0009")]
    [InlineData("\\u0000", "党组\\u0000")]
    [InlineData("\u007F", "党组\\u007F")] // DEL, written raw
    [InlineData("\u0085", "党组\\u0085")] // a C1 control (next line), written raw
    [InlineData("\u2028", "党组\\u2028")] // line separator
    [InlineData("\u202E", "党组\\u202E")] // right-to-left override: shows a name other than the one stored
    [InlineData("\u2067", "党组\\u2067")] // right-to-left isolate
    public void TextWithAControlCharacter_IsRefusedAtItsPath_WithTheCharacterShownEscaped(string control, string shown)
    {
        var json = Explanation($$"""{"label":{"zhCn":"党组{{control}}","english":"P"},"value":1,"combination":"Given"}""");

        var problem = Problems(json).Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.ControlCharacter);
        problem.Path.Should().Be("$.content.label.zhCn");
        problem.AttemptedValue.Should().Be(shown);
    }

    [Fact]
    public void PropertyNameWithAControlCharacter_IsRefused() =>
        Problems(Explanation("""{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given","parameters":{"a\u2066b":"v"}}"""))
            .Should().Contain(p => p.ErrorCode == CommonErrorCodes.ControlCharacter);

    [Theory]
    [InlineData("党组—“书记”…")] // E2 80 94, E2 80 9C/9D, E2 80 A6: punctuation sharing the lead byte of the separators
    [InlineData("Café ©")] // C3 A9, C2 A9: Latin-1 letters and signs sharing the lead byte of the C1 controls
    [InlineData("不换行\u00A0空格")] // C2 A0: the no-break space, not a control
    public void TextWithoutControlCharacters_IsRead(string text) =>
        PartyBuildingJson.Deserialize<Explanation>(Explanation($$"""{"label":{"zhCn":"{{text}}","english":"P"},"value":1,"combination":"Given"}"""))
            .Label.ZhCn.Should().Be(text);
}
