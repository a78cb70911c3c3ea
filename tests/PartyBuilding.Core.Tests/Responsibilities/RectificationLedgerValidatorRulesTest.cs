using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins every rule of <see cref="RectificationLedgerValidator"/>: path, code, message and attempted value in order, with the
/// boundaries accepted beside the failures (a measure completed on the day the ledger is established, a look-back re-check on the
/// completion day).
/// </summary>
public sealed class RectificationLedgerValidatorRulesTest
{
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");

    private static RectificationArea Area(string id) => new(RectificationAreaId.Parse(id), new LocalizedText("甲", "X"));

    private static RectificationProblem Problem(string id, string area, params RectificationMeasure[] measures) =>
        new(RectificationProblemId.Parse(id), Org, RectificationAreaId.Parse(area), new LocalizedText("问题", "Problem"), [.. measures]);

    private static RectificationMeasure Measure(string id, RectificationCompletion? completion = null, ImmutableArray<LookBackCheck> rechecks = default) =>
        new(RectificationMeasureId.Parse(id), new LocalizedText("措施", "Measure"), Secretary, DeadlineClass.YearEnd, completion, rechecks);

    [Fact]
    public void Validate_LedgerBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var ledger = new RectificationLedger(
            default,
            null!,
            Y2019,
            D(2019, 9, 1),
            [Area("X"), new RectificationArea(default, null!), Area("X")],
            [
                new RectificationProblem(default, default, RectificationAreaId.Parse("X"), null!,
                [
                    new RectificationMeasure(default, null!, default, (DeadlineClass)9, new RectificationCompletion(D(2019, 9, 1), " "),
                        [new LookBackCheck(D(2019, 9, 1), (RecheckOutcome)9), new LookBackCheck(D(2019, 8, 31), RecheckOutcome.Confirmed)]),
                    null!,
                ]),
                Problem("Q1", "Z", Measure("M1"), Measure("M2", new RectificationCompletion(D(2019, 8, 31), "report")), Measure("M1")),
                Problem("Q1", "X"),
            ]);

        var early = ledger.Problems[0].Measures[0].Rechecks[1];
        var unknownArea = ledger.Problems[1];

        Rows(new RectificationLedgerValidator().Check(ledger)).Should().Equal(
            ("Id", "COMMON.ID_EMPTY", "'Id' must be a non-empty identifier.", ""),
            ("Title", "COMMON.REQUIRED", "'Title' must not be empty.", null),
            ("Areas[2]", "COMMON.ID_DUPLICATE", "'X' appears more than once in 'Areas'.", "X"),
            ("Areas[1].Id", "COMMON.ID_EMPTY", "'Id' must be a non-empty identifier.", ""),
            ("Areas[1].Title", "COMMON.REQUIRED", "'Title' must not be empty.", null),
            ("Problems[2]", "COMMON.ID_DUPLICATE", "'Q1' appears more than once in 'Problems'.", "Q1"),
            ("Problems[0].Id", "COMMON.ID_EMPTY", "'Id' must be a non-empty identifier.", ""),
            ("Problems[0].Organization", "COMMON.ID_EMPTY", "'Organization' must be a non-empty identifier.", ""),
            ("Problems[0].Description", "COMMON.REQUIRED", "'Description' must not be empty.", null),
            ("Problems[0].Measures[0].Id", "COMMON.ID_EMPTY", "'Id' must be a non-empty identifier.", ""),
            ("Problems[0].Measures[0].FirstResponsible", "COMMON.ID_EMPTY", "'First Responsible' must be a non-empty identifier.", ""),
            ("Problems[0].Measures[0].Description", "COMMON.REQUIRED", "'Description' must not be empty.", null),
            ("Problems[0].Measures[0].Deadline", "COMMON.ENUM", "'Deadline' is not a known value.", "9"),
            ("Problems[0].Measures[0].Completion.Evidence", "RESP.LEDGER_EVIDENCE_BLANK", "A completed measure needs its evidence.", " "),
            ("Problems[0].Measures[0].Rechecks[1]", "RESP.LEDGER_RECHECK_EARLY", "A look-back re-check comes after the measure is completed.", early.ToString()),
            ("Problems[0].Measures[0].Rechecks[0].Outcome", "COMMON.ENUM", "'Outcome' is not a known value.", "9"),
            ("Problems[0].Measures[1]", "COMMON.REQUIRED", "'Measures' must not be empty.", null),
            ("Problems[2].Measures", "RESP.LEDGER_NO_MEASURE", "Every problem needs at least one rectification measure.", null),
            ("Problems[1]", "RESP.LEDGER_AREA_UNKNOWN", "The problem's area is not one of the ledger's areas.", unknownArea.ToString()),
            ("Problems[1]", "RESP.LEDGER_COMPLETED_EARLY", "A measure cannot be completed before the ledger was established.", unknownArea.ToString()),
            ("Problems[1].Measures[2]", "COMMON.ID_DUPLICATE", "'M1' appears more than once in the ledger.", "M1"));
    }
}
