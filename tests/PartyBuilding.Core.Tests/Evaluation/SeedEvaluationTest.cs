using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The annual evaluation over the bundled Binzhou 2018 manifest, end to end.</summary>
public sealed class SeedEvaluationTest
{
    [Fact]
    public void Seed_Loads_ForCommitteeYearAndDate()
    {
        var inputs = EvaluationFixtures.Inputs;

        inputs.Committee.Should().Be(OrganizationId.Parse("BZ-WC"));
        inputs.Year.Should().Be(AssessmentYear.Create(2018));
        EvaluationFixtures.AsOf.Should().Be(new LocalDate(2019, 1, 15));
        inputs.DoubleReviewData.Should().NotBeNull();
        inputs.StandardizationData.Should().NotBeNull();
        inputs.MemberPointsData.Should().NotBeNull();
        inputs.ResponsibilityData.Should().NotBeNull();
        inputs.RectificationLedger.Should().NotBeNull();
        inputs.GivenInputs.Should().NotBeNull();
        inputs.Incomplete.Should().Be(IncompleteOrganizationPolicy.Exclude);
    }

    [Fact]
    public void Seed_RanksNinetySixOrganizationsInFiveDistricts_AndReportsTheQuorumFailure()
    {
        var result = EvaluationFixtures.Result;

        result.Assessment.Organizations.Should().HaveCount(96);
        result.Assessment.Organizations.Select(o => o.District.Value).Distinct().Order().Should().Equal("D1", "D2", "D3", "D4", "D5");
        result.Assessment.Organizations.Select(o => o.CommitteeRank).Min().Should().Be(1);
        result.Excluded.Should().Equal(OrganizationId.Parse("BZ-097"));
        var missing = result.Missing.Should().ContainSingle().Subject;
        missing.Component.Should().Be(AssessmentComponentId.Parse("DR"));
        missing.Reason.English.Should().Contain("11 of 17 raters took part");
        (result.Assessment.Organizations.Length + result.Excluded.Length).Should().Be(97);
    }

    [Fact]
    public void Seed_EveryAreaFeedsEveryRankedOrganization()
    {
        var result = EvaluationFixtures.Result;
        string[] components = ["DR", "KEY", "PTS", "RECT", "RESP", "ROUTINE", "STD"];

        foreach (var organization in result.Assessment.Organizations)
        {
            organization.Components.Select(c => c.Component.Value).Order(StringComparer.Ordinal).Should().Equal(components);
        }

        result.Assessment.Organizations.Select(o => o.Components.Sum(c => c.Weight.Value)).Distinct().Should().Equal(1m);
    }

    [Fact]
    public void Seed_NamesTiersClimbedAStepAYear_FromThe2017CampaignStart()
    {
        var standardization = EvaluationFixtures.Result.Standardization!;

        standardization.Rounds.Select(r => r.Year.Value).Should().Equal(2017, 2018);
        var namings = standardization.Rounds.Single(r => r.Year.Value == 2018).Namings;
        namings.Should().HaveCount(282);
        Enum.GetValues<BranchTier>().Select(t => namings.Count(n => n.Tier == t)).Should().Equal(13, 70, 199, 0);
        namings.Should().OnlyContain(n => n.Tier <= BranchTier.Advanced, "a branch first named in 2017 climbs at most one step by 2018");
        namings.Single(n => n.BranchId == OrganizationId.Parse("BZ-021-B02")).Tier.Should().Be(BranchTier.Lagging, "its 2018 assessment has a veto");
    }

    [Fact]
    public void Seed_GradesEveryMember_AndDowngradesForAVetoedBranchAndAnOverdueMeasure()
    {
        var result = EvaluationFixtures.Result;
        var members = result.MemberPoints!.Members;

        members.Should().HaveCount(1780, "the roster is every member of the 97 organizations in the registry");
        members.Where(m => m.Status == MembershipStatus.Full).Should().OnlyContain(m => m.Grade != null);
        members.Where(m => m.Status == MembershipStatus.Probationary).Should().OnlyContain(m => m.Grade == null, "the scheme does not grade probationary members");
        Enum.GetValues<MemberGrade>().Select(g => members.Count(m => m.Grade == g)).Should().Equal([304, 1301, 103, 15], "one member of BZ-001 rises from basically qualified to qualified with S01 counted from the records");
        result.MemberPoints.Member(MemberId.Parse("BZ-096-B01-M004"))!.Grade.Should().Be(MemberGrade.Unqualified, "a party sanction caps the grade");
        result.MemberPoints.Member(MemberId.Parse("BZ-083-B01-M002"))!.Grade.Should().BeOneOf([MemberGrade.BasicallyQualified, MemberGrade.Unqualified],
            "three months without organizational life cap the grade at basically qualified");
        Rules(result, "BZ-021").Should().Equal("DOWN-STD");
        Rules(result, "BZ-025").Should().Equal("DOWN-RECT");
    }

    [Fact]
    public void Seed_MemberPoints_AreDeclaredUnderTheFiftyStandardScheme_TwoOrThreeStandardsAMonth_AndNoCapCutsADeclaration()
    {
        var inputs = EvaluationFixtures.Inputs;
        var declarations = EvaluationFixtures.Result.MemberPoints!.Declarations;

        inputs.MemberPointsScheme!.Standards.Should().HaveCount(50, "article 002's 50 standards");
        declarations.Should().HaveCount(53083, "53,276 declared items less the 193 S01 items of BZ-001's members, counted from the organizational-life records instead");
        declarations.GroupBy(d => (d.MemberId, d.Month)).Select(g => g.Count()).Should().OnlyContain(n => n >= 1 && n <= 4,
            "2 or 3 standards a month (1 to 3 for BZ-001's members, whose S01 comes from the records); a sanction or three months' absence is the fourth");
        declarations.Where(d => d.Status == DeclarationStatus.Counted)
            .Should().OnlyContain(d => Math.Abs(d.Counted.Value) == d.Audited.Value, "every declaration stays within its standard's caps");
        declarations.Should().Contain(d => d.Status == DeclarationStatus.Late).And.Contain(d => d.Status == DeclarationStatus.Rejected);
    }

    [Fact]
    public void Seed_ExplanationTreesVerify_AndReachTheDoubleReviewBallots()
    {
        EvaluationFixtures.Result.Assessment.Organizations.Should().HaveCount(96, "97 organizations, BZ-097 not ranked");
        foreach (var organization in EvaluationFixtures.Result.Assessment.Organizations)
        {
            organization.Explanation.Verify().Should().BeEmpty();
            var dr = Find(organization.Explanation, $"DR:{organization.Organization}");
            dr.Should().NotBeNull();
            dr!.Children.Should().ContainSingle();
            dr.Citation.Should().Be(DoubleReviewComponents.CountsIntoAssessment);
        }
    }

    [Fact]
    public void Seed_Districts_ComeFromTheOrganizationRegistry()
    {
        var tree = OrganizationRegistry.Create(EvaluationFixtures.Inputs.Organizations, EvaluationFixtures.Inputs.OrganizationEvents).AsOf(EvaluationFixtures.AsOf);
        EvaluationFixtures.Result.Assessment.Organizations.Should().HaveCount(96);
        foreach (var organization in EvaluationFixtures.Result.Assessment.Organizations)
        {
            tree.Get(organization.Organization).DistrictId.Should().Be(organization.District);
        }
    }

    [Fact]
    public void Seed_ResultIsIndependentOfInputOrder_AndTheReceiptIsStable()
    {
        var inputs = EvaluationFixtures.Inputs;
        var given = inputs.GivenInputs!;
        var reversed = inputs with
        {
            GivenInputs = given with { Inputs = [.. given.Inputs.Reverse()], Organizations = [.. given.Organizations.Reverse()] },
            DoubleReviewData = inputs.DoubleReviewData!.WithBallots(inputs.DoubleReviewData.Ballots.Reverse()),
        };

        var again = AnnualEvaluation.Run(reversed, EvaluationFixtures.AsOf);

        again.Assessment.Receipt.Should().Be(EvaluationFixtures.Result.Assessment.Receipt);
        again.Assessment.Organizations.Select(o => (o.Organization, o.PublishedTotal, o.CommitteeRank, o.DistrictRank))
            .Should().Equal(EvaluationFixtures.Result.Assessment.Organizations.Select(o => (o.Organization, o.PublishedTotal, o.CommitteeRank, o.DistrictRank)));
        again.Should().Be(EvaluationFixtures.Result);
        AssessmentReceipts.OfCanonical(again.Data, inputs.Scheme, EvaluationFixtures.AsOf, AnnualEvaluation.Digests(reversed, EvaluationAreas.BuiltIn))
            .Should().Be(again.Assessment.Receipt);
    }

    private static IEnumerable<string> Rules(AnnualEvaluationResult result, string organization) =>
        result.Assessment.Organizations.Single(o => o.Organization == OrganizationId.Parse(organization)).Rules.Select(r => r.Rule.Value);

    private static Explanation? Find(Explanation node, string key)
    {
        if (node.Key == key)
        {
            return node;
        }

        return node.Children.Select(c => Find(c, key)).FirstOrDefault(n => n is not null);
    }
}
