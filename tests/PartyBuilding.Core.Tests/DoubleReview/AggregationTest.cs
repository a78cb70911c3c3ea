using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class AggregationTest
{
    private static ImmutableArray<WeightedScore> Ratings(params decimal[] scores) =>
        [.. scores.Select((s, i) => new WeightedScore($"R{i:00}", Score.Of(s), Proportion.One))];

    private static IRatingAggregation Create(string name, params (string Key, string Value)[] parameters) =>
        DoubleReviewStrategies.Default.Aggregations.Create(StrategySpec.Of(name, [.. parameters]));

    [Fact]
    public void WeightedMean_WeighsEachInput()
    {
        var inputs = ImmutableArray.Create(
            new WeightedScore("Members", Score.Of(80m), Proportion.Of(0.6m)),
            new WeightedScore("Peers", Score.Of(90m), Proportion.Of(0.4m)));

        WeightedMeanAggregation.Instance.Aggregate(inputs).Should().Be(new AggregatedScore(Score.Of(84m)));
    }

    [Fact]
    public void WeightedMean_OfEqualWeights_IsTheArithmeticMean()
    {
        Create("weighted-mean").Aggregate(Ratings(70, 85, 100, 95)).Value.Should().Be(Score.Of(87.5m));
    }

    [Theory]
    [InlineData(new[] { 90.0, 70.0, 80.0 }, 80.0)]
    [InlineData(new[] { 90.0, 70.0, 80.0, 100.0 }, 85.0)]
    [InlineData(new[] { 60.0 }, 60.0)]
    public void Median_TakesTheMiddleOrTheMeanOfTheTwoMiddle(double[] scores, double expected)
    {
        Create("median").Aggregate(Ratings([.. scores.Select(s => (decimal)s)])).Value.Should().Be(Score.Of((decimal)expected));
    }

    [Fact]
    public void TrimmedMean_ByCount_DropsThatManyAtEachEnd()
    {
        var result = Create("trimmed-mean", ("count", "2")).Aggregate(Ratings(50, 100, 60, 90, 80, 70));

        result.Value.Should().Be(Score.Of(75m));
        result.Excluded.Should().Equal("R00", "R01", "R02", "R03");
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(9, 0)]
    [InlineData(20, 2)]
    public void TrimmedMean_ByShare_DropsTheShareRoundedDown(int count, int trimmed)
    {
        var strategy = TrimmedMeanAggregation.ByShare(Share.FromDecimal(0.1m));

        strategy.TrimmedAtEachEnd(count).Should().Be(trimmed);
        strategy.Aggregate(Ratings([.. Enumerable.Range(1, count).Select(i => (decimal)i)])).Excluded.Should().HaveCount(2 * trimmed);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(2, 0)]
    [InlineData(1, 0)]
    public void TrimmedMean_TooFewRatings_KeepsAtLeastOne(int count, int trimmed)
    {
        TrimmedMeanAggregation.ByCount(5).TrimmedAtEachEnd(count).Should().Be(trimmed);
        TrimmedMeanAggregation.ByCount(5).Aggregate(Ratings([.. Enumerable.Repeat(80m, count)])).Value.Should().Be(Score.Of(80m));
    }

    [Fact]
    public void TrimmedMean_TiedExtremes_DropsByKeyOrder_AndTheValueDoesNotDependOnIt()
    {
        var inputs = Ratings(100, 100, 85, 70, 50);

        var forward = TrimmedMeanAggregation.ByCount(1).Aggregate(inputs);
        var backward = TrimmedMeanAggregation.ByCount(1).Aggregate([.. inputs.Reverse()]);

        forward.Should().Be(backward);
        forward.Excluded.Should().Equal("R01", "R04");
        forward.Value.Should().Be(Score.Of(85m));
    }

    [Fact]
    public void EveryStrategy_IsIndependentOfInputOrder()
    {
        var inputs = Ratings(73.5m, 91, 88, 60, 99.25m, 88, 75);
        var random = new Random(5);
        foreach (var strategy in new IRatingAggregation[] { WeightedMeanAggregation.Instance, MedianAggregation.Instance, TrimmedMeanAggregation.ByCount(2) })
        {
            var expected = strategy.Aggregate(inputs);
            for (var i = 0; i < 20; i++)
            {
                strategy.Aggregate([.. inputs.OrderBy(_ => random.Next())]).Should().Be(expected, strategy.Name);
            }
        }
    }

    [Fact]
    public void Aggregate_NoInputsOrRepeatedKeys_IsAProgrammingError()
    {
        var empty = () => MedianAggregation.Instance.Aggregate([]);
        var repeated = () => MedianAggregation.Instance.Aggregate([new WeightedScore("A", Score.Zero, Proportion.One), new WeightedScore("A", Score.Zero, Proportion.One)]);

        empty.Should().Throw<ArgumentException>();
        repeated.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Registry_KnowsTheBuiltInStrategiesByName()
    {
        DoubleReviewStrategies.Default.Aggregations.Names.Should().Equal(DoubleReviewStrategies.Median, DoubleReviewStrategies.TrimmedMean, DoubleReviewStrategies.WeightedMean);
    }

    [Theory]
    [InlineData("trimmed-mean", "", "", "Parameters", CommonErrorCodes.StrategyParameterMissing)]
    [InlineData("trimmed-mean", "count", "-1", "Parameters.count", CommonErrorCodes.StrategyParameterInvalid)]
    [InlineData("trimmed-mean", "count", "one", "Parameters.count", CommonErrorCodes.StrategyParameterInvalid)]
    [InlineData("trimmed-mean", "share", "0.5", "Parameters.share", CommonErrorCodes.StrategyParameterInvalid)]
    [InlineData("trimmed-mean", "share", "half", "Parameters.share", CommonErrorCodes.StrategyParameterInvalid)]
    [InlineData("median", "count", "1", "Parameters.count", CommonErrorCodes.StrategyParameterUnknown)]
    [InlineData("weighted-mean", "weights", "x", "Parameters.weights", CommonErrorCodes.StrategyParameterUnknown)]
    public void Registry_BadParameters_AreReportedWithTheirPathAndCode(string name, string key, string value, string path, string code)
    {
        var spec = key.Length == 0 ? StrategySpec.Of(name) : StrategySpec.Of(name, (key, value));
        var problems = new ProblemCollector();

        DoubleReviewStrategies.Default.Aggregations.TryCreate(spec, problems).Should().BeNull();

        problems.ToReport().Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, ErrorCode = code });
    }

    [Theory]
    [InlineData("0.49", 0.49)]
    [InlineData("0", 0.0)]
    public void Registry_ShareBelowOneHalf_IsAccepted(string share, double expected)
    {
        var strategy = Create("trimmed-mean", ("share", share));

        strategy.Parameters["share"].Should().Be(Proportion.Of((decimal)expected).ToString());
    }

    [Fact]
    public void Registry_BothCountAndShare_IsRejected()
    {
        var act = () => Create("trimmed-mean", ("count", "1"), ("share", "0.1"));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "Parameters", ErrorCode = CommonErrorCodes.StrategyParameterInvalid });
    }

    [Fact]
    public void Registry_With_AddsACustomStrategyWithoutChangingTheDefault()
    {
        var registry = DoubleReviewStrategies.Default.Aggregations.With("highest", _ => new Highest());

        registry.Create(StrategySpec.Of("highest")).Aggregate(Ratings(70, 95, 80)).Value.Should().Be(Score.Of(95m));
        var problems = new ProblemCollector();
        DoubleReviewStrategies.Default.Aggregations.TryCreate(StrategySpec.Of("highest"), problems).Should().BeNull();
        problems.ToReport().Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
    }

    [Fact]
    public void RatingScaleScoreOf_GradeNotMapped_ThrowsNamingTheGrade()
    {
        var act = () => RatingScale.Points().ScoreOf(ReviewGrade.FairlyGood);

        act.Should().Throw<InvalidOperationException>().WithMessage("The scale has no score for the grade FairlyGood.");
    }

    private sealed class Highest : IRatingAggregation
    {
        public string Name => "highest";

        public ValueDictionary<string> Parameters => default;

        public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs) => new(inputs.Max(i => i.Score));
    }
}
