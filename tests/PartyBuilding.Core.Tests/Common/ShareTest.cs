using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// The rules of <see cref="Share"/>: an exact fraction from 0 to 1, normalised, compared with counts in whole numbers,
/// read as "2/3" or as a decimal, printed as it was written.
/// </summary>
public sealed class ShareTest
{
    private static JsonSerializerOptions Options => new()
    {
        Converters = { new ShareConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    [Theory]
    [InlineData(2, 4, 1, 2)]
    [InlineData(6, 9, 2, 3)]
    [InlineData(0, 7, 0, 1)]
    [InlineData(5, 5, 1, 1)]
    public void Of_NormalisesTheFraction(long numerator, long denominator, long expectedNumerator, long expectedDenominator)
    {
        var share = Share.Of(numerator, denominator);

        share.Numerator.Should().Be(expectedNumerator);
        share.Denominator.Should().Be(expectedDenominator);
    }

    [Fact]
    public void Equality_IsByValue_WhateverTheNotation()
    {
        Share.Of(2, 4).Should().Be(Share.Of(1, 2));
        Share.Of(4, 5).Should().Be(Share.FromDecimal(0.8m));
        Share.Parse("0.50").Should().Be(Share.Parse("1/2"));
        (Share.Of(2, 4) == Share.Of(1, 2)).Should().BeTrue();
        Share.Of(2, 4).GetHashCode().Should().Be(Share.FromDecimal(0.5m).GetHashCode());
        Share.Of(2, 3).Should().NotBe(Share.FromDecimal(0.6666666667m));
    }

    [Fact]
    public void Default_IsZeroOverOne()
    {
        default(Share).Should().Be(Share.Zero);
        Share.Zero.Numerator.Should().Be(0);
        Share.Zero.Denominator.Should().Be(1);
        Share.Zero.ToString().Should().Be("0");
    }

    [Fact]
    public void FromDecimal_IsExact()
    {
        var share = Share.FromDecimal(0.8m);

        share.Numerator.Should().Be(4);
        share.Denominator.Should().Be(5);
        Share.FromDecimal(0.125m).Should().Be(Share.Of(1, 8));
        Share.FromDecimal(1m).Should().Be(Share.One);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(4, 3)]
    public void Of_NumeratorOutsideZeroToDenominator_Throws(long numerator, long denominator) =>
        ((Action)(() => Share.Of(numerator, denominator))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("numerator");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Of_DenominatorBelowOne_Throws(long denominator) =>
        ((Action)(() => Share.Of(0, denominator))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("denominator");

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void FromDecimal_OutsideZeroToOne_Throws(string value) =>
        ((Action)(() => Share.FromDecimal(decimal.Parse(value, CultureInfo.InvariantCulture)))).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void FromDecimal_BeyondEighteenPlaces_Throws() =>
        ((Action)(() => Share.FromDecimal(1m / 3m))).Should().Throw<ArgumentException>().WithMessage("*at most 18 decimal places*");

    [Theory]
    [InlineData(6, 9, true)]
    [InlineData(5, 9, false)]
    [InlineData(2, 3, true)]
    [InlineData(20, 30, true)]
    [InlineData(19, 30, false)]
    public void Rule_TwoThirds_IsReachedWhenCastTimesThreeIsAtLeastTwiceTheEligible(int cast, int eligible, bool reached) =>
        Share.Of(2, 3).IsReachedBy(cast, eligible).Should().Be(reached);

    [Theory]
    [InlineData(4, 5, true)]
    [InlineData(3, 5, false)]
    [InlineData(25, 31, true)]
    [InlineData(24, 31, false)]
    public void Rule_FourFifthsWrittenAsADecimal_IsReachedExactly(int cast, int eligible, bool reached) =>
        Share.FromDecimal(0.8m).IsReachedBy(cast, eligible).Should().Be(reached);

    [Fact]
    public void IsReachedBy_ZeroShare_IsAlwaysReached_AndNegativeCountsThrow()
    {
        Share.Zero.IsReachedBy(0, 10).Should().BeTrue();
        ((Action)(() => Share.One.IsReachedBy(-1, 3))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Share.One.IsReachedBy(1, -3))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void IsReachedBy_LargeCounts_DoNotOverflow() =>
        Share.Of(long.MaxValue - 1, long.MaxValue).IsReachedBy(int.MaxValue, int.MaxValue).Should().BeTrue();

    [Theory]
    [InlineData(2, 3, 9, 6)]
    [InlineData(2, 3, 10, 7)]
    [InlineData(4, 5, 31, 25)]
    [InlineData(0, 1, 31, 0)]
    [InlineData(1, 1, 31, 31)]
    public void MinimumCountOf_IsTheSmallestCountThatReachesIt(long numerator, long denominator, int total, int minimum)
    {
        var share = Share.Of(numerator, denominator);

        share.MinimumCountOf(total).Should().Be(minimum);
        share.IsReachedBy(minimum, total).Should().BeTrue();
        if (minimum > 0)
        {
            share.IsReachedBy(minimum - 1, total).Should().BeFalse();
        }
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(9, 3)]
    [InlineData(8, 2)]
    public void FloorOf_OneThird_RoundsDown(int count, int expected) => Share.Of(1, 3).FloorOf(count).Should().Be(expected);

    [Fact]
    public void Comparison_IsExact()
    {
        (Share.Of(2, 3) > Share.FromDecimal(0.6666666666m)).Should().BeTrue();
        (Share.Of(2, 3) < Share.FromDecimal(0.6666666667m)).Should().BeTrue();
        (Share.Of(1, 2) <= Share.FromDecimal(0.5m)).Should().BeTrue();
        (Share.Of(1, 2) >= Share.FromDecimal(0.5m)).Should().BeTrue();
        Share.Of(1, 3).CompareTo(Share.Of(1, 2)).Should().BeNegative();
    }

    [Theory]
    [InlineData("2/3", "2/3", "2/3")]
    [InlineData("4/6", "2/3", "2/3")]
    [InlineData("4/5", "4/5", "4/5")]
    [InlineData("0.8", "0.8", "80%")]
    [InlineData("0.80", "0.8", "80%")]
    [InlineData("0.125", "0.125", "12.5%")]
    [InlineData("1", "1", "100%")]
    [InlineData("0", "0", "0%")]
    public void Parse_PrintsTheShareTheWayItWasWritten(string text, string written, string displayed)
    {
        var share = Share.Parse(text);

        share.ToString().Should().Be(written);
        share.ToDisplayString().Should().Be(displayed);
        Share.Parse(share.ToString()).IsWrittenAsFraction.Should().Be(share.IsWrittenAsFraction);
    }

    [Theory]
    [InlineData("", "COMMON.SHARE_FORMAT")]
    [InlineData("two thirds", "COMMON.SHARE_FORMAT")]
    [InlineData("2/", "COMMON.SHARE_FORMAT")]
    [InlineData("2/3/4", "COMMON.SHARE_FORMAT")]
    [InlineData("-2/3", "COMMON.SHARE_FORMAT")]
    [InlineData("2/0", "COMMON.SHARE_FORMAT")]
    [InlineData("0.1234567890123456789", "COMMON.SHARE_FORMAT")]
    [InlineData("4/3", "COMMON.SHARE_RANGE")]
    [InlineData("1.5", "COMMON.SHARE_RANGE")]
    [InlineData("-0.1", "COMMON.SHARE_RANGE")]
    public void Reading_AText_ThatIsNotAShare_IsRefusedWithItsCode(string text, string code)
    {
        Share.TryParse(text, out _).Should().BeFalse();
        ((Action)(() => Share.Parse(text))).Should().Throw<FormatException>();
        var act = () => JsonSerializer.Deserialize<Share>(JsonSerializer.Serialize(text), Options);
        act.Should().Throw<JsonValueException>().Which.ErrorCode.Should().Be(code);
    }

    [Theory]
    [InlineData("1.5", "COMMON.SHARE_RANGE")]
    [InlineData("-0.1", "COMMON.SHARE_RANGE")]
    [InlineData("0.1234567890123456789", "COMMON.SHARE_FORMAT")]
    [InlineData("true", "JSON.MALFORMED")]
    public void Reading_ANumber_ThatIsNotAShare_IsRefusedWithItsCode(string json, string code)
    {
        var act = () => JsonSerializer.Deserialize<Share>(json, Options);

        act.Should().Throw<JsonValueException>().Which.ErrorCode.Should().Be(code);
    }

    [Theory]
    [InlineData("\"2/3\"", "\"2/3\"")]
    [InlineData("0.8", "0.8")]
    [InlineData("\"0.8\"", "0.8")]
    [InlineData("1", "1")]
    public void Json_WritesTheShareTheWayItWasWritten(string json, string written)
    {
        var share = JsonSerializer.Deserialize<Share>(json, Options);

        JsonSerializer.Serialize(share, Options).Should().Be(written);
    }

    [Fact]
    public void DocsCommon_ProportionsAndShares_Example()
    {
        var twoThirds = Share.Parse("2/3");
        var fourFifths = Share.FromDecimal(0.8m);

        twoThirds.Should().Be(Share.Of(4, 6));
        twoThirds.IsReachedBy(6, 9).Should().BeTrue();
        twoThirds.IsReachedBy(5, 9).Should().BeFalse();
        twoThirds.MinimumCountOf(9).Should().Be(6);
        Share.Parse("0.8").Should().Be(fourFifths);
        (fourFifths == Share.Of(4, 5)).Should().BeTrue();
        fourFifths.ToString().Should().Be("0.8");
        fourFifths.ToDisplayString().Should().Be("80%");
        twoThirds.ToDisplayString().Should().Be("2/3");
        Share.Of(1, 3).FloorOf(10).Should().Be(3);
    }
}
