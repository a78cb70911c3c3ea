using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

public sealed class AccountabilityChainTest
{
    private static readonly AccountabilityStage[] Order = Enum.GetValues<AccountabilityStage>();

    /// <summary>Every (current, requested) pair that is not a single step forward; current 0 is a chain not yet started.</summary>
    public static TheoryData<int, AccountabilityStage> InvalidTransitions()
    {
        var data = new TheoryData<int, AccountabilityStage>();
        for (var current = 0; current <= Order.Length; current++)
        {
            foreach (var requested in Order)
            {
                if ((int)requested != current + 1)
                {
                    data.Add(current, requested);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Article003_ChainGoesClarifyAssignSuperviseReportEvaluateHoldAccountable()
    {
        var chain = AccountabilityChain.Start(ListId, Id("P01"));
        var date = D(2019, 1, 10);
        foreach (var stage in Order)
        {
            chain.Next.Should().Be(stage);
            chain = chain.Advance(stage, date);
            date = date.PlusDays(30);
        }

        chain.Steps.Select(s => s.Stage).Should().Equal(Order);
        chain.Current.Should().Be(AccountabilityStage.HoldAccountable);
        chain.Next.Should().BeNull();
        ResponsibilitiesLabels.Stages[AccountabilityStage.Clarify].ZhCn.Should().Be("明责");
        ResponsibilitiesLabels.Stages[AccountabilityStage.HoldAccountable].ZhCn.Should().Be("问责");
    }

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public void Article003_Advance_InvalidTransition_IsRejectedNamingBothStages(int current, AccountabilityStage requested)
    {
        var chain = AccountabilityChain.Start(ListId, Id("P01"));
        foreach (var stage in Order.Take(current))
        {
            chain = chain.Advance(stage, D(2019, 3, 1));
        }

        var act = () => chain.Advance(requested, D(2019, 6, 1));

        var ex = act.Should().Throw<InvalidTransitionException>().Which;
        ex.RequestedState.Should().Contain(requested.ToString()).And.Contain(ResponsibilitiesLabels.Stages[requested].ZhCn);
        ex.CurrentState.Should().Be(current == 0 ? "(not started)" : $"{ResponsibilitiesLabels.Stages[Order[current - 1]].ZhCn} {Order[current - 1]}");
        ex.Message.Should().Contain(ex.CurrentState).And.Contain(ex.RequestedState);
    }

    [Fact]
    public void InvalidTransitions_CoverEveryPairExceptTheSixSteps()
    {
        InvalidTransitions().Count.Should().Be((7 * 6) - 6);
    }

    [Fact]
    public void Advance_DateBeforePreviousStep_Throws_SameDateIsFine()
    {
        var chain = AccountabilityChain.Start(ListId, Id("P01")).Advance(AccountabilityStage.Clarify, D(2019, 3, 1));

        var before = () => chain.Advance(AccountabilityStage.Assign, D(2019, 2, 28));
        var same = chain.Advance(AccountabilityStage.Assign, D(2019, 3, 1));

        before.Should().Throw<ArgumentOutOfRangeException>();
        same.Current.Should().Be(AccountabilityStage.Assign);
    }

    [Fact]
    public void StageAsOf_ReturnsTheStageReachedOnADate()
    {
        var chain = AccountabilityChain.Start(ListId, Id("P01"))
            .Advance(AccountabilityStage.Clarify, D(2019, 1, 10))
            .Advance(AccountabilityStage.Assign, D(2019, 2, 10));

        chain.StageAsOf(D(2019, 1, 9)).Should().BeNull();
        chain.StageAsOf(D(2019, 1, 10)).Should().Be(AccountabilityStage.Clarify);
        chain.StageAsOf(D(2019, 2, 9)).Should().Be(AccountabilityStage.Clarify);
        chain.StageAsOf(D(2019, 2, 10)).Should().Be(AccountabilityStage.Assign);
    }

    [Fact]
    public void Advance_ReturnsANewChain_LeavingTheOriginalUnchanged()
    {
        var start = AccountabilityChain.Start(ListId, Id("P01"));

        var next = start.Advance(AccountabilityStage.Clarify, D(2019, 1, 10));

        start.Steps.Should().BeEmpty();
        next.Should().NotBe(start);
        next.Should().Be(AccountabilityChain.Start(ListId, Id("P01")).Advance(AccountabilityStage.Clarify, D(2019, 1, 10)));
    }

    [Fact]
    public void Validator_SkippedStage_IsReportedWithChainOrder()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), [new(AccountabilityStage.Clarify, D(2019, 1, 1)), new(AccountabilityStage.Supervise, D(2019, 2, 1))]);

        var report = new AccountabilityChainValidator().Check(chain);

        report.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(
            p => p.ErrorCode == ResponsibilitiesErrorCodes.ChainOrder && p.Path == "Steps[1].Stage");
    }

    [Fact]
    public void Validator_StageDatedBeforePrevious_IsReportedWithChainDate()
    {
        var chain = new AccountabilityChain(ListId, Id("P01"), [new(AccountabilityStage.Clarify, D(2019, 2, 1)), new(AccountabilityStage.Assign, D(2019, 1, 1))]);

        new AccountabilityChainValidator().Check(chain).Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.ChainDate);
    }
}
