using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins the value equality of the responsibility records, whose lists are <see cref="ValueArray{T}"/> (the compiler's record
/// equality, no hand-written <c>Equals</c>): records built apart from equal items are equal with equal hashes, one differing
/// item makes them differ, and a whole result equals its recomputation.
/// </summary>
public sealed class ResponsibilityValueEqualityTest
{
    private static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");
    private static readonly LocalizedText Text = new("文本", "Text");

    private static ResponsibilityItem Yearly(string id) => Item(id, ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Year));

    private static ResponsibilityDataSet Data(params LocalDate[] evidence) =>
        new(Y2019, [List(Yearly("X"), Yearly("Y"))], Evidence("X", evidence), [new AccountabilityChain(ListId, Id("X")).Advance(AccountabilityStage.Clarify, D(2019, 1, 5))]);

    private static ResponsibilityScheme Scheme(string weight = "0.5") => new(
        "s", Text, OrganizationId.Parse("BZ-WC"),
        [new ResponsibilityDefinition(Id("X"), ResponsibilityLevel.Principal, Text)],
        StrategySpec.Of(ResponsibilityStrategies.LevelWeighted, (ResponsibilityStrategies.WeightPrincipal, weight), (ResponsibilityStrategies.WeightAssisting, "0.3")));

    private static RectificationLedger Ledger(RecheckOutcome outcome) => new(
        RectificationLedgerId.Parse("LEDGER"), Text, Y2019, D(2019, 9, 1), [new(RectificationAreaId.Parse("X"), Text)],
        [new(RectificationProblemId.Parse("Q1"), A, RectificationAreaId.Parse("X"), Text,
            [new(RectificationMeasureId.Parse("M1"), Text, Secretary, DeadlineClass.YearEnd, new RectificationCompletion(D(2019, 10, 1), "report"), [new(D(2019, 10, 2), outcome)])])]);

    [Fact]
    public void Records_BuiltApartFromEqualItems_AreEqual_AndOneDifferingItemMakesThemDiffer()
    {
        var data = Data(D(2019, 3, 1));
        var scheme = Scheme();
        var ledger = Ledger(RecheckOutcome.Confirmed);

        Data(D(2019, 3, 1)).Should().Be(data);
        Data(D(2019, 3, 1)).GetHashCode().Should().Be(data.GetHashCode());
        Data(D(2019, 3, 2)).Should().NotBe(data);
        new ResponsibilityDataSet(data.Year, data.Lists, data.Evidence).Should().NotBe(data);
        Scheme().Should().Be(scheme);
        Scheme().GetHashCode().Should().Be(scheme.GetHashCode());
        Scheme("0.4").Should().NotBe(scheme);
        Ledger(RecheckOutcome.Confirmed).Should().Be(ledger);
        Ledger(RecheckOutcome.Relapsed).Should().NotBe(ledger);
        new ResponsibilityDataSet(Y2019, default).Should().Be(new ResponsibilityDataSet(Y2019, []));
    }

    [Fact]
    public void Results_EqualTheirRecomputation_AndDifferWhenOneOccurrenceDiffers()
    {
        var asOf = D(2020, 1, 1);
        var assessment = ResponsibilityAssessmentEngine.Evaluate(Data(D(2019, 3, 1)), Scheme(), asOf);
        var ledgerStatus = RectificationLedgerEngine.Evaluate(Ledger(RecheckOutcome.Confirmed), asOf);

        ResponsibilityAssessmentEngine.Evaluate(Data(D(2019, 3, 1)), Scheme(), asOf).Should().Be(assessment);
        ResponsibilityAssessmentEngine.Evaluate(Data(D(2019, 3, 1)), Scheme(), asOf).GetHashCode().Should().Be(assessment.GetHashCode());
        ResponsibilityAssessmentEngine.Evaluate(Data(), Scheme(), asOf).Should().NotBe(assessment);
        RectificationLedgerEngine.Evaluate(Ledger(RecheckOutcome.Confirmed), asOf).Should().Be(ledgerStatus);
        RectificationLedgerEngine.Evaluate(Ledger(RecheckOutcome.Relapsed), asOf).Should().NotBe(ledgerStatus);
    }
}
