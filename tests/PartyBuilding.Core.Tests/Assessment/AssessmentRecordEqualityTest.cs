using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.RecordEquality;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the value equality of the assessment records (their hand-written <c>Equals</c> over arrays): an equal copy is
/// equal, and changing any one member makes the records differ.
/// </summary>
public sealed class AssessmentRecordEqualityTest
{
    private static AssessmentResult Result() =>
        AnnualAssessment.Evaluate(Data([Member("B02"), Member("A01")], Inputs("B02", 80m, 90m), Inputs("A01", 80m, 90m)), Scheme(), YearEnd2024);

    [Fact]
    public void ComponentInputEquals_AnyMemberChanged_IsFalse()
    {
        var input = new ComponentInput(Org("A01"), Dr, Score.Of(80m), null, Explanation.Given(T("给定", "Given"), 80m),
            [new VetoFlag(Veto, LocalizedText.AsGiven("v"))], [new FactorEntry(Award, Score.Of(1m), "b")], [new FactorEntry(Late, Score.Of(1m), "d")]);

        ShouldEqualCopyAndDifferFromEach(
            input,
            input with { Vetoes = [new VetoFlag(Veto, LocalizedText.AsGiven("v"))] },
            input with { Organization = Org("B02") },
            input with { Component = Std },
            input with { Score = Score.Of(81m) },
            input with { Grade = GradeBand.Good },
            input with { Explanation = Explanation.Given(T("给定", "Given"), 81m) },
            input with { Vetoes = [] },
            input with { Bonuses = [] },
            input with { Deductions = [] });
    }

    [Fact]
    public void AssessmentDataSetEquals_AnyMemberChanged_IsFalse()
    {
        var data = Data([Member("A01")], Inputs("A01", 80m, 90m));

        ShouldEqualCopyAndDifferFromEach(
            data,
            data with { Organizations = [Member("A01")] },
            data with { CommitteeId = Org("OTHER") },
            data with { Year = AssessmentYear.Create(2025) },
            data with { Organizations = [Member("A01", "D2")] },
            data with { Inputs = data.Inputs.RemoveAt(1) });
    }

    [Fact]
    public void AssessmentSchemeEquals_AnyMemberChanged_IsFalse()
    {
        var scheme = Scheme() with { Certification = new ModelOrganCriteria(3, GradeBand.Good, Share.FromDecimal(0.2m), Share.FromDecimal(0.5m)), Reference = "ref" };

        ShouldEqualCopyAndDifferFromEach(
            scheme,
            scheme with { Components = [.. scheme.Components] },
            scheme with { CommitteeId = Org("OTHER") },
            scheme with { Year = AssessmentYear.Create(2025) },
            scheme with { Title = T("另一办法", "Other scheme") },
            scheme with { EffectiveFrom = Start2024.PlusDays(1) },
            scheme with { Components = [scheme.Components[1], scheme.Components[0]] },
            scheme with { Banding = scheme.Banding with { Name = AssessmentStrategies.Quota } },
            scheme with { Ranking = scheme.Ranking with { Parameters = [P("tie-breakers", "DR")] } },
            scheme with { QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m))] },
            scheme with { Bonuses = [] },
            scheme with { BonusCaps = [] },
            scheme with { Deductions = [] },
            scheme with { DeductionCaps = [new(Start2024, Score.Of(5m))] },
            scheme with { PrecedenceRules = [] },
            scheme with { PublishedScale = 1 },
            scheme with { Certification = null },
            scheme with { Reference = "other" });
    }

    [Fact]
    public void SchemeComponentEquals_AnyMemberChanged_IsFalse()
    {
        var component = Scheme().Components[0];

        ShouldEqualCopyAndDifferFromEach(
            component,
            component with { Weights = [.. component.Weights] },
            component with { Id = Std },
            component with { Label = T("其他", "Other") },
            component with { Kind = ComponentKind.KeyWork },
            component with { Nature = ComponentNature.Qualitative },
            component with { Weights = [] });
    }

    [Fact]
    public void StrategyChoiceEquals_NameOrParametersChanged_IsFalse()
    {
        var choice = Scheme().Banding;

        ShouldEqualCopyAndDifferFromEach(
            choice,
            choice with { Parameters = [.. choice.Parameters] },
            choice with { Name = AssessmentStrategies.Quota },
            choice with { Parameters = choice.Parameters.RemoveAt(0) });
    }

    [Fact]
    public void AppliedStrategyEquals_NameOrParametersChanged_IsFalse()
    {
        var applied = Result().Banding;

        ShouldEqualCopyAndDifferFromEach(
            applied,
            applied with { Parameters = applied.Parameters.ToImmutableSortedDictionary(StringComparer.Ordinal) },
            applied with { Name = "other" },
            applied with { Parameters = applied.Parameters.Remove("good") });
    }

    [Fact]
    public void AssessmentResultEquals_AnyMemberChanged_IsFalse()
    {
        var result = Result();

        ShouldEqualCopyAndDifferFromEach(
            result,
            result with { Organizations = [.. result.Organizations] },
            result with { CommitteeId = Org("OTHER") },
            result with { Year = AssessmentYear.Create(2025) },
            result with { AsOf = result.AsOf.PlusDays(1) },
            result with { Banding = result.Banding with { Name = "other" } },
            result with { Ranking = result.Ranking with { Name = "other" } },
            result with { Organizations = result.Organizations.RemoveAt(0) },
            result with { Receipt = result.Receipt with { Sha256 = "00" } });
    }

    [Fact]
    public void OrganizationAssessmentEquals_AnyMemberChanged_IsFalse()
    {
        var o = Result().Organizations[0];

        ShouldEqualCopyAndDifferFromEach(
            o,
            o with { Components = [.. o.Components] },
            o with { Organization = Org("ZZ") },
            o with { District = DistrictId.Parse("D9") },
            o with { RegularScore = Score.Of(1m) },
            o with { Bonus = Score.Of(1m) },
            o with { Deduction = Score.Of(1m) },
            o with { Total = Score.Of(1m) },
            o with { PublishedTotal = Score.Of(1m) },
            o with { Components = [] },
            o with { Bonuses = [new FactorLine(Award, Score.Of(1m), Score.Of(3m), Score.Of(1m))] },
            o with { Deductions = [new FactorLine(Late, Score.Of(1m), Score.Of(3m), Score.Of(1m))] },
            o with { Rules = [new AppliedRule(Veto, PrecedenceRuleKind.Veto, 1, GradeBand.Good, GradeBand.Average, LocalizedText.AsGiven("r"))] },
            o with { ScoreBand = GradeBand.Poor },
            o with { Band = GradeBand.Poor },
            o with { CommitteeRank = 9 },
            o with { DistrictRank = 9 },
            o with { Breakdown = ScoreBreakdown.FromLines([]) },
            o with { Explanation = Explanation.Given(T("其他", "Other"), 1m) });
    }

    [Fact]
    public void AssessmentSchemeEquals_ListLeftUnsetOnBothSides_IsTrue()
    {
        var scheme = Scheme() with { Bonuses = default };

        scheme.Equals(scheme with { }).Should().BeTrue();
    }

    [Fact]
    public void IdentifierValue_Default_IsEmptyText()
    {
        default(AssessmentComponentId).Value.Should().BeEmpty();
        default(AssessmentFactorId).Value.Should().BeEmpty();
    }

    [Fact]
    public void District_TiedOrganizations_AreListedByRankThenIdentifier() =>
        Result().District(DistrictId.Parse("D1")).Select(o => (o.Organization.Value, o.DistrictRank)).Should().Equal(("A01", 1), ("B02", 1));

    [Fact]
    public void Indexer_OrganizationNotAssessed_ThrowsKeyNotFoundNamingIt() =>
        FluentActions.Invoking(() => Result()[Org("ZZ")]).Should().Throw<KeyNotFoundException>().WithMessage("'ZZ' was not assessed.");

    [Fact]
    public void DocumentKind_AssessmentResult_IsAssessmentResult() => AssessmentResult.DocumentKind.Should().Be("assessment-result");
}
