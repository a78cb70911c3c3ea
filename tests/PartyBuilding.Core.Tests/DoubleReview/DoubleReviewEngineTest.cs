using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;
using Documents = PartyBuilding.Core.Serialization.PartyBuildingJson;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class DoubleReviewEngineTest
{
    private static DoubleReviewOutcome Evaluate(DoubleReviewDataSet? data = null, DoubleReviewScheme? scheme = null) =>
        DoubleReviewEngine.Evaluate(data ?? Data(), scheme ?? Scheme(), AsOf);

    [Fact]
    public void Evaluate_HandExample_ReproducesEveryGroupScore()
    {
        var outcome = Evaluate();

        Groups(outcome, A).Should().Equal(85m, 85m, 88m);
        Groups(outcome, B).Should().Equal(92.5m, 90m, 92m);
        Groups(outcome, C).Should().Equal(100m, 80m, 80m);
    }

    [Fact]
    public void Evaluate_HandExample_ReproducesCombinedScoresGradesAndProportion()
    {
        var outcome = Evaluate();

        outcome.Results.Select(r => (r.Organization, r.Score.Value, r.Grade)).Should().Equal(
            (A, 85.90m, ReviewGrade.FairlyGood),
            (B, 91.85m, ReviewGrade.Good),
            (C, 90.00m, ReviewGrade.Good));
        outcome.Results.Should().OnlyContain(r => r.Proportion == Proportion.Of(0.2m) && r.District == D1);
    }

    [Fact]
    public void Evaluate_TrimmedMean_DropsTheHighestAndLowestRating()
    {
        var members = Evaluate().ResultOf(A)!.Explanation.Find("BZ-001/Members")!;

        members.Strategy.Should().Be("trimmed-mean");
        members.Parameters["count"].Should().Be("1");
        members.Children.Where(c => c.Note?.English.Contains("excluded", StringComparison.Ordinal) == true).Select(c => c.Value)
            .Should().BeEquivalentTo([50m, 100m]);
    }

    [Fact]
    public void Evaluate_ScoreExactlyOnGradeBoundary_GetsTheHigherGrade()
    {
        var c = Evaluate().ResultOf(C)!;

        c.ExactScore.Value.Should().Be(90m);
        c.Grade.Should().Be(ReviewGrade.Good);
    }

    [Fact]
    public void Evaluate_MembersBelowQuorum_RoundOneIsInvalidAndSaysSo()
    {
        var outcome = Evaluate();

        outcome.ResultOf(D).Should().BeNull();
        var failure = outcome.Failures.Should().ContainSingle().Subject;
        failure.Should().BeEquivalentTo(new
        {
            Organization = D,
            Group = RaterGroup.Members,
            Round = ReviewRound.ToMembers,
            Reason = RoundFailureReason.BelowQuorum,
            Cast = 2,
            Eligible = 4,
        });
        failure.Quorum.Should().Be(Share.Of(3, 4));
        failure.MinimumCast.Should().Be(3);
        failure.Explanation.Value.Should().Be(2m);
        failure.Explanation.Parameters.Should().Contain(new KeyValuePair<string, string>("quorum", "0.75"))
            .And.Contain(new KeyValuePair<string, string>("minimumCast", "3"));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Evaluate_QuorumOfThreeQuartersOfFour_ValidFromThreeBallots(int cast, bool valid)
    {
        var ballots = Ballots().Where(b => b.Subject != D || b.Group != RaterGroup.Members).Concat(Grades(D, [.. Enumerable.Repeat(ReviewGrade.Good, cast)]));

        var outcome = Evaluate(Data().WithBallots(ballots));

        (outcome.ResultOf(D) is not null).Should().Be(valid);
        outcome.Failures.Any(f => f.Organization == D).Should().Be(!valid);
    }

    [Fact]
    public void Evaluate_GroupWithoutBallots_IsInvalidWithNoBallots()
    {
        var outcome = Evaluate(Data().WithBallots(Ballots().Where(b => b.Subject != A || b.Group != RaterGroup.CommitteeMembers)));

        outcome.Failures.Should().Contain(f => f.Organization == A && f.Group == RaterGroup.CommitteeMembers && f.Reason == RoundFailureReason.NoBallots);
        outcome.ResultOf(A).Should().BeNull();
    }

    [Fact]
    public void Evaluate_BallotsReordered_GiveTheIdenticalOutcome()
    {
        var expected = Evaluate();
        var data = Data();

        foreach (var seed in new[] { 1, 2, 3, 42 })
        {
            var random = new Random(seed);
            var shuffled = new DoubleReviewDataSet(
                data.Committee,
                data.Year,
                [.. data.Organizations.OrderBy(_ => random.Next())],
                [.. data.Ballots.OrderBy(_ => random.Next())],
                committeeMembers: [.. data.CommitteeMembers.Reverse()]);

            var outcome = Evaluate(shuffled);

            outcome.Should().Be(expected);
            Documents.Serialize(outcome).Should().Be(Documents.Serialize(expected));
        }
    }

    [Fact]
    public void Evaluate_Explanation_AddsUpAndReachesEveryBallot()
    {
        var outcome = Evaluate();

        foreach (var result in outcome.Results)
        {
            result.Explanation.Verify().Should().BeEmpty();
            result.Explanation.Value.Should().Be(result.Score.Value);
            result.Explanation.Citation.Should().Be(DoubleReviewRules.AnnualProportionCitation);
            var combined = result.Explanation.Children.Should().ContainSingle().Subject;
            combined.Value.Should().Be(result.ExactScore.Value);
            combined.Children.Select(c => c.Key).Should().Equal(
                $"{result.Organization}/Members", $"{result.Organization}/PeerOrganizations", $"{result.Organization}/CommitteeMembers");
            combined.Parameters["weight.Members"].Should().Be("0.5");
        }

        var ballots = outcome.Results.Sum(r => r.Explanation.Children[0].Children.Sum(g => g.Children.Length));
        ballots.Should().Be(Data().Ballots.Count(b => b.Subject != D));
    }

    [Fact]
    public void Article002_PeerRating_ExcludesRatingOneself()
    {
        var data = Data().WithBallots(Ballots().Append(Peer(A, A, 100)));

        var act = () => Evaluate(data);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(DoubleReviewErrorCodes.SelfRating);
        problem.Path.Should().Be($"Data.Ballots[{Ballots().Length}].RaterOrganization");
        Evaluate().ResultOf(A)!.Groups.Single(g => g.Group == RaterGroup.PeerOrganizations).Eligible.Should().Be(3, "BZ-001 is not its own peer");
    }

    [Fact]
    public void Evaluate_IneligibleBallots_AreRejectedWithEveryProblemListed()
    {
        var outsider = MemberId.Parse("BZ-099-B01-M001");
        var bad = new[]
        {
            new Ballot(RaterGroup.Members, A, outsider, Grade: ReviewGrade.Good, CollectedBy: D1),
            new Ballot(RaterGroup.Members, A, Member(A, 1), Grade: ReviewGrade.Poor, CollectedBy: D1),
            Peer(B, B, 100),
            new Ballot(RaterGroup.CommitteeMembers, A, CommitteeMember(9), Points: Score.Of(90m)),
            new Ballot(RaterGroup.CommitteeMembers, B, CommitteeMember(1), Points: Score.Of(101m)),
        };

        var act = () => Evaluate(Data().WithBallots(Ballots().Concat(bad)));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
        [
            DoubleReviewErrorCodes.RaterNotEligible,
            DoubleReviewErrorCodes.DuplicateBallot,
            DoubleReviewErrorCodes.SelfRating,
            DoubleReviewErrorCodes.RaterNotEligible,
            DoubleReviewErrorCodes.PointsOutOfRange,
            DoubleReviewErrorCodes.DuplicateBallot,
        ]);
    }

    [Fact]
    public void Article002_RoundOneBallots_AreCollectedByTheDistrictSupervisionGroup()
    {
        var wrong = Ballots().Select(b => b.Subject == A && b.Group == RaterGroup.Members && b.Rater == Member(A, 1) ? b with { CollectedBy = DistrictId.Parse("D2") } : b);

        var act = () => Evaluate(Data().WithBallots(wrong));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(DoubleReviewErrorCodes.SupervisionGroupMismatch);
        Evaluate().ResultOf(A).Should().NotBeNull();
    }

    [Fact]
    public void Article002_CommitteeLeaders_CommentOnEachReport_AndTheCommentIsKept()
    {
        var scheme = WithLeaders();
        var leader = MemberId.Parse("BZ-WC-L01");
        var data = WithLeader(leader, "党建与业务融合较好，台账需规范");

        var result = DoubleReviewEngine.Evaluate(data, scheme, AsOf).ResultOf(A)!;

        result.Comments.Should().Equal(new LeaderComment(leader, "党建与业务融合较好，台账需规范"));
        result.Explanation.Find($"BZ-001/CommitteeLeaders/{leader}")!.Note.Should().Be(LocalizedText.AsGiven("党建与业务融合较好，台账需规范"));
        var act = () => DoubleReviewEngine.Evaluate(WithLeader(leader, " "), scheme, AsOf);
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().OnlyContain(p => p.ErrorCode == DoubleReviewErrorCodes.CommentRequired);
    }

    [Fact]
    public void Article002_Result_EntersAnnualAssessmentByTheSchemesProportion()
    {
        var result = Evaluate().ResultOf(B)!;

        result.Proportion.Should().Be(Proportion.Of(0.2m));
        result.Explanation.Parameters["annualProportion"].Should().Be("0.2");
        result.Explanation.Note!.ZhCn.Should().Contain("20.00%");
    }

    [Theory]
    [InlineData("2017-12-31", true)]
    [InlineData("2016-12-31", false)]
    public void Evaluate_SchemeInForceOnlyFromItsDate(string asOf, bool valid)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        var scheme = Scheme() with { };
        var act = () => DoubleReviewEngine.Evaluate(Data(), new DoubleReviewScheme(
            scheme.Name, new LocalDate(2017, 1, 1), scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, scheme.AnnualProportion), date);

        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode)
                .Should().Contain([DoubleReviewErrorCodes.SchemeNotInForce, DoubleReviewErrorCodes.AsOfBeforePeriod]);
        }
    }

    [Fact]
    public void Evaluate_BadScheme_IsRejectedBeforeAnythingIsComputed()
    {
        var scheme = Scheme();
        var bad = new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, StrategySpec.Of("mode"), scheme.GradeBands, scheme.AnnualProportion);

        var act = () => DoubleReviewEngine.Evaluate(Data(), bad, AsOf);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "Scheme.Combination.Name", ErrorCode = CommonErrorCodes.StrategyUnknown });
    }

    [Fact]
    public void Outcome_SerializeThenDeserialize_RoundTripsExactly()
    {
        var outcome = Evaluate();

        var json = Documents.Serialize(outcome);
        var back = Documents.Deserialize<DoubleReviewOutcome>(json);

        back.Should().Be(outcome);
        json.Should().Contain("\"kind\": \"double-review-outcome\"");
    }

    [Fact]
    public void SchemeAndDataSet_SerializeThenDeserialize_RoundTripExactly()
    {
        var scheme = WithLeaders();
        var data = WithLeader(MemberId.Parse("BZ-WC-L01"), "很好");

        Documents.Deserialize<DoubleReviewScheme>(Documents.Serialize(scheme)).Should().Be(scheme);
        Documents.Deserialize<DoubleReviewDataSet>(Documents.Serialize(data)).Should().Be(data);
    }

    [Fact]
    public void Records_HoldingArrays_CompareByValue()
    {
        Data().Should().Be(Data());
        Scheme().Should().Be(Scheme());
        Evaluate().Should().Be(Evaluate());
        Data().GetHashCode().Should().Be(Data().GetHashCode());
        Data().Should().NotBe(Data().WithBallots(Ballots().Skip(1)));
    }

    internal static DoubleReviewScheme WithLeaders()
    {
        var scheme = Scheme();
        return new DoubleReviewScheme(
            scheme.Name,
            scheme.EffectiveFrom,
            scheme.Cadence,
            [
                scheme.Groups[0],
                scheme.Groups[1] with { Weight = Proportion.Of(0.1m) },
                scheme.Groups[2] with { Weight = Proportion.Of(0.2m) },
                new RaterGroupRule(RaterGroup.CommitteeLeaders, Proportion.Of(0.2m), RatingScale.Points(), Specs.WeightedMean),
            ],
            scheme.Combination,
            scheme.GradeBands,
            scheme.AnnualProportion);
    }

    private static DoubleReviewDataSet WithLeader(MemberId leader, string comment)
    {
        var data = Data();
        var ballots = new[] { A, B, C, D }.Select(o => new Ballot(RaterGroup.CommitteeLeaders, o, leader, Points: Score.Of(90m), Comment: comment));
        return new DoubleReviewDataSet(data.Committee, data.Year, data.Organizations, [.. data.Ballots, .. ballots], committeeLeaders: [leader], committeeMembers: data.CommitteeMembers);
    }

    private static IEnumerable<decimal> Groups(DoubleReviewOutcome outcome, OrganizationId organization) =>
        outcome.ResultOf(organization)!.Groups.Select(g => g.Score.Value);
}
