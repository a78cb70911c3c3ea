using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// Pins the contracts of the aggregation strategies and their registry: argument errors with their parameter names,
/// the share limit of the trimmed mean on both sides, every parameter problem with its path, code, message and value,
/// and the subject of the registry's exception.
/// </summary>
public sealed class RatingAggregationContractTest
{
    private const string Code = DoubleReviewErrorCodes.StrategyParameter;

    private static AggregationSpec TrimmedMean(params (string Key, string Value)[] parameters) =>
        new(TrimmedMeanAggregation.StrategyName, parameters.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    [Fact]
    public void Aggregate_NullInput_ThrowsArgumentNullNamingTheInputs()
    {
        var act = () => MedianAggregation.Instance.Aggregate([new WeightedScore("A", Score.Of(80m), Proportion.One), null!]);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("inputs");
    }

    [Fact]
    public void WeightedMean_InputsWeighingNothing_IsAProgrammingError()
    {
        var act = () => WeightedMeanAggregation.Instance.Aggregate(
            [new WeightedScore("A", Score.Of(80m), Proportion.Zero), new WeightedScore("B", Score.Of(90m), Proportion.Zero)]);

        act.Should().Throw<ArgumentException>().WithMessage("The inputs of a weighted mean must weigh more than nothing.*")
            .Which.ParamName.Should().Be("ordered");
    }

    [Fact]
    public void TrimmedMeanByShare_OneHalf_IsRejectedAndJustBelowAccepted()
    {
        var half = () => TrimmedMeanAggregation.ByShare(Share.FromDecimal(0.5m));
        var twoQuarters = () => TrimmedMeanAggregation.ByShare(Share.Of(2, 4));

        half.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("share");
        twoQuarters.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("share");
        TrimmedMeanAggregation.ByShare(Share.FromDecimal(0.49m)).Parameters["share"].Should().Be("0.49");
        TrimmedMeanAggregation.ByShare(Share.Of(49, 99)).Parameters["share"].Should().Be("49/99");
    }

    [Fact]
    public void TrimmedMean_UnknownParameterBesideACount_IsNamed()
    {
        var creation = RatingAggregationRegistry.Default.TryCreate(TrimmedMean(("count", "1"), ("weights", "x")));

        creation.Aggregation.Should().BeNull();
        Rows(creation.Problems).Should().Equal([("parameters.weights", Code, "'trimmed-mean' has no parameter 'weights'; use 'count' or 'share'.", "weights")]);
    }

    [Fact]
    public void TrimmedMean_BothCountAndShare_NeedsExactlyOne()
    {
        Rows(RatingAggregationRegistry.Default.TryCreate(TrimmedMean(("count", "1"), ("share", "0.1"))).Problems)
            .Should().Equal([("parameters", Code, "'trimmed-mean' needs exactly one of 'count' and 'share'.", (string?)null)]);
    }

    [Fact]
    public void TrimmedMean_ShareOfOneHalf_IsReportedWithItsLimit()
    {
        Rows(RatingAggregationRegistry.Default.TryCreate(TrimmedMean(("share", "0.5"))).Problems)
            .Should().Equal([("parameters.share", Code, "The share must be a fraction such as 1/3 or a decimal such as 0.1, at least 0 and below 1/2.", "0.5")]);
    }

    [Fact]
    public void RegistryWith_BlankName_ThrowsArgumentNamingTheName()
    {
        var act = () => RatingAggregationRegistry.Default.With(" ", _ => new RatingAggregationCreation(MedianAggregation.Instance, []));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void RegistryWith_NullFactory_ThrowsArgumentNullNamingTheFactory()
    {
        var act = () => RatingAggregationRegistry.Default.With("highest", null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("factory");
    }

    [Fact]
    public void RegistryTryCreate_NullSpec_ThrowsArgumentNullNamingTheSpec()
    {
        var act = () => RatingAggregationRegistry.Default.TryCreate(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("spec");
    }

    [Fact]
    public void RegistryCreate_BadSpec_ThrowsNamingTheAggregationStrategy()
    {
        var act = () => RatingAggregationRegistry.Default.Create(TrimmedMean());

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The aggregation strategy is not valid: 1 problem.*");
    }
}
