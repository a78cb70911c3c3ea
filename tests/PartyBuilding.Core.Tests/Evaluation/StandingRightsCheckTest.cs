using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// The double review's electorates and ballots against member standing: under the library's default reading (a rating is a
/// vote, <see cref="BallotRight.VotingRights"/>, 示例) a member on probation within the party (留党察看, 党章第七章) has no
/// vote like a probationary member (第七条); under <see cref="BallotRight.None"/> every member rates. A member grade needs no
/// right: the member-points roster is not checked for one.
/// </summary>
public sealed class StandingRightsCheckTest
{
    private static readonly OrganizationId Bz001 = OrganizationId.Parse("BZ-001");

    private static AnnualEvaluationInputs Inputs => EvaluationFixtures.Inputs;

    private static DoubleReviewDataSet Review => Inputs.DoubleReviewData!;

    private static int Index => Review.Organizations.Select((o, i) => (o, i)).Single(x => x.o.Id == Bz001).i;

    /// <summary>The first member of BZ-001's electorate who cast a members' ballot in the seed.</summary>
    private static MemberId Rater => Review.Organizations[Index].Electorate.First(m => Review.Ballots.Any(b => b.Rater == m && b.Group == RaterGroup.Members));

    private static OrganizationTree Tree(params OrganizationEvent[] extra)
    {
        var events = Inputs.OrganizationEvents?.Events ?? [];
        var date = EvaluationFixtures.AsOf;
        var log = new OrganizationEventLog([.. events.Where(e => e.Date <= date), .. extra, .. events.Where(e => e.Date > date)]);
        return OrganizationsEngine.Evaluate(Inputs.Organizations, log, date);
    }

    private static IEnumerable<(string Path, string Code, string? Value)> Check(AnnualEvaluationInputs inputs, OrganizationTree tree) =>
        OrganizationStructureCheck.Check(inputs, tree, _ => tree, EvaluationAreas.BuiltIn).Select(p => (p.Path, p.ErrorCode, p.AttemptedValue));

    private static DoubleReviewDataSet Without(MemberId member) => new(
        Review.Committee,
        Review.Year,
        Review.Organizations.AsImmutableArray().SetItem(Index, new ReviewedOrganization(Bz001, [.. Review.Organizations[Index].Electorate.Where(m => m != member)], Review.Organizations[Index].District)),
        [.. Review.Ballots.Where(b => b.Rater != member)],
        Review.Half,
        Review.CommitteeLeaders,
        Review.CommitteeMembers,
        Review.ComponentScores);

    private static DoubleReviewScheme EveryMemberRates => Inputs.DoubleReviewScheme! with { MembersBallotRight = BallotRight.None };

    [Fact]
    public void PartyConstitutionDiscipline_MemberOnPartyProbation_HasNoVote_InTheElectorateOrOnABallot()
    {
        var rater = Rater;
        var tree = Tree(new PartyProbationImposed(EvaluationFixtures.AsOf, rater, 12));
        var electorate = Review.Organizations[Index].Electorate.AsImmutableArray().IndexOf(rater);
        var ballots = Review.Ballots.Select((b, i) => (b, i)).Where(x => x.b.Rater == rater).Select(x => x.i).ToList();

        var expected = new List<(string Path, string Code, string? Value)>
        {
            ($"doubleReviewData.Organizations[{Index}].Electorate[{electorate}]", EvaluationErrorCodes.NoVotingRights, rater.Value),
        };
        expected.AddRange(ballots.Select(i => ($"doubleReviewData.Ballots[{i}].Rater", EvaluationErrorCodes.NoVotingRights, (string?)rater.Value)));

        ballots.Should().NotBeEmpty();
        Check(Inputs, tree).Should().Equal(expected);
        OrganizationStructureCheck.Check(Inputs, tree, _ => tree, EvaluationAreas.BuiltIn).First().Message.Should().Contain("留党察看");
    }

    [Fact]
    public void PartyConstitutionDiscipline_MemberOnPartyProbation_IsNotRequiredInTheElectorate()
    {
        var rater = Rater;
        var tree = Tree(new PartyProbationImposed(EvaluationFixtures.AsOf, rater, 12));

        Check(Inputs with { DoubleReviewData = Without(rater) }, tree).Should().BeEmpty();
        Check(Inputs with { DoubleReviewData = Without(rater) }, Tree()).Should().Equal(
            ($"doubleReviewData.Organizations[{Index}].Electorate", EvaluationErrorCodes.ElectorateIncomplete, rater.Value));
    }

    [Fact]
    public void BallotRightNone_EveryMemberRates_TheProbationaryMemberIsAccepted_AndRequired()
    {
        var tree = Tree();
        var probationary = tree.MembersOf(Bz001).First(m => m.Status == MembershipStatus.Probationary).Id;
        var inputs = Inputs with { DoubleReviewScheme = EveryMemberRates };
        var withProbationary = new DoubleReviewDataSet(
            Review.Committee, Review.Year,
            Review.Organizations.AsImmutableArray().SetItem(Index, new ReviewedOrganization(Bz001, [.. Review.Organizations[Index].Electorate, probationary], Review.Organizations[Index].District)),
            [.. Review.Ballots, new Ballot(RaterGroup.Members, Bz001, probationary, Grade: ReviewGrade.Good, CollectedBy: DistrictId.Parse("D1"))],
            Review.Half, Review.CommitteeLeaders, Review.CommitteeMembers, Review.ComponentScores);

        Check(inputs with { DoubleReviewData = withProbationary }, tree).Should().NotContain(p => p.Value == probationary.Value);
        Check(inputs, tree).Should().Contain(($"doubleReviewData.Organizations[{Index}].Electorate", EvaluationErrorCodes.ElectorateIncomplete, probationary.Value));
    }

    [Fact]
    public void DoubleReviewRules_MembersBallotRight_IsTheLibrarysIllustrativeReading_VotingRights()
    {
        var entry = DoubleReviewRules.MembersBallotRight.EntryAsOf(EvaluationFixtures.AsOf);

        entry.Value.Should().Be(BallotRight.VotingRights);
        entry.Citation!.IsIllustrative.Should().BeTrue();
        Inputs.DoubleReviewScheme!.MembersBallotRight.Should().BeNull("the bundled scheme keeps the default");
    }

    [Fact]
    public void MemberGrade_NeedsNoRight_AMemberOnPartyProbationOnTheRoster_IsNoProblem()
    {
        var roster = Inputs.MemberPointsData!.Roster;
        var graded = roster.First(r => r.BranchOn(Inputs.Year.LastDay) is not null && r.ProbationEndsOn is null).MemberId;
        var tree = Tree(new PartyProbationImposed(EvaluationFixtures.AsOf, graded, 12));

        tree.StandingOf(graded)!.HasVotingRights.Should().BeFalse();
        Check(Inputs with { DoubleReviewData = Without(graded) }, tree).Should().NotContain(p => p.Path.StartsWith("memberPointsData", StringComparison.Ordinal));
    }
}
