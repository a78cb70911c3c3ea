using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins every rule of <see cref="AssessmentDataSetValidator"/>: path, code and attempted value in order (through the internal check; <see cref="AnnualAssessment.Validate"/> places them under <c>Data.</c>),
/// with the boundaries 0 and 100 of the score scale and 0 points accepted.
/// </summary>
public sealed class AssessmentDataSetValidatorRulesTest
{
    private static (string Path, string Code, string? Value)[] Problems(AssessmentDataSet value)
    {
        var problems = new ProblemCollector();
        AssessmentDataSetValidator.Check(value, problems);
        return [.. problems.ToReport().Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];
    }

    [Fact]
    public void Validate_DataSetBreakingEveryRule_ListsEveryProblemWithPathCodeAndValue() =>
        Problems(DataBreakingEveryRule()).Should().Equal(
        [
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty, ""),
            ("Organizations[1].Id", CommonErrorCodes.IdentifierEmpty, ""),
            ("Organizations[1].District", CommonErrorCodes.IdentifierEmpty, ""),
            ("Organizations[2]", CommonErrorCodes.DuplicateIdentifier, "A01"),
            ("Inputs[0].Organization", AssessmentErrorCodes.OrganizationUnknown, "ZZ"),
            ("Inputs[0].Component", CommonErrorCodes.IdentifierEmpty, null),
            ("Inputs[0].Score", AssessmentErrorCodes.ScoreRange, "-0.01"),
            ("Inputs[1].Score", AssessmentErrorCodes.ScoreRange, "100.01"),
            ("Inputs[1].Explanation", AssessmentErrorCodes.ExplanationMismatch, "99"),
            ("Inputs[1].Bonuses[0].Points", AssessmentErrorCodes.FactorPointsNegative, "-1"),
            ("Inputs[1].Bonuses[0].Reason", AssessmentErrorCodes.ReasonRequired, "AWARD"),
            ("Inputs[1].Deductions[1].Points", AssessmentErrorCodes.FactorPointsNegative, "-0.5"),
            ("Inputs[1].Deductions[1].Reason", AssessmentErrorCodes.ReasonRequired, "LATE"),
            ("Inputs[1].Vetoes[0].Reason", AssessmentErrorCodes.ReasonRequired, "VETO"),
            ("Inputs[2]", AssessmentErrorCodes.ComponentInputDuplicate, "DR"),
            ("Inputs[3].Explanation", AssessmentErrorCodes.ExplanationMismatch, "Total: value 100 but children sum to 90"),
        ]);

    private static AssessmentDataSet DataBreakingEveryRule() =>
        new(default, Year2024,
            [Member("A01"), new AssessedOrganization(default, default), Member("A01")],
            [
                new ComponentInput(Org("ZZ"), default, Score.Of(-0.01m)),
                new ComponentInput(Org("A01"), Dr, Score.Of(100.01m), Explanation: Explanation.Given(T("给定", "Given"), 99m),
                    Vetoes: [new VetoFlag(Veto, (LocalizedText)null!), new VetoFlag(Downgrade, LocalizedText.AsGiven("ok"))],
                    Bonuses: [new FactorEntry(Award, Score.Of(-1m), ""), new FactorEntry(Award, Score.Of(0m), "fine")],
                    Deductions: [new FactorEntry(Late, Score.Of(0m), "fine"), new FactorEntry(Late, Score.Of(-0.5m), " ")]),
                new ComponentInput(Org("A01"), Dr, Score.Of(0m)),
                new ComponentInput(Org("A01"), Std, Score.Of(100m),
                    Explanation: new Explanation(T("合计", "Total"), 100m, ExplanationCombination.Sum, "sum", ImmutableSortedDictionary<string, string>.Empty, [Explanation.Given(T("一", "One"), 60m), Explanation.Given(T("二", "Two"), 30m)])),
            ]);
}
