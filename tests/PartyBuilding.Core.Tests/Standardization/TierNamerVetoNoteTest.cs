using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the note of a branch vetoed by several indicators (article 000: a veto names the branch lagging, 一票否决).</summary>
public sealed class TierNamerVetoNoteTest
{
    /// <summary>The small catalogue with a second veto indicator, B4, in aspect B.</summary>
    private static IndicatorCatalogue TwoVetoes()
    {
        var small = Small();
        return small with { Aspects = small.Aspects.SetItem(1, small.Aspects[1] with { Indicators = small.Aspects[1].Indicators.Add(Ind("B4", 0m, StandardizationStrategies.Veto)) }) };
    }

    [Fact]
    public void Article000_StepwiseTiers_VetoedByTwoIndicators_NamesLaggingListingBothVetoes()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 0m, 0m, 1m);
        var result = BranchScorer.Score(assessment with { Scores = assessment.Scores.Add(Obs("B4", 1m)) }, TwoVetoes());

        var naming = TierNamer.NameYear(Scheme(), Y2017, [result], []).Namings[0];

        naming.Tier.Should().Be(BranchTier.Lagging);
        naming.Explanation.Note.Should().Be(new LocalizedText("一票否决（B3、B4），评为后进党支部", "vetoed by B3, B4: named Lagging branch"));
    }
}
