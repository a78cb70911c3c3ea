using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// Pins what the double-review engine does with its arguments: null arguments named, a caller's registry used, the
/// subject of each validation exception, and the leaders' comments (article 002, 工委领导进行逐一点评) in leader order.
/// </summary>
public sealed class DoubleReviewEngineArgumentsTest
{
    [Fact]
    public void Evaluate_NullDataSet_ThrowsArgumentNullNamingData()
    {
        var act = () => DoubleReviewEngine.Evaluate(null!, Scheme(), AsOf);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void Evaluate_NullScheme_ThrowsArgumentNullNamingScheme()
    {
        var act = () => DoubleReviewEngine.Evaluate(Data(), null!, AsOf);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("scheme");
    }

    [Fact]
    public void Evaluate_WithACallersStrategies_CombinesByItsStrategy()
    {
        var scheme = Scheme();
        var custom = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, StrategySpec.Of(Highest.StrategyName), scheme.GradeBands, scheme.AnnualProportion);
        var strategies = DoubleReviewStrategies.Default with { Aggregations = DoubleReviewStrategies.Default.Aggregations.With(Highest.StrategyName, _ => new Highest()) };

        var result = DoubleReviewEngine.Evaluate(Data(), custom, AsOf, strategies).ResultOf(A)!;

        result.ExactScore.Should().Be(Score.Of(88m), "the highest of the groups' 85, 85 and 88");
        result.Explanation.Find("BZ-001/combined")!.Strategy.Should().Be(Highest.StrategyName);
    }

    [Fact]
    public void Evaluate_BadScheme_ThrowsListingTheSchemesProblemOnly()
    {
        var scheme = Scheme();
        var bad = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, StrategySpec.Of("mode"), scheme.GradeBands, scheme.AnnualProportion);

        var act = () => DoubleReviewEngine.Evaluate(Data(), bad, AsOf);

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The double-review scheme and data set is not valid: 1 problem.*")
            .Which.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "Scheme.Combination.Name", ErrorCode = CommonErrorCodes.StrategyUnknown });
    }

    [Fact]
    public void Evaluate_BadDataSet_ThrowsListingTheDataSetsProblem()
    {
        var act = () => DoubleReviewEngine.Evaluate(Data().WithBallots(Ballots().Append(Peer(A, A, 100))), Scheme(), AsOf);

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The double-review scheme and data set is not valid: 1 problem.*")
            .Which.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "Data.Ballots[34].RaterOrganization", ErrorCode = DoubleReviewErrorCodes.SelfRating });
    }

    [Fact]
    public void Article002_CommitteeLeadersComments_AreListedInLeaderOrder()
    {
        var data = Data();
        var first = MemberId.Parse("BZ-WC-L01");
        var second = MemberId.Parse("BZ-WC-L02");
        var comments = new[] { (second, "台账需规范"), (first, "融合较好") };
        var ballots = comments.Select(c => new Ballot(RaterGroup.CommitteeLeaders, A, c.Item1, Points: Score.Of(90m), Comment: c.Item2));
        var withLeaders = new DoubleReviewDataSet(
            data.Committee, data.Year, data.Organizations, [.. data.Ballots, .. ballots], committeeLeaders: [second, first], committeeMembers: data.CommitteeMembers);

        var result = DoubleReviewEngine.Evaluate(withLeaders, DoubleReviewEngineTest.WithLeaders(), AsOf).ResultOf(A)!;

        result.Comments.Should().Equal(new LeaderComment(first, "融合较好"), new LeaderComment(second, "台账需规范"));
    }

    private sealed class Highest : IRatingAggregation
    {
        public const string StrategyName = "highest";

        public string Name => StrategyName;

        public ValueDictionary<string> Parameters => default;

        public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs) => new(inputs.Max(i => i.Score));
    }
}
