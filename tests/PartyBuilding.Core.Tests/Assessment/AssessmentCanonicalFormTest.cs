using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the canonical forms the receipts hash and equality relies on: every list in ascending order of its key, ties
/// broken by each further key in ascending order.
/// </summary>
public sealed class AssessmentCanonicalFormTest
{
    private static readonly LocalDate July = new(2024, 7, 1);

    [Fact]
    public void SchemeCanonical_EveryList_IsSortedAscendingByItsKeys()
    {
        var s = Scheme();
        var aDown = AssessmentFactorId.Parse("ADOWN");
        var scheme = s with
        {
            Components = [s.Components[1], s.Components[0]],
            QualitativeScores = [new GradeScore(GradeBand.Poor, Score.Of(50m)), new GradeScore(GradeBand.Good, Score.Of(96m)), new GradeScore(GradeBand.Good, Score.Of(95m))],
            Bonuses = [new FactorRule(AssessmentFactorId.Parse("X2"), T("二", "Two"), Score.Of(1m)), s.Bonuses[0]],
            Deductions = [s.Deductions[0], new FactorRule(AssessmentFactorId.Parse("EARLY"), T("早", "Early"), Score.Of(1m))],
            PrecedenceRules = [s.PrecedenceRules[1], s.PrecedenceRules[0], s.PrecedenceRules[1] with { Id = aDown }],
            Banding =
            [
                new(July, StrategySpec.Of(AssessmentStrategies.Thresholds, ("good", "91"), ("fairly-good", "81"), ("average", "60"))),
                new(Start2024, StrategySpec.Of(AssessmentStrategies.Thresholds, ("average", "60"), ("good", "90"), ("fairly-good", "80"))),
            ],
        };

        var canonical = scheme.Canonical();

        canonical.Components.Select(c => c.Id.Value).Should().Equal("DR", "STD");
        canonical.QualitativeScores.Select(g => (g.Grade, g.Score.Value)).Should().Equal((GradeBand.Good, 95m), (GradeBand.Good, 96m), (GradeBand.Poor, 50m));
        canonical.Bonuses.Select(b => b.Id.Value).Should().Equal("AWARD", "X2");
        canonical.Deductions.Select(d => d.Id.Value).Should().Equal("EARLY", "LATE");
        canonical.PrecedenceRules.Select(r => (r.Precedence, r.Id.Value)).Should().Equal((1, "VETO"), (2, "ADOWN"), (2, "DOWN"));
        canonical.Banding.Select(b => (b.EffectiveFrom, b.Value.Parameters["good"])).Should().Equal((Start2024, "90"), (July, "91"));
        canonical.Banding[0].Value.Parameters.Keys.Should().Equal("average", "fairly-good", "good");
    }

    [Fact]
    public void SchemeCanonical_DatedSeries_AreSortedByEffectiveDate()
    {
        var s = Scheme();
        var dr = s.Components[0];
        var scheme = s with
        {
            Components = [dr with { Weights = [new(July, Proportion.Of(0.5m)), .. dr.Weights] }, s.Components[1]],
            BonusCaps = [new(July, Score.Of(4m)), new(Start2024, Score.Of(5m))],
            DeductionCaps = [new(July, Score.Of(2m)), new(Start2024, Score.Of(3m))],
        };

        var canonical = scheme.Canonical();

        canonical.Components[0].Weights.Select(w => w.EffectiveFrom).Should().Equal(Start2024, July);
        canonical.BonusCaps.Select(c => (c.EffectiveFrom, c.Value.Value)).Should().Equal((Start2024, 5m), (July, 4m));
        canonical.DeductionCaps.Select(c => (c.EffectiveFrom, c.Value.Value)).Should().Equal((Start2024, 3m), (July, 2m));
    }

    [Fact]
    public void DataSetCanonical_OrganizationsInputsAndEntries_AreSortedAscendingByTheirKeys()
    {
        var entries = new[]
        {
            new FactorEntry(AssessmentFactorId.Parse("X2"), Score.Of(1m), "a"),
            new FactorEntry(Award, Score.Of(2m), "a"),
            new FactorEntry(Award, Score.Of(1m), "b"),
            new FactorEntry(Award, Score.Of(1m), "a"),
        };
        var data = new AssessmentDataSet(
            Committee,
            Year2024,
            [Member("B02"), Member("A01", "D2"), Member("A01", "D1")],
            [
                new ComponentInput(Org("B02"), Dr, Score.Of(1m)),
                new ComponentInput(Org("A01"), Std, Score.Of(1m)),
                new ComponentInput(Org("A01"), Dr, Score.Of(1m), Vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("b")), new VetoFlag(Downgrade, LocalizedText.AsGiven("z")), new VetoFlag(Veto, LocalizedText.AsGiven("a"))], Bonuses: [.. entries], Deductions: [.. entries]),
            ]);

        var canonical = data.Canonical();

        canonical.Organizations.Select(o => (o.Id.Value, o.District.Value)).Should().Equal(("A01", "D1"), ("A01", "D2"), ("B02", "D1"));
        canonical.Inputs.Select(i => (i.Organization.Value, i.Component.Value)).Should().Equal(("A01", "DR"), ("A01", "STD"), ("B02", "DR"));
        var input = canonical.Inputs[0];
        input.Vetoes.Select(v => (v.Rule.Value, v.Reason.ZhCn)).Should().Equal(("DOWN", "z"), ("VETO", "a"), ("VETO", "b"));
        (string, decimal, string)[] sorted = [("AWARD", 1m, "a"), ("AWARD", 1m, "b"), ("AWARD", 2m, "a"), ("X2", 1m, "a")];
        input.Bonuses.Select(b => (b.Factor.Value, b.Points.Value, b.Reason)).Should().Equal(sorted);
        input.Deductions.Select(d => (d.Factor.Value, d.Points.Value, d.Reason)).Should().Equal(sorted);
    }
}
