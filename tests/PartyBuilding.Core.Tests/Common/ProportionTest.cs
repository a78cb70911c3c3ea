using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class ProportionTest
{
    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.3")]
    public void Of_AcceptsZeroToOne(string value) =>
        Proportion.Of(decimal.Parse(value, CultureInfo.InvariantCulture)).Value.Should().Be(decimal.Parse(value, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("1.0001")]
    public void Of_RejectsOutsideZeroToOne(string value)
    {
        var act = () => Proportion.Of(decimal.Parse(value, CultureInfo.InvariantCulture));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromPercent_And_ToPercentString()
    {
        Proportion.FromPercent(30m).Should().Be(Proportion.Of(0.3m));
        Proportion.Of(0.125m).ToPercentString().Should().Be("12.50%");
        Proportion.Of(0.12345m).ToPercentString(1).Should().Be("12.3%");
        Proportion.Of(0.12355m).ToPercentString(2).Should().Be("12.36%");
    }

    [Fact]
    public void FromRatio_RoundsAtTenPlaces()
    {
        Proportion.FromRatio(1m, 3m).Value.Should().Be(0.3333333333m);
        Proportion.FromRatio(2m, 3m).Value.Should().Be(0.6666666667m);
        Proportion.FromRatio(376m, 376m).Should().Be(Proportion.One);
    }

    [Fact]
    public void FromRatio_RejectsZeroWholeAndPartAboveWhole()
    {
        ((Action)(() => Proportion.FromRatio(1m, 0m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Proportion.FromRatio(4m, 3m))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void SumsToOne_IsExact()
    {
        Proportion.SumsToOne([Proportion.Of(0.3m), Proportion.Of(0.3m), Proportion.Of(0.4m)]).Should().BeTrue();
        Proportion.SumsToOne([Proportion.FromRatio(1m, 3m), Proportion.FromRatio(1m, 3m), Proportion.FromRatio(1m, 3m)]).Should().BeFalse();
    }

    [Fact]
    public void Complement_IsOneMinus()
    {
        Proportion.Of(0.3m).Complement.Should().Be(Proportion.Of(0.7m));
    }
}
