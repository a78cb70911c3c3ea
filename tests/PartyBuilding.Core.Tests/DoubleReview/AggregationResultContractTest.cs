using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// Pins the engine's check of a strategy's result against the contract of <see cref="IRatingAggregation.Aggregate"/>:
/// the value lies between the lowest and the highest input (both ends allowed), and only input keys are excluded.
/// A custom strategy that breaks it stops the evaluation with an <see cref="InvalidOperationException"/> naming the
/// strategy, instead of a failed grade-band lookup (below 0) or a published score above every input.
/// </summary>
public sealed class AggregationResultContractTest
{
    // BZ-001's combination inputs are the members' 85, the peers' 85 and the committee's 88 (the hand example).
    [Fact]
    public void Combination_ExactlyTheLowestInput_IsPublished()
    {
        var result = Evaluate(Combination(new Shifted(0m))).ResultOf(A)!;

        result.ExactScore.Should().Be(Score.Of(85m));
        result.Grade.Should().Be(ReviewGrade.FairlyGood);
    }

    [Fact]
    public void Combination_JustBelowTheLowestInput_StopsNamingTheStrategyValueAndRange()
    {
        var act = () => Evaluate(Combination(new Shifted(-0.01m)));

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The rating aggregation 'shifted' returned 84.99, outside the range of its inputs (85 to 88); an aggregation must give a value between its lowest and highest input.");
    }

    [Fact]
    public void Combination_BelowZero_StopsInsteadOfFailingTheGradeLookup()
    {
        var act = () => Evaluate(Combination(new Shifted(-86m)));

        act.Should().Throw<InvalidOperationException>().WithMessage("The rating aggregation 'shifted' returned -1, outside the range of its inputs (85 to 88)*");
    }

    [Fact]
    public void Combination_ExactlyTheHighestInput_IsPublished()
    {
        var result = Evaluate(Combination(new Shifted(0m, fromHighest: true))).ResultOf(A)!;

        result.ExactScore.Should().Be(Score.Of(88m));
    }

    [Fact]
    public void Combination_JustAboveTheHighestInput_Stops()
    {
        var act = () => Evaluate(Combination(new Shifted(0.01m, fromHighest: true)));

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The rating aggregation 'shifted' returned 88.01, outside the range of its inputs (85 to 88)*");
    }

    // BZ-001's peer ballots are 90 (from BZ-002) and 80 (from BZ-003).
    [Fact]
    public void RaterGroupAggregation_OutsideItsBallots_IsCheckedToo()
    {
        var act = () => Evaluate(PeerGroup(new Shifted(-0.5m)));

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The rating aggregation 'shifted' returned 79.5, outside the range of its inputs (80 to 90)*");
    }

    [Fact]
    public void RaterGroupAggregation_ExcludingOneOfItsBallots_IsAccepted()
    {
        var result = Evaluate(PeerGroup(new Shifted(0m, excludeHighest: true))).ResultOf(A)!;

        result.Explanation.Find("BZ-001/PeerOrganizations/BZ-002")!.Note.Should().Be(new LocalizedText("已剔除", "excluded by the aggregation"));
        result.Groups.Single(g => g.Group == RaterGroup.PeerOrganizations).Score.Should().Be(Score.Of(80m));
    }

    [Fact]
    public void RaterGroupAggregation_ExcludingAKeyItWasNotGiven_StopsNamingTheKey()
    {
        var act = () => Evaluate(PeerGroup(new Shifted(0m, exclude: "BZ-999")));

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The rating aggregation 'shifted' excluded 'BZ-999', which is not one of its inputs; an aggregation may exclude only the keys it was given.");
    }

    private static DoubleReviewOutcome Evaluate((DoubleReviewScheme Scheme, DoubleReviewStrategies Strategies) setup) =>
        DoubleReviewEngine.Evaluate(Data(), setup.Scheme, AsOf, setup.Strategies);

    private static (DoubleReviewScheme, DoubleReviewStrategies) Combination(Shifted strategy)
    {
        var scheme = Scheme();
        var custom = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, StrategySpec.Of(Shifted.StrategyName), scheme.GradeBands, scheme.AnnualProportion);
        return (custom, Registry(strategy));
    }

    private static (DoubleReviewScheme, DoubleReviewStrategies) PeerGroup(Shifted strategy)
    {
        var scheme = Scheme();
        var groups = scheme.Groups.Select(g => g.Group == RaterGroup.PeerOrganizations ? g with { Aggregation = StrategySpec.Of(Shifted.StrategyName) } : g);
        var custom = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, [.. groups], scheme.Combination, scheme.GradeBands, scheme.AnnualProportion);
        return (custom, Registry(strategy));
    }

    private static DoubleReviewStrategies Registry(Shifted strategy) =>
        DoubleReviewStrategies.Default with { Aggregations = DoubleReviewStrategies.Default.Aggregations.With(Shifted.StrategyName, _ => strategy) };

    /// <summary>
    /// A custom strategy giving the lowest (or highest) input plus an offset, optionally excluding a given key or the
    /// key of the highest input.
    /// </summary>
    private sealed class Shifted(decimal offset, bool fromHighest = false, string? exclude = null, bool excludeHighest = false) : IRatingAggregation
    {
        public const string StrategyName = "shifted";

        public string Name => StrategyName;

        public ValueDictionary<string> Parameters => default;

        public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs)
        {
            var from = fromHighest ? inputs.Max(i => i.Score.Value) : inputs.Min(i => i.Score.Value);
            var excluded = excludeHighest ? inputs.MaxBy(i => i.Score)!.Key : exclude;
            return new(Score.Of(from + offset), excluded is null ? [] : [excluded]);
        }
    }
}
