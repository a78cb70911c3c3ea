using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

public sealed class DueRuleTest
{
    [Theory]
    [InlineData(RecurrencePeriod.Month, 12)]
    [InlineData(RecurrencePeriod.Quarter, 4)]
    [InlineData(RecurrencePeriod.HalfYear, 2)]
    [InlineData(RecurrencePeriod.Year, 1)]
    public void WindowsIn_Recurring_CoversTheWholeYearWithoutGaps(RecurrencePeriod period, int count)
    {
        var windows = DueRule.Recurring(period).WindowsIn(Y2019);

        windows.Should().HaveCount(count);
        windows[0].Window.Start.Should().Be(D(2019, 1, 1));
        windows[^1].Deadline.Should().Be(D(2019, 12, 31));
        windows.Zip(windows.Skip(1)).All(p => p.First.Deadline.PlusDays(1) == p.Second.Window.Start).Should().BeTrue();
        windows.Sum(w => w.Window.Days).Should().Be(365);
    }

    [Fact]
    public void WindowsIn_MonthlyInALeapYear_FebruaryEndsOnThe29th()
    {
        var leap = DueRule.Recurring(RecurrencePeriod.Month).WindowsIn(AssessmentYear.Create(2024));
        var common = DueRule.Recurring(RecurrencePeriod.Month).WindowsIn(Y2019);

        leap[1].Deadline.Should().Be(D(2024, 2, 29));
        common[1].Deadline.Should().Be(D(2019, 2, 28));
        leap.Sum(w => w.Window.Days).Should().Be(366);
    }

    [Fact]
    public void WindowsIn_Once_OpensAtYearStartUnlessGiven()
    {
        DueRule.Once(D(2019, 11, 30)).WindowsIn(Y2019).Should().ContainSingle()
            .Which.Window.Should().Be(DateRange.Create(D(2019, 1, 1), D(2019, 11, 30)));
        DueRule.Once(D(2019, 11, 30), D(2019, 10, 1)).WindowsIn(Y2019).Single().Window.Start.Should().Be(D(2019, 10, 1));
    }

    [Fact]
    public void Once_OpensAfterDue_Throws()
    {
        var act = () => DueRule.Once(D(2019, 3, 1), D(2019, 3, 2));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Recurring_TimesBelowOne_Throws()
    {
        var act = () => DueRule.Recurring(RecurrencePeriod.Year, 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToString_DescribesTheRule()
    {
        DueRule.Once(D(2019, 11, 30)).ToString().Should().Be("once by 2019-11-30");
        DueRule.Recurring(RecurrencePeriod.Year, 2).ToString().Should().Be("2 per Year");
    }
}
