using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>The examples of docs/responsibilities.md, verbatim, so that the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_ScoreAList()
    {
        var year = AssessmentYear.Create(2019);
        var listId = ResponsibilityListId.Parse("BZ-001-2019");
        var list = new ResponsibilityList(
            listId,
            OrganizationId.Parse("BZ-001"),
            year,
            ResponsibilityListKind.Annual,
            new LocalizedText("2019年度责任清单", "Responsibility list 2019"),
            [
                new ResponsibilityItem(
                    ResponsibilityItemId.Parse("STUDY"),
                    ResponsibilityLevel.Principal,
                    new LocalizedText("专题研究意识形态工作", "Study ideology work"),
                    DueRule.Recurring(RecurrencePeriod.Year, 2),
                    ResponsibilityCitations.RecurringIdeologyDuties),
                new ResponsibilityItem(
                    ResponsibilityItemId.Parse("REMIND"),
                    ResponsibilityLevel.Principal,
                    new LocalizedText("每季度提示意识形态工作", "Remind of ideology work"),
                    DueRule.Recurring(RecurrencePeriod.Quarter),
                    ResponsibilityCitations.RecurringIdeologyDuties),
                new ResponsibilityItem(
                    ResponsibilityItemId.Parse("PLAN"),
                    ResponsibilityLevel.Assisting,
                    new LocalizedText("制定年度党建工作要点", "Draft the year's key points"),
                    DueRule.Once(new LocalDate(2019, 2, 28))),
            ]);
        EvidenceRecord Done(string item, int month, int day) =>
            new(listId, ResponsibilityItemId.Parse(item), new LocalDate(2019, month, day), "minutes");
        ImmutableArray<EvidenceRecord> evidence =
        [
            Done("STUDY", 4, 2), Done("STUDY", 10, 8),             // twice a year: done
            Done("REMIND", 1, 15), Done("REMIND", 5, 6), Done("REMIND", 11, 4), // Q3 missed
            Done("PLAN", 3, 5),                                     // after 28 February: late, stays overdue
        ];
        var scheme = new ResponsibilityScheme(
            "example",
            new LocalizedText("示例方案", "Example scheme"),
            OrganizationId.Parse("BZ-WC"),
            [],
            StrategySpec.Of(ResponsibilityStrategies.Proportional));

        var result = ResponsibilityAssessmentEngine.Evaluate(
            new ResponsibilityDataSet(year, [list], evidence), scheme, new LocalDate(2019, 12, 31));

        var bz001 = result.For(OrganizationId.Parse("BZ-001"))!;
        // (1 + 3/4 + 0) / 3 = 0.58333… of 100 points, published half away from zero at two places.
        bz001.Score.Should().Be(Score.Of(58.33m));
        bz001.Count(DutyStatus.Overdue).Should().Be(2);
        var text = bz001.Explanation.ToText(DisplayLanguage.English);
        text.Should().Contain("Responsibility score (proportional)").And.Contain("Full points 100 (not set by the scheme: the default)");

        // The same data under the deduction strategy: 2 overdue occurrences × 3 points.
        var deduction = scheme with { Scoring = StrategySpec.Of(ResponsibilityStrategies.OverdueDeduction, (ResponsibilityStrategies.DeductionPerOverdue, "3")) };
        ResponsibilityAssessmentEngine.Evaluate(new ResponsibilityDataSet(year, [list], evidence), deduction, new LocalDate(2019, 12, 31))
            .For(OrganizationId.Parse("BZ-001"))!.Score.Should().Be(Score.Of(94m));

        // A bad parameter is reported at its path, with every other problem, before anything is computed.
        var bad = scheme with { Scoring = StrategySpec.Of(ResponsibilityStrategies.OverdueDeduction, (ResponsibilityStrategies.Floor, "-1")) };
        ResponsibilityAssessmentEngine.Validate(new ResponsibilityDataSet(year, [list], evidence), bad, new LocalDate(2019, 12, 31))
            .Problems.Single().Path.Should().Be("Scheme.Scoring.Parameters.floor");
    }

    [Fact]
    public void Example_AccountabilityChain()
    {
        var chain = AccountabilityChain.Start(ResponsibilityListId.Parse("BZ-001-2019"), ResponsibilityItemId.Parse("PLAN"))
            .Advance(AccountabilityStage.Clarify, new LocalDate(2019, 1, 10))
            .Advance(AccountabilityStage.Assign, new LocalDate(2019, 1, 15));

        var skip = () => chain.Advance(AccountabilityStage.Report, new LocalDate(2019, 6, 30));

        skip.Should().Throw<InvalidTransitionException>().WithMessage("*cannot move from '定责 Assign' to '述责 Report'.");
    }

    [Fact]
    public void Example_Ledger()
    {
        var org = OrganizationId.Parse("BZ-001");
        var ledger = new RectificationLedger(
            RectificationLedgerId.Parse("BZ-001-LEDGER-2019"),
            new LocalizedText("整改台账", "Rectification ledger"),
            AssessmentYear.Create(2019),
            new LocalDate(2019, 9, 20),
            [new RectificationArea(RectificationAreaId.Parse("AR1"), new LocalizedText("落实责任制", "Responsibility system"))],
            [
                new RectificationProblem(
                    RectificationProblemId.Parse("Q01"),
                    org,
                    RectificationAreaId.Parse("AR1"),
                    new LocalizedText("责任传导不到位", "Responsibility not passed down"),
                    [
                        new RectificationMeasure(
                            RectificationMeasureId.Parse("M01"),
                            new LocalizedText("修订责任清单", "Revise the list"),
                            MemberId.Parse("BZ-001-B01-M001"),
                            DeadlineClass.EndOfNovember,
                            new RectificationCompletion(new LocalDate(2019, 11, 20), "党组会纪要")),
                        new RectificationMeasure(
                            RectificationMeasureId.Parse("M02"),
                            new LocalizedText("季度督导", "Quarterly supervision"),
                            MemberId.Parse("BZ-001-B01-M001"),
                            DeadlineClass.YearEnd),
                    ]),
            ]);

        var status = RectificationLedgerEngine.Evaluate(ledger, new LocalDate(2020, 1, 1));

        var rollup = status.For(org)!;
        (rollup.Problems, rollup.Measures, rollup.Done, rollup.Overdue).Should().Be((1, 2, 1, 1));
    }

    [Fact]
    public void Example_PeopleDuties()
    {
        var year = AssessmentYear.Create(2019);
        var registry = OrganizationRegistry.Create(PartyBuildingJson.Deserialize<OrganizationSnapshot>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "organizations", "binzhou-snapshot.json"))));
        var secretary = new DutyHolder(MemberId.Parse("BZ-002-B01-M001"), "邓芳娟");
        var agreement = new ResponsibilityList(
            ResponsibilityListId.Parse("BZ-002-B01-2019"),
            OrganizationId.Parse("BZ-002-B01"),
            year,
            ResponsibilityListKind.TargetAgreement,
            new LocalizedText("党支部书记落实党建工作目标责任书", "Branch secretary's target agreement"),
            [
                new ResponsibilityItem(
                    ResponsibilityItemId.Parse("T11"),
                    ResponsibilityLevel.Implementing,
                    new LocalizedText("接受季度督导检查", "Undergo the quarterly inspection"),
                    DueRule.Recurring(RecurrencePeriod.Quarter),
                    ResponsibilityCitations.TargetAgreement),
            ],
            signedOn: new LocalDate(2019, 1, 10),
            holder: secretary);
        var contact = new ContactPoint(
            new DutyHolder(MemberId.Parse("BZ-001-B02-M001"), "郭红"),
            OrganizationId.Parse("BZ-001"),
            year,
            OrganizationId.Parse("BZ-001-B03"),
            [
                new ContactTask(ContactTaskKind.Research, [new LocalDate(2019, 4, 18)]),
                new ContactTask(ContactTaskKind.HeartToHeartTalk, [new LocalDate(2019, 6, 5)], requiredCount: 2),
                new ContactTask(ContactTaskKind.PartyLesson, [new LocalDate(2019, 7, 1)]),
            ]);
        var data = new ResponsibilityDataSet(year, [agreement], contactPoints: [contact]);

        // Both people resolve: 邓芳娟 is BZ-002-B01's secretary on 10 January, 郭红 in BZ-001's leading group, BZ-001-B03 under BZ-001.
        ResponsibilityAssessmentEngine.CheckAgainst(data, registry).Problems.Should().BeEmpty();

        // The year-end review of BZ-002-B01's secretary must review the holder.
        var reviewed = new Dictionary<OrganizationId, MemberId> { [OrganizationId.Parse("BZ-002-B01")] = MemberId.Parse("BZ-002-B01-M002") };
        ResponsibilityAssessmentEngine.CheckYearEndReview(data, year, reviewed).Problems.Single().ErrorCode
            .Should().Be(ResponsibilitiesErrorCodes.ReviewPersonNotHolder);

        var scheme = new ResponsibilityScheme("example", new LocalizedText("示例方案", "Example scheme"), OrganizationId.Parse("BZ-WC"), [], StrategySpec.Of(ResponsibilityStrategies.Proportional));
        var status = ResponsibilityAssessmentEngine.Evaluate(data, scheme, new LocalDate(2020, 1, 15)).ContactPoints.Single();

        // One talk of two: short after the year ended.
        status.Status.Should().Be(DutyStatus.Overdue);
        status.Tasks.Single(t => t.Kind == ContactTaskKind.HeartToHeartTalk).Shortfall.Should().Be(1);
        Console.WriteLine(status.Explanation.ToText()); // 联系点：郭红（BZ-001-B02-M001，BZ-001班子成员）联系BZ-001-B03: 2 …
    }
}
