using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class BranchVariantTest
{
    private static readonly OrganizationId Branch = OrganizationId.Parse("BZ-001-B01");

    private static DoubleReviewScheme Scheme(ReviewCadence cadence = ReviewCadence.HalfYearly) => new(
        "branches",
        new LocalDate(2017, 1, 1),
        cadence,
        [new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.5m), RatingScale.Points(), Specs.WeightedMean)],
        Specs.WeightedMean,
        HandExample.Bands(),
        Proportion.Of(0.1m),
        [new ComponentRule(AssessedComponent.Inspection, Proportion.Of(0.3m)), new ComponentRule(AssessedComponent.Visit, Proportion.Of(0.2m))]);

    private static DoubleReviewDataSet Data(HalfYear? half, params ComponentScore[] components) => new(
        OrganizationId.Parse("BZ-001"),
        AssessmentYear.Create(2017),
        [new ReviewedOrganization(Branch, [MemberId.Parse("BZ-001-B01-M001"), MemberId.Parse("BZ-001-B01-M002")])],
        [
            new Ballot(RaterGroup.Members, Branch, MemberId.Parse("BZ-001-B01-M001"), Points: Score.Of(90m)),
            new Ballot(RaterGroup.Members, Branch, MemberId.Parse("BZ-001-B01-M002"), Points: Score.Of(80m)),
        ],
        half,
        componentScores: components.Length > 0 ? [.. components] : [
            new ComponentScore(Branch, AssessedComponent.Inspection, Score.Of(70m), "台账不全"),
            new ComponentScore(Branch, AssessedComponent.Visit, Score.Of(100m)),
        ]);

    [Fact]
    public void Article002_BranchVariant_CombinesReviewInspectionAndVisitsEachHalfYear()
    {
        var first = DoubleReviewEngine.Evaluate(Data(HalfYear.First), Scheme(), new LocalDate(2017, 6, 30)).Results.Single();
        var second = DoubleReviewEngine.Evaluate(Data(HalfYear.Second), Scheme(), new LocalDate(2017, 12, 31)).Results.Single();

        // 0.5 × 85 + 0.3 × 70 + 0.2 × 100 = 42.5 + 21 + 20 = 83.5
        first.Score.Value.Should().Be(83.50m);
        first.Grade.Should().Be(ReviewGrade.FairlyGood);
        first.Components.Should().Equal(
            new ComponentResult(AssessedComponent.Inspection, Proportion.Of(0.3m), Score.Of(70m)),
            new ComponentResult(AssessedComponent.Visit, Proportion.Of(0.2m), Score.Of(100m)));
        first.Explanation.Find("BZ-001-B01/Inspection")!.Note.Should().Be(LocalizedText.AsGiven("台账不全"));
        second.Score.Should().Be(first.Score);
    }

    [Theory]
    [InlineData(ReviewCadence.HalfYearly, null)]
    [InlineData(ReviewCadence.Annual, HalfYear.Second)]
    public void Evaluate_PeriodThatDoesNotFitTheCadence_IsRejected(ReviewCadence cadence, HalfYear? half)
    {
        var act = () => DoubleReviewEngine.Evaluate(Data(half), Scheme(cadence), new LocalDate(2017, 12, 31));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode).Should().Contain(DoubleReviewErrorCodes.PeriodMismatch);
    }

    [Theory]
    [InlineData("2017-07-01", true)]
    [InlineData("2017-06-30", false)]
    public void Evaluate_SecondHalf_CannotBeEvaluatedBeforeItStarts(string asOf, bool valid)
    {
        var act = () => DoubleReviewEngine.Evaluate(Data(HalfYear.Second), Scheme(), NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);

        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(DoubleReviewErrorCodes.AsOfBeforePeriod);
        }
    }

    [Fact]
    public void Evaluate_ComponentScoresMissingOrOutOfRange_AreEachReported()
    {
        var data = Data(HalfYear.First, new ComponentScore(Branch, AssessedComponent.Inspection, Score.Of(101m)));

        var act = () => DoubleReviewEngine.Evaluate(data, Scheme(), new LocalDate(2017, 6, 30));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Data.ComponentScores[0].Score", DoubleReviewErrorCodes.ComponentOutOfRange),
            ("Data.Organizations[0]", DoubleReviewErrorCodes.ComponentMissing),
        ]);
    }
}
