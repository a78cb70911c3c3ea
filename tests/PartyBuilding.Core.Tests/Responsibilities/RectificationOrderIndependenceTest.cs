using NodaTime.Text;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Issue 25 ("Order independence of everything"): the order in which a rectification ledger lists its areas, its
/// problems, a problem's measures and a measure's look-back checks carries no meaning, so it changes nothing in the
/// ledger's status on any date.
/// </summary>
public sealed class RectificationOrderIndependenceTest
{
    [Theory]
    [InlineData("responsibilities", "rectification-ledger-2019.json", "2019-10-31")]
    [InlineData("responsibilities", "rectification-ledger-2019.json", "2019-12-01")]
    [InlineData("responsibilities", "rectification-ledger-2019.json", "2020-01-15")]
    [InlineData("evaluation", "rectification-ledger-2018.json", "2018-12-01")]
    [InlineData("evaluation", "rectification-ledger-2018.json", "2019-01-15")]
    public void Evaluate_LedgerWithEveryListReversed_GivesAnEqualStatus(string folder, string file, string asOf)
    {
        var ledger = SeedDocuments.Read<RectificationLedger>(folder, file);
        var date = LocalDatePattern.Iso.Parse(asOf).Value;

        var expected = RectificationLedgerEngine.Evaluate(ledger, date);
        var actual = RectificationLedgerEngine.Evaluate(Reversed(ledger), date);

        actual.Should().Be(expected, "the status is a value: every problem, measure, count and their order are compared");
    }

    [Theory]
    [InlineData("2019-11-05")]
    [InlineData("2019-11-15")]
    [InlineData("2019-12-31")]
    public void Evaluate_LookBackChecksInEitherOrder_GiveAnEqualStatus(string asOf)
    {
        // The seeds give no measure two look-back checks, so one is added: relapsed ten days after completion, confirmed
        // twenty days after. Before the second check the measure is not done; from it on, it is, whatever the list order.
        var ledger = SeedDocuments.Read<RectificationLedger>("responsibilities", "rectification-ledger-2019.json");
        var problem = ledger.Problems.First(p => p.Measures.Any(m => m.Completion is not null));
        var measure = problem.Measures.First(m => m.Completion is not null);
        var done = measure.Completion!.Date;
        var rechecked = new RectificationMeasure(measure.Id, measure.Description, measure.FirstResponsible, measure.Deadline, measure.Completion,
            [new LookBackCheck(done.PlusDays(10), RecheckOutcome.Relapsed), new LookBackCheck(done.PlusDays(20), RecheckOutcome.Confirmed)]);
        var withChecks = new RectificationLedger(ledger.Id, ledger.Title, ledger.Year, ledger.EstablishedOn, ledger.Areas,
            [.. ledger.Problems.Select(p => p.Id == problem.Id
                ? new RectificationProblem(p.Id, p.Organization, p.Area, p.Description, [.. p.Measures.Select(m => m.Id == measure.Id ? rechecked : m)])
                : p)],
            ledger.Citation);
        var date = LocalDatePattern.Iso.Parse(asOf).Value;

        var expected = RectificationLedgerEngine.Evaluate(withChecks, date);
        var actual = RectificationLedgerEngine.Evaluate(Reversed(withChecks), date);

        actual.Should().Be(expected);
        rechecked.IsDoneAsOf(date).Should().Be(date >= done.PlusDays(20) || date < done.PlusDays(10) && date >= done);
    }

    [Fact]
    public void Reversed_ChangesTheOrderOfTheAreasProblemsAndMeasures()
    {
        // The reversal the tests above rely on really reorders something at each level of the 2019 seed ledger.
        var ledger = SeedDocuments.Read<RectificationLedger>("responsibilities", "rectification-ledger-2019.json");
        var reversed = Reversed(ledger);

        reversed.Areas.Should().NotEqual(ledger.Areas).And.BeEquivalentTo(ledger.Areas);
        reversed.Problems.Select(p => p.Id).Should().NotEqual(ledger.Problems.Select(p => p.Id));
        ledger.Problems.Should().Contain(p => p.Measures.Length > 1, "some problem has several measures to reorder");
    }

    private static RectificationLedger Reversed(RectificationLedger ledger) =>
        new(
            ledger.Id,
            ledger.Title,
            ledger.Year,
            ledger.EstablishedOn,
            [.. ledger.Areas.Reverse()],
            [.. ledger.Problems.Reverse().Select(p => new RectificationProblem(
                p.Id,
                p.Organization,
                p.Area,
                p.Description,
                [.. p.Measures.Reverse().Select(m => new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline, m.Completion, [.. m.Rechecks.Reverse()]))]))],
            ledger.Citation);
}
