using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the library's rule that the assessment's shares are exact fractions compared in whole numbers (issue 19 item 6),
/// on both sides of each threshold with fractions a decimal cannot hold: the quota's seat counts (rounded down, exactly),
/// the model-organ top share and minimum tier coverage, and how a share is read from a scheme.
/// </summary>
public sealed class ExactShareThresholdsTest
{
    private static readonly Share TwoThirds = Share.Of(2, 3);

    /// <summary>A quota scheme and <paramref name="count"/> organizations O01…, O01 with the highest total, no ties.</summary>
    private static IEnumerable<(string Organization, int Rank, GradeBand Band)> QuotaBands(int count, string good, string fairlyGood)
    {
        var scheme = Scheme() with { Banding = From2024(AssessmentStrategies.Quota, ("good-share", good), ("fairly-good-share", fairlyGood), ("poor-below", "0")) };
        var ids = Enumerable.Range(1, count).Select(i => $"O{i:00}").ToArray();
        var data = Data([.. ids.Select(id => Member(id))], [.. ids.Select((id, i) => Inputs(id, 100m - i, 100m - i))]);
        return AnnualAssessment.Evaluate(data, scheme, YearEnd2024).Organizations.Select(o => (o.Organization.Value, o.CommitteeRank, o.Band));
    }

    [Fact]
    public void LibraryRule_QuotaSeats_OneThirdOfNineIsThreeGoodSeats_RankThreeGoodRankFourNot() =>
        QuotaBands(9, "1/3", "1/3").Select(o => o.Band).Should().Equal(
            GradeBand.Good, GradeBand.Good, GradeBand.Good,
            GradeBand.FairlyGood, GradeBand.FairlyGood, GradeBand.FairlyGood,
            GradeBand.Average, GradeBand.Average, GradeBand.Average);

    [Fact]
    public void LibraryRule_QuotaSeats_AreRoundedDown_OneThirdOfSevenIsTwoSeats_TwoThirdsOfSevenIsFour() =>
        QuotaBands(7, "1/3", "1/3").Select(o => (o.Rank, o.Band)).Should().Equal(
            (1, GradeBand.Good), (2, GradeBand.Good), (3, GradeBand.FairlyGood), (4, GradeBand.FairlyGood),
            (5, GradeBand.Average), (6, GradeBand.Average), (7, GradeBand.Average));

    [Fact]
    public void LibraryRule_QuotaSeats_UpToFairlyGoodAreTheRoundedDownSumOfBothShares_NotTheSumOfRoundedSeats() =>
        // ⌊3 × 1/2⌋ = 1 good seat; ⌊3 × (1/2 + 1/2)⌋ = 3 seats up to fairly good (not 1 + 1 = 2).
        QuotaBands(3, "1/2", "1/2").Select(o => o.Band).Should().Equal(GradeBand.Good, GradeBand.FairlyGood, GradeBand.FairlyGood);

    [Fact]
    public void LibraryRule_QuotaSeats_ADecimalShareStillReads_TwentyPercentOfTenIsTwoSeats() =>
        QuotaBands(10, "0.2", "0.5").Select(o => o.Band).Should().Equal(
            GradeBand.Good, GradeBand.Good,
            GradeBand.FairlyGood, GradeBand.FairlyGood, GradeBand.FairlyGood, GradeBand.FairlyGood, GradeBand.FairlyGood,
            GradeBand.Average, GradeBand.Average, GradeBand.Average);

    [Fact]
    public void LibraryRule_QuotaShares_AddingUpToExactlyOneAsFractions_AreAccepted_AndAboveOneRejected()
    {
        Validate("2/3", "1/3").Should().BeEmpty();
        Validate("2/3", "0.34").Should().Equal(
            ("Banding[0].Value.Parameters.fairly-good-share", CommonErrorCodes.StrategyParameterInvalid, "0.34"));
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("a third")]
    [InlineData("-0.1")]
    public void LibraryRule_QuotaShare_NotAShareFromZeroToOne_IsRefusedWithItsValue(string text) =>
        Validate(text, "0.1").Should().Equal(
            ("Banding[0].Value.Parameters.good-share", CommonErrorCodes.StrategyParameterInvalid, text));

    [Fact]
    public void LibraryRule_QuotaBandingExplanation_NamesAFractionShareAsWritten()
    {
        var scheme = Scheme() with { Banding = From2024(AssessmentStrategies.Quota, ("good-share", "1/3"), ("fairly-good-share", "0.5"), ("poor-below", "60")) };
        var result = AnnualAssessment.Evaluate(Data([Member("A01")], Inputs("A01", 90m, 90m)), scheme, YearEnd2024);

        result.Organizations[0].Standing!.English.Should().Contain("the top 1/3 by total good, the next 50% fairly good");
        result.Organizations[0].Standing!.ZhCn.Should().Contain("按总分排名前1/3为好，其后50%为较好");
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void LibraryRule_ModelOrganTopShare_OneThirdOfNine_RankThreeIsWithinRankFourIsNot(int rank, bool met) =>
        Ranking(new YearRecord(Org("BZ-001"), Year2024, GradeBand.Good, rank, 9, false, 9, 9), Share.Of(1, 3)).Should().Be(met);

    [Theory]
    [InlineData(6, 9, true)]
    [InlineData(5, 9, false)]
    [InlineData(5, 7, true)]
    [InlineData(4, 7, false)]
    public void LibraryRule_ModelOrganTierCoverage_TwoThirds_ComparedAsCounts(int atTier, int branches, bool met) =>
        Coverage(new YearRecord(Org("BZ-001"), Year2024, GradeBand.Good, 1, 9, false, atTier, branches), TwoThirds).Should().Be(met);

    [Fact]
    public void LibraryRule_ModelOrganTierCoverage_WithoutBranches_ReachesOnlyAMinimumOfZero()
    {
        var none = new YearRecord(Org("BZ-001"), Year2024, GradeBand.Good, 1, 9, false, 0, 0);

        Coverage(none, TwoThirds).Should().BeFalse();
        Coverage(none, Share.Zero).Should().BeTrue();
    }

    [Fact]
    public void LibraryRule_ModelOrganTierCoverage_DetailGivesTheCountsAndTheShareAsWritten() =>
        Check(new YearRecord(Org("BZ-001"), Year2024, GradeBand.Good, 1, 9, false, 5, 9), Share.Of(1, 3), TwoThirds)
            .Checks.Single(c => c.Criterion == CertificationCriterionKind.TierCoverage).Detail
            .Should().Be("tier coverage 5 of 9 branches (55.56%), at least 2/3 required");

    [Fact]
    public void YearRecordFrom_CountsOutOfRange_AreRefused()
    {
        var result = AnnualAssessment.Evaluate(Data([Member("A01")], Inputs("A01", 90m, 90m)), Scheme(), YearEnd2024);

        FluentActions.Invoking(() => YearRecord.From(result, Org("A01"), 3, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => YearRecord.From(result, Org("A01"), 0, -1)).Should().Throw<ArgumentOutOfRangeException>();
        YearRecord.From(result, Org("A01"), 2, 3).Should().Be(new YearRecord(Org("A01"), Year2024, GradeBand.Good, 1, 1, false, 2, 3));
    }

    [Fact]
    public void ModelOrganCriteria_SharesReadAsFractionsOrDecimals_AndWrittenBackAsWritten()
    {
        var scheme = SeedScheme(2024) with { Certification = new ModelOrganCriteria(2, GradeBand.Good, Share.Of(1, 3), Share.FromDecimal(0.8m)) };

        var json = PartyBuildingJson.Serialize(scheme);
        var back = PartyBuildingJson.Deserialize<AssessmentScheme>(json);

        json.Should().Contain("\"topShare\": \"1/3\"").And.Contain("\"minimumTierCoverage\": 0.8");
        back.Certification.Should().Be(scheme.Certification);
        back.Certification!.TopShare.IsWrittenAsFraction.Should().BeTrue();
        SeedScheme(2024).Certification!.TopShare.Should().Be(Share.Of(3, 10));
    }

    private static (string Path, string Code, string? Value)[] Validate(string good, string fairlyGood) =>
        ThreeRows(AnnualAssessment.ValidateScheme(Scheme() with { Banding = From2024(AssessmentStrategies.Quota, ("good-share", good), ("fairly-good-share", fairlyGood), ("poor-below", "60")) }));

    private static (string Path, string Code, string? Value)[] ThreeRows(ValidationReport report) =>
        [.. report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

    private static CertificationCheck Check(YearRecord record, Share top, Share coverage) =>
        ModelOrganCertifier.Check(record.Organization, record.Year, [record], new ModelOrganCriteria(1, GradeBand.Average, top, coverage, RequireNoVeto: false));

    private static bool Ranking(YearRecord record, Share top) =>
        Check(record, top, Share.Zero).Checks.Single(c => c.Criterion == CertificationCriterionKind.RankingBand).Met;

    private static bool Coverage(YearRecord record, Share minimum) =>
        Check(record, Share.One, minimum).Checks.Single(c => c.Criterion == CertificationCriterionKind.TierCoverage).Met;
}
