using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the checks of the banding and ranking strategies and their parameters (path, code, message, value, order),
/// each threshold from both sides, the quota's poor-below boundary and the ranking parameters published with a result.
/// </summary>
public sealed class AssessmentStrategyRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(AssessmentScheme scheme) =>
        Rows(new AssessmentSchemeValidator().Check(scheme));

    private static AssessmentScheme Thresholds(params StrategyParameter[] parameters) => Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Thresholds, [.. parameters]) };

    private static AssessmentScheme Quota(params StrategyParameter[] parameters) => Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Quota, [.. parameters]) };

    [Fact]
    public void Check_MissingChoices_AreRequired() =>
        Problems(Scheme() with { Banding = null!, Ranking = null! }).Should().Equal(
            ("Banding", CommonErrorCodes.Required, "'Banding' is required.", null),
            ("Ranking", CommonErrorCodes.Required, "'Ranking' is required.", null));

    [Fact]
    public void Check_UnknownStrategyNames_ListTheKnownOnes() =>
        Problems(Scheme() with { Banding = new StrategyChoice("stars"), Ranking = new StrategyChoice("alphabetical") }).Should().Equal(
            ("Banding.Name", AssessmentErrorCodes.StrategyUnknown, "Unknown strategy 'stars'; known: quota, thresholds.", "stars"),
            ("Ranking.Name", AssessmentErrorCodes.StrategyUnknown, "Unknown strategy 'alphabetical'; known: dense, standard-competition.", "alphabetical"));

    [Fact]
    public void Check_ThresholdsEqualUnknownAndRepeated_AreEachReported() =>
        Problems(Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Thresholds, [P("good", "90"), P("fairly-good", "80"), P("average", "80"), P("good", "90"), P("colour", "red")]) }).Should().Equal(
            ("Banding.Parameters[3]", AssessmentErrorCodes.ParameterDateDuplicate, "The parameter 'good' has two values from 2024-01-01.", "90"),
            ("Banding.Parameters[colour]", AssessmentErrorCodes.StrategyParameterUnknown, "Unknown parameter 'colour'; this strategy takes average, fairly-good, good. (in force on 2024-01-01)", "red"),
            ("Banding.Parameters[good]", AssessmentErrorCodes.StrategyParameterInvalid, "The thresholds must descend strictly: good > fairly-good > average. (in force on 2024-01-01)", "90/80/80"));

    [Fact]
    public void Check_ThresholdsNotANumberAndMissing_AreEachReported() =>
        Problems(Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Thresholds, [P("good", "x")]) }).Should().Equal(
            ("Banding.Parameters[good]", AssessmentErrorCodes.StrategyParameterInvalid, "The parameter 'good' must be a decimal number. (in force on 2024-01-01)", "x"),
            ("Banding.Parameters[fairly-good]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'fairly-good' is required. (in force on 2024-01-01)", null),
            ("Banding.Parameters[average]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'average' is required. (in force on 2024-01-01)", null));

    [Fact]
    public void Check_QuotaSharesAddingUpToExactlyOne_AreAccepted() =>
        Problems(Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Quota, [P("good-share", "0.6"), P("fairly-good-share", "0.4"), P("poor-below", "60")]) }).Should().BeEmpty();

    [Fact]
    public void Check_QuotaSharesAboveOne_AreRejectedOnTheSecondShare() =>
        Problems(Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Quota, [P("good-share", "0.6"), P("fairly-good-share", "0.41"), P("poor-below", "60")]) }).Should().Equal(
            ("Banding.Parameters[fairly-good-share]", AssessmentErrorCodes.StrategyParameterInvalid, "good-share and fairly-good-share together must not exceed 1. (in force on 2024-01-01)", "0.41"));

    [Fact]
    public void Check_QuotaShareOutOfRangeUnknownAndMissing_AreEachReported() =>
        Problems(Scheme() with { Banding = new StrategyChoice(AssessmentStrategies.Quota, [P("good-share", "1.5"), P("fairly-good-share", "0.4"), P("colour", "red")]) }).Should().Equal(
            ("Banding.Parameters[colour]", AssessmentErrorCodes.StrategyParameterUnknown, "Unknown parameter 'colour'; this strategy takes fairly-good-share, good-share, poor-below. (in force on 2024-01-01)", "red"),
            ("Banding.Parameters[good-share]", AssessmentErrorCodes.StrategyParameterInvalid, "The parameter 'good-share' must be a share from 0 to 1: a fraction such as 1/3 or a decimal such as 0.2. (in force on 2024-01-01)", "1.5"),
            ("Banding.Parameters[poor-below]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'poor-below' is required. (in force on 2024-01-01)", null));

    [Fact]
    public void Check_RankingParametersMalformed_AreEachReported_AndTheFormerVetoedLastPointsToThePolicy() =>
        Problems(Scheme() with { Ranking = new StrategyChoice(AssessmentStrategies.StandardCompetition, [P("tie-breakers", "DR,,bad id"), P("vetoed-last", "maybe"), P("colour", "red")]) }).Should().Equal(
            ("Ranking.Parameters[vetoed-last]", AssessmentErrorCodes.PrecedencePolicy, "vetoed-last is no longer a ranking parameter: the scheme's precedence policy orders the published ranking (precedence.order: BandThenTotal, TotalWithMarks or VetoedLast). (in force on 2024-01-01)", "maybe"),
            ("Ranking.Parameters[colour]", AssessmentErrorCodes.StrategyParameterUnknown, "Unknown parameter 'colour'; this strategy takes tie-breakers. (in force on 2024-01-01)", "red"),
            ("Ranking.Parameters[tie-breakers]", AssessmentErrorCodes.StrategyParameterInvalid, "tie-breakers must be a comma-separated list of component identifiers. (in force on 2024-01-01)", "DR,,bad id"));

    [Fact]
    public void Check_TieBreakersTurningBadLater_AreReportedInDateOrder() =>
        Problems(Scheme() with { Ranking = new StrategyChoice(AssessmentStrategies.StandardCompetition, [P("tie-breakers", "DR"), new StrategyParameter("tie-breakers", "KEY", new LocalDate(2024, 9, 1)), new StrategyParameter("tie-breakers", "ROUTINE", new LocalDate(2024, 7, 1))]) }).Should().Equal(
            ("Ranking.Parameters[tie-breakers]", AssessmentErrorCodes.StrategyParameterInvalid, "The tie-breaker 'ROUTINE' is not a component of the scheme. (in force on 2024-07-01)", "ROUTINE"),
            ("Ranking.Parameters[tie-breakers]", AssessmentErrorCodes.StrategyParameterInvalid, "The tie-breaker 'KEY' is not a component of the scheme. (in force on 2024-09-01)", "KEY"));

    [Fact]
    public void Check_SeveralUnknownTieBreakers_AreReportedInTheirListedOrder() =>
        Problems(Scheme() with { Ranking = new StrategyChoice(AssessmentStrategies.StandardCompetition, [P("tie-breakers", "KEY,DR,ROUTINE")]) }).Should().Equal(
            ("Ranking.Parameters[tie-breakers]", AssessmentErrorCodes.StrategyParameterInvalid, "The tie-breaker 'KEY' is not a component of the scheme. (in force on 2024-01-01)", "KEY"),
            ("Ranking.Parameters[tie-breakers]", AssessmentErrorCodes.StrategyParameterInvalid, "The tie-breaker 'ROUTINE' is not a component of the scheme. (in force on 2024-01-01)", "ROUTINE"));

    [Fact]
    public void Check_ThresholdsOnlyAverageMissing_ReportsAverage() =>
        Problems(Thresholds(P("good", "90"), P("fairly-good", "80"))).Should().Equal(
            ("Banding.Parameters[average]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'average' is required. (in force on 2024-01-01)", (string?)null));

    [Fact]
    public void Check_ThresholdsOnlyGoodMissing_ReportsGood() =>
        Problems(Thresholds(P("fairly-good", "80"), P("average", "60"))).Should().Equal(
            ("Banding.Parameters[good]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'good' is required. (in force on 2024-01-01)", (string?)null));

    [Fact]
    public void Check_ThresholdsGoodEqualToFairlyGood_AreNotStrictlyDescending() =>
        Problems(Thresholds(P("good", "90"), P("fairly-good", "90"), P("average", "80"))).Should().Equal(
            ("Banding.Parameters[good]", AssessmentErrorCodes.StrategyParameterInvalid, "The thresholds must descend strictly: good > fairly-good > average. (in force on 2024-01-01)", "90/90/80"));

    [Fact]
    public void Check_QuotaOnlyPoorBelowMissing_ReportsPoorBelow() =>
        Problems(Quota(P("good-share", "0.5"), P("fairly-good-share", "0.3"))).Should().Equal(
            ("Banding.Parameters[poor-below]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'poor-below' is required. (in force on 2024-01-01)", (string?)null));

    [Fact]
    public void Check_QuotaOnlyGoodShareMissing_ReportsGoodShare() =>
        Problems(Quota(P("fairly-good-share", "0.3"), P("poor-below", "60"))).Should().Equal(
            ("Banding.Parameters[good-share]", AssessmentErrorCodes.StrategyParameterMissing, "The parameter 'good-share' is required. (in force on 2024-01-01)", (string?)null));

    [Fact]
    public void Check_RankingWithUnknownParameter_DoesNotGoOnToCheckTheTieBreakers() =>
        Problems(Scheme() with { Ranking = new StrategyChoice(AssessmentStrategies.StandardCompetition, [P("tie-breakers", "KEY"), P("colour", "red")]) }).Should().Equal(
            ("Ranking.Parameters[colour]", AssessmentErrorCodes.StrategyParameterUnknown, "Unknown parameter 'colour'; this strategy takes tie-breakers. (in force on 2024-01-01)", "red"));

    [Fact]
    public void QuotaBand_TotalExactlyAtPoorBelow_IsNotPoor()
    {
        var scheme = Quota(P("good-share", "0.5"), P("fairly-good-share", "0.5"), P("poor-below", "60"));
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
}
