using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="DueRule"/> and <see cref="DueRuleValidator"/>: a duty that opens on its due day, the occurrence numbers of a recurring
/// rule (<see cref="ResponsibilityCitations.RecurringIdeologyDuties"/>), the messages of incomplete rules, every validator rule with
/// path, code, message and value; and the subject and requested stage of <see cref="AccountabilityChain.Advance"/> with an undefined stage.
/// </summary>
public sealed class DueRuleRulesTest
{
    [Fact]
    public void Once_OpeningOnTheDueDay_IsAOneDayWindow()
    {
        DueRule.Once(D(2019, 3, 1), D(2019, 3, 1)).WindowsIn(Y2019).Should().ContainSingle()
            .Which.Window.Should().Be(DateRange.Create(D(2019, 3, 1), D(2019, 3, 1)));
        new DueRuleValidator().Check(new DueRule(DueRuleKind.Once, DueOn: D(2019, 3, 1), OpensOn: D(2019, 3, 1))).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(RecurrencePeriod.Month, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData(RecurrencePeriod.Quarter, new[] { 1, 2, 3, 4 })]
    [InlineData(RecurrencePeriod.HalfYear, new[] { 1, 2 })]
    [InlineData(RecurrencePeriod.Year, new[] { 1 })]
    public void Article001_RecurringOccurrences_AreNumberedFromOneInThePeriodOrder(RecurrencePeriod period, int[] numbers)
    {
        DueRule.Recurring(period, 2).WindowsIn(Y2019).Select(w => (w.Number, w.RequiredCount)).Should().Equal(numbers.Select(n => (n, 2)));
    }

    [Fact]
    public void Recurring_UndefinedPeriod_ThrowsNamingPeriod()
    {
        var act = () => DueRule.Recurring((RecurrencePeriod)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("period").WithMessage("Unknown recurrence period.*");
    }

    [Fact]
    public void WindowsIn_IncompleteRule_SaysWhatIsMissing()
    {
        var once = () => new DueRule(DueRuleKind.Once).WindowsIn(Y2019);
        var recurring = () => new DueRule(DueRuleKind.Recurring).WindowsIn(Y2019);
        var unknown = () => new DueRule(DueRuleKind.Recurring, Period: (RecurrencePeriod)9).WindowsIn(Y2019);

        once.Should().Throw<InvalidOperationException>().WithMessage("A once rule needs a due date.");
        recurring.Should().Throw<InvalidOperationException>().WithMessage("A recurring rule needs a period.");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("Unknown recurrence period 9.");
    }

    [Fact]
    public void Validate_UndefinedKind_IsReportedAtKind()
    {
        Rows(new DueRuleValidator().Check(new DueRule((DueRuleKind)9))).Should().Equal(
            ("Kind", "COMMON.ENUM", "'Kind' is not a known value.", "9"));
    }

    [Fact]
    public void Validate_RecurringWithUndefinedPeriodAndAnOpeningDate_ListsBoth()
    {
        var rule = new DueRule(DueRuleKind.Recurring, OpensOn: D(2019, 5, 1), Period: (RecurrencePeriod)9);

        Rows(new DueRuleValidator().Check(rule)).Should().Equal(
            ("Period", "COMMON.ENUM", "'Period' is not a known value.", "9"),
            ("OpensOn", ResponsibilitiesErrorCodes.RecurringRuleShape, "A recurring rule has no opening date; its periods open the windows.",
                D(2019, 5, 1).ToString(null, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Article003_Advance_UndefinedStage_NamesTheChainAndTheStageNumber()
    {
        var act = () => AccountabilityChain.Start(ListId, Id("P01")).Advance((AccountabilityStage)9, D(2019, 3, 1));

        var ex = act.Should().Throw<InvalidTransitionException>().Which;
        ex.Subject.Should().Be("Accountability chain of item 'P01' in list 'L-2019'");
        ex.CurrentState.Should().Be("(not started)");
        ex.RequestedState.Should().Be("9");
    }
}
