using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the checks of the dated banding and ranking strategies and their parameters (path, code, value, order), each
/// threshold from both sides, the quota's poor-below boundary, strategies a caller adds, and the parameters published
/// with a result.
/// </summary>
public sealed class AssessmentStrategyRulesTest
{
    private const string Banding = "Banding[0].Value";
    private const string Ranking = "Ranking[0].Value";

    private static (string Path, string Code, string? Value)[] Problems(AssessmentScheme scheme, AssessmentStrategies? strategies = null) =>
        [.. AnnualAssessment.ValidateScheme(scheme, strategies).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

    private static AssessmentScheme Thresholds(params (string, string)[] parameters) => Scheme() with { Banding = From2024(AssessmentStrategies.Thresholds, parameters) };

    private static AssessmentScheme Quota(params (string, string)[] parameters) => Scheme() with { Banding = From2024(AssessmentStrategies.Quota, parameters) };

    private static AssessmentScheme Ranked(params (string, string)[] parameters) => Scheme() with { Ranking = From2024(AssessmentStrategies.StandardCompetition, parameters) };

    [Fact]
    public void Check_MissingStrategies_HaveNoneInForce() =>
        Problems(Scheme() with { Banding = [], Ranking = [] }).Should().Equal(
            ("Banding", AssessmentErrorCodes.ParameterNotInForce, null),
            ("Ranking", AssessmentErrorCodes.ParameterNotInForce, null));

    [Fact]
    public void Check_UnknownStrategyNames_AreUnknown() =>
        Problems(Scheme() with { Banding = From2024("stars"), Ranking = From2024("alphabetical") }).Should().Equal(
            (Banding + ".Name", CommonErrorCodes.StrategyUnknown, "stars"),
            (Ranking + ".Name", CommonErrorCodes.StrategyUnknown, "alphabetical"));

    [Fact]
    public void Check_StrategyFirstInForceAfterTheSchemeStarts_IsNotInForce_AndTwoOnOneDateAreDuplicates()
    {
        var spec = StrategySpec.Of(AssessmentStrategies.Dense);
        Problems(Scheme() with { Ranking = [new(new LocalDate(2024, 3, 1), spec), new(new LocalDate(2024, 3, 1), spec)] }).Should().Equal(
            ("Ranking", AssessmentErrorCodes.ParameterNotInForce, "2024-03-01"),
            ("Ranking[1]", AssessmentErrorCodes.ParameterDateDuplicate, "2024-03-01"));
    }

    [Fact]
    public void Check_ThresholdsEqualAndUnknown_AreEachReported() =>
        Problems(Thresholds(("good", "90"), ("fairly-good", "80"), ("average", "80"), ("colour", "red"))).Should().Equal(
            (Banding + ".Parameters.good", CommonErrorCodes.StrategyParameterInvalid, "90"),
            (Banding + ".Parameters.colour", CommonErrorCodes.StrategyParameterUnknown, "red"));

    [Fact]
    public void Check_ThresholdsNotANumberAndMissing_AreEachReported() =>
        Problems(Thresholds(("good", "x"))).Should().Equal(
            (Banding + ".Parameters.good", CommonErrorCodes.StrategyParameterInvalid, "x"),
            (Banding + ".Parameters.fairly-good", CommonErrorCodes.StrategyParameterMissing, null),
            (Banding + ".Parameters.average", CommonErrorCodes.StrategyParameterMissing, null));

    [Fact]
    public void Check_QuotaSharesAddingUpToExactlyOne_AreAccepted() =>
        Problems(Quota(("good-share", "0.6"), ("fairly-good-share", "0.4"), ("poor-below", "60"))).Should().BeEmpty();

    [Fact]
    public void Check_QuotaSharesAboveOne_AreRejectedOnTheSecondShare() =>
        Problems(Quota(("good-share", "0.6"), ("fairly-good-share", "0.41"), ("poor-below", "60"))).Should().Equal(
            (Banding + ".Parameters.fairly-good-share", CommonErrorCodes.StrategyParameterInvalid, "0.41"));

    [Fact]
    public void Check_QuotaShareOutOfRangeUnknownAndMissing_AreEachReported() =>
        Problems(Quota(("good-share", "1.5"), ("fairly-good-share", "0.4"), ("colour", "red"))).Should().Equal(
            (Banding + ".Parameters.good-share", CommonErrorCodes.StrategyParameterInvalid, "1.5"),
            (Banding + ".Parameters.poor-below", CommonErrorCodes.StrategyParameterMissing, null),
            (Banding + ".Parameters.colour", CommonErrorCodes.StrategyParameterUnknown, "red"));

    [Fact]
    public void Check_RankingParametersMalformed_AreEachReported_AndTheFormerVetoedLastPointsToThePolicy() =>
        Problems(Ranked(("tie-breakers", "DR,,bad id"), ("vetoed-last", "maybe"), ("colour", "red"))).Should().Equal(
            (Ranking + ".Parameters.vetoed-last", AssessmentErrorCodes.PrecedencePolicy, "maybe"),
            (Ranking + ".Parameters.tie-breakers", CommonErrorCodes.StrategyParameterInvalid, "DR,,bad id"),
            (Ranking + ".Parameters.colour", CommonErrorCodes.StrategyParameterUnknown, "red"));

    [Fact]
    public void Check_TieBreakersOfALaterEntry_AreCheckedAgainstTheComponents()
    {
        var scheme = Scheme() with
        {
            Ranking =
            [
                new(Start2024, StrategySpec.Of(AssessmentStrategies.StandardCompetition, ("tie-breakers", "DR"))),
                new(new LocalDate(2024, 7, 1), StrategySpec.Of(AssessmentStrategies.StandardCompetition, ("tie-breakers", "ROUTINE"))),
            ],
        };

        Problems(scheme).Should().Equal(("Ranking[1].Value.Parameters.tie-breakers", CommonErrorCodes.StrategyParameterInvalid, "ROUTINE"));
    }

    [Fact]
    public void Check_SeveralUnknownTieBreakers_AreReportedInTheirListedOrder() =>
        Problems(Ranked(("tie-breakers", "KEY,DR,ROUTINE"))).Should().Equal(
            (Ranking + ".Parameters.tie-breakers", CommonErrorCodes.StrategyParameterInvalid, "KEY"),
            (Ranking + ".Parameters.tie-breakers", CommonErrorCodes.StrategyParameterInvalid, "ROUTINE"));

    [Fact]
    public void Check_ThresholdsOnlyAverageMissing_ReportsAverage() =>
        Problems(Thresholds(("good", "90"), ("fairly-good", "80"))).Should().Equal(
            (Banding + ".Parameters.average", CommonErrorCodes.StrategyParameterMissing, (string?)null));

    [Fact]
    public void Check_ThresholdsOnlyGoodMissing_ReportsGood() =>
        Problems(Thresholds(("fairly-good", "80"), ("average", "60"))).Should().Equal(
            (Banding + ".Parameters.good", CommonErrorCodes.StrategyParameterMissing, (string?)null));

    [Fact]
    public void Check_ThresholdsGoodEqualToFairlyGood_AreNotStrictlyDescending() =>
        Problems(Thresholds(("good", "90"), ("fairly-good", "90"), ("average", "80"))).Should().Equal(
            (Banding + ".Parameters.good", CommonErrorCodes.StrategyParameterInvalid, "90"));

    [Fact]
    public void Check_ThresholdsStrictlyDescendingByTheSmallestStep_AreAccepted() =>
        Problems(Thresholds(("good", "90"), ("fairly-good", "89.99"), ("average", "89.98"))).Should().BeEmpty();

    [Fact]
    public void Check_QuotaOnlyPoorBelowMissing_ReportsPoorBelow() =>
        Problems(Quota(("good-share", "0.5"), ("fairly-good-share", "0.3"))).Should().Equal(
            (Banding + ".Parameters.poor-below", CommonErrorCodes.StrategyParameterMissing, (string?)null));

    [Fact]
    public void Check_QuotaOnlyGoodShareMissing_ReportsGoodShare() =>
        Problems(Quota(("fairly-good-share", "0.3"), ("poor-below", "60"))).Should().Equal(
            (Banding + ".Parameters.good-share", CommonErrorCodes.StrategyParameterMissing, (string?)null));

    [Fact]
    public void Check_StrategyACallerAdds_IsKnownOnlyToTheStrategiesItWasAddedTo()
    {
        var scheme = Scheme() with { Banding = From2024("all-good") };
        var strategies = AssessmentStrategies.Default.With("all-good", _ => new AllGood());

        Problems(scheme).Should().Equal((Banding + ".Name", CommonErrorCodes.StrategyUnknown, "all-good"));
        Problems(scheme, strategies).Should().BeEmpty();
        var result = AnnualAssessment.Evaluate(Data([Member("A01")], Inputs("A01", 10m, 10m)), scheme, YearEnd2024, strategies);
        result.Organizations.Single().Band.Should().Be(GradeBand.Good);
        result.Banding.Name.Should().Be("all-good");
    }

    [Fact]
    public void Evaluate_StrategyChangedDuringTheYear_AppliesTheEntryInForceOnTheAsOfDate()
    {
        var scheme = Scheme() with
        {
            Banding =
            [
                new(Start2024, StrategySpec.Of(AssessmentStrategies.Thresholds, ("good", "90"), ("fairly-good", "80"), ("average", "60"))),
                new(new LocalDate(2024, 7, 1), StrategySpec.Of(AssessmentStrategies.Thresholds, ("good", "95"), ("fairly-good", "85"), ("average", "60"))),
            ],
        };
        var data = Data([Member("A01")], Inputs("A01", 92m, 92m));

        AnnualAssessment.Evaluate(data, scheme, new LocalDate(2024, 6, 30)).Organizations.Single().Band.Should().Be(GradeBand.Good);
        AnnualAssessment.Evaluate(data, scheme, new LocalDate(2024, 7, 1)).Organizations.Single().Band.Should().Be(GradeBand.FairlyGood);
    }

    [Fact]
    public void QuotaBand_TotalExactlyAtPoorBelow_IsNotPoor()
    {
        var scheme = Quota(("good-share", "0.5"), ("fairly-good-share", "0.5"), ("poor-below", "60"));
        var result = AnnualAssessment.Evaluate(Data([Member("A01"), Member("B02")], Inputs("A01", 60m, 60m), Inputs("B02", 59.99m, 59.99m)), scheme, YearEnd2024);

        result.Organizations.Select(o => (o.Organization.Value, o.PublishedTotal.Value, o.Band)).Should().Equal(("A01", 60m, GradeBand.Good), ("B02", 59.99m, GradeBand.Poor));
    }

    [Fact]
    public void Rank_TiedOnTotalAndFirstTieBreaker_IsDecidedByTheSecondAndPublishesTheParameters()
    {
        var scheme = Scheme(tieBreakers: "DR,STD");
        var data = Data([Member("B02"), Member("A01")], Inputs("B02", 80m, 85m, bonuses: [new FactorEntry(Award, Score.Of(3m), "award")]), Inputs("A01", 80m, 90m));

        var result = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);

        result.Organizations.Select(o => (o.Organization.Value, o.PublishedTotal.Value, o.CommitteeRank)).Should().Equal(("A01", 86m, 1), ("B02", 86m, 2));
        result.Ranking.Parameters.Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["tie-breakers"] = "DR,STD" });
    }

    [Fact]
    public void Rank_FullyTiedWithATieBreaker_ShareTheRankAndPublishTheTieBreakers()
    {
        var result = AnnualAssessment.Evaluate(Data([Member("B02"), Member("A01")], Inputs("B02", 80m, 90m), Inputs("A01", 80m, 90m)), Scheme(tieBreakers: "DR"), YearEnd2024);

        result.Organizations.Select(o => (o.Organization.Value, o.CommitteeRank)).Should().Equal(("A01", 1), ("B02", 1));
        result.Ranking.Parameters.Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["tie-breakers"] = "DR" });
    }

    [Fact]
    public void Rank_WithoutTieBreakers_PublishesTheDefaultAsInForce()
    {
        var result = AnnualAssessment.Evaluate(Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme() with { Ranking = From2024(AssessmentStrategies.Dense) }, YearEnd2024);

        result.Ranking.Parameters.Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["tie-breakers"] = string.Empty });
    }

    private sealed class AllGood : IBandingStrategy
    {
        public string Name => "all-good";

        public ValueDictionary<string> Parameters => default;

        public GradeBand Band(Score publishedTotal, int committeeRank, int rankedCount) => GradeBand.Good;
    }
}
