using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;
using static PartyBuilding.Core.Tests.Standardization.TierRuleProblemRows;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins how <see cref="ScoreThresholdTierRule"/> reports missing thresholds: each missing one, and nothing about the bounds until all three are given.</summary>
public sealed class ScoreThresholdTierRuleMissingTest
{
    [Fact]
    public void ValidateParameters_NoThresholds_ListsEachMissingThreshold() =>
        Rows(new ScoreThresholdTierRule().ValidateParameters(Params())).Should().Equal(
            ("standard", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'standard'."),
            ("advanced", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'advanced'."),
            ("exemplary", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'exemplary'."));

    [Fact]
    public void ValidateParameters_OnlyAZeroStandard_ListsTheMissingOnesWithoutTheBounds() =>
        Rows(new ScoreThresholdTierRule().ValidateParameters(Params(("standard", 0m)))).Should().Equal(
            ("advanced", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'advanced'."),
            ("exemplary", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'exemplary'."));
}
