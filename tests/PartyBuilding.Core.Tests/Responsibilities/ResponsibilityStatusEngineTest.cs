using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

public sealed class ResponsibilityStatusEngineTest
{
    private static ResponsibilityList Ideology => List(
        Item("STUDY", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year, 2)),
        Item("REMIND", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Quarter)),
        Item("REPORT", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)));

    [Fact]
    public void Article001_IdeologyStudiedTwiceAYear_OneStudyIsNotEnough()
    {
        var once = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("STUDY", D(2019, 4, 2)), D(2020, 1, 1));
        var twice = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("STUDY", D(2019, 4, 2), D(2019, 10, 8)), D(2020, 1, 1));

        once.Items.Single(i => i.ItemId == Id("STUDY")).Status.Should().Be(DutyStatus.Overdue);
        twice.Items.Single(i => i.ItemId == Id("STUDY")).Status.Should().Be(DutyStatus.Done);
        twice.Items.Single(i => i.ItemId == Id("STUDY")).Occurrences.Single().EvidenceCount.Should().Be(2);
    }

    [Fact]
    public void Article001_ReminderEveryQuarter_CountsFourOccurrencesAcrossTheYear()
    {
        var evidence = Evidence("REMIND", D(2019, 1, 1), D(2019, 5, 20), D(2019, 12, 31));

        var status = ResponsibilityStatusEngine.Evaluate(Ideology, evidence, D(2020, 1, 1)).Items.Single(i => i.ItemId == Id("REMIND"));

        status.Occurrences.Select(o => o.Status).Should().Equal(DutyStatus.Done, DutyStatus.Done, DutyStatus.Overdue, DutyStatus.Done);
        status.DoneCount.Should().Be(3);
        status.OverdueCount.Should().Be(1);
        status.Completion.Should().Be(Proportion.FromRatio(3, 4));
    }

    [Fact]
    public void Article001_ReportOnceAYear_EvidenceOnTheYearsEdgeDatesCounts_TheDayBeforeDoesNot()
    {
        var first = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("REPORT", D(2019, 1, 1)), D(2019, 12, 31));
        var last = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("REPORT", D(2019, 12, 31)), D(2019, 12, 31));
        var before = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("REPORT", D(2018, 12, 31)), D(2020, 1, 1));
        var after = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("REPORT", D(2020, 1, 1)), D(2020, 1, 1));

        first.Items.Single(i => i.ItemId == Id("REPORT")).Status.Should().Be(DutyStatus.Done);
        last.Items.Single(i => i.ItemId == Id("REPORT")).Status.Should().Be(DutyStatus.Done);
        before.Items.Single(i => i.ItemId == Id("REPORT")).Status.Should().Be(DutyStatus.Overdue);
        after.Items.Single(i => i.ItemId == Id("REPORT")).Status.Should().Be(DutyStatus.Overdue);
    }

    [Fact]
    public void Evaluate_MonthlyDutyInALeapYear_EvidenceOnFebruary29CountsForFebruary()
    {
        var list = List(AssessmentYear.Create(2024), ResponsibilityListKind.Annual, Item("M", ResponsibilityLevel.Implementing, DueRule.Recurring(RecurrencePeriod.Month)));

        var status = ResponsibilityStatusEngine.Evaluate(list, Evidence("M", D(2024, 1, 31), D(2024, 2, 29)), D(2024, 3, 1)).Items.Single();

        status.Occurrences[0].Status.Should().Be(DutyStatus.Done);
        status.Occurrences[1].Status.Should().Be(DutyStatus.Done);
        status.Occurrences[2].Status.Should().Be(DutyStatus.Due);
        status.Occurrences[3].Status.Should().Be(DutyStatus.NotYetDue);
        status.Status.Should().Be(DutyStatus.Due);
    }

    [Fact]
    public void Evaluate_DueDateOnASaturday_StaysThatDate()
    {
        // 2019-11-30 is a Saturday: the deadline is not moved to the next working day.
        D(2019, 11, 30).DayOfWeek.Should().Be(IsoDayOfWeek.Saturday);
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 11, 30))));

        var onTheDay = ResponsibilityStatusEngine.Evaluate(list, [], D(2019, 11, 30)).Items.Single();
        var sunday = ResponsibilityStatusEngine.Evaluate(list, [], D(2019, 12, 1)).Items.Single();
        var doneOnMonday = ResponsibilityStatusEngine.Evaluate(list, Evidence("X", D(2019, 12, 2)), D(2019, 12, 2)).Items.Single();

        onTheDay.Status.Should().Be(DutyStatus.Due);
        sunday.Status.Should().Be(DutyStatus.Overdue);
        doneOnMonday.Status.Should().Be(DutyStatus.Overdue);
    }

    [Theory]
    [InlineData(2019, 5, 31, DutyStatus.NotYetDue)]
    [InlineData(2019, 6, 1, DutyStatus.Due)]
    [InlineData(2019, 6, 30, DutyStatus.Due)]
    [InlineData(2019, 7, 1, DutyStatus.Overdue)]
    public void Evaluate_OnceDuty_BothSidesOfOpeningAndDeadline(int y, int m, int d, DutyStatus expected)
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 6, 30), D(2019, 6, 1))));

        ResponsibilityStatusEngine.Evaluate(list, [], D(y, m, d)).Items.Single().Status.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_EvidenceDatedAfterAsOf_DoesNotCountYet()
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 6, 30))));

        var status = ResponsibilityStatusEngine.Evaluate(list, Evidence("X", D(2019, 6, 20)), D(2019, 6, 19)).Items.Single();

        status.Status.Should().Be(DutyStatus.Due);
        status.Occurrences.Single().EvidenceCount.Should().Be(0);
    }

    [Fact]
    public void Evaluate_CountsPerLevel()
    {
        var list = List(
            Item("P1", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 3, 31))),
            Item("P2", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 12, 31))),
            Item("A1", ResponsibilityLevel.Assisting, DueRule.Once(D(2019, 3, 31))));

        var status = ResponsibilityStatusEngine.Evaluate(list, Evidence("P1", D(2019, 3, 1)), D(2019, 6, 1));

        status.Levels.Should().HaveCount(2);
        status.Levels[0].Should().Be(new LevelCompletion(ResponsibilityLevel.Principal, 2, 1, 1, 0, 0, Proportion.One));
        status.Levels[1].Should().Be(new LevelCompletion(ResponsibilityLevel.Assisting, 1, 0, 0, 1, 0, Proportion.Zero));
        status.Count(DutyStatus.Overdue).Should().Be(1);
    }

    [Fact]
    public void Evaluate_IsIndependentOfEvidenceOrder()
    {
        var evidence = Evidence("REMIND", D(2019, 1, 5), D(2019, 4, 5), D(2019, 8, 5)).AddRange(Evidence("STUDY", D(2019, 3, 1), D(2019, 9, 1)));

        var forward = ResponsibilityStatusEngine.Evaluate(Ideology, evidence, D(2019, 12, 1));
        var backward = ResponsibilityStatusEngine.Evaluate(Ideology, evidence.Reverse(), D(2019, 12, 1));

        backward.Should().Be(forward);
        forward.Items.Select(i => i.ItemId.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidList_ThrowsBeforeComputing()
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(2020, 1, 5))));

        var act = () => ResponsibilityStatusEngine.Evaluate(list, [], D(2019, 6, 1));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems
            .Should().ContainSingle(p => p.ErrorCode == ResponsibilitiesErrorCodes.DueOutsideYear);
    }

    [Fact]
    public void ItemExplanation_ShowsDoneOverDecided()
    {
        var status = ResponsibilityStatusEngine.Evaluate(Ideology, Evidence("REMIND", D(2019, 1, 5)), D(2019, 7, 1)).Items.Single(i => i.ItemId == Id("REMIND"));

        status.Explanation.Value.Should().Be(0.5m);
        status.Explanation.Children.Select(c => c.Value).Should().Equal(1m, 2m);
        status.Explanation.Key.Should().Be("L-2019/REMIND");
    }
}

public sealed class ResponsibilityStatusEnginePropertyTest
{
    private static ResponsibilityList Mixed => List(
        Item("A", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Month)),
        Item("B", ResponsibilityLevel.Assisting, DueRule.Recurring(RecurrencePeriod.Quarter, 2)),
        Item("C", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 11, 30))));

    private static ImmutableArray<EvidenceRecord> Records =>
    [
        .. Enumerable.Range(0, 40).Select(i => Record(((char)('A' + (i % 3))).ToString(), D(2019, 1, 1).PlusDays(i * 9))),
    ];

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Evaluate_AnyPermutationOfEvidence_GivesTheSameStatus(int seed)
    {
        var shuffled = Records.ToArray();
        var random = new Random(seed);
        random.Shuffle(shuffled);

        return ResponsibilityStatusEngine.Evaluate(Mixed, shuffled, D(2019, 12, 1)) == ResponsibilityStatusEngine.Evaluate(Mixed, Records, D(2019, 12, 1));
    }

    [Fact]
    public void Evaluate_YearlyDutyInALeapYear_EvidenceOnDay366Counts()
    {
        var list = List(AssessmentYear.Create(2024), ResponsibilityListKind.Annual, Item("Y", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)));

        var status = ResponsibilityStatusEngine.Evaluate(list, Evidence("Y", D(2024, 12, 31)), D(2024, 12, 31)).Items.Single();

        status.Status.Should().Be(DutyStatus.Done);
        status.Occurrences.Single().Window.Days.Should().Be(366);
    }
}
