using PartyBuilding.Core.DoubleReview;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>The double-review records compare by value, lists and strategy parameters included (issue 20: no hand-written equality).</summary>
public sealed class DoubleReviewValueEqualityTest
{
    [Fact]
    public void Scheme_BuiltTwiceFromEqualParts_IsEqual_AndAnotherListItemOrParameterMakesItDiffer()
    {
        var scheme = HandExample.Scheme();
        var groups = scheme.Groups.AsImmutableArray();

        HandExample.Scheme().Should().Be(scheme);
        HandExample.Scheme().GetHashCode().Should().Be(scheme.GetHashCode());
        new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, groups.SetItem(0, groups[0] with { Aggregation = Specs.TrimmedByCount(2) }), scheme.Combination, scheme.GradeBands, scheme.AnnualProportion)
            .Should().NotBe(scheme);
        new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, [.. scheme.GradeBands.Take(3)], scheme.AnnualProportion)
            .Should().NotBe(scheme);
    }
}
