using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;

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
        missing.Reason.Should().Contain("BelowQuorum");
        (result.Assessment.Organizations.Length + result.Excluded.Length).Should().Be(97);
    }

    [Fact]
    public void Seed_ExplanationTreesVerify_AndReachTheDoubleReviewBallots()
    {
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
        AssessmentReceipts.Matches(again.Assessment.Receipt, new AssessmentRequest(again.Data, inputs.Scheme, EvaluationFixtures.AsOf)).Should().BeTrue();
    }

    private static Explanation? Find(Explanation node, string key)
    {
        if (node.Key == key)
        {
            return node;
        }

        return node.Children.Select(c => Find(c, key)).FirstOrDefault(n => n is not null);
    }
}
