using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class DoubleReviewSchemeValidatorTest
{
    private static DoubleReviewScheme With(
        ImmutableArray<RaterGroupRule>? groups = null,
        ImmutableArray<ReviewGradeBand>? bands = null,
        ImmutableArray<ComponentRule> components = default)
    {
        var scheme = HandExample.Scheme();
        return new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, groups ?? scheme.Groups, scheme.Combination, bands ?? scheme.GradeBands, scheme.AnnualProportion, components);
    }

    private static ImmutableArray<string> Codes(DoubleReviewScheme scheme) => [.. DoubleReviewEngine.ValidateScheme(scheme).Problems.Select(p => p.ErrorCode)];

    [Fact]
    public void HandExampleScheme_IsValid()
    {
        DoubleReviewEngine.ValidateScheme(HandExample.Scheme()).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0.3, true)]
    [InlineData(0.31, false)]
    [InlineData(0.29, false)]
    public void Weights_MustSumToExactlyOne(double committeeWeight, bool valid)
    {
        var groups = HandExample.Scheme().Groups.AsImmutableArray();
        var scheme = With(groups.SetItem(2, groups[2] with { Weight = Proportion.Of((decimal)committeeWeight) }));

        Codes(scheme).Contains(DoubleReviewErrorCodes.WeightsDoNotSumToOne).Should().Be(!valid);
        Codes(scheme).Should().HaveCount(valid ? 0 : 1);
    }

    [Fact]
    public void Components_CountTowardsTheWeights()
    {
        var groups = HandExample.Scheme().Groups.AsImmutableArray();
        var scheme = With(groups.SetItem(2, groups[2] with { Weight = Proportion.Of(0.2m) }), components: [new ComponentRule(AssessedComponent.Visit, Proportion.Of(0.1m))]);

        Codes(scheme).Should().BeEmpty();
    }

    [Fact]
    public void EveryProblem_IsListedWithItsPath()
    {
        var groups = HandExample.Scheme().Groups.AsImmutableArray();
        var scheme = With(
            [
                groups[0] with { Scale = RatingScale.Grades(100, 85, 85, 50) },
                groups[1] with { Scale = RatingScale.Points(50, 40) },
                groups[1] with { Weight = Proportion.Zero },
                groups[2] with { Aggregation = StrategySpec.Of("trimmed-mean") },
            ],
            [new ReviewGradeBand(ReviewGrade.Good, Score.Of(90m)), new ReviewGradeBand(ReviewGrade.Good, Score.Of(80m))]);

        DoubleReviewEngine.ValidateScheme(scheme).Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("GradeBands", DoubleReviewErrorCodes.GradeBandsInvalid),
            ("Groups[0].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid),
            ("Groups[1].Scale", DoubleReviewErrorCodes.RatingScaleInvalid),
            ("Groups[2].Group", DoubleReviewErrorCodes.DuplicatePart),
            ("Groups[2].Weight", DoubleReviewErrorCodes.WeightZero),
            ("Groups[3].Aggregation.Parameters", CommonErrorCodes.StrategyParameterMissing),
        ]);
    }

    [Fact]
    public void NoGroups_IsRejected()
    {
        Codes(With([])).Should().Contain(DoubleReviewErrorCodes.NoRaterGroups);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void GradeBands_PoorStartsAtZero_SoEveryScoreHasAGrade(int poorMinimum, bool valid)
    {
        var bands = HandExample.Bands().SetItem(3, new ReviewGradeBand(ReviewGrade.Poor, Score.Of(poorMinimum)));

        Codes(With(bands: bands)).Should().HaveCount(valid ? 0 : 1);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void GradeScales_StayOnTheHundredPointScale(int good, bool valid)
    {
        var groups = HandExample.Scheme().Groups.AsImmutableArray();

        Codes(With(groups.SetItem(0, groups[0] with { Scale = RatingScale.Grades(good, 85, 70, 50) }))).Should().HaveCount(valid ? 0 : 1);
    }

    [Theory]
    [InlineData(89.99, ReviewGrade.FairlyGood)]
    [InlineData(90.00, ReviewGrade.Good)]
    [InlineData(80.00, ReviewGrade.FairlyGood)]
    [InlineData(79.99, ReviewGrade.Average)]
    [InlineData(0.00, ReviewGrade.Poor)]
    public void GradeOf_BoundaryScore_BelongsToTheUpperBand(double score, ReviewGrade grade)
    {
        DoubleReviewEngine.GradeOf(Score.Of((decimal)score), HandExample.Bands()).Should().Be(grade);
    }

    [Fact]
    public void Labels_CoverEveryRaterGroupInBothLanguages()
    {
        DoubleReviewLabels.RaterGroups[RaterGroup.PeerOrganizations].ZhCn.Should().Be("党组织定量互评");
        DoubleReviewLabels.ReviewGrades.Get(ReviewGrade.FairlyGood, DisplayLanguage.ZhCn).Should().Be("较好");
        DoubleReviewRules.RoundOf(RaterGroup.Members).Should().Be(ReviewRound.ToMembers);
        DoubleReviewRules.RoundOf(RaterGroup.CommitteeMembers).Should().Be(ReviewRound.ToCommittee);
    }
}
