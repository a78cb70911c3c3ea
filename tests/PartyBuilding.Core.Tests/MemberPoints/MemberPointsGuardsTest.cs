using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
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
    public void EvaluateAndValidate_NullScheme_ThrowArgumentNullNamingScheme()
    {
        FluentActions.Invoking(() => MemberPointsEngine.Evaluate(Data([Member(M(1))]), null!, AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("scheme");
        FluentActions.Invoking(() => MemberPointsEngine.Validate(Data([Member(M(1))]), null!, AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("scheme");
    }

    [Fact]
    public void EvaluateAndValidate_NullData_ThrowArgumentNullNamingData()
    {
        FluentActions.Invoking(() => MemberPointsEngine.Evaluate(null!, Scheme(), AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => MemberPointsEngine.Validate(null!, Scheme(), AsOf))
            .Should().Throw<ArgumentNullException>().WithParameterName("data");
    }

    [Fact]
    public void ExportGrades_NullResult_ThrowsArgumentNullNamingResult() =>
        FluentActions.Invoking(() => MemberPointsEngine.ExportGrades(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("result");

    [Fact]
    public void DataSetValidator_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => new MemberPointsDataSetValidator(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_InvalidScheme_ThrowsTheSameProblemsAsValidate_UnderScheme()
    {
        var data = Data([Member(M(1))]);
        var scheme = Scheme(grading: Thresholds(excellent: 10m));

        var thrown = FluentActions.Invoking(() => MemberPointsEngine.Evaluate(data, scheme, AsOf)).Should().Throw<PartyBuildingValidationException>().Which;

        thrown.Message.Should().StartWith("The member-points input is not valid: 1 problem.");
        thrown.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            [("Scheme.Grading.Parameters.excellent", CommonErrorCodes.StrategyParameterInvalid, "10")]);
        MemberPointsEngine.Validate(data, scheme, AsOf).Problems.Should().Equal(thrown.Problems);
    }

    [Fact]
    public void Evaluate_InvalidData_ThrowsTheSameProblemsAsValidate_UnderData()
    {
        var data = Data([Member(M(1))], [Declare(M(1), "B1", 1, id: "D1", quantity: 0)]);

        var thrown = FluentActions.Invoking(() => MemberPointsEngine.Evaluate(data, Scheme(), AsOf)).Should().Throw<PartyBuildingValidationException>().Which;

        thrown.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            [("Data.Declarations[0].Quantity", MemberPointsErrorCodes.QuantityNotPositive, "0")]);
        MemberPointsEngine.Validate(data, Scheme(), AsOf).Problems.Should().Equal(thrown.Problems);
    }

    [Fact]
    public void Evaluate_WithACallersGradingStrategy_UsesIt_AndTheDefaultsDoNotKnowIt()
    {
        var strategies = MemberPointsStrategies.Default.With("everyone-qualified", _ => new EveryoneQualified());
        var scheme = Scheme(grading: new StrategySpec("everyone-qualified"));
        var data = Data([Member(M(1)), Member(M(2))]);

        MemberPointsEngine.Evaluate(data, scheme, AsOf, strategies).Members.Select(m => m.Grade).Should().Equal(MemberGrade.Qualified, MemberGrade.Qualified);
        MemberPointsEngine.Validate(data, scheme, AsOf).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            [("Scheme.Grading.Name", CommonErrorCodes.StrategyUnknown)]);
    }

    [Theory]
    [InlineData(MemberPointsStrategies.RatingTable)]
    [InlineData(MemberPointsStrategies.ShareThreshold)]
    public void MassReviewFold_NullReview_ThrowsArgumentNullNamingReview(string strategy)
    {
        var choice = strategy == MemberPointsStrategies.RatingTable
            ? RatingTable
            : Choice(strategy, ("good-share", "0.8"), ("bonus", "1"), ("poor-share", "0.3"), ("deduction", "1"));

        FluentActions.Invoking(() => CreateMassReview(choice).Fold(null!)).Should().Throw<ArgumentNullException>().WithParameterName("review");
    }

    private sealed class EveryoneQualified : IGradingStrategy
    {
        public string Name => "everyone-qualified";

        public PartyBuilding.Core.Common.ValueDictionary<string> Parameters => default;

        public ImmutableArray<GradeDecision> Grade(ImmutableArray<GradingCandidate> candidates) =>
            [.. candidates.OrderBy(c => c.MemberId).Select(c => new GradeDecision(c.MemberId, MemberGrade.Qualified, PartyBuilding.Core.Common.Explanation.Given(new PartyBuilding.Core.Common.LocalizedText("合格", "Qualified"), 2m)))];
    }
}
