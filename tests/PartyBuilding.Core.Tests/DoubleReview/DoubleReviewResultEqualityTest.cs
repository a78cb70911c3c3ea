using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// Pins the content equality of the double review's result records member by member (each member changed alone,
/// <c>Equals(null)</c>) and that their lists left unset read as empty.
/// </summary>
public sealed class DoubleReviewResultEqualityTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly LocalizedText Label = new("双述双评得分", "Double review score");

    private static OrganizationReviewResult Result(
        string organization = "BZ-001",
        decimal score = 85.90m,
        decimal exact = 85.9m,
        ReviewGrade grade = ReviewGrade.FairlyGood,
        decimal proportion = 0.2m,
        decimal explained = 85.90m,
        decimal groupScore = 85m,
        decimal componentScore = 80m,
        string comment = "融合较好",
        string district = "D1") => new(
        OrganizationId.Parse(organization),
        Score.Of(score),
        Score.Of(exact),
        grade,
        Proportion.Of(proportion),
        Explanation.Given(Label, explained),
        [new GroupResult(RaterGroup.Members, ReviewRound.ToMembers, Proportion.Of(0.5m), Score.Of(groupScore), 5, 5)],
        [new ComponentResult(AssessedComponent.Visit, Proportion.Of(0.1m), Score.Of(componentScore))],
        [new LeaderComment(MemberId.Parse("BZ-WC-L01"), comment)],
        DistrictId.Parse(district));

    private static DoubleReviewOutcome Outcome(
        string scheme = "hand-example",
        int year = 2017,
        int day = 28,
        HalfYear? half = HalfYear.Second,
        decimal resultScore = 85.90m,
        int failureCast = 2) => new(
        scheme,
        AssessmentYear.Create(year),
        new LocalDate(2017, 12, day),
        [Result(score: resultScore)],
        [new RoundFailure(OrganizationId.Parse("BZ-004"), RaterGroup.Members, ReviewRound.ToMembers, RoundFailureReason.BelowQuorum, failureCast, 4, Share.FromDecimal(0.75m), Explanation.Given(Label, 0.5m))],
        half);

    [Fact]
    public void OrganizationReviewResultEquals_AnyMemberChanged_IsFalse()
    {
        Result().Equals(Result()).Should().BeTrue();
        Result().Equals(null).Should().BeFalse();
        Result().Equals(Result(organization: "BZ-002")).Should().BeFalse();
        Result().Equals(Result(score: 85.91m)).Should().BeFalse();
        Result().Equals(Result(exact: 85.91m)).Should().BeFalse();
        Result().Equals(Result(grade: ReviewGrade.Good)).Should().BeFalse();
        Result().Equals(Result(proportion: 0.3m)).Should().BeFalse();
        Result().Equals(Result(explained: 85.91m)).Should().BeFalse();
        Result().Equals(Result(groupScore: 86m)).Should().BeFalse();
        Result().Equals(Result(componentScore: 81m)).Should().BeFalse();
        Result().Equals(Result(comment: "台账需规范")).Should().BeFalse();
        Result().Equals(Result(district: "D2")).Should().BeFalse();
    }

    [Fact]
    public void OrganizationReviewResult_ListsLeftUnset_AreEmpty()
    {
        var result = new OrganizationReviewResult(A, Score.Of(90m), Score.Of(90m), ReviewGrade.Good, Proportion.Of(0.2m), Explanation.Given(Label, 90m));

        result.Groups.IsDefault.Should().BeFalse();
        result.Groups.Should().BeEmpty();
        result.Components.IsDefault.Should().BeFalse();
        result.Components.Should().BeEmpty();
        result.Comments.IsDefault.Should().BeFalse();
        result.Comments.Should().BeEmpty();
        result.District.Should().BeNull();
    }

    [Fact]
    public void DoubleReviewOutcomeEquals_AnyMemberChanged_IsFalse()
    {
        Outcome().Equals(Outcome()).Should().BeTrue();
        Outcome().Equals(null).Should().BeFalse();
        Outcome().Equals(Outcome(scheme: "other")).Should().BeFalse();
        Outcome().Equals(Outcome(year: 2018)).Should().BeFalse();
        Outcome().Equals(Outcome(day: 29)).Should().BeFalse();
        Outcome().Equals(Outcome(half: HalfYear.First)).Should().BeFalse();
        Outcome().Equals(Outcome(half: null)).Should().BeFalse();
        Outcome().Equals(Outcome(resultScore: 85.91m)).Should().BeFalse();
        Outcome().Equals(Outcome(failureCast: 1)).Should().BeFalse();
    }

    [Fact]
    public void DoubleReviewOutcome_ListsLeftUnset_AreEmpty()
    {
        var outcome = new DoubleReviewOutcome("hand-example", AssessmentYear.Create(2017), new LocalDate(2017, 12, 28), default, default);

        outcome.Results.IsDefault.Should().BeFalse();
        outcome.Results.Should().BeEmpty();
        outcome.Failures.IsDefault.Should().BeFalse();
        outcome.Failures.Should().BeEmpty();
        outcome.ResultOf(A).Should().BeNull();
    }

    [Fact]
    public void AggregatedScoreEquals_ValueOrExcludedChanged_IsFalse()
    {
        var score = new AggregatedScore(Score.Of(85m), ["R01", "R04"]);

        score.Equals(new AggregatedScore(Score.Of(85m), ["R04", "R01"])).Should().BeTrue("the excluded keys are kept in ordinal order");
        score.Equals(new AggregatedScore(Score.Of(85.5m), ["R01", "R04"])).Should().BeFalse();
        score.Equals(new AggregatedScore(Score.Of(85m), ["R01"])).Should().BeFalse();
        score.Equals(null).Should().BeFalse();
        new AggregatedScore(Score.Of(85m)).Excluded.Should().BeEmpty();
    }

    [Fact]
    public void RatingAggregationCreationEquals_StrategyOrProblemsChanged_IsFalse()
    {
        var problem = new ValidationProblem("parameters.count", DoubleReviewErrorCodes.StrategyParameter, "The count must be a whole number, 0 or more.", "one");
        var median = new RatingAggregationCreation(MedianAggregation.Instance, []);

        median.Equals(new RatingAggregationCreation(MedianAggregation.Instance, [])).Should().BeTrue();
        median.Equals(new RatingAggregationCreation(WeightedMeanAggregation.Instance, [])).Should().BeFalse();
        median.Equals(new RatingAggregationCreation(MedianAggregation.Instance, [problem])).Should().BeFalse();
        median.Equals(null).Should().BeFalse();
        new RatingAggregationCreation(null, [problem]).Equals(new RatingAggregationCreation(null, [problem])).Should().BeTrue();
    }

    [Fact]
    public void RatingAggregationCreation_ProblemsLeftUnset_AreEmpty()
    {
        var creation = new RatingAggregationCreation(MedianAggregation.Instance, default);

        creation.Problems.IsDefault.Should().BeFalse();
        creation.Problems.Should().BeEmpty();
    }
}
