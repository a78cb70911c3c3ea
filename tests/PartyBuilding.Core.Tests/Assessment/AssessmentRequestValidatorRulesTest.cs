using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the cross-checks of <see cref="AssessmentRequestValidator"/>: committee, year, evaluation date, unknown
/// components and items, the nature of each input, the grade's explanation, and the missing inputs listed by
/// organization then component.
/// </summary>
public sealed class AssessmentRequestValidatorRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(AssessmentRequest value) =>
        Rows(new AssessmentRequestValidator().Check(value));

    [Fact]
    public void Validate_RequestBreakingEveryCrossCheck_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(RequestBreakingEveryRule()).Should().Equal(
        [
            ("Data.CommitteeId", AssessmentErrorCodes.CommitteeMismatch, "The data set is for 'OTHER', the scheme for 'BZ-WC'.", "OTHER"),
            ("Data.Year", AssessmentErrorCodes.YearMismatch, "The data set is for 2023, the scheme for 2024.", "2023"),
            ("AsOf", AssessmentErrorCodes.AsOfBeforeScheme, "The evaluation date 2023-12-31 is before the scheme applies (2024-01-01).", "2023-12-31"),
            ("Data.Inputs[0].Component", AssessmentErrorCodes.ComponentUnknown, "The scheme has no component 'KEY'.", "KEY"),
            ("Data.Inputs[0].Bonuses[0]", AssessmentErrorCodes.FactorUnknown, "The scheme has no bonus factor 'X1'.", "X1"),
            ("Data.Inputs[0].Bonuses[2]", AssessmentErrorCodes.FactorUnknown, "The scheme has no bonus factor 'X2'.", "X2"),
            ("Data.Inputs[1]", AssessmentErrorCodes.NatureMismatch, "The component 'DR' is quantitative: give a score and no grade.", "DR"),
            ("Data.Inputs[1].Deductions[1]", AssessmentErrorCodes.FactorUnknown, "The scheme has no deduction item 'X3'.", "X3"),
            ("Data.Inputs[1].Vetoes[1]", AssessmentErrorCodes.VetoUnknown, "The scheme has no veto or downgrade rule 'X4'.", "X4"),
            ("Data.Inputs[2]", AssessmentErrorCodes.NatureMismatch, "The component 'STD' is quantitative: give a score and no grade.", "STD"),
            ("Data.Inputs[3]", AssessmentErrorCodes.NatureMismatch, "The component 'ROUTINE' is qualitative: give a grade and no score.", "ROUTINE"),
            ("Data.Inputs[4].Explanation", AssessmentErrorCodes.ExplanationMismatch, "The explanation ends in 90, not in the score 95 of the grade Good.", "90"),
            ("Data.Inputs[6].Grade", CommonErrorCodes.UndefinedEnumValue, "Not a known grade.", "9"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'A00' has no input for the component 'DR'.", "A00/DR"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'A00' has no input for the component 'STD'.", "A00/STD"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'B02' has no input for the component 'STD'.", "B02/STD"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'C03' has no input for the component 'DR'.", "C03/DR"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'C03' has no input for the component 'ROUTINE'.", "C03/ROUTINE"),
            ("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing, "'C03' has no input for the component 'STD'.", "C03/STD"),
        ]);

    [Fact]
    public void Validate_ProblemsOfTheSchemeAndOfTheDataSet_AreListedUnderSchemeAndData() =>
        Problems(new AssessmentRequest(Data([Member("A01")], Inputs("A01", 101m, 90m)), Scheme() with { PublishedScale = -1 }, YearEnd2024)).Should().Equal(
            ("Scheme.PublishedScale", AssessmentErrorCodes.PublishedScale, "'Published Scale' must be between 0 and 8. You entered -1.", "-1"),
            ("Data.Inputs[0].Score", AssessmentErrorCodes.ScoreRange, "A component score must be on the scale 0..100.", "101"));

    [Fact]
    public void Validate_EvaluationDateOnTheSchemesFirstDay_IsAccepted() =>
        Problems(new AssessmentRequest(Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), Start2024)).Should().BeEmpty();

    [Fact]
    public void Validate_EvaluationDateTheDayBeforeTheScheme_IsRejected() =>
        Problems(new AssessmentRequest(Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), Start2024.PlusDays(-1))).Should().Equal(
            ("AsOf", AssessmentErrorCodes.AsOfBeforeScheme, "The evaluation date 2023-12-31 is before the scheme applies (2024-01-01).", "2023-12-31"));

    private static AssessmentRequest RequestBreakingEveryRule()
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
        return new AssessmentRequest(data, scheme, new LocalDate(2023, 12, 31));
    }
}
