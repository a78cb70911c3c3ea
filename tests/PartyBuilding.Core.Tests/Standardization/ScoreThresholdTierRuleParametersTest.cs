using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins the parameters of <see cref="ScoreThresholdTierRule"/> (0 &lt; standard &lt; advanced &lt; exemplary, each bound excluded),
/// its published reasons and its guards.
/// </summary>
public sealed class ScoreThresholdTierRuleParametersTest
{
    private static (string Parameter, string Code, string Message)[] Rows(IEnumerable<ParameterProblem> problems) =>
        [.. problems.Select(p => (p.Parameter, p.ErrorCode, p.Message))];

    [Fact]
    public void ValidateParameters_StandardZeroAndEqualThresholds_ListsEachBoundWithItsMessage() =>
        Rows(new ScoreThresholdTierRule().ValidateParameters(Params(("standard", 0m), ("advanced", 0m), ("exemplary", 0m)))).Should().Equal(
            ("standard", StandardizationErrorCodes.ParameterInvalid, "'standard' must be above 0."),
            ("advanced", StandardizationErrorCodes.ParameterInvalid, "'advanced' must be above 'standard'."),
            ("exemplary", StandardizationErrorCodes.ParameterInvalid, "'exemplary' must be above 'advanced'."));

    [Fact]
    public void ValidateParameters_ThresholdsJustAboveEachBound_AreAccepted() =>
        new ScoreThresholdTierRule().ValidateParameters(Params(("standard", 0.01m), ("advanced", 0.02m), ("exemplary", 0.03m))).Should().BeEmpty();

    [Fact]
    public void ValidateParameters_ExemplaryEqualToAdvanced_IsRejectedOnExemplaryOnly() =>
        Rows(new ScoreThresholdTierRule().ValidateParameters(Params(("standard", 80m), ("advanced", 90m), ("exemplary", 90m)))).Should().Equal(
            ("exemplary", StandardizationErrorCodes.ParameterInvalid, "'exemplary' must be above 'advanced'."));

    [Fact]
    public void ValidateParameters_Null_ThrowsArgumentNullNamingParameters() =>
        FluentActions.Invoking(() => new ScoreThresholdTierRule().ValidateParameters(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("parameters");

    [Fact]
    public void ThresholdOf_InvalidParameters_ThrowsArgumentNamingTheRuleAndTheProblem() =>
        FluentActions.Invoking(() => new ScoreThresholdTierRule().ThresholdOf(BranchTier.Standard, Params(("standard", 0m), ("advanced", 90m), ("exemplary", 95m))))
            .Should().Throw<ArgumentException>().WithMessage("The parameters of 'score-thresholds' are not valid: 'standard' must be above 0.*");

    [Fact]
    public void Decide_InvalidParameters_ThrowsArgumentNamingTheRuleAndTheProblem()
    {
        var result = BranchScorer.Score(Assess("B", Y2017, 1m, 1m, 0m), Small());

        FluentActions.Invoking(() => new ScoreThresholdTierRule().Decide(result, Params(("standard", 80m), ("advanced", 90m), ("exemplary", 90m))))
            .Should().Throw<ArgumentException>().WithMessage("The parameters of 'score-thresholds' are not valid: 'exemplary' must be above 'advanced'.*");
    }

    [Fact]
    public void Decide_NullResult_ThrowsArgumentNullNamingResult() =>
        FluentActions.Invoking(() => new ScoreThresholdTierRule().Decide(null!, Scheme().Parameters))
            .Should().Throw<ArgumentNullException>().WithParameterName("result");

    [Theory]
    [InlineData(1, 1, 0, "100.00 ≥ exemplary 95")]
    [InlineData(1, 1, 1, "90.00 ≥ advanced 90")]
    [InlineData(1, 1, 2, "80.00 ≥ standard 80")]
    [InlineData(1, 0.99, 2, "79.60 < standard 80")]
    public void Decide_EachTier_GivesTheScoreAndTheThresholdAsItsReason(decimal a1, decimal rate, decimal b1, string reason)
    {
        var result = BranchScorer.Score(Assess("B", Y2017, a1, rate, b1), Small());

        new ScoreThresholdTierRule().Decide(result, Scheme().Parameters).Reason.Should().Be(reason);
    }
}
