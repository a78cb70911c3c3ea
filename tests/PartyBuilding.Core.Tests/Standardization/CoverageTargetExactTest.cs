using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins the library's rule that a coverage target is met by counts, exactly (issue 19 item 6): covered × denominator ≥
/// numerator × branches, on both sides of targets a decimal cannot hold (2/3 of 9, 1/3 of 7), while the published share
/// stays the rounded figure; and that a target is read from a tier scheme as a fraction or as a decimal.
/// </summary>
public sealed class CoverageTargetExactTest
{
    /// <summary>One department BZ-001 in D1 with <paramref name="branches"/> branches, the first <paramref name="standard"/> named standard (80), the rest lagging (79.6).</summary>
    private static CoverageLine Committee(int branches, int standard, Share target)
    {
        var ids = Enumerable.Range(1, branches).Select(i => $"BZ-001-B{i:00}").ToArray();
        var roster = new BranchRoster(OrganizationId.Parse("BZ-WC"), [.. ids.Select(id => new RosterEntry(OrganizationId.Parse(id), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")))]);
        var scheme = Scheme() with { CoverageTargets = [new CoverageTarget(1, target)] };
        var round = TierNamer.NameYear(
            scheme,
            Y2017,
            [.. ids.Select((id, i) => BranchScorer.Score(i < standard ? Assess(id, Y2017, 1m, 1m, 2m) : Assess(id, Y2017, 1m, 0.99m, 2m), Small()))],
            []);
        return CoverageCalculator.Compute(roster, round, scheme).Committee;
    }

    [Theory]
    [InlineData(9, 6, true)]
    [InlineData(9, 5, false)]
    public void LibraryRule_CoverageTarget_TwoThirds_IsComparedAsCounts(int branches, int standard, bool met)
    {
        var line = Committee(branches, standard, Share.Of(2, 3));

        (line.Covered, line.Branches, line.MeetsTarget).Should().Be((standard, branches, (bool?)met));
        line.Target.Should().Be(Share.Of(2, 3));
    }

    [Theory]
    [InlineData(7, 3, true)]
    [InlineData(7, 2, false)]
    public void LibraryRule_CoverageTarget_OneThirdOfSeven_NeedsThreeBranches(int branches, int standard, bool met) =>
        Committee(branches, standard, Share.Of(1, 3)).MeetsTarget.Should().Be(met);

    [Fact]
    public void LibraryRule_CoverageTarget_TwoThirdsOfNine_MetThoughThePublishedShareIsRounded()
    {
        var line = Committee(9, 6, Share.Of(2, 3));

        line.Share.Should().Be(Proportion.Of(0.6666666667m), "the published share is the rounded figure");
        line.MeetsTarget.Should().BeTrue("the target is compared with the counts, 6 × 3 ≥ 2 × 9");
        line.Explanation.Parameters["target"].Should().Be("2/3");
    }

    [Fact]
    public void LibraryRule_CoverageTarget_OfZero_IsMetEvenWithoutBranches() =>
        CoverageCalculator.Compute(new BranchRoster(OrganizationId.Parse("BZ-WC"), []), new TierNamingRound(Y2017, []), Scheme() with { CoverageTargets = [new CoverageTarget(1, Share.Zero)] })
            .Committee.MeetsTarget.Should().BeTrue();

    [Fact]
    public void CoverageTarget_ReadAsAFractionOrAsADecimal_AndWrittenBackAsWritten()
    {
        var scheme = Scheme() with { CoverageTargets = [new CoverageTarget(1, Share.Of(2, 3)), new CoverageTarget(2, Share.FromDecimal(0.8m))] };

        var json = PartyBuildingJson.Serialize(scheme);
        var back = PartyBuildingJson.Deserialize<TierScheme>(json);

        json.Should().Contain("\"share\": \"2/3\"").And.Contain("\"share\": 0.8");
        back.Should().Be(scheme);
        back.CoverageTargets[0].Share.IsWrittenAsFraction.Should().BeTrue();
        Seed<TierScheme>("tier-scheme-binzhou-002.json").CoverageTargets.Select(t => t.Share).Should().Equal(Share.Of(1, 2), Share.Of(4, 5), Share.One);
    }
}
