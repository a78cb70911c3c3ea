using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins the rules of <see cref="ResponsibilityDataSetValidator"/>, <see cref="ResponsibilityListValidator"/>,
/// <see cref="ResponsibilityItemValidator"/> and <see cref="ResponsibilitySchemeValidator"/>: every problem with path, code, message and
/// attempted value, in order, with missing (null) entries reported where they stand.
/// </summary>
public sealed class ResponsibilityValidatorsRulesTest
{
    private static AccountabilityStep Step(AccountabilityStage stage, LocalDate date) => new(stage, date);

    [Fact]
    public void DataSet_BreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var data = new ResponsibilityDataSet(
            Y2019,
            [
                List(Item("X", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year))),
                null!,
                new ResponsibilityList(ListId, Org, Y2019, ResponsibilityListKind.Annual, null!, []),
            ],
            [Record("X", D(2019, 3, 1)), null!, Record("NOPE", D(2019, 3, 1))],
            [
                AccountabilityChain.Start(ListId, Id("X")),
                null!,
                new AccountabilityChain(ListId, Id("X"), [Step(AccountabilityStage.Clarify, D(2019, 3, 1)), Step(AccountabilityStage.Assign, D(2019, 2, 28))]),
                AccountabilityChain.Start(ListId, Id("NOPE")),
            ]);

        Rows(new ResponsibilityDataSetValidator().Check(data)).Should().Equal(
            ("Lists[2]", CommonErrorCodes.DuplicateIdentifier, "'L-2019' appears more than once in 'Lists'.", "L-2019"),
            ("Lists[1]", CommonErrorCodes.Required, "'Lists' must not be empty.", null),
            ("Lists[2].Title", CommonErrorCodes.Required, "'Title' must not be empty.", null),
            ("Evidence[1]", CommonErrorCodes.Required, "'Evidence' must not be empty.", null),
            ("Evidence[2]", ResponsibilitiesErrorCodes.UnknownItem, "No item 'NOPE' in list 'L-2019'.", "L-2019/NOPE"),
            ("Chains[2]", CommonErrorCodes.DuplicateIdentifier, "'(L-2019, X)' appears more than once in 'Chains'.", "(L-2019, X)"),
            ("Chains[1]", CommonErrorCodes.Required, "'Chains' must not be empty.", null),
            ("Chains[2].Steps[1].Date", ResponsibilitiesErrorCodes.ChainDate, "A stage cannot be reached before the previous one.", "2019-02-28"),
            ("Chains[3]", ResponsibilitiesErrorCodes.UnknownItem, "No item 'NOPE' in list 'L-2019'.", "L-2019/NOPE"));
    }

    [Fact]
    public void List_WithUndefinedKindNoTitleAndABrokenItem_ListsEveryProblem()
    {
        var item = new ResponsibilityItem(default, (ResponsibilityLevel)9, null!, DueRule.Recurring(RecurrencePeriod.Year), DefinitionId: default(ResponsibilityItemId));
        var list = new ResponsibilityList(ListId, Org, Y2019, (ResponsibilityListKind)9, null!, [item]);

        Rows(new ResponsibilityListValidator().Check(list)).Should().Equal(
            ("Kind", CommonErrorCodes.UndefinedEnumValue, "'Kind' is not a known value.", "9"),
            ("Title", CommonErrorCodes.Required, "'Title' must not be empty.", null),
            ("Items[0].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Items[0].Level", CommonErrorCodes.UndefinedEnumValue, "'Level' is not a known value.", "9"),
            ("Items[0].Content", CommonErrorCodes.Required, "'Content' must not be empty.", null),
            ("Items[0].DefinitionId", CommonErrorCodes.IdentifierEmpty, "'Definition Id' must be a non-empty identifier.", ""));
    }

    [Fact]
    public void Scheme_BreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var p01 = new ResponsibilityDefinition(Id("P01"), ResponsibilityLevel.Principal, new LocalizedText("主体", "Principal"));
        var scheme = new ResponsibilityScheme(
            "s",
            null!,
            default,
            [p01, null!, new ResponsibilityDefinition(default, (ResponsibilityLevel)9, null!), p01],
            StrategySpec.Of(ResponsibilityStrategies.Proportional));

        Rows(new ResponsibilitySchemeValidator().Check(scheme)).Should().Equal(
            ("Title", CommonErrorCodes.Required, "'Title' must not be empty.", null),
            ("Committee", CommonErrorCodes.IdentifierEmpty, "'Committee' must be a non-empty identifier.", ""),
            ("Responsibilities[3]", CommonErrorCodes.DuplicateIdentifier, "'P01' appears more than once in 'Responsibilities'.", "P01"),
            ("Responsibilities[1]", CommonErrorCodes.Required, "'Responsibilities' must not be empty.", null),
            ("Responsibilities[2].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Responsibilities[2].Level", CommonErrorCodes.UndefinedEnumValue, "'Level' is not a known value.", "9"),
            ("Responsibilities[2].Content", CommonErrorCodes.Required, "'Content' must not be empty.", null));
    }
}
