using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Observed values derived from the records of organizational life (<see cref="DerivedObservation"/>): each measure on both
/// sides of its threshold, the explanation naming the records, and the problems of a derivation.
/// </summary>
public sealed class ObservedFromRecordsTest
{
    private static readonly AssessmentYear Y2019 = AssessmentYear.Create(2019);
    private static readonly LocalDate AsOf = new(2020, 1, 15);

    private static readonly RecordMeasure QuartersWithoutMembersMeeting = new(RecordMeasureKind.PeriodsWithoutValidMeeting, [MeetingKind.MembersMeeting], LifePeriod.Quarter);
    private static readonly RecordMeasure MonthsWithThemePartyDay = new(RecordMeasureKind.ShareOfPeriodsWithValidMeeting, [MeetingKind.ThemePartyDay], LifePeriod.Month);

    private static BranchRoster Roster() => new(Committee, [new(Branch, OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"))]);

    private static DerivedObservation Derive(string indicator, RecordMeasure measure) => new(IndicatorId.Parse(indicator), measure, "第一督导组", new LocalDate(2019, 12, 31));

    /// <summary>A 2019 assessment of BZ-001-B02 against the small catalogue, the given indicators derived and the others typed in (A1 met, A2 full, B1 none, B2 none, B3 none).</summary>
    private static BranchAssessment Assessment(params DerivedObservation[] derived)
    {
        var typed = new[] { Obs("A1", 1m, Y2019), Obs("A2", 1m, Y2019), Obs("B1", 0m, Y2019), Obs("B2", 0m, Y2019), Obs("B3", 0m, Y2019) };
        return new(Branch, Y2019, CatalogueId.Parse("SMALL"), [.. typed.Where(t => !derived.Any(d => d.IndicatorId == t.IndicatorId))], [.. derived]);
    }

    private static StandardizationDataSet Data(BranchAssessment assessment, OrganizationalLifeRecords? records) =>
        new StandardizationDataSet(Roster(), [assessment]) with { LifeRecords = records };

    private static IndicatorResult Indicator(StandardizationDataSet data, string id) =>
        StandardizationEngine.Evaluate(data, SmallScheme(), AsOf).Results.Single().Aspects.SelectMany(a => a.Indicators).Single(i => i.IndicatorId == IndicatorId.Parse(id));

    /// <summary>Five full members; a members' meeting in each quarter, the second one with <paramref name="presentInQ2"/> present.</summary>
    private static OrganizationalLifeRecords MembersMeetings(int presentInQ2) => Records(Members(5), Range(1, 4).Select(q => Meeting(
        $"MM-Q{q}", MeetingKind.MembersMeeting, new LocalDate(2019, q * 3, 20), q == 2 ? Range(1, presentInQ2) : Range(1, 5))));

    [Fact]
    public void Article11Quorum_ThreeOfFivePresentInEveryQuarter_NoQuarterWithoutAValidMembersMeeting_FullPoints()
    {
        var b1 = Indicator(Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), MembersMeetings(3)), "B1");

        b1.Points.Should().Be(Score.Of(50m));
        var observed = b1.Explanation.Children.Single();
        observed.Value.Should().Be(0m);
        observed.Label.Should().Be(new LocalizedText("观测值（由组织生活记录得出）", "Observed (derived from organizational-life records)"));
        observed.Summary!.ZhCn.Should().Be("本项数值由组织生活记录得出，依据记录：MM-Q1、MM-Q2、MM-Q3、MM-Q4。");
        observed.Summary.English.Should().Be("Derived from organizational-life records: MM-Q1, MM-Q2, MM-Q3, MM-Q4.");
        Range(1, 4).Should().OnlyContain(q => observed.Find($"MM-Q{q}")!.Value == 1m);
    }

    [Fact]
    public void Article11Quorum_TwoOfFivePresent_TheQuarterHasNoValidMembersMeeting_OneDeduction()
    {
        var b1 = Indicator(Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), MembersMeetings(2)), "B1");

        b1.Points.Should().Be(Score.Of(40m));
        var observed = b1.Explanation.Children.Single();
        observed.Value.Should().Be(1m);
        observed.Find("MM-Q2")!.Value.Should().Be(0m);
        observed.Find("2019-Q2")!.Value.Should().Be(0m);
        observed.Find("2019-Q2")!.Label.ZhCn.Should().Be("2019年第二季度");
    }

    [Fact]
    public void ShareOfMonths_ThemePartyDayEveryMonth_IsOne_ElevenMonthsIsElevenTwelfths()
    {
        var every = Records(Members(5), Range(1, 12).Select(m => Meeting($"TD-{m:00}", MeetingKind.ThemePartyDay, new LocalDate(2019, m, 10), Range(1, 5))));
        var noAugust = every with { Meetings = [.. every.Meetings.Where(m => m.Date.Month != 8)] };

        Indicator(Data(Assessment(Derive("A2", MonthsWithThemePartyDay)), every), "A2").Explanation.Children.Single().Value.Should().Be(1m);
        var eleven = Indicator(Data(Assessment(Derive("A2", MonthsWithThemePartyDay)), noAugust), "A2");
        eleven.Explanation.Children.Single().Value.Should().Be(11m / 12m);
        eleven.Points.Value.Should().BeLessThan(20m);
    }

    [Fact]
    public void HeldInYear_OrganizationalLifeMeetingAndAppraisalBothHeld_IsMet_EitherMissing_IsNot()
    {
        var measure = new RecordMeasure(RecordMeasureKind.HeldInYear, [MeetingKind.OrganizationalLifeMeeting, MeetingKind.DemocraticAppraisal]);
        var both = Records(Members(5), [
            Meeting("OLM", MeetingKind.OrganizationalLifeMeeting, new LocalDate(2019, 12, 5), Range(1, 5)),
            Meeting("DA", MeetingKind.DemocraticAppraisal, new LocalDate(2019, 12, 6), Range(1, 5)),
        ]);
        var one = both with { Meetings = [both.Meetings[0]] };

        Indicator(Data(Assessment(Derive("A1", measure)), both), "A1").Points.Should().Be(Score.Of(30m));
        Indicator(Data(Assessment(Derive("A1", measure)), one), "A1").Points.Should().Be(Score.Zero);
    }

    [Fact]
    public void AttendanceRate_IsPresentOverRecorded_AcrossTheMeetings()
    {
        var records = Records(Members(5), [
            Meeting("TD-01", MeetingKind.ThemePartyDay, new LocalDate(2019, 1, 10), Range(1, 4), [new Absence(M(5), AbsenceReason.Leave)]),
            Meeting("TD-02", MeetingKind.ThemePartyDay, new LocalDate(2019, 2, 10), Range(1, 5)),
        ]);

        var a2 = Indicator(Data(Assessment(Derive("A2", new RecordMeasure(RecordMeasureKind.AttendanceRate, [MeetingKind.ThemePartyDay]))), records), "A2");

        a2.Explanation.Children.Single().Value.Should().Be(0.9m);
        a2.Explanation.Children.Single().Children.Single().Parameters.Should().Contain(new KeyValuePair<string, string>("present", "9"));
    }

    [Fact]
    public void OnlyRecordsDatedByTheEvaluationDate_AndPeriodsEndedByIt_AreSeen()
    {
        var data = Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting) with { AssessedOn = new LocalDate(2019, 6, 30) }), MembersMeetings(5));

        var outcome = StandardizationEngine.Evaluate(data, SmallScheme(), new LocalDate(2019, 7, 1));

        var observed = outcome.Results.Single().Aspects.SelectMany(a => a.Indicators).Single(i => i.IndicatorId == IndicatorId.Parse("B1")).Explanation.Children.Single();
        observed.Summary!.English.Should().Be("Derived from organizational-life records: MM-Q1, MM-Q2.");
        observed.Children.Single().Children.Should().HaveCount(2);
    }

    [Fact]
    public void ObservedAndDerived_ForTheSameIndicator_IsAProblem()
    {
        var assessment = Assessment() with { Derived = [Derive("B1", QuartersWithoutMembersMeeting)] };

        var report = StandardizationEngine.Validate(Data(assessment, MembersMeetings(5)), SmallScheme(), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Assessments[0].Derived[0].IndicatorId", StandardizationErrorCodes.ObservedAndDerived, "B1"));
    }

    [Fact]
    public void Derivation_WithoutRecords_IsAProblem()
    {
        var report = StandardizationEngine.Validate(Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), null), SmallScheme(), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Assessments[0].Derived[0].Measure", StandardizationErrorCodes.DerivationWithoutRecords));
    }

    [Fact]
    public void Derivation_RecordsOfAnotherYearOrWithoutTheBranch_IsAProblem()
    {
        var records = MembersMeetings(5);
        var otherYear = Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), records with { Year = AssessmentYear.Create(2018) });
        var otherBranch = Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), records with { Branches = [records.Branches[0] with { Id = OrganizationId.Parse("BZ-001-B01") }] });

        StandardizationEngine.Validate(otherYear, SmallScheme(), AsOf).Problems.Select(p => p.ErrorCode).Should().Equal(StandardizationErrorCodes.DerivationNotRecorded);
        StandardizationEngine.Validate(otherBranch, SmallScheme(), AsOf).Problems.Select(p => p.ErrorCode).Should().Equal(StandardizationErrorCodes.DerivationNotRecorded);
    }

    [Fact]
    public void Derivation_WithNoKindOfMeeting_IsAProblem()
    {
        var report = StandardizationEngine.Validate(Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting with { Meetings = [] })), MembersMeetings(5)), SmallScheme(), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Assessments[0].Derived[0].Measure", StandardizationErrorCodes.DerivationInvalid));
    }

    [Fact]
    public void Derivation_WhoseValueDoesNotSuitTheMethod_IsAnInvalidObservation()
    {
        // A share of months (11/12) is not a whole count of occurrences for a deduction.
        var records = Records(Members(5), Range(1, 11).Select(m => Meeting($"TD-{m:00}", MeetingKind.ThemePartyDay, new LocalDate(2019, m, 10), Range(1, 5))));

        var report = StandardizationEngine.Validate(Data(Assessment(Derive("B1", MonthsWithThemePartyDay)), records), SmallScheme(), AsOf);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Assessments[0].Derived[0].Measure", StandardizationErrorCodes.ObservationInvalid));
    }

    [Fact]
    public void Derivation_DatedAfterTheEvaluation_IsAProblem()
    {
        var report = StandardizationEngine.Validate(Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), MembersMeetings(5)), SmallScheme(), new LocalDate(2019, 12, 30));

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Assessments[0].Derived[0].AssessedOn", StandardizationErrorCodes.ScoredAfterAsOf));
    }

    [Fact]
    public void RecordsGiven_ButNothingDerived_ScoresExactlyAsWithoutThem()
    {
        var without = StandardizationEngine.Evaluate(Data(Assessment(), null), SmallScheme(), AsOf);
        var with = StandardizationEngine.Evaluate(Data(Assessment(), MembersMeetings(2)), SmallScheme(), AsOf);

        with.Should().Be(without);
    }

    [Fact]
    public void DerivedObservations_RoundTripThroughJson()
    {
        var data = Data(Assessment(Derive("B1", QuartersWithoutMembersMeeting)), null);

        var json = Core.Serialization.PartyBuildingJson.Serialize(data);

        json.Should().Contain("\"kind\": \"PeriodsWithoutValidMeeting\"").And.NotContain("lifeRecords");
        Core.Serialization.PartyBuildingJson.Deserialize<StandardizationDataSet>(json).Should().Be(data);
    }

    [Fact]
    public void Docs_Example_DerivesTheMembersMeetingIndicator()
    {
        // The demo catalogue, tiers and roster of docs/standardization.md's first example.
        var catalogue = new IndicatorCatalogue(
            CatalogueId.Parse("DEMO"),
            new LocalizedText("示例指标体系", "Demo catalogue"),
            Score.Of(100m),
            [
                new Aspect(AspectId.Parse("ORG"), new LocalizedText("组织建设", "Organization"),
                [
                    new Core.Standardization.Indicator(IndicatorId.Parse("ORG-1"), new LocalizedText("党员大会每季度召开", "Quarterly members' meeting"),
                        Score.Of(40m), Core.Strategies.StrategySpec.Of(StandardizationStrategies.Deduction, (StandardizationStrategies.PerOccurrence, "10")), [CheckMethod.CheckingFiles]),
                    new Core.Standardization.Indicator(IndicatorId.Parse("ORG-2"), new LocalizedText("主题党日参加率", "Theme party day attendance"),
                        Score.Of(60m), Core.Strategies.StrategySpec.Of(StandardizationStrategies.Proportional, (StandardizationStrategies.ZeroRate, "0.5")), [CheckMethod.CheckingFiles, CheckMethod.OnSite]),
                    new Core.Standardization.Indicator(IndicatorId.Parse("ORG-3"), new LocalizedText("严重违纪违法", "Serious violation"),
                        Score.Zero, Core.Strategies.StrategySpec.Of(StandardizationStrategies.Veto), [CheckMethod.HearingReports]),
                ]),
            ],
            Source: "article-002");
        var tiers = new TierScheme(
            Core.Strategies.StrategySpec.Of(StandardizationStrategies.ScoreThresholds, ("standard", "75"), ("advanced", "85"), ("exemplary", "95")),
            CampaignStart: AssessmentYear.Create(2017),
            CoverageTargets: [.. StandardizationRules.BinzhouCoverageTargets.ValueAsOf(new LocalDate(2017, 6, 30))]);
        var data = new StandardizationDataSet(
            new BranchRoster(OrganizationId.Parse("BZ-WC"),
            [
                new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
                new RosterEntry(OrganizationId.Parse("BZ-001-B02"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            ]),
            []);

        // --- docs: begin
        var branch = OrganizationId.Parse("BZ-001-B01");
        MemberId M(int i) => MemberId.Parse($"BZ-001-B01-M{i:000}");
        var y2019 = AssessmentYear.Create(2019);
        var records = new OrganizationalLifeRecords(y2019, OrganizationId.Parse("BZ-WC"),
            [new LifeBranch(branch, [.. Enumerable.Range(1, 5).Select(i => new LifeMember(M(i)))])],
            [.. Enumerable.Range(1, 4).Select(q => new MeetingRecord(
                LifeRecordId.Parse($"MM-Q{q}"), MeetingKind.MembersMeeting, branch, new LocalDate(2019, q * 3, 20),
                Attendees: [.. Enumerable.Range(1, q == 2 ? 2 : 5).Select(M)]))]);   // Q2: 2 of 5, not valid (第十一条)

        var derivedData = new StandardizationDataSet(data.Roster,
        [
            new BranchAssessment(branch, y2019, catalogue.Id,
                [new IndicatorScore(IndicatorId.Parse("ORG-2"), 0.9m, "第一督导组", new LocalDate(2019, 6, 12))],
                Derived: [new DerivedObservation(
                    IndicatorId.Parse("ORG-1"),
                    new RecordMeasure(RecordMeasureKind.PeriodsWithoutValidMeeting, [MeetingKind.MembersMeeting], LifePeriod.Quarter),
                    "第一督导组", new LocalDate(2019, 12, 31))]),
        ]) with { LifeRecords = records };

        var derivedOutcome = StandardizationEngine.Evaluate(derivedData, new StandardizationScheme(catalogue, tiers with { CampaignStart = y2019 }), new LocalDate(2020, 1, 15));
        Explanation observed = derivedOutcome.Results[0].Aspects[0].Indicators[0].Explanation.Children[0];
        // --- docs: end

        observed.Value.Should().Be(1m);
        derivedOutcome.Results[0].Aspects[0].Indicators[0].Points.Should().Be(Score.Of(30m));
        observed.Summary!.ZhCn.Should().Be("本项数值由组织生活记录得出，依据记录：MM-Q1、MM-Q2、MM-Q3、MM-Q4。");
    }
}
