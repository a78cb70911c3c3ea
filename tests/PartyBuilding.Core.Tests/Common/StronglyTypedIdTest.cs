using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class StronglyTypedIdTest
{
    [Theory]
    [InlineData("BZ-001")]
    [InlineData("BZ-001-B01-M001")]
    [InlineData("a")]
    [InlineData("org.archives:branch_3")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234")] // 64 characters
    public void Parse_ValidText_RoundTripsThroughToString(string text)
    {
        var id = OrganizationId.Parse(text);

        id.ToString().Should().Be(text);
        id.Value.Should().Be(text);
        id.IsEmpty.Should().BeFalse();
        OrganizationId.Parse(id.ToString()).Should().Be(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("中文")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")] // 65 characters
    [InlineData("BZ-001\n")] // .NET's $ matches before a final line feed; the identifier rule does not (issue 25)
    [InlineData("BZ-001\r\n")]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingTheType(string text)
    {
        var act = () => MemberId.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid MemberId*");
        MemberId.TryParse(text, out var id).Should().BeFalse();
        id.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => DistrictId.Parse(null!);
        act.Should().Throw<ArgumentNullException>();
        DistrictId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmpty_WithEmptyValue()
    {
        default(IndicatorId).IsEmpty.Should().BeTrue();
        default(IndicatorId).Value.Should().BeEmpty();
    }

    [Fact]
    public void Comparison_IsOrdinalAndCaseSensitive()
    {
        ResponsibilityItemId.Parse("a").Should().NotBe(ResponsibilityItemId.Parse("A"));
        new[] { "b", "B", "a", "10", "9" }.Select(ResponsibilityItemId.Parse).Order().Select(i => i.Value)
            .Should().Equal("10", "9", "B", "a", "b");
    }
}
