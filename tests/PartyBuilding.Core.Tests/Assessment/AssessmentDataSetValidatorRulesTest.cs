using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins every rule of <see cref="AssessmentDataSetValidator"/>: path, code, message and attempted value in order,
/// with the boundaries 0 and 100 of the score scale and 0 points accepted.
/// </summary>
public sealed class AssessmentDataSetValidatorRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(AssessmentDataSet value) =>
        Rows(new AssessmentDataSetValidator().Check(value));

    [Fact]
    public void Validate_DataSetBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(DataBreakingEveryRule()).Should().Equal(
        [
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty, "'Committee Id' must be a non-empty identifier.", ""),
            ("Organizations[2]", CommonErrorCodes.DuplicateIdentifier, "'A01' appears more than once in 'Organizations'.", "A01"),
            ("Organizations[1].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Organizations[1].District", CommonErrorCodes.IdentifierEmpty, "'District' must be a non-empty identifier.", ""),
            ("Inputs[0].Organization", AssessmentErrorCodes.OrganizationUnknown, "The organization 'ZZ' is not listed in the data set.", "ZZ"),
            ("Inputs[0].Component", CommonErrorCodes.IdentifierEmpty, "The input needs a component.", null),
            ("Inputs[0].Score", AssessmentErrorCodes.ScoreRange, "A component score must be on the scale 0..100.", "-0.01"),
            ("Inputs[1].Score", AssessmentErrorCodes.ScoreRange, "A component score must be on the scale 0..100.", "100.01"),
            ("Inputs[1].Explanation", AssessmentErrorCodes.ExplanationMismatch, "The explanation ends in 99, not in the score 100.01.", "99"),
            ("Inputs[1].Bonuses[0].Points", AssessmentErrorCodes.FactorPointsNegative, "Points are not negative; a deduction gives the points deducted.", "-1"),
            ("Inputs[1].Bonuses[0].Reason", AssessmentErrorCodes.ReasonRequired, "An entry needs its reason.", "AWARD"),
            ("Inputs[1].Deductions[1].Points", AssessmentErrorCodes.FactorPointsNegative, "Points are not negative; a deduction gives the points deducted.", "-0.5"),
            ("Inputs[1].Deductions[1].Reason", AssessmentErrorCodes.ReasonRequired, "An entry needs its reason.", "LATE"),
            ("Inputs[1].Vetoes[0].Reason", AssessmentErrorCodes.ReasonRequired, "A veto or downgrade flag needs its reason.", "VETO"),
            ("Inputs[2]", AssessmentErrorCodes.ComponentInputDuplicate, "'A01' has two inputs for the component 'DR'.", "DR"),
            ("Inputs[3].Explanation", AssessmentErrorCodes.ExplanationMismatch, "The explanation does not add up: Total: value 100 but children sum to 90", null),
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
