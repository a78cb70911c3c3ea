using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>Pins a ballot's rater key when it names nobody, and that nobody may rate in a rater group the library does not know.</summary>
public sealed class BallotEligibilityTest
{
    [Fact]
    public void RaterKey_BallotNamingNoRater_IsEmpty()
    {
        new Ballot(RaterGroup.Members, A).RaterKey.Should().BeEmpty();
        new Ballot(RaterGroup.PeerOrganizations, A, RaterOrganization: B).RaterKey.Should().Be("BZ-002");
        new Ballot(RaterGroup.Members, A, Member(A, 1)).RaterKey.Should().Be("BZ-001-B01-M001");
    }

    [Fact]
    public void Validate_BallotInAnUndefinedRaterGroup_IsNotEligible()
    {
        var unknown = (RaterGroup)99;
        var scheme = Scheme();
        var withUnknown = new DoubleReviewScheme(
            scheme.Name, scheme.EffectiveFrom, scheme.Cadence,
            [.. scheme.Groups, new RaterGroupRule(unknown, Proportion.Zero, RatingScale.Points(), Specs.WeightedMean)],
            scheme.Combination, scheme.GradeBands, scheme.AnnualProportion);
        var data = Data().WithBallots(Ballots().Append(new Ballot(unknown, A, Member(A, 1), Points: Score.Of(90m))));

        var problems = new ProblemCollector();
        DoubleReviewDataSetValidator.Check(data, withUnknown, AsOf, problems);
        var rows = Rows(problems.ToReport());

        rows.Should().ContainSingle(r => r.Code == DoubleReviewErrorCodes.RaterNotEligible).Which.Should().Be(
            ($"Ballots[{Ballots().Length}].Rater", DoubleReviewErrorCodes.RaterNotEligible, "BZ-001-B01-M001 is not an organization under review that may rate BZ-001.", "BZ-001-B01-M001"));
    }
}
