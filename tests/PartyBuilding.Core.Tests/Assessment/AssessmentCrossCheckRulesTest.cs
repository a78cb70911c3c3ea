using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the cross-checks of <see cref="AnnualAssessment.Validate"/> (data against scheme), by path, code and value: committee, year, evaluation date, unknown
/// components and items, the nature of each input, the grade's explanation, and the missing inputs listed by
/// organization then component.
/// </summary>
public sealed class AssessmentCrossCheckRulesTest
{
    private static (string Path, string Code, string? Value)[] Problems((AssessmentDataSet Data, AssessmentScheme Scheme, LocalDate AsOf) request) =>
        [.. AnnualAssessment.Validate(request.Data, request.Scheme, request.AsOf).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

    [Fact]
    public void Validate_RequestBreakingEveryCrossCheck_ListsEveryProblemWithPathCodeAndValue() =>
        Problems(RequestBreakingEveryRule()).Should().Equal(
        [
            ("Data.CommitteeId", AssessmentErrorCodes.CommitteeMismatch, "OTHER"),
            ("Data.Year", AssessmentErrorCodes.YearMismatch, "2023"),
            ("AsOf", AssessmentErrorCodes.AsOfBeforeScheme, "2023-12-31"),
            ("Data.Inputs[0].Component", AssessmentErrorCodes.ComponentUnknown, "KEY"),
            ("Data.Inputs[0].Bonuses[0]", AssessmentErrorCodes.FactorUnknown, "X1"),
            ("Data.Inputs[0].Bonuses[2]", AssessmentErrorCodes.FactorUnknown, "X2"),
            ("Data.Inputs[1]", AssessmentErrorCodes.NatureMismatch, "DR"),
            ("Data.Inputs[1].Deductions[1]", AssessmentErrorCodes.FactorUnknown, "X3"),
            ("Data.Inputs[1].Vetoes[1]", AssessmentErrorCodes.VetoUnknown, "X4"),
            ("Data.Inputs[2]", AssessmentErrorCodes.NatureMismatch, "STD"),
            ("Data.Inputs[3]", AssessmentErrorCodes.NatureMismatch, "ROUTINE"),
            ("Data.Inputs[4].Explanation", AssessmentErrorCodes.ExplanationMismatch, "90"),
            ("Data.Inputs[6].Grade", CommonErrorCodes.UndefinedEnumValue, "9"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "A00/DR"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "A00/STD"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "B02/STD"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "C03/DR"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "C03/ROUTINE"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "C03/STD"),
        ]);

    [Fact]
    public void Validate_ProblemsOfTheSchemeAndOfTheDataSet_AreListedUnderSchemeAndData() =>
        Problems((Data([Member("A01")], Inputs("A01", 101m, 90m)), Scheme() with { PublishedScale = -1 }, YearEnd2024)).Should().Equal(
            ("Scheme.PublishedScale", AssessmentErrorCodes.PublishedScale, "-1"),
            ("Data.Inputs[0].Score", AssessmentErrorCodes.ScoreRange, "101"));

    [Fact]
    public void Validate_EvaluationDateOnTheSchemesFirstDay_IsAccepted() =>
        Problems((Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), Start2024)).Should().BeEmpty();

    [Fact]
    public void Validate_EvaluationDateTheDayBeforeTheScheme_IsRejected() =>
        Problems((Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), Start2024.PlusDays(-1))).Should().Equal(
            ("AsOf", AssessmentErrorCodes.AsOfBeforeScheme, "2023-12-31"));

    private static (AssessmentDataSet, AssessmentScheme, LocalDate) RequestBreakingEveryRule()
    {
        var s = Scheme();
        var scheme = s with
        {
            Components = [.. s.Components, new SchemeComponent(Routine, T("日常", "Routine"), ComponentKind.RoutineWork, ComponentNature.Qualitative, [new(Start2024, Proportion.Of(0m))])],
            QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m)), new GradeScore(GradeBand.FairlyGood, Score.Of(85m)), new GradeScore(GradeBand.Average, Score.Of(70m)), new GradeScore(GradeBand.Poor, Score.Of(50m))],
        };
        var data = new AssessmentDataSet(Org("OTHER"), AssessmentYear.Create(2023),
            [Member("C03"), Member("B02"), Member("A01"), Member("A00")],
            [
                new ComponentInput(Org("A01"), AssessmentComponentId.Parse("KEY"), Score.Of(1m),
                    Bonuses: [new FactorEntry(AssessmentFactorId.Parse("X1"), Score.Of(1m), "r"), new FactorEntry(Award, Score.Of(1m), "r"), new FactorEntry(AssessmentFactorId.Parse("X2"), Score.Of(1m), "r")]),
                new ComponentInput(Org("A01"), Dr, Score.Of(1m), GradeBand.Good,
                    Deductions: [new FactorEntry(Late, Score.Of(1m), "r"), new FactorEntry(AssessmentFactorId.Parse("X3"), Score.Of(1m), "r")],
                    Vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("r")), new VetoFlag(AssessmentFactorId.Parse("X4"), LocalizedText.AsGiven("r"))]),
                new ComponentInput(Org("A01"), Std, null),
                new ComponentInput(Org("A01"), Routine, Score.Of(1m), GradeBand.Good),
                new ComponentInput(Org("B02"), Routine, Grade: GradeBand.Good, Explanation: Explanation.Given(T("给定", "Given"), 90m)),
                new ComponentInput(Org("B02"), Dr, Score.Of(2m), Explanation: Explanation.Given(T("给定", "Given"), 2m)),
                new ComponentInput(Org("A00"), Routine, null, (GradeBand)9),
            ]);
        return (data, scheme, new LocalDate(2023, 12, 31));
    }
}
