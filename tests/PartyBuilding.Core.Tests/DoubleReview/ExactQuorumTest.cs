using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using Documents = PartyBuilding.Core.Serialization.PartyBuildingJson;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// A quorum is compared in whole numbers (cast × denominator ≥ numerator × eligible), never through a rounded decimal,
/// and an invalid round says why in words, in Simplified Chinese and English. The quorums are each scheme's own choice:
/// article 002 gives none.
/// </summary>
public sealed class ExactQuorumTest
{
    private static readonly OrganizationId Org = OrganizationId.Parse("BZ-001");
    private static readonly LocalDate AsOf = new(2017, 12, 28);

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void Rule_QuorumTwoThirds_SixOfNineIsValid_FiveOfNineIsNot(int cast, bool valid)
    {
        var outcome = Evaluate(Share.Of(2, 3), eligible: 9, cast);

        (outcome.ResultOf(Org) is not null).Should().Be(valid);
        outcome.Failures.Should().HaveCount(valid ? 0 : 1);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void Rule_QuorumTwoThirdsReadFromJson_SixOfNineIsValid_FiveOfNineIsNot(int cast, bool valid)
    {
        var scheme = Documents.Deserialize<DoubleReviewScheme>(Documents.Serialize(Scheme(Share.Of(2, 3))));

        scheme.Groups[0].Quorum.Should().Be(Share.Of(2, 3));
        (DoubleReviewEngine.Evaluate(Data(9, cast), scheme, AsOf).ResultOf(Org) is not null).Should().Be(valid);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void Rule_QuorumWrittenAsTheDecimal08_FourOfFiveIsValid_ThreeOfFiveIsNot(int cast, bool valid)
    {
        var outcome = Evaluate(Share.FromDecimal(0.8m), eligible: 5, cast);

        (outcome.ResultOf(Org) is not null).Should().Be(valid);
        outcome.Failures.Should().HaveCount(valid ? 0 : 1);
    }

    [Fact]
    public void BelowQuorum_Description_SaysWhyInBothLanguages_WithTheCountsAndTheQuorumAsWritten()
    {
        var failure = Evaluate(Share.FromDecimal(0.8m), eligible: 31, cast: 21).Failures.Single();

        failure.MinimumCast.Should().Be(25);
        failure.Description.ZhCn.Should().Be("党员民主测评参评人数未达规定比例：31人中21人参评，应达80%（至少25人），本轮无效");
        failure.Description.English.Should().Be(
            "Members' democratic evaluation: participation below the quorum, 21 of 31 raters took part, 80% required (at least 25); the round is invalid");
    }

    [Fact]
    public void BelowQuorum_OfAFractionQuorum_PrintsTheFraction()
    {
        var failure = Evaluate(Share.Of(2, 3), eligible: 9, cast: 5).Failures.Single();

        failure.Description.ZhCn.Should().Contain("9人中5人参评，应达2/3（至少6人）");
        failure.Description.English.Should().Contain("5 of 9 raters took part, 2/3 required (at least 6)");
        failure.Explanation.Note.Should().Be(failure.Description);
    }

    [Fact]
    public void NoBallots_Description_SaysNobodyTookPart()
    {
        var failure = Evaluate(Share.Of(2, 3), eligible: 9, cast: 0).Failures.Single();

        failure.Reason.Should().Be(RoundFailureReason.NoBallots);
        failure.Description.ZhCn.Should().Be("党员民主测评无人参评：应参评9人，实际0人，本轮无效");
        failure.Description.English.Should().Be("Members' democratic evaluation: no ballot cast, 9 raters eligible; the round is invalid");
    }

    [Fact]
    public void Failure_TextsInChinese_HoldNoEnglishWords_AndTheEnglishNoChinese()
    {
        var failures = new[] { Evaluate(Share.Of(2, 3), 9, 5), Evaluate(Share.FromDecimal(0.8m), 31, 21), Evaluate(Share.Of(2, 3), 9, 0) }
            .SelectMany(o => o.Failures).ToList();

        failures.Should().HaveCount(3, "each of the three rounds fails");
        foreach (var failure in failures)
        {
            failure.Description.ZhCn.Should().NotMatchRegex("[A-Za-z]");
            failure.Description.English.Should().NotMatchRegex(@"[\u4e00-\u9fff]");
        }
    }

    [Fact]
    public void FailureNode_NamesTheQuorumAndTheCounts_WithoutADecimalRatio()
    {
        var node = Evaluate(Share.Of(2, 3), eligible: 9, cast: 5).Failures.Single().Explanation;

        node.Value.Should().Be(5m);
        node.Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["cast"] = "5",
            ["eligible"] = "9",
            ["minimumCast"] = "6",
            ["quorum"] = "2/3",
        });
        node.Children.Select(c => c.Value).Should().Equal(5m, 9m);
    }

    [Fact]
    public void ValidRound_GroupNode_NamesTheAggregationTheParticipationAndTheQuorumInWords()
    {
        var node = Evaluate(Share.Of(2, 3), eligible: 9, cast: 6).ResultOf(Org)!.Explanation.Find("BZ-001/Members")!;

        node.Parameters.Should().Contain(new KeyValuePair<string, string>("quorum", "2/3"))
            .And.Contain(new KeyValuePair<string, string>("minimumCast", "6"))
            .And.Contain(new KeyValuePair<string, string>("cast", "6"))
            .And.Contain(new KeyValuePair<string, string>("eligible", "9"));
        node.Note.Should().Be(new LocalizedText(
            "汇总方法：加权平均（各项权重相同时即算术平均），本次剔除0个评分；参评：9人中6人（6/9）；规定比例：2/3（至少6人）",
            "aggregation: weighted mean (the plain mean when every weight is equal), ratings left out here: 0; participation: 6 of 9 raters (6/9); quorum: 2/3 (at least 6)"));
    }

    [Fact]
    public void ValidRound_WithoutAQuorum_SaysSo()
    {
        var node = Evaluate(Share.Zero, eligible: 9, cast: 1).ResultOf(Org)!.Explanation.Find("BZ-001/Members")!;

        node.Parameters["quorum"].Should().Be("0");
        node.Note!.ZhCn.Should().Contain("未设参评比例");
        node.Note.English.Should().Contain("no quorum");
    }

    [Fact]
    public void PublishedNode_NamesEveryGradeBand_TheRoundingAndTheAnnualProportion()
    {
        var root = Evaluate(Share.Of(2, 3), eligible: 9, cast: 9).ResultOf(Org)!.Explanation;

        root.Parameters.Should().Contain(new KeyValuePair<string, string>("band.Good", "90"))
            .And.Contain(new KeyValuePair<string, string>("band.FairlyGood", "80"))
            .And.Contain(new KeyValuePair<string, string>("band.Average", "60"))
            .And.Contain(new KeyValuePair<string, string>("band.Poor", "0"))
            .And.Contain(new KeyValuePair<string, string>("scale", "2"))
            .And.Contain(new KeyValuePair<string, string>("annualProportion", "0.2"));
        root.Note!.ZhCn.Should().Be("等次：好（等次线：好≥90.00，较好≥80.00，一般≥60.00，差≥0.00）；得分四舍五入保留2位小数；按20.00%计入年度考核");
        root.Note.English.Should().StartWith("grade: Good (bands: Good ≥ 90.00");
    }

    [Fact]
    public void QuorumInJson_ReadsAFractionString_AndADecimal_AndWritesEachBackAsWritten()
    {
        var json = Documents.Serialize(Scheme(Share.Of(2, 3)));
        json.Should().Contain("\"quorum\": \"2/3\"");

        var decimalJson = json.Replace("\"quorum\": \"2/3\"", "\"quorum\": 0.8", StringComparison.Ordinal);
        var scheme = Documents.Deserialize<DoubleReviewScheme>(decimalJson);

        scheme.Groups[0].Quorum.Should().Be(Share.Of(4, 5));
        Documents.Serialize(scheme).Should().Contain("\"quorum\": 0.8");
    }

    [Theory]
    [InlineData("\"2/0\"", CommonErrorCodes.ShareFormat)]
    [InlineData("\"3/2\"", CommonErrorCodes.ShareOutOfRange)]
    [InlineData("1.2", CommonErrorCodes.ShareOutOfRange)]
    public void QuorumInJson_ThatIsNotAShare_IsRefusedAtItsPath(string quorum, string code)
    {
        var json = Documents.Serialize(Scheme(Share.Of(2, 3))).Replace("\"quorum\": \"2/3\"", "\"quorum\": " + quorum, StringComparison.Ordinal);

        var problem = ((Action)(() => Documents.Deserialize<DoubleReviewScheme>(json)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(code);
        problem.Path.Should().Be("$.content.groups[0].quorum");
    }

    [Theory]
    [InlineData("1/3", 10, 3)]
    [InlineData("0.1", 10, 1)]
    [InlineData("0.1", 9, 0)]
    public void TrimmedMeanShare_IsReadAsAFractionOrADecimal_AndDropsItsWholePart(string share, int ratings, int dropped)
    {
        var spec = StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, ("share", share));

        var strategy = (TrimmedMeanAggregation)DoubleReviewStrategies.Default.Aggregations.Create(spec);

        strategy.TrimmedAtEachEnd(ratings).Should().Be(dropped);
        strategy.Parameters["share"].Should().Be(share);
    }

    [Theory]
    [InlineData("1/2")]
    [InlineData("0.5")]
    [InlineData("half")]
    public void TrimmedMeanShare_OfHalfOrMore_OrNotAShare_IsAStrategyParameterProblem(string share)
    {
        var spec = StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, ("share", share));
        var problems = new ProblemCollector();

        DoubleReviewStrategies.Default.Aggregations.TryCreate(spec, problems).Should().BeNull();
        problems.ToReport().Problems.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "Parameters.share", ErrorCode = CommonErrorCodes.StrategyParameterInvalid });
    }

    private static DoubleReviewOutcome Evaluate(Share quorum, int eligible, int cast) =>
        DoubleReviewEngine.Evaluate(Data(eligible, cast), Scheme(quorum), AsOf);

    private static DoubleReviewScheme Scheme(Share quorum) => new(
        "exact-quorum",
        new LocalDate(2017, 1, 1),
        ReviewCadence.Annual,
        [new RaterGroupRule(RaterGroup.Members, Proportion.One, RatingScale.Grades(100, 85, 70, 50), Specs.WeightedMean, quorum)],
        Specs.WeightedMean,
        HandExample.Bands(),
        Proportion.Of(0.2m));

    private static DoubleReviewDataSet Data(int eligible, int cast)
    {
        var members = Enumerable.Range(1, eligible).Select(i => MemberId.Parse($"BZ-001-B01-M{i:000}")).ToImmutableArray();
        return new(
            OrganizationId.Parse("BZ-WC"),
            AssessmentYear.Create(2017),
            [new ReviewedOrganization(Org, members)],
            [.. members.Take(cast).Select(m => new Ballot(RaterGroup.Members, Org, m, Grade: ReviewGrade.Good))]);
    }
}
