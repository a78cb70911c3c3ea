using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
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
    private static StrategyRegistry<IRatingAggregation> Registry => DoubleReviewStrategies.Default.Aggregations;

    private static (string Path, string Code, string Message, string? Value)[] Problems(params (string Name, string Value)[] parameters)
    {
        var problems = new ProblemCollector();
        Registry.TryCreate(StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, parameters), problems).Should().BeNull();
        return [.. Rows(problems.ToReport().Problems)];
    }

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
    public void TrimmedMean_UnknownParameterBesideACount_IsNamed() =>
        Problems(("count", "1"), ("weights", "x")).Should().Equal(
            [("Parameters.weights", CommonErrorCodes.StrategyParameterUnknown, "Strategy 'trimmed-mean' has no parameter 'weights'; it takes: count.", "x")]);

    [Fact]
    public void TrimmedMean_BothCountAndShare_NeedsExactlyOne() =>
        Problems(("count", "1"), ("share", "0.1")).Should().Equal(
            [("Parameters", CommonErrorCodes.StrategyParameterInvalid, "Strategy 'trimmed-mean': give exactly one of 'count' (scores dropped at each end) and 'share' (the share dropped at each end).", (string?)null)]);

    [Fact]
    public void TrimmedMean_NeitherCountNorShare_IsMissingOne() =>
        Problems().Should().Equal(
            [("Parameters", CommonErrorCodes.StrategyParameterMissing, "Strategy 'trimmed-mean': give exactly one of 'count' (scores dropped at each end) and 'share' (the share dropped at each end).", (string?)null)]);

    [Fact]
    public void TrimmedMean_ShareOfOneHalf_IsReportedWithItsLimit() =>
        Problems(("share", "0.5")).Should().Equal(
            [("Parameters.share", CommonErrorCodes.StrategyParameterInvalid, "Strategy 'trimmed-mean': the share dropped at each end must be below 1/2, such as 1/3 or 0.1.", "0.5")]);

    [Fact]
    public void TrimmedMean_GivenCountOrShare_IsTheOneParameterInForce()
    {
        Registry.Create(Specs.TrimmedByCount(1)).Parameters.Should().Equal(ValueDictionary.Of(("count", "1")));
        Registry.Create(StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, ("share", "1/3"))).Parameters.Should().Equal(ValueDictionary.Of(("share", "1/3")));
    }

    [Fact]
    public void RegistryWith_BlankName_ThrowsArgumentNamingTheName()
    {
        var act = () => Registry.With(" ", _ => MedianAggregation.Instance);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void RegistryWith_NullFactory_ThrowsArgumentNullNamingTheFactory()
    {
        var act = () => Registry.With("highest", null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("factory");
    }

    [Fact]
    public void RegistryTryCreate_NullSpec_ThrowsArgumentNullNamingTheSpec()
    {
        var act = () => Registry.TryCreate(null!, new ProblemCollector());

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("spec");
    }

    [Fact]
    public void RegistryCreate_BadSpec_ThrowsNamingTheStrategy()
    {
        var act = () => Registry.Create(StrategySpec.Of(DoubleReviewStrategies.TrimmedMean));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The strategy trimmed-mean is not valid: 1 problem.*");
    }
}
