using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// A ledger built in code with a missing area or problem is reported, not a crash (found by the mutation triage:
/// the unique-identifier rules read every item's identifier before the items' own required rules ran).
/// </summary>
public sealed class LedgerNullItemsTest
{
    private static RectificationLedger Ledger(ImmutableArray<RectificationArea> areas, ImmutableArray<RectificationProblem> problems) =>
        new(RectificationLedgerId.Parse("L"), new LocalizedText("整改台账", "Ledger"), Y2019, new LocalDate(2019, 9, 1), areas, problems);

    [Fact]
    public void Check_MissingArea_IsReportedAsRequiredAtItsIndex()
    {
        var problems = new RectificationLedgerValidator().Check(Ledger([null!], [])).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Areas[0]", CommonErrorCodes.Required));
    }

    [Fact]
    public void Check_MissingProblem_IsReportedAsRequiredAtItsIndex()
    {
        var problems = new RectificationLedgerValidator().Check(Ledger([], [null!])).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Problems[0]", CommonErrorCodes.Required));
    }
}
