using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>Pins the content equality of the double-review records member by member, their unset lists and their published texts.</summary>
public sealed class DoubleReviewRecordEqualityTest
{
    private static DoubleReviewScheme Scheme(
        string name = "s",
        int year = 2017,
        ReviewCadence cadence = ReviewCadence.Annual,
        decimal firstWeight = 0.5m,
        string combination = "weighted-mean",
        decimal goodMinimum = 90m,
        decimal proportion = 0.2m,
        decimal visitWeight = 0.1m,
        PeerScope peerScope = PeerScope.AllOrganizations,
        int roundingScale = 2)
    {
        var groups = HandExample.Scheme().Groups;
        return new(
            name,
            new LocalDate(year, 1, 1),
            cadence,
            groups.SetItem(0, groups[0] with { Weight = Proportion.Of(firstWeight) }),
            new AggregationSpec(combination),
            HandExample.Bands().SetItem(0, new ReviewGradeBand(ReviewGrade.Good, Score.Of(goodMinimum))),
            Proportion.Of(proportion),
            [new ComponentRule(AssessedComponent.Visit, Proportion.Of(visitWeight))],
            peerScope,
            roundingScale);
    }

    [Fact]
    public void DoubleReviewSchemeEquals_AnyMemberChanged_IsFalse()
    {
        Scheme().Equals(Scheme()).Should().BeTrue();
        Scheme().Equals(null).Should().BeFalse();
        Scheme().Equals(Scheme(name: "t")).Should().BeFalse();
        Scheme().Equals(Scheme(year: 2018)).Should().BeFalse();
        Scheme().Equals(Scheme(cadence: ReviewCadence.HalfYearly)).Should().BeFalse();
        Scheme().Equals(Scheme(firstWeight: 0.4m)).Should().BeFalse();
        Scheme().Equals(Scheme(combination: "median")).Should().BeFalse();
        Scheme().Equals(Scheme(goodMinimum: 91m)).Should().BeFalse();
        Scheme().Equals(Scheme(proportion: 0.3m)).Should().BeFalse();
        Scheme().Equals(Scheme(visitWeight: 0.2m)).Should().BeFalse();
        Scheme().Equals(Scheme(peerScope: PeerScope.SameDistrict)).Should().BeFalse();
        Scheme().Equals(Scheme(roundingScale: 1)).Should().BeFalse();
    }

    [Fact]
    public void DoubleReviewScheme_ListsLeftUnset_AreEmpty()
    {
        var scheme = new DoubleReviewScheme("s", new LocalDate(2017, 1, 1), ReviewCadence.Annual, default, AggregationSpec.WeightedMean, default, Proportion.Of(0.2m));

        scheme.Groups.Should().BeEmpty();
        scheme.GradeBands.Should().BeEmpty();
        scheme.Components.Should().BeEmpty();
    }

    [Fact]
    public void DoubleReviewDataSetEquals_AnyMemberChanged_IsFalse()
    {
        var data = HandExample.Data();
        DoubleReviewDataSet With(
            string committee = "BZ-WC", int year = 2017, HalfYear? half = null, int organizations = 4, int ballots = 0, int leaders = 0, int members = 3, int scores = 0) => new(
            OrganizationId.Parse(committee),
            AssessmentYear.Create(year),
            [.. data.Organizations.Take(organizations)],
            [.. data.Ballots.Skip(ballots)],
            half,
            [.. Enumerable.Range(1, leaders).Select(i => MemberId.Parse($"BZ-WC-L{i:00}"))],
            [.. data.CommitteeMembers.Take(members)],
            [.. Enumerable.Range(0, scores).Select(_ => new ComponentScore(HandExample.A, AssessedComponent.Visit, Score.Of(80m)))]);

        With().Equals(data).Should().BeTrue();
        With().Equals(null).Should().BeFalse();
        With().Equals(With(committee: "BZ-XX")).Should().BeFalse();
        With().Equals(With(year: 2018)).Should().BeFalse();
        With().Equals(With(half: HalfYear.First)).Should().BeFalse();
        With().Equals(With(organizations: 3)).Should().BeFalse();
        With().Equals(With(ballots: 1)).Should().BeFalse();
        With().Equals(With(leaders: 1)).Should().BeFalse();
        With().Equals(With(members: 2)).Should().BeFalse();
        With().Equals(With(scores: 1)).Should().BeFalse();
    }

    [Fact]
    public void DoubleReviewDataSet_ListsLeftUnset_AreEmpty()
    {
        var data = new DoubleReviewDataSet(HandExample.A, AssessmentYear.Create(2017), default, default);

        data.Organizations.Should().BeEmpty();
        data.Ballots.Should().BeEmpty();
        data.CommitteeLeaders.Should().BeEmpty();
        data.CommitteeMembers.Should().BeEmpty();
        data.ComponentScores.Should().BeEmpty();
    }

    [Fact]
    public void ReviewedOrganizationEquals_AnyMemberChanged_IsFalse()
    {
        var electorate = ImmutableArray.Create(HandExample.Member(HandExample.A, 1));
        var organization = new ReviewedOrganization(HandExample.A, electorate, HandExample.D1);

        organization.Equals(new ReviewedOrganization(HandExample.A, electorate, HandExample.D1)).Should().BeTrue();
        organization.Equals(new ReviewedOrganization(HandExample.B, electorate, HandExample.D1)).Should().BeFalse();
        organization.Equals(new ReviewedOrganization(HandExample.A, electorate, DistrictId.Parse("D2"))).Should().BeFalse();
        organization.Equals(new ReviewedOrganization(HandExample.A, [], HandExample.D1)).Should().BeFalse();
        new ReviewedOrganization(HandExample.A, default).Electorate.Should().BeEmpty();
        organization.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void RatingScaleEquals_AnyMemberChanged_IsFalse()
    {
        var points = RatingScale.Points(0, 100);

        points.Equals(RatingScale.Points(0, 100)).Should().BeTrue();
        points.Equals(new RatingScale(RatingScaleKind.Grades, [], Score.Zero, Score.Of(100m))).Should().BeFalse();
        points.Equals(new RatingScale(RatingScaleKind.Points, [new ReviewGradeScore(ReviewGrade.Good, Score.Of(100m))], Score.Zero, Score.Of(100m))).Should().BeFalse();
        points.Equals(RatingScale.Points(1, 100)).Should().BeFalse();
        points.Equals(RatingScale.Points(0, 99)).Should().BeFalse();
        points.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void RatingScaleScoreOf_GradeNotMapped_ThrowsNamingTheGrade()
    {
        var act = () => RatingScale.Points().ScoreOf(ReviewGrade.FairlyGood);

        act.Should().Throw<InvalidOperationException>().WithMessage("The scale has no score for the grade FairlyGood.");
    }

    [Fact]
    public void AggregationSpecEquals_NameOrParametersChanged_IsFalse()
    {
        AggregationSpec.TrimmedByCount(1).Equals(AggregationSpec.TrimmedByCount(1)).Should().BeTrue();
        AggregationSpec.TrimmedByCount(1).Equals(null).Should().BeFalse();
        AggregationSpec.TrimmedByCount(1).Equals(AggregationSpec.TrimmedByCount(2)).Should().BeFalse();
        AggregationSpec.TrimmedByCount(1).Equals(new AggregationSpec("other", AggregationSpec.TrimmedByCount(1).Parameters)).Should().BeFalse();
    }

    [Fact]
    public void AggregationSpecToString_WithAndWithoutParameters_IsTheNameAndItsParameters()
    {
        AggregationSpec.Median.ToString().Should().Be("median");
        AggregationSpec.TrimmedByCount(1).ToString().Should().Be("trimmed-mean(count=1)");
        new AggregationSpec("x", ImmutableSortedDictionary<string, string>.Empty.Add("b", "2").Add("a", "1")).ToString().Should().Be("x(a=1, b=2)");
    }
}
