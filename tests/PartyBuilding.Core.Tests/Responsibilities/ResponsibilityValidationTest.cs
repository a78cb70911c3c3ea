using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

public sealed class ResponsibilityValidationTest
{
    [Fact]
    public void DueRule_OnceWithoutDate_AndRecurringWithDate_AreReported()
    {
        var validator = new DueRuleValidator();

        validator.Check(new DueRule(DueRuleKind.Once, Period: RecurrencePeriod.Month)).Problems.Select(p => p.ErrorCode)
            .Should().Equal(ResponsibilitiesErrorCodes.OnceRuleShape, ResponsibilitiesErrorCodes.OnceRuleShape);
        validator.Check(new DueRule(DueRuleKind.Recurring, DueOn: D(2019, 1, 1))).Problems.Select(p => p.ErrorCode)
            .Should().Equal(ResponsibilitiesErrorCodes.RecurringRuleShape, ResponsibilitiesErrorCodes.RecurringRuleShape);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(366, true)]
    [InlineData(367, false)]
    public void DueRule_TimesPerPeriod_BothSidesOfItsRange(int times, bool valid)
    {
        var rule = new DueRule(DueRuleKind.Recurring, Period: RecurrencePeriod.Year, TimesPerPeriod: times);

        new DueRuleValidator().Check(rule).IsValid.Should().Be(valid);
    }

    [Fact]
    public void DueRule_OpensAfterDue_IsReported()
    {
        var rule = new DueRule(DueRuleKind.Once, DueOn: D(2019, 3, 1), OpensOn: D(2019, 3, 2));

        new DueRuleValidator().Check(rule).Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.OpensAfterDue);
    }

    [Theory]
    [InlineData(2018, 12, 31, false)]
    [InlineData(2019, 1, 1, true)]
    [InlineData(2019, 12, 31, true)]
    [InlineData(2020, 1, 1, false)]
    public void List_OnceDueDate_MustFallInTheListsYear(int y, int m, int d, bool valid)
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Once(D(y, m, d), D(2018, 12, 1))));

        var report = new ResponsibilityListValidator().Check(list);

        report.IsValid.Should().Be(valid);
        if (!valid)
        {
            report.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(
                p => p.ErrorCode == ResponsibilitiesErrorCodes.DueOutsideYear && p.Path == "Items[0].Due.DueOn");
        }
    }

    [Fact]
    public void Article004_FourLevelList_NeedsItemsAtAllFourLevels()
    {
        var three = List(
            Y2019,
            ResponsibilityListKind.FourLevel,
            Item("P", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)),
            Item("A", ResponsibilityLevel.Assisting, DueRule.Recurring(RecurrencePeriod.Year)),
            Item("S", ResponsibilityLevel.GuidingAndSupervising, DueRule.Recurring(RecurrencePeriod.Year)));
        var four = List(Y2019, ResponsibilityListKind.FourLevel, [.. three.Items, Item("I", ResponsibilityLevel.Implementing, DueRule.Recurring(RecurrencePeriod.Year))]);

        new ResponsibilityListValidator().Check(three).Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.FourLevelIncomplete);
        new ResponsibilityListValidator().Check(four).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Article000_TargetAgreement_MustBeSigned_NotAfterItsYear()
    {
        var item = Item("T01", ResponsibilityLevel.Implementing, DueRule.Recurring(RecurrencePeriod.Quarter));
        ResponsibilityList Agreement(LocalDate? signed) =>
            new(ListId, Org, Y2019, ResponsibilityListKind.TargetAgreement, new LocalizedText("责任书", "Agreement"), [item], signed);

        new ResponsibilityListValidator().Check(Agreement(null)).Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.AgreementUnsigned);
        new ResponsibilityListValidator().Check(Agreement(D(2019, 12, 31))).IsValid.Should().BeTrue();
        new ResponsibilityListValidator().Check(Agreement(D(2020, 1, 1))).Problems.Should().ContainSingle()
            .Which.ErrorCode.Should().Be(ResponsibilitiesErrorCodes.AgreementSignedLate);
    }

    [Fact]
    public void List_DuplicateItemAndEmptyIds_AreReported()
    {
        var list = new ResponsibilityList(default, default, Y2019, ResponsibilityListKind.Annual, new LocalizedText("清单", "List"),
        [
            Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)),
            Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)),
        ]);

        new ResponsibilityListValidator().Check(list).Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
            [CommonErrorCodes.IdentifierEmpty, CommonErrorCodes.IdentifierEmpty, CommonErrorCodes.DuplicateIdentifier]);
    }

    [Fact]
    public void DataSet_EvidenceOrChainForUnknownItem_AndListOfAnotherYear_AreReported()
    {
        var list = List(Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)));
        var other = new ResponsibilityList(ResponsibilityListId.Parse("L-2020"), Org, AssessmentYear.Create(2020), ResponsibilityListKind.Annual, new LocalizedText("清单", "List"), []);
        var data = new ResponsibilityDataSet(
            Y2019,
            [list, other],
            [Record("X", D(2019, 1, 1)), Record("NOPE", D(2019, 1, 1)), new EvidenceRecord(ListId, Id("X"), D(2019, 2, 1), "")],
            [AccountabilityChain.Start(ResponsibilityListId.Parse("L-OTHER"), Id("X"))]);

        var problems = new ResponsibilityDataSetValidator().Check(data).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Lists[1]", ResponsibilitiesErrorCodes.ListYearMismatch),
            ("Evidence[1]", ResponsibilitiesErrorCodes.UnknownItem),
            ("Evidence[2].Description", ResponsibilitiesErrorCodes.EvidenceDescriptionBlank),
            ("Chains[0]", ResponsibilitiesErrorCodes.UnknownItem),
        ]);
    }

    [Fact]
    public void AssessmentCheck_ItemNamingUnknownOrOtherLevelDefinition_IsReported()
    {
        var scheme = new ResponsibilityScheme(
            "s", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"),
            [new ResponsibilityDefinition(Id("P01"), ResponsibilityLevel.Principal, new LocalizedText("主体", "Principal"))],
            StrategySpec.Of(ResponsibilityStrategies.Proportional));
        var list = List(
            Item("X", ResponsibilityLevel.Assisting, DueRule.Recurring(RecurrencePeriod.Year)) with { DefinitionId = Id("P01") },
            Item("Y", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)) with { DefinitionId = Id("P99") });

        var report = ResponsibilityAssessmentEngine.Validate(new ResponsibilityDataSet(Y2019, [list]), scheme, D(2019, 12, 31));

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Data.Lists[0].Items[0].DefinitionId", ResponsibilitiesErrorCodes.DefinitionLevel),
            ("Data.Lists[0].Items[1].DefinitionId", ResponsibilitiesErrorCodes.DefinitionUnknown));
        var act = () => ResponsibilityAssessmentEngine.Evaluate(new ResponsibilityDataSet(Y2019, [list]), scheme, D(2019, 12, 31));
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Scheme_BlankCodeAndBadScoring_AreReported()
    {
        var scheme = new ResponsibilityScheme(" ", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"), [], StrategySpec.Of("nope"));

        ResponsibilityAssessmentEngine.ValidateScheme(scheme).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Code", ResponsibilitiesErrorCodes.SchemeCodeBlank),
            ("Scoring.Name", CommonErrorCodes.StrategyUnknown));
    }

    [Fact]
    public void Labels_CoverEveryValueInBothLanguages()
    {
        ResponsibilitiesLabels.Levels[ResponsibilityLevel.Principal].ZhCn.Should().Be("主体责任");
        ResponsibilitiesLabels.Levels[ResponsibilityLevel.Assisting].ZhCn.Should().Be("协助责任");
        ResponsibilitiesLabels.Levels[ResponsibilityLevel.GuidingAndSupervising].ZhCn.Should().Be("指导督促责任");
        ResponsibilitiesLabels.DeadlineClasses[DeadlineClass.EndOfNovember].ZhCn.Should().Be("11月底");
        ResponsibilitiesLabels.DutyStatuses.All.Should().HaveCount(4);
    }

    [Fact]
    public void List_AndDataSet_HaveValueEquality()
    {
        var a = List(Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)));
        var b = List(Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year)));

        a.Should().Be(b);
        new ResponsibilityDataSet(Y2019, [a], Evidence("X", D(2019, 1, 1))).Should().Be(new ResponsibilityDataSet(Y2019, [b], Evidence("X", D(2019, 1, 1))));
        new ResponsibilityList(ListId, Org, Y2019, ResponsibilityListKind.Annual, new LocalizedText("清单", "List"), default).Items.Should().BeEmpty();
    }
}
