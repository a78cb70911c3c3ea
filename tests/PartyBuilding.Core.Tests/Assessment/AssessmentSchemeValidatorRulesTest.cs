using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins every rule of the scheme check (<see cref="AnnualAssessment.ValidateScheme"/>): its path, its code and the
/// attempted value, in the order the rules report them, and both sides of each threshold.
/// </summary>
public sealed class AssessmentSchemeValidatorRulesTest
{
    private static (string Path, string Code, string? Value)[] Problems(AssessmentScheme value) =>
        [.. AnnualAssessment.ValidateScheme(value).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

    [Fact]
    public void Validate_SchemeBreakingEveryRule_ListsEveryProblemWithPathCodeAndValue() =>
        Problems(SchemeBreakingEveryRule()).Should().Equal(
        [
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty, ""),
            ("Title", CommonErrorCodes.Required, null),
            ("Components[0].Id", CommonErrorCodes.IdentifierEmpty, ""),
            ("Components[0].Label", CommonErrorCodes.Required, null),
            ("Components[0].Kind", CommonErrorCodes.UndefinedEnumValue, "99"),
            ("Components[0].Nature", CommonErrorCodes.UndefinedEnumValue, "99"),
            ("Components[2]", CommonErrorCodes.DuplicateIdentifier, "DR"),
            ("Components[0].Weights", AssessmentErrorCodes.ParameterNotInForce, null),
            ("Components[1].Weights", AssessmentErrorCodes.ParameterNotInForce, "2024-07-01"),
            ("Components[1].Weights[1]", AssessmentErrorCodes.ParameterDateDuplicate, "2024-07-01"),
            ("QualitativeScores[0].Grade", CommonErrorCodes.UndefinedEnumValue, "9"),
            ("QualitativeScores[0].Score", AssessmentErrorCodes.ScoreRange, "-1"),
            ("QualitativeScores[1].Score", AssessmentErrorCodes.ScoreRange, "100.5"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "Good"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "Average"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "Poor"),
            ("Bonuses[0].Cap", AssessmentErrorCodes.ScoreRange, "-0.5"),
            ("Bonuses[1].Id", CommonErrorCodes.IdentifierEmpty, null),
            ("Bonuses[2]", CommonErrorCodes.DuplicateIdentifier, "AWARD"),
            ("Deductions[1].Cap", AssessmentErrorCodes.ScoreRange, "-0.01"),
            ("Deductions[1].Id", CommonErrorCodes.IdentifierEmpty, null),
            ("BonusCaps", AssessmentErrorCodes.ParameterNotInForce, "2024-07-01"),
            ("BonusCaps[1]", AssessmentErrorCodes.ParameterDateDuplicate, "2024-07-01"),
            ("BonusCaps[0].Value", AssessmentErrorCodes.ScoreRange, "-2"),
            ("DeductionCaps[1]", AssessmentErrorCodes.ParameterDateDuplicate, "2024-01-01"),
            ("DeductionCaps[1].Value", AssessmentErrorCodes.ScoreRange, "-1"),
            ("Bonuses, Deductions, PrecedenceRules", AssessmentErrorCodes.FactorIdShared, ""),
            ("Deductions, PrecedenceRules", AssessmentErrorCodes.FactorIdShared, "VETO"),
            ("PrecedenceRules[1]", AssessmentErrorCodes.RuleEffectInvalid, "DOWN"),
            ("PrecedenceRules[1].Precedence", AssessmentErrorCodes.PrecedenceConflict, "1"),
            ("PrecedenceRules[2]", CommonErrorCodes.DuplicateIdentifier, "VETO"),
            ("PrecedenceRules[3]", AssessmentErrorCodes.RuleEffectInvalid, "VETO"),
            ("PrecedenceRules[3]", AssessmentErrorCodes.RuleConflict, "VETO"),
            ("PrecedenceRules[4].Id", CommonErrorCodes.IdentifierEmpty, null),
            ("PrecedenceRules[4].Kind", CommonErrorCodes.UndefinedEnumValue, "7"),
            ("PrecedenceRules[5]", AssessmentErrorCodes.RuleEffectInvalid, "V2"),
            ("PrecedenceRules[6]", AssessmentErrorCodes.RuleEffectInvalid, "D2"),
            ("PrecedenceRules[6].Precedence", AssessmentErrorCodes.PrecedenceConflict, "4"),
            ("Certification.Years", AssessmentErrorCodes.CertificationCriteria, "0"),
            ("Certification.MinimumBand", CommonErrorCodes.UndefinedEnumValue, "0"),
            ("Certification.TopShare", AssessmentErrorCodes.CertificationCriteria, "0"),
            ("PublishedScale", AssessmentErrorCodes.PublishedScale, "-1"),
        ]);

    [Fact]
    public void CheckWeights_WrongOnTheFirstDayAndLater_ListsEachDateInOrderWithTheSum()
    {
        var scheme = Scheme();
        var (dr, std) = (scheme.Components[0], scheme.Components[1]);
        scheme = scheme with
        {
            Components =
            [
                dr with { Weights = [new(Start2024, Proportion.Of(0.5m)), new(new LocalDate(2024, 3, 1), Proportion.Of(0.4m)), new(new LocalDate(2024, 9, 1), Proportion.Of(0.3m))] },
                std,
            ],
        };

        Problems(scheme).Should().Equal(
            ("Components", AssessmentErrorCodes.WeightsSum, "1.1"),
            ("Components", AssessmentErrorCodes.WeightsSum, "0.9"));
    }

    [Fact]
    public void CheckQualitative_GradeScoresWithoutQualitativeComponent_AreStillCheckedForEveryGrade() =>
        Problems(Scheme() with { QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m))] }).Should().Equal(
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "FairlyGood"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "Average"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "Poor"));

    [Fact]
    public void CheckQualitative_QualitativeComponentWithoutGradeScores_ListsEveryGrade()
    {
        var scheme = Scheme();
        scheme = scheme with { Components = [scheme.Components[0] with { Nature = ComponentNature.Qualitative }, scheme.Components[1]] };

        Problems(scheme).Select(p => p.Value).Should().Equal("Good", "FairlyGood", "Average", "Poor");
    }

    [Fact]
    public void CheckDatedSeries_NoValueOnTheFirstDay_GivesTheEarliestDateAsTheAttemptedValue()
    {
        var scheme = Scheme();
        var dr = scheme.Components[0];
        scheme = scheme with { Components = [dr with { Weights = [new(new LocalDate(2024, 9, 1), Proportion.Of(0.4m)), new(new LocalDate(2024, 7, 1), Proportion.Of(0.4m))] }, scheme.Components[1]] };

        Problems(scheme).Should().Equal(
            ("Components[0].Weights", AssessmentErrorCodes.ParameterNotInForce, "2024-07-01"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void CheckPrecedenceRules_ForcedDowngradeSteps_MustBeFromOneToThree(int steps, bool accepted)
    {
        var scheme = Scheme();
        scheme = scheme with { PrecedenceRules = [scheme.PrecedenceRules[0], scheme.PrecedenceRules[1] with { Steps = steps }] };

        (string Path, string Code, string? Value)[] expected =
            accepted ? [] : [("PrecedenceRules[1]", AssessmentErrorCodes.RuleEffectInvalid, "DOWN")];
        Problems(scheme).Should().Equal(expected);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void CheckCertification_Years_MustBeFromOneToTen(int years, bool accepted)
    {
        var scheme = Scheme() with { Certification = new ModelOrganCriteria(years, GradeBand.Good, Share.FromDecimal(0.01m), Share.FromDecimal(0.5m)) };

        (string Path, string Code, string? Value)[] expected =
            accepted ? [] : [("Certification.Years", AssessmentErrorCodes.CertificationCriteria, years.ToString(CultureInfo.InvariantCulture))];
        Problems(scheme).Should().Equal(expected);
    }

    private static AssessmentScheme SchemeBreakingEveryRule()
    {
        var july = new LocalDate(2024, 7, 1);
        var s = Scheme();
        return s with
        {
            CommitteeId = default,
            Title = null!,
            Components =
            [
                new SchemeComponent(default, null!, (ComponentKind)99, (ComponentNature)99, []),
                new SchemeComponent(Dr, T("双述双评", "Double review"), ComponentKind.DoubleReview, ComponentNature.Qualitative,
                    [new(july, Proportion.Of(0.4m)), new(july, Proportion.Of(0.5m))]),
                new SchemeComponent(Dr, T("标准化", "Standardization"), ComponentKind.Standardization, ComponentNature.Quantitative, [new(Start2024, Proportion.Of(0.6m))]),
            ],
            QualitativeScores = [new GradeScore((GradeBand)9, Score.Of(-1m)), new GradeScore(GradeBand.Good, Score.Of(100.5m)), new GradeScore(GradeBand.Good, Score.Of(100m)), new GradeScore(GradeBand.FairlyGood, Score.Of(0m))],
            Bonuses = [new FactorRule(Award, T("表彰", "Award"), Score.Of(-0.5m)), new FactorRule(default, T("空", "Empty"), Score.Of(0m)), new FactorRule(Award, T("表彰", "Award"), Score.Of(1m))],
            BonusCaps = [new(july, Score.Of(-2m)), new(july, Score.Of(0m))],
            Deductions = [new FactorRule(Veto, T("否决", "Veto"), Score.Of(0m)), new FactorRule(default, T("空", "Empty"), Score.Of(-0.01m))],
            DeductionCaps = [new(Start2024, Score.Of(0m)), new(Start2024, Score.Of(-1m))],
            PrecedenceRules =
            [
                new PrecedenceRule(Veto, T("一票否决", "Veto"), PrecedenceRuleKind.Veto, 1, GradeBand.Average),
                new PrecedenceRule(Downgrade, T("降档", "Downgrade"), PrecedenceRuleKind.ForcedDowngrade, 1, Steps: 4),
                new PrecedenceRule(Veto, T("再否决", "Veto again"), PrecedenceRuleKind.Veto, 1, GradeBand.Average),
                new PrecedenceRule(Veto, T("冲突", "Conflict"), PrecedenceRuleKind.Veto, 2, GradeBand.Poor, Steps: 1),
                new PrecedenceRule(default, T("无名", "Nameless"), (PrecedenceRuleKind)7, 3),
                new PrecedenceRule(AssessmentFactorId.Parse("V2"), T("否决2", "Veto 2"), PrecedenceRuleKind.Veto, 4, (GradeBand)8),
                new PrecedenceRule(AssessmentFactorId.Parse("D2"), T("降档2", "Down 2"), PrecedenceRuleKind.ForcedDowngrade, 4, GradeBand.Poor, Steps: 0),
            ],
            PublishedScale = -1,
            Certification = new ModelOrganCriteria(0, (GradeBand)0, Share.Zero, Share.FromDecimal(0.5m)),
        };
    }
}
