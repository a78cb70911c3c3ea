using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins the follow-up of lagging branches by <see cref="RectificationTracker"/> (article 001: every lagging branch reaches at
/// least standard by year end): one explanation node per branch with its note, and the guards.
/// </summary>
public sealed class RectificationTrackerFollowUpTest
{
    private static LaggingBranch Lagging(string branch) =>
        new(OrganizationId.Parse(branch), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"), Score.Of(70m), Score.Of(10m), [], Explanation.Given(new LocalizedText("差距", "Gap"), 10m));

    private static TierNamingRound Recheck() => TierNamer.NameYear(
        Scheme(),
        Y2017,
        [
            BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 2m), Small()), // 80: standard
            BranchScorer.Score(Assess("BZ-001-B02", Y2017, 1m, 0.99m, 2m), Small()), // 79.6: lagging again
        ],
        []);

    [Fact]
    public void Article001_LaggingRectification_NotesEachBranchsLaterNamingOrItsAbsence()
    {
        var report = RectificationTracker.FollowUp([Lagging("BZ-001-B03"), Lagging("BZ-001-B02"), Lagging("BZ-001-B01")], Recheck());

        report.Explanation.Citation.Should().Be(StandardizationRules.LaggingRectification);
        report.Explanation.Value.Should().Be(1m);
        report.Explanation.Children.Select(c => (c.Key, c.Label.ZhCn, c.Label.English, c.Value, c.Note)).Should().Equal(
            ("BZ-001-B01", "后进支部", "Lagging branch", 1m, new LocalizedText("2017年评为标准党支部", "named Standard branch in 2017")),
            ("BZ-001-B02", "后进支部", "Lagging branch", 0m, new LocalizedText("2017年评为后进党支部", "named Lagging branch in 2017")),
            ("BZ-001-B03", "后进支部", "Lagging branch", 0m, new LocalizedText("2017年未评定等级", "not named in 2017")));
    }

    [Fact]
    public void FollowUp_NullLagging_ThrowsArgumentNullNamingLagging() =>
        FluentActions.Invoking(() => RectificationTracker.FollowUp(null!, Recheck()))
            .Should().Throw<ArgumentNullException>().WithParameterName("lagging");

    [Fact]
    public void FollowUp_NullLaterRound_ThrowsArgumentNullNamingLater() =>
        FluentActions.Invoking(() => RectificationTracker.FollowUp([Lagging("BZ-001-B01")], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("later");
}
