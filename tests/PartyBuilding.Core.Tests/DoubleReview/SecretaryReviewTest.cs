using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Tests.Golden;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// A secretary's report-and-review (书记述职评议, article 001) run by the double-review engine with a person as its subject
/// (<see cref="ReviewedOrganization.Person"/>): the same ballots, rater groups, aggregation strategies and grade bands, a
/// result and explanation that name the person, self-rating refused, and the person resolved against the organization
/// structure.
/// </summary>
/// <remarks>
/// The hand example: secretary 徐国娟 (BZ-001-B01-M001) of BZ-001; electorate the secretary and five members, of whom the
/// five rate (the secretary does not rate herself, so 5 are eligible): 好 好 好 较好 差 = 100 100 100 85 50; one committee
/// leader rates in points. Members 60 %, leaders 40 %, bands 好 ≥ 90, 较好 ≥ 80. The members' score by strategy:
/// weighted mean 435 / 5 = 87; median 100; trimmed mean dropping one at each end (100 + 100 + 85) / 3 = 95. The leader's
/// points put the combined score exactly on 90 (好) or just under it (较好).
/// </remarks>
public sealed class SecretaryReviewTest
{
    private static readonly OrganizationId Organization = OrganizationId.Parse("BZ-001");
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");
    private static readonly MemberId Leader = MemberId.Parse("BZ-WC-B01-M001");
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    private static ReviewedPerson Person(string name = "徐国娟", MemberId? member = null) => new(member ?? Secretary, name);

    private static MemberId Member(int number) => MemberId.Parse($"BZ-001-B01-M{number:000}");

    private static DoubleReviewScheme Scheme(StrategySpec members) => new(
        "secretaries-example",
        new LocalDate(2018, 1, 1),
        ReviewCadence.Annual,
        [
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.6m), RatingScale.Grades(100, 85, 70, 50), members, Share.FromDecimal(0.8m)),
            new RaterGroupRule(RaterGroup.CommitteeLeaders, Proportion.Of(0.4m), RatingScale.Points(), Specs.WeightedMean),
        ],
        Specs.WeightedMean,
        HandExample.Bands(),
        Proportion.Of(0.1m));

    private static DoubleReviewDataSet Data(decimal leaderPoints, ReviewedPerson? person = null, params Ballot[] extra)
    {
        var grades = new[] { ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Poor };
        return new DoubleReviewDataSet(
            OrganizationId.Parse("BZ-WC"),
            AssessmentYear.Create(2018),
            [new ReviewedOrganization(Organization, [Secretary, .. Enumerable.Range(2, 5).Select(Member)], person: person ?? Person())],
            [
                .. grades.Select((g, i) => new Ballot(RaterGroup.Members, Organization, Member(i + 2), Grade: g)),
                new Ballot(RaterGroup.CommitteeLeaders, Organization, Leader, Points: Score.Of(leaderPoints), Comment: "履行第一责任人职责到位，示范带动作用需加强"),
                .. extra,
            ],
            committeeLeaders: [Leader]);
    }

    private static StrategySpec SpecNamed(string name) => name switch
    {
        DoubleReviewStrategies.TrimmedMean => Specs.TrimmedByCount(1),
        DoubleReviewStrategies.Median => Specs.Median,
        _ => Specs.WeightedMean,
    };

    /// <summary>Strategy, leader's points, the members' score, the published score and its grade: each strategy on both sides of 90.</summary>
    public static TheoryData<string, decimal, decimal, decimal, ReviewGrade> Thresholds() => new()
    {
        { DoubleReviewStrategies.WeightedMean, 94.5m, 87m, 90.00m, ReviewGrade.Good },
        { DoubleReviewStrategies.WeightedMean, 94m, 87m, 89.80m, ReviewGrade.FairlyGood },
        { DoubleReviewStrategies.Median, 75m, 100m, 90.00m, ReviewGrade.Good },
        { DoubleReviewStrategies.Median, 74m, 100m, 89.60m, ReviewGrade.FairlyGood },
        { DoubleReviewStrategies.TrimmedMean, 82.5m, 95m, 90.00m, ReviewGrade.Good },
        { DoubleReviewStrategies.TrimmedMean, 82m, 95m, 89.80m, ReviewGrade.FairlyGood },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Article001_SecretaryReportAndReview_IsGradedFromBallots_ByEachAggregationStrategy(
        string strategy, decimal leaderPoints, decimal members, decimal published, ReviewGrade grade)
    {
        var outcome = DoubleReviewEngine.Evaluate(Data(leaderPoints), Scheme(SpecNamed(strategy)), AsOf);

        var result = outcome.ResultOf(Organization)!;
        result.Person.Should().Be(Person());
        result.Groups.Single(g => g.Group == RaterGroup.Members).Score.Should().Be(Score.Of(members));
        result.Score.Should().Be(Score.Of(published));
        result.Grade.Should().Be(grade);
        result.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Article001_SecretaryReportAndReview_ResultAndExplanationNameThePerson_AndCiteTheArticle()
    {
        var result = DoubleReviewEngine.Evaluate(Data(90m), Scheme(Specs.TrimmedByCount(1)), AsOf).ResultOf(Organization)!;

        result.Organization.Should().Be(Organization);
        result.Explanation.Key.Should().Be("BZ-001-B01-M001");
        result.Explanation.Label.ZhCn.Should().Be("书记述职评议得分：徐国娟（BZ-001-B01-M001，BZ-001书记）");
        result.Explanation.Label.English.Should().Be("Secretary's report-and-review score: 徐国娟 (BZ-001-B01-M001, secretary of BZ-001)");
        result.Explanation.Citation.Should().Be(DoubleReviewRules.SecretaryReviewCitation);
        result.Explanation.Children.Single().Key.Should().Be("BZ-001-B01-M001/combined");
        result.Explanation.Children.Single().Children.Select(c => (c.Key, c.Citation))
            .Should().OnlyContain(c => c.Key!.StartsWith("BZ-001-B01-M001/", StringComparison.Ordinal) && c.Citation == DoubleReviewRules.SecretaryRatersCitation);
    }

    [Fact]
    public void LibraryRule_ReviewedPerson_IsNotAmongTheirOwnRaters()
    {
        var result = DoubleReviewEngine.Evaluate(Data(90m), Scheme(Specs.WeightedMean), AsOf).ResultOf(Organization)!;

        var members = result.Groups.Single(g => g.Group == RaterGroup.Members);
        members.Cast.Should().Be(5);
        members.Eligible.Should().Be(5, "the electorate has 6 members, one of whom is the secretary under review");
    }

    [Fact]
    public void LibraryRule_ReviewedPerson_RatingThemselves_IsRefusedAsSelfRating()
    {
        var own = new Ballot(RaterGroup.Members, Organization, Secretary, Grade: ReviewGrade.Good);

        var problems = DoubleReviewEngine.Validate(Data(90m, null, own), Scheme(Specs.WeightedMean), AsOf).Problems;

        problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(("Data.Ballots[6].Rater", DoubleReviewErrorCodes.SelfRating, "BZ-001-B01-M001"));
    }

    [Fact]
    public void LibraryRule_SameBallotsWithoutAPerson_RateTheOrganization_AndTheSecretaryCounts()
    {
        var data = Data(90m);
        var organizationReview = new DoubleReviewDataSet(
            data.Committee, data.Year, [new ReviewedOrganization(Organization, data.Organizations[0].Electorate)], data.Ballots, committeeLeaders: data.CommitteeLeaders);

        var result = DoubleReviewEngine.Evaluate(organizationReview, Scheme(Specs.WeightedMean), AsOf).ResultOf(Organization)!;

        result.Person.Should().BeNull();
        result.Explanation.Key.Should().Be("BZ-001");
        result.Explanation.Citation.Should().Be(DoubleReviewRules.AnnualProportionCitation);
        result.Groups.Single(g => g.Group == RaterGroup.Members).Eligible.Should().Be(6);
    }

    [Fact]
    public void Validate_ReviewedPerson_WithoutIdentifierOrName_IsReportedAtItsPath()
    {
        var problems = DoubleReviewEngine.Validate(Data(90m, new ReviewedPerson(default, " ")), Scheme(Specs.WeightedMean), AsOf).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Data.Organizations[0].Person.Member", CommonErrorCodes.IdentifierEmpty),
            ("Data.Organizations[0].Person.Name", CommonErrorCodes.Required));
    }

    [Fact]
    public void Article001_CheckAgainst_TheSecretaryOfTheRegistry_Resolves()
    {
        var structure = Registry().AsOf(AsOf);

        DoubleReviewEngine.CheckAgainst(Data(90m), structure).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Article001_CheckAgainst_APersonWhoDoesNotResolve_IsReportedWithItsCodeAndPath()
    {
        var structure = Registry().AsOf(AsOf);
        var nonMember = MemberId.Parse("BZ-001-B01-M999");
        var member = structure.FindMember(Member(2))!;
        var data = new DoubleReviewDataSet(
            OrganizationId.Parse("BZ-WC"),
            AssessmentYear.Create(2018),
            [
                new ReviewedOrganization(Organization, [Member(2)], person: new ReviewedPerson(nonMember, "无此人")),
                new ReviewedOrganization(OrganizationId.Parse("BZ-002"), [Member(3)], person: new ReviewedPerson(MemberId.Parse("BZ-002-B01-M001"), "邓芳")),
                new ReviewedOrganization(OrganizationId.Parse("BZ-003"), [Member(4)], person: new ReviewedPerson(member.Id, member.Name)),
                new ReviewedOrganization(OrganizationId.Parse("BZ-999"), [Member(5)], person: Person()),
            ],
            []);

        var problems = DoubleReviewEngine.CheckAgainst(data, structure).Problems;

        problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Organizations[0].Person.Member", DoubleReviewErrorCodes.PersonUnknown, "BZ-001-B01-M999"),
            ("Data.Organizations[1].Person.Name", DoubleReviewErrorCodes.PersonNameMismatch, "邓芳"),
            ("Data.Organizations[2].Person.Member", DoubleReviewErrorCodes.PersonNotSecretary, "BZ-001-B01-M002"),
            ("Data.Organizations[3].Id", DoubleReviewErrorCodes.OrganizationUnknown, "BZ-999"));
        problems[2].Message.Should().Contain("the secretary is BZ-003-B01-M001");
    }

    [Fact]
    public void Golden_SecretaryReportAndReview_ExplanationNamesThePersonDownToEveryBallot()
    {
        var result = DoubleReviewEngine.Evaluate(Data(82m), Scheme(Specs.TrimmedByCount(1)), AsOf).ResultOf(Organization)!;

        GoldenTrees.Verify("double-review/secretary-bz-001.txt", result.Explanation);
    }

    [Fact]
    public void Article001_SecretaryReportAndReview_BelowTheQuorum_FailsNamingThePerson()
    {
        var data = Data(90m);
        data = data.WithBallots(data.Ballots.Where(b => b.Rater != Member(2) && b.Rater != Member(3)));

        var outcome = DoubleReviewEngine.Evaluate(data, Scheme(Specs.WeightedMean), AsOf);

        outcome.Results.Should().BeEmpty();
        var failure = outcome.Failures.Single();
        failure.Person.Should().Be(Person());
        failure.Explanation.Key.Should().Be("BZ-001-B01-M001/Members");
        failure.Description.ZhCn.Should().Be("党员民主测评参评人数未达规定比例：5人中3人参评，应达80%（至少4人），本轮无效");
    }

    [Fact]
    public void Article001_SecretariesSeed_IsIllustrative_ValidAndResolvesAgainstTheRegistry_AndItsGradesArePinned()
    {
        var scheme = SeedDocuments.Read<DoubleReviewScheme>("double-review", "scheme-bz-wc-secretaries-2018.json");
        var data = SeedDocuments.Read<DoubleReviewDataSet>("double-review", "data-set-bz-wc-secretaries-2018.json");

        scheme.IsIllustrative.Should().BeTrue();
        data.Organizations.Should().OnlyContain(o => o.Person != null);
        DoubleReviewEngine.Validate(data, scheme, AsOf).Problems.Should().BeEmpty();
        DoubleReviewEngine.CheckAgainst(data, Registry().AsOf(AsOf)).Problems.Should().BeEmpty();

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        outcome.Results.Select(r => $"{r.Organization} {r.Person!.Member} {r.Person.Name} {r.Score} {r.Grade}").Should().Equal(
            "BZ-001 BZ-001-B01-M001 徐国娟 96.42 Good",
            "BZ-002 BZ-002-B01-M001 邓芳娟 86.14 FairlyGood",
            "BZ-003 BZ-003-B01-M001 姚健萍 82.58 FairlyGood",
            "BZ-004 BZ-004-B01-M001 金华萍 90.77 Good",
            "BZ-005 BZ-005-B01-M001 龙涛萍 83.35 FairlyGood");
        outcome.Failures.Select(f => $"{f.Organization} {f.Person!.Name} {f.Group} {f.Cast}/{f.Eligible}").Should().Equal("BZ-006 张杰 Members 5/8");
        outcome.Results.Should().OnlyContain(r => r.Explanation.Citation!.IsIllustrative && r.Explanation.Label.ZhCn.Contains(r.Person!.Name, StringComparison.Ordinal));
    }

    private static OrganizationRegistry Registry() =>
        OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));
}
