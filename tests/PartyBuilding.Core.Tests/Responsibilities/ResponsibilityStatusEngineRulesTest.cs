using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="ResponsibilityStatusEngine"/> and <see cref="ItemStatus.Completion"/>: an item whose occurrences are done so far but
/// not all of the year is not yet due (not done), its explanation node by node, no completion while nothing is decided, and the guards.
/// </summary>
public sealed class ResponsibilityStatusEngineRulesTest
{
    [Fact]
    public void Article001_QuarterlyDutyDoneInTheFirstQuarter_IsNotYetDoneForTheYear()
    {
        var list = List(Item("Q", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Quarter)));

        var status = ResponsibilityStatusEngine.Evaluate(list, Evidence("Q", D(2019, 2, 1)), D(2019, 3, 31)).Items.Single();

        status.Occurrences.Select(o => o.Status).Should().Equal(DutyStatus.Done, DutyStatus.NotYetDue, DutyStatus.NotYetDue, DutyStatus.NotYetDue);
        status.Status.Should().Be(DutyStatus.NotYetDue);
        status.Completion.Should().Be(Proportion.One);
        Flatten(status.Explanation).Should().Equal(
            (0, "L-2019/Q", "责任事项 Q 完成率", "Completion of item Q", "1", "done-over-decided", "dueRule=1 per Quarter,status=NotYetDue", null, null),
            (1, null, "已完成次数", "Occurrences done", "1", null, "", null, null),
            (1, null, "已到期次数（完成＋逾期）", "Occurrences decided (done + overdue)", "1", null, "", null, null));
    }

    [Fact]
    public void Completion_NothingDecidedYet_IsNull()
    {
        var list = List(Item("Q", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Quarter)));

        var status = ResponsibilityStatusEngine.Evaluate(list, [], D(2019, 2, 1)).Items.Single();

        status.Status.Should().Be(DutyStatus.Due);
        status.DecidedCount.Should().Be(0);
        status.Completion.Should().BeNull();
    }

    [Fact]
    public void Evaluate_NullListOrEvidence_ThrowsArgumentNullNamingIt()
    {
        var list = List(Item("Q", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Quarter)));

        var noList = () => ResponsibilityStatusEngine.Evaluate(null!, [], D(2019, 2, 1));
        var noEvidence = () => ResponsibilityStatusEngine.Evaluate(list, null!, D(2019, 2, 1));

        noList.Should().Throw<ArgumentNullException>().WithParameterName("list");
        noEvidence.Should().Throw<ArgumentNullException>().WithParameterName("evidence");
    }

    [Fact]
    public void Evaluate_InvalidList_NamesTheResponsibilityListInTheMessage()
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(2020, 1, 5))));

        var act = () => ResponsibilityStatusEngine.Evaluate(list, [], D(2019, 6, 1));

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The responsibility list is not valid: 1 problem.*");
    }

    [Fact]
    public void EvaluateOccurrence_NullWindowOrDates_ThrowsArgumentNullNamingIt()
    {
        var window = new DutyWindow(1, DateRange.Create(D(2019, 1, 1), D(2019, 3, 31)), 1);

        var noWindow = () => ResponsibilityStatusEngine.EvaluateOccurrence(null!, [], D(2019, 2, 1));
        var noDates = () => ResponsibilityStatusEngine.EvaluateOccurrence(window, null!, D(2019, 2, 1));

        noWindow.Should().Throw<ArgumentNullException>().WithParameterName("window");
        noDates.Should().Throw<ArgumentNullException>().WithParameterName("evidenceDates");
    }
}
