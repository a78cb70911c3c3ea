using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the coverage of an empty roster (article 002's targets): a share of zero, not a division by zero.</summary>
public sealed class CoverageCalculatorEmptyRosterTest
{
    [Fact]
    public void Article002_CoverageTargets_EmptyRoster_PublishesAZeroShareThatMissesTheTarget()
    {
        var report = CoverageCalculator.Compute(new BranchRoster(OrganizationId.Parse("BZ-WC"), []), new TierNamingRound(Y2017, []), Scheme());

        var committee = report.Committee;
        (committee.Branches, committee.NotNamed, committee.Covered, committee.Share, committee.MeetsTarget, committee.MeanScore)
            .Should().Be((0, 0, 0, Proportion.Zero, (bool?)false, (Score?)null));
        committee.Explanation.Value.Should().Be(0m);
        committee.Explanation.Note.Should().Be(new LocalizedText("未达到目标", "target not reached"));
        report.Districts.Should().BeEmpty();
        report.Departments.Should().BeEmpty();
        report.LaggingBranches.Should().BeEmpty();
    }
}
