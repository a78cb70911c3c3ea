using NodaTime.Testing;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class PeriodTest
{
    [Fact]
    public void AssessmentYear_CoversJanuaryFirstToDecemberThirtyFirst()
    {
        var year = AssessmentYear.Create(2024);

        year.Range.Should().Be(DateRange.Create(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        year.Range.Days.Should().Be(366); // leap year
        AssessmentYear.Create(2023).Range.Days.Should().Be(365);
        year.Months.Should().HaveCount(12).And.StartWith(new YearMonth(2024, 1)).And.EndWith(new YearMonth(2024, 12));
        year.Contains(new LocalDate(2024, 12, 31)).Should().BeTrue();
        year.Contains(new LocalDate(2025, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void AssessmentYear_RejectsOutOfRange()
    {
        ((Action)(() => AssessmentYear.Create(1948))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => AssessmentYear.Create(9999))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = AssessmentYear.Create(1949).Previous)).Should().Throw<ArgumentOutOfRangeException>();
        AssessmentYear.Create(9998).Value.Should().Be(9998);
    }

    [Fact]
    public void Quarter_NextAndPrevious_CrossYearEnds()
    {
        var q4 = AssessmentQuarter.Create(AssessmentYear.Create(2023), 4);

        q4.Next.Should().Be(AssessmentQuarter.Create(AssessmentYear.Create(2024), 1));
        q4.Next.Previous.Should().Be(q4);
        q4.Range.Should().Be(DateRange.Create(new LocalDate(2023, 10, 1), new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void Quarter_Of_LeapDay_IsFirstQuarter_WithNinetyOneDays()
    {
        var q1 = AssessmentQuarter.Of(new LocalDate(2024, 2, 29));

        q1.Number.Should().Be(1);
        q1.Range.Days.Should().Be(91);
        AssessmentQuarter.Of(new LocalDate(2023, 3, 31)).Range.Days.Should().Be(90);
        q1.Months.Should().Equal(new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    [InlineData(9, 3)]
    [InlineData(10, 4)]
    [InlineData(12, 4)]
    public void Quarter_Of_Month_AtBoundaries(int month, int quarter) =>
        AssessmentQuarter.Of(new YearMonth(2024, month)).Number.Should().Be(quarter);

    [Fact]
    public void Quarter_RejectsNumberOutsideOneToFour()
    {
        ((Action)(() => AssessmentQuarter.Create(AssessmentYear.Create(2024), 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => AssessmentQuarter.Create(AssessmentYear.Create(2024), 5))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DateRange_Of_February_InLeapAndCommonYears()
    {
        DateRange.Of(new YearMonth(2024, 2)).End.Should().Be(new LocalDate(2024, 2, 29));
        DateRange.Of(new YearMonth(2023, 2)).End.Should().Be(new LocalDate(2023, 2, 28));
        DateRange.Of(new YearMonth(1900, 2)).Days.Should().Be(28); // divisible by 100, not by 400
        DateRange.Of(new YearMonth(2000, 2)).Days.Should().Be(29);
    }

    [Fact]
    public void DateRange_OverlapAndIntersect_AcrossYearEnd()
    {
        var winter = DateRange.Create(new LocalDate(2023, 12, 15), new LocalDate(2024, 1, 15));
        var year = AssessmentYear.Create(2024).Range;

        winter.Overlaps(year).Should().BeTrue();
        winter.Intersect(year).Should().Be(DateRange.Create(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 15)));
        winter.Intersect(AssessmentYear.Create(2022).Range).Should().BeNull();
        winter.Days.Should().Be(32);
        winter.ToString().Should().Be("2023-12-15..2024-01-15");
    }

    [Fact]
    public void DateRange_EndBeforeStart_Throws()
    {
        var act = () => DateRange.Create(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1));
        act.Should().Throw<ArgumentException>().WithMessage("*2024-01-01*before*2024-01-02*");
        DateRange.Create(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)).Days.Should().Be(1);
    }

    [Fact]
    public void AssessmentCalendar_Today_ReadsTheInjectedClockInBeijing()
    {
        // 2024-12-31T16:30Z is already 2025-01-01 00:30 in Beijing.
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 31, 16, 30));

        AssessmentCalendar.Today(clock).Should().Be(new LocalDate(2025, 1, 1));
        AssessmentCalendar.Today(clock, DateTimeZone.Utc).Should().Be(new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void DatedParameter_AnswersTheValueInForceOnADate()
    {
        // The branch-committee term frame of the party constitution changed with the 2022 amendment.
        var term = DatedParameter.Create(
            "branch.committee-term-years",
            [
                new DatedValue<int>(new LocalDate(2022, 10, 22), 5, Sources.PartyConstitution2022.At()),
                new DatedValue<int>(new LocalDate(2017, 10, 24), 3, Sources.PartyConstitution2017.At()),
            ]);

        term.ValueAsOf(new LocalDate(2022, 10, 21)).Should().Be(3);
        term.ValueAsOf(new LocalDate(2022, 10, 22)).Should().Be(5);
        term.EntryAsOf(new LocalDate(2030, 1, 1)).Citation!.Source.Should().Be(Sources.PartyConstitution2022);
        term.TryGetEntryAsOf(new LocalDate(2017, 10, 23), out _).Should().BeFalse();
        var act = () => term.ValueAsOf(new LocalDate(2017, 10, 23));
        act.Should().Throw<InvalidOperationException>().WithMessage("*branch.committee-term-years*2017-10-23*2017-10-24*");
    }

    [Fact]
    public void DatedParameter_TwoValuesOnOneDate_Throws()
    {
        var day = new LocalDate(2020, 1, 1);
        var act = () => DatedParameter.Create("x", [new DatedValue<int>(day, 1), new DatedValue<int>(day, 2)]);
        act.Should().Throw<ArgumentException>().WithMessage("*two values from 2020-01-01*");
        ((Action)(() => DatedParameter.Create<int>("x", []))).Should().Throw<ArgumentException>();
    }
}
