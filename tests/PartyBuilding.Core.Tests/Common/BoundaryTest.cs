using NodaTime.Testing;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// Both sides of the comparisons and guards of the common value types, pinned one rule a test (found by mutation
/// testing: see docs/quality.md, "Mutation testing").
/// </summary>
public sealed class BoundaryTest
{
    private static readonly LocalizedText Label = new("合计", "Total");

    private enum Sample
    {
        First = 1,
        Second = 2,
    }

    [Fact]
    public void AssessmentCalendar_Today_RefusesNullClockAndZone()
    {
        ((Action)(() => AssessmentCalendar.Today(null!, DateTimeZone.Utc))).Should().Throw<ArgumentNullException>().WithParameterName("clock");
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 1, 0, 0));
        ((Action)(() => AssessmentCalendar.Today(clock, null!))).Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void Quarter_NextAndPrevious_WithinAYear_StepByOne()
    {
        var year = AssessmentYear.Create(2024);
        var q2 = AssessmentQuarter.Create(year, 2);

        q2.Next.Should().Be(AssessmentQuarter.Create(year, 3));
        q2.Previous.Should().Be(AssessmentQuarter.Create(year, 1));
        AssessmentQuarter.Create(year, 1).Previous.Should().Be(AssessmentQuarter.Create(AssessmentYear.Create(2023), 4));
    }

    [Fact]
    public void Quarter_Contains_OnlyItsOwnDates()
    {
        var q2 = AssessmentQuarter.Create(AssessmentYear.Create(2024), 2);

        q2.Contains(new LocalDate(2024, 4, 1)).Should().BeTrue();
        q2.Contains(new LocalDate(2024, 6, 30)).Should().BeTrue();
        q2.Contains(new LocalDate(2024, 3, 31)).Should().BeFalse();
        q2.Contains(new LocalDate(2024, 7, 1)).Should().BeFalse();
        q2.Contains(new LocalDate(2023, 5, 1)).Should().BeFalse();
    }

    [Fact]
    public void Quarter_CompareTo_OrdersByYearThenNumber()
    {
        var q3of2023 = AssessmentQuarter.Create(AssessmentYear.Create(2023), 3);
        var q1of2024 = AssessmentQuarter.Create(AssessmentYear.Create(2024), 1);
        var q2of2024 = AssessmentQuarter.Create(AssessmentYear.Create(2024), 2);

        q3of2023.CompareTo(q1of2024).Should().BeNegative();
        q1of2024.CompareTo(q3of2023).Should().BePositive();
        q1of2024.CompareTo(q2of2024).Should().BeNegative();
        q2of2024.CompareTo(q1of2024).Should().BePositive();
        q2of2024.CompareTo(q2of2024).Should().Be(0);
    }

    [Fact]
    public void AssessmentYear_Quarters_AreTheFourInOrder()
    {
        AssessmentYear.Create(2024).Quarters.Select(q => q.ToString()).Should().Equal("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
    }

    [Fact]
    public void AssessmentYear_Contains_OnlyMonthsOfThatYear()
    {
        var year = AssessmentYear.Create(2024);

        year.Contains(new YearMonth(2024, 1)).Should().BeTrue();
        year.Contains(new YearMonth(2023, 12)).Should().BeFalse();
    }

    [Fact]
    public void AssessmentYear_Operators_BothSidesAndEquality()
    {
        var early = AssessmentYear.Create(2023);
        var late = AssessmentYear.Create(2024);
        var same = AssessmentYear.Create(2024);

        (late > early).Should().BeTrue();
        (early > late).Should().BeFalse();
        (late > same).Should().BeFalse();
        (early <= late).Should().BeTrue();
        (late <= same).Should().BeTrue();
        (late <= early).Should().BeFalse();
        (late >= early).Should().BeTrue();
        (late >= same).Should().BeTrue();
        (early >= late).Should().BeFalse();
    }

    [Fact]
    public void Citation_ToString_WithoutClause_NamesTheTitle()
    {
        Sources.BranchWorkRegulation2018.At().ToString()
            .Should().Be("《中国共产党支部工作条例（试行）》");
    }

    [Fact]
    public void DateRange_DifferentCalendars_AreRefused()
    {
        var act = () => DateRange.Create(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1, CalendarSystem.Julian));
        act.Should().Throw<ArgumentException>().WithMessage("*calendar*").WithParameterName("end");
    }

    [Fact]
    public void DateRange_Overlaps_WhenSharingOnlyTheBoundaryDay_BothWays()
    {
        var first = DateRange.Create(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
        var second = DateRange.Create(new LocalDate(2024, 1, 10), new LocalDate(2024, 1, 20));
        var third = DateRange.Create(new LocalDate(2024, 1, 11), new LocalDate(2024, 1, 20));

        first.Overlaps(second).Should().BeTrue();
        second.Overlaps(first).Should().BeTrue();
        first.Intersect(second).Should().Be(DateRange.Create(new LocalDate(2024, 1, 10), new LocalDate(2024, 1, 10)));
        first.Overlaps(third).Should().BeFalse();
        third.Overlaps(first).Should().BeFalse();
    }

    [Fact]
    public void DateRange_Contains_BothEnds()
    {
        var range = DateRange.Create(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));

        range.Contains(new LocalDate(2024, 3, 1)).Should().BeTrue();
        range.Contains(new LocalDate(2024, 3, 31)).Should().BeTrue();
        range.Contains(new LocalDate(2024, 2, 29)).Should().BeFalse();
        range.Contains(new LocalDate(2024, 4, 1)).Should().BeFalse();
    }

    [Fact]
    public void Explanation_Sum_And_Formula_RefuseNullChildren()
    {
        ((Action)(() => Explanation.Sum(Label, null!))).Should().Throw<ArgumentNullException>().WithParameterName("children");
        ((Action)(() => Explanation.Formula(Label, 1m, "x", [], null!))).Should().Throw<ArgumentNullException>().WithParameterName("children");
        ((Action)(() => Explanation.Formula(Label, 1m, "x", null!, []))).Should().Throw<ArgumentNullException>().WithParameterName("parameters");
    }

    [Fact]
    public void Explanation_ToText_GivenNodeShowsNoStrategy_AndANoteIsAppendedInTheLanguageOfTheText()
    {
        var given = new Explanation(Label, 2m, ExplanationCombination.Given, "input") { Note = new LocalizedText("由党委审定", "approved by the party committee") };

        given.ToText(DisplayLanguage.English).Should().Be("Total: 2  — approved by the party committee\n");
        given.ToText(DisplayLanguage.ZhCn).Should().Be("合计: 2  — 由党委审定\n");
    }

    [Fact]
    public void InvalidTransitionException_WithoutStates_SaysUnknown()
    {
        InvalidTransitionException[] withoutStates =
        [
            new InvalidTransitionException(),
            new InvalidTransitionException("m"),
            new InvalidTransitionException("m", new InvalidOperationException()),
        ];

        foreach (var exception in withoutStates)
        {
            exception.Subject.Should().Be("(unknown)");
            exception.CurrentState.Should().Be("(unknown)");
            exception.RequestedState.Should().Be("(unknown)");
        }
    }

    [Fact]
    public void LabelTable_TwoLabelsForOneValue_AreRefused()
    {
        var act = () => LabelTables.Create((Sample.First, "一", "One"), (Sample.First, "壹", "One"), (Sample.Second, "二", "Two"));
        act.Should().Throw<ArgumentException>().WithMessage("*Two labels*First*");
    }

    [Fact]
    public void LabelTable_LabelForUndefinedValue_IsRefused()
    {
        var act = () => LabelTables.Create((Sample.First, "一", "One"), (Sample.Second, "二", "Two"), ((Sample)7, "七", "Seven"));
        act.Should().Throw<ArgumentException>().WithMessage("*undefined*7*");
    }

    [Fact]
    public void LocalizedText_ToString_ShowsBothLanguages()
    {
        Label.ToString().Should().Be("合计 (Total)");
    }

    [Fact]
    public void StronglyTypedIds_Default_HaveEmptyValue()
    {
        default(OrganizationId).Value.Should().BeEmpty();
        default(MemberId).Value.Should().BeEmpty();
        default(DistrictId).Value.Should().BeEmpty();
        default(ResponsibilityItemId).Value.Should().BeEmpty();
    }

    [Fact]
    public void Proportion_FromRatio_ZeroWhole_IsRefusedEvenWithZeroPart()
    {
        var act = () => Proportion.FromRatio(0m, 0m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("whole");
        Proportion.FromRatio(0m, 0.0001m).Value.Should().Be(0m);
    }

    [Fact]
    public void Proportion_SumsToOne_RefusesNull()
    {
        ((Action)(() => Proportion.SumsToOne(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Proportion_Operators_BothSidesAndEquality()
    {
        var low = Proportion.Of(0.2m);
        var high = Proportion.Of(0.8m);
        var same = Proportion.Of(0.8m);

        (low < high).Should().BeTrue();
        (high < low).Should().BeFalse();
        (high < same).Should().BeFalse();
        (high > low).Should().BeTrue();
        (high > same).Should().BeFalse();
        (low <= high).Should().BeTrue();
        (high <= same).Should().BeTrue();
        (high <= low).Should().BeFalse();
    }

    [Fact]
    public void Score_Sum_RefusesNull()
    {
        ((Action)(() => Score.Sum(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Score_Clamp_ToASinglePointRange_IsAllowed()
    {
        Score.Of(7m).Clamp(Score.Of(5m), Score.Of(5m)).Should().Be(Score.Of(5m));
    }

    [Fact]
    public void ScoreBreakdown_DefaultLines_ReadAsEmpty()
    {
        var breakdown = new ScoreBreakdown(Score.Zero, default);

        breakdown.Lines.Should().BeEmpty();
        ((Action)(() => ScoreBreakdown.FromLines(null!))).Should().Throw<ArgumentNullException>().WithParameterName("lines");
    }

    [Fact]
    public void ScoreBreakdown_Round_EqualRemainders_GiveTheUnitToTheFirstLineByKey()
    {
        var third = Score.Of(1m / 3m);
        var breakdown = ScoreBreakdown.FromLines(
        [
            new ScoreLine("a", Label, third),
            new ScoreLine("b", Label, third),
            new ScoreLine("c", Label, third),
        ]);

        breakdown.Round(ScoreRounding.Default).Lines.Select(l => l.Score.Value).Should().Equal(0.34m, 0.33m, 0.33m);
    }
}
