using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class DoubleReviewDataSetValidatorTest
{
    private static ImmutableArray<ValidationProblem> Problems(params Ballot[] extra) =>
        HandExample.DataProblems(Scheme(), AsOf, Data().WithBallots(Ballots().Where(b => b.Subject != D).Concat(extra))).Problems;

    [Fact]
    public void HandExampleData_IsValid()
    {
        HandExample.DataProblems(Scheme(), AsOf, Data()).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-1, false)]
    [InlineData(101, false)]
    public void Points_MustLieWithinTheScale(int points, bool valid)
    {
        var problems = Problems(new Ballot(RaterGroup.CommitteeMembers, D, CommitteeMember(1), Points: Score.Of(points)));

        problems.Select(p => p.ErrorCode).Should().Equal(valid ? [] : [DoubleReviewErrorCodes.PointsOutOfRange]);
    }

    [Fact]
    public void MalformedBallots_AreEachReportedWithTheirCode()
    {
        var problems = Problems(
            new Ballot(RaterGroup.Members, OrganizationId.Parse("BZ-050"), Member(A, 1), Grade: ReviewGrade.Good, CollectedBy: D1),
            new Ballot(RaterGroup.CommitteeLeaders, D, MemberId.Parse("BZ-WC-L01"), Points: Score.Of(90m), Comment: "好"),
            new Ballot(RaterGroup.PeerOrganizations, D, CommitteeMember(1), Points: Score.Of(90m)),
            new Ballot(RaterGroup.Members, D, Member(D, 1), Points: Score.Of(90m), CollectedBy: D1),
            new Ballot(RaterGroup.Members, D, Member(D, 2), Grade: ReviewGrade.Good));

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Ballots[28].Subject", DoubleReviewErrorCodes.SubjectUnknown),
            ("Ballots[29].Group", DoubleReviewErrorCodes.GroupNotInScheme),
            ("Ballots[30].RaterOrganization", DoubleReviewErrorCodes.RaterKind),
            ("Ballots[31].Grade", DoubleReviewErrorCodes.RatingKind),
            ("Ballots[32].CollectedBy", DoubleReviewErrorCodes.SupervisionGroupMismatch));
    }

    [Fact]
    public void Rosters_EmptyElectorateAndRepeatedIdentifiers_AreReported()
    {
        var data = Data();
        var broken = new DoubleReviewDataSet(
            data.Committee,
            data.Year,
            [.. data.Organizations, new ReviewedOrganization(A, [Member(A, 1)], D1), new ReviewedOrganization(OrganizationId.Parse("BZ-005"), [], D1)],
            data.Ballots,
            committeeMembers: [CommitteeMember(1), CommitteeMember(2), CommitteeMember(3), CommitteeMember(1)]);

        HandExample.DataProblems(Scheme(), AsOf, broken).Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Organizations[4]", CommonErrorCodes.DuplicateIdentifier),
            ("CommitteeMembers[3]", CommonErrorCodes.DuplicateIdentifier),
            ("Organizations[5].Electorate", DoubleReviewErrorCodes.ElectorateEmpty),
        ]);
    }

    [Fact]
    public void SameDistrictScope_PeersFromAnotherDistrict_AreNotEligible()
    {
        var scheme = Scheme();
        var sameDistrict = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, scheme.AnnualProportion, peerScope: PeerScope.SameDistrict);
        var data = Data();
        var moved = new DoubleReviewDataSet(
            data.Committee,
            data.Year,
            [.. data.Organizations.Select(o => o.Id == D ? new ReviewedOrganization(D, o.Electorate, DistrictId.Parse("D2")) : o)],
            [.. data.Ballots.Where(b => b.Subject != D)],
            committeeMembers: data.CommitteeMembers);

        var problems = HandExample.DataProblems(sameDistrict, AsOf, moved).Problems;

        problems.Select(p => p.ErrorCode).Should().Equal(DoubleReviewErrorCodes.NoEligibleRaters);
        var withPeer = moved.WithBallots(moved.Ballots.Append(Peer(A, D, 90)));
        HandExample.DataProblems(sameDistrict, AsOf, withPeer).Problems.Select(p => p.ErrorCode)
            .Should().Equal(DoubleReviewErrorCodes.NoEligibleRaters, DoubleReviewErrorCodes.RaterNotEligible);
    }
}
