using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins the guard clauses of the member-points entry points (the parameter each names) and the subject each names when it
/// refuses invalid input, so a caller can tell the scheme, the data and the strategies apart.
/// </summary>
public sealed class MemberPointsGuardsTest
{
    [Fact]
    public void Evaluate_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => MemberPointsEngine.Evaluate(null!, Data([Member(M(1))]), AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_NullData_ThrowsArgumentNullNamingData() =>
        FluentActions.Invoking(() => MemberPointsEngine.Evaluate(Scheme(), null!, AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("data");

    [Fact]
    public void ExportGrades_NullResult_ThrowsArgumentNullNamingResult() =>
        FluentActions.Invoking(() => MemberPointsEngine.ExportGrades(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("result");

    [Fact]
    public void DataSetValidator_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => new MemberPointsDataSetValidator(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_InvalidScheme_ThrowsValidationNamingTheMemberPointsScheme() =>
        FluentActions.Invoking(() => Evaluate(Data([Member(M(1))]), Scheme(grading: new PointsStrategyChoice("lottery"))))
            .Should().Throw<PartyBuildingValidationException>()
            .WithMessage("The member-points scheme is not valid: 1 problem.\n  Grading.Name: [PTS.STRATEGY_UNKNOWN] Unknown grading strategy; known: absolute-thresholds, branch-quota. (value: 'lottery')");

    [Fact]
    public void Evaluate_InvalidData_ThrowsValidationNamingTheMemberPointsDataSet() =>
        FluentActions.Invoking(() => Evaluate(Data([Member(M(1))], [Declare(M(1), "B1", 1, id: "D1", quantity: 0)])))
            .Should().Throw<PartyBuildingValidationException>()
            .WithMessage("The member-points data set is not valid: 1 problem.\n  Declarations[0].Quantity: [PTS.QUANTITY] A declaration declares at least one occurrence. (value: '0')");

    [Fact]
    public void GradingStrategiesCreate_InvalidChoice_ThrowsValidationNamingTheGradingStrategyWithGradingPaths() =>
        FluentActions.Invoking(() => GradingStrategies.Create(Thresholds(excellent: 10m)))
            .Should().Throw<PartyBuildingValidationException>()
            .WithMessage("The grading strategy is not valid: 1 problem.\n  Grading.Parameters.excellent: [PTS.STRATEGY_PARAMETER] The excellent threshold must not be below the qualified threshold. (value: '10')");

    [Fact]
    public void MassReviewStrategiesCreate_InvalidChoice_ThrowsValidationNamingTheMassReviewStrategyWithMassReviewPaths() =>
        FluentActions.Invoking(() => MassReviewStrategies.Create(Choice(RatingTableMassReviewStrategy.StrategyName, ("good", "1"), ("fairlyGood", "0.5"), ("average", "0"), ("poor", "-101"))))
            .Should().Throw<PartyBuildingValidationException>()
            .WithMessage("The mass-review strategy is not valid: 1 problem.\n  MassReview.Parameters.poor: [PTS.STRATEGY_PARAMETER] Parameter 'poor' of 'rating-table' must be between -100 and 100. (value: '-101')");

    [Fact]
    public void StrategiesCreate_NullChoice_ThrowsArgumentNullNamingChoice()
    {
        FluentActions.Invoking(() => GradingStrategies.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("choice");
        FluentActions.Invoking(() => MassReviewStrategies.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("choice");
    }

    [Theory]
    [InlineData(RatingTableMassReviewStrategy.StrategyName)]
    [InlineData(ShareThresholdMassReviewStrategy.StrategyName)]
    public void MassReviewFold_NullReview_ThrowsArgumentNullNamingReview(string strategy)
    {
        var choice = strategy == RatingTableMassReviewStrategy.StrategyName
            ? RatingTable
            : Choice(strategy, ("goodShare", "0.8"), ("bonus", "1"), ("poorShare", "0.3"), ("deduction", "1"));

        FluentActions.Invoking(() => MassReviewStrategies.Create(choice).Fold(null!)).Should().Throw<ArgumentNullException>().WithParameterName("review");
    }
}
