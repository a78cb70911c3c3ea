using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins every rule of <see cref="AccountabilityChainValidator"/> (明责 → 定责 → 督责 → 述责 → 评责 → 问责, one step at a time, never
/// dated before the previous step): path, code, message and attempted value of each problem, in order.
/// </summary>
public sealed class AccountabilityChainValidatorRulesTest
{
    private static AccountabilityStep Step(AccountabilityStage stage, LocalDate date) => new(stage, date);

    private static ImmutableArray<AccountabilityStep> Complete(LocalDate date) =>
        [.. Enum.GetValues<AccountabilityStage>().Select(s => Step(s, date))];

    [Fact]
    public void Article003_ChainWithoutIdentifiersAndAStepDatedBeforeThePrevious_ListsEachProblem()
    {
        var chain = new AccountabilityChain(default, default,
        [
            Step(AccountabilityStage.Clarify, D(2019, 3, 1)),
            Step(AccountabilityStage.Assign, D(2019, 3, 1)),
            Step(AccountabilityStage.Supervise, D(2019, 2, 28)),
            Step(AccountabilityStage.Report, D(2019, 2, 27)),
        ]);

        Rows(new AccountabilityChainValidator().Check(chain)).Should().Equal(
            ("ListId", CommonErrorCodes.IdentifierEmpty, "'List Id' must be a non-empty identifier.", ""),
            ("ItemId", CommonErrorCodes.IdentifierEmpty, "'Item Id' must be a non-empty identifier.", ""),
            ("Steps[2].Date", ResponsibilitiesErrorCodes.ChainDate, "A stage cannot be reached before the previous one.", "2019-02-28"),
            ("Steps[3].Date", ResponsibilitiesErrorCodes.ChainDate, "A stage cannot be reached before the previous one.", "2019-02-27"));
    }

    [Fact]
    public void Article003_StepsOnTheSameDay_AreAccepted()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), Complete(D(2019, 3, 1)));

        new AccountabilityChainValidator().Check(chain).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Article003_FirstStepNotClarify_SaysTheChainStartsWithClarify()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), [Step(AccountabilityStage.Assign, D(2019, 3, 1)), Step(AccountabilityStage.Assign, D(2019, 1, 1))]);

        Rows(new AccountabilityChainValidator().Check(chain)).Should().Equal(
            ("Steps[0].Stage", ResponsibilitiesErrorCodes.ChainOrder, "After the start the chain can only move to 'Clarify'.", "Assign"));
    }

    [Fact]
    public void Article003_SkippedStage_NamesThePreviousAndTheExpectedStage()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), [Step(AccountabilityStage.Clarify, D(2019, 3, 1)), Step(AccountabilityStage.Supervise, D(2019, 1, 1))]);

        Rows(new AccountabilityChainValidator().Check(chain)).Should().Equal(
            ("Steps[1].Stage", ResponsibilitiesErrorCodes.ChainOrder, "After 'Clarify' the chain can only move to 'Assign'.", "Supervise"));
    }

    [Fact]
    public void Article003_StepAfterHoldAccountable_SaysTheChainIsComplete()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), Complete(D(2019, 3, 1)).Add(Step(AccountabilityStage.Clarify, D(2019, 4, 1))));

        Rows(new AccountabilityChainValidator().Check(chain)).Should().Equal(
            ("Steps[6].Stage", ResponsibilitiesErrorCodes.ChainOrder, "After 'HoldAccountable' the chain can only move to nothing (it is complete).", "Clarify"));
    }

    [Fact]
    public void MissingStep_IsRequiredAndStopsTheCheckOfLaterSteps()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"),
            [Step(AccountabilityStage.Clarify, D(2019, 3, 1)), null!, Step(AccountabilityStage.HoldAccountable, D(2019, 1, 1))]);

        Rows(new AccountabilityChainValidator().Check(chain)).Should().Equal(
            ("Steps[1]", CommonErrorCodes.Required, "A step is missing.", null));
    }
}
