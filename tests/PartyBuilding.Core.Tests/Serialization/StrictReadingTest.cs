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
}
