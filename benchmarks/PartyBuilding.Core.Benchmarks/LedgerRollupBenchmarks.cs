using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The rectification ledger's status at 10,000 and 100,000 problems (two measures each), spread over one organization per
/// problem or all in one organization: the roll-up looked up each organization's measures, and each problem's measures in
/// its organization, by a pass over all of them (quadratic, issue 25); grouped once, ten times the problems cost about ten
/// times as much in both shapes.
/// </summary>
[MemoryDiagnoser]
public class LedgerRollupBenchmarks
{
    private RectificationLedger _spread = null!;
    private RectificationLedger _oneOrganization = null!;

    /// <summary>Gets or sets the number of problems.</summary>
    [Params(10_000, 100_000)]
    public int Problems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _spread = Ledger(i => OrganizationId.Parse($"ORG-{i}"));
        _oneOrganization = Ledger(_ => OrganizationId.Parse("ORG-1"));
    }

    [Benchmark(Description = "RectificationLedgerEngine.Evaluate, one organization per problem")]
    public int Spread() => RectificationLedgerEngine.Evaluate(_spread, new LocalDate(2020, 1, 1)).Organizations.Length;

    [Benchmark(Description = "RectificationLedgerEngine.Evaluate, every problem in one organization")]
    public int OneOrganization() => RectificationLedgerEngine.Evaluate(_oneOrganization, new LocalDate(2020, 1, 1)).Organizations.Length;

    private RectificationLedger Ledger(Func<int, OrganizationId> organization)
    {
        var area = RectificationAreaId.Parse("AR1");
        var responsible = MemberId.Parse("M-1");
        var problems = Enumerable.Range(0, Problems).Select(i => new RectificationProblem(
            RectificationProblemId.Parse($"Q{i}"),
            organization(i),
            area,
            new LocalizedText("问题", "Problem"),
            [
                new RectificationMeasure(RectificationMeasureId.Parse($"Q{i}-M1"), new LocalizedText("措施", "Measure"), responsible, DeadlineClass.EndOfNovember,
                    new RectificationCompletion(new LocalDate(2019, 11, 20), "纪要")),
                new RectificationMeasure(RectificationMeasureId.Parse($"Q{i}-M2"), new LocalizedText("措施", "Measure"), responsible, DeadlineClass.YearEnd),
            ]));
        return new RectificationLedger(
            RectificationLedgerId.Parse("LEDGER"), new LocalizedText("整改台账", "Rectification ledger"), AssessmentYear.Create(2019), new LocalDate(2019, 9, 20),
            [new RectificationArea(area, new LocalizedText("落实责任制", "Responsibility system"))], [.. problems]);
    }
}
