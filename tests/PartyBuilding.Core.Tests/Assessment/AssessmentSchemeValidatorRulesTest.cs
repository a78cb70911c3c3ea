using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins every rule of <see cref="AssessmentSchemeValidator"/>: its path, its code, the message people read and the
/// attempted value, in the order the rules report them, and both sides of each threshold.
/// </summary>
public sealed class AssessmentSchemeValidatorRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(AssessmentScheme value) =>
        Rows(new AssessmentSchemeValidator().Check(value));

    [Fact]
    public void Validate_SchemeBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(SchemeBreakingEveryRule()).Should().Equal(
        [
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty, "'Committee Id' must be a non-empty identifier.", ""),
            ("Title", CommonErrorCodes.Required, "'Title' must not be empty.", null),
            ("Components[2]", CommonErrorCodes.DuplicateIdentifier, "'DR' appears more than once in 'Components'.", "DR"),
            ("Components[0].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Components[0].Label", CommonErrorCodes.Required, "'Label' must not be empty.", null),
            ("Components[0].Kind", CommonErrorCodes.UndefinedEnumValue, "'Kind' is not a known value.", "99"),
            ("Components[0].Nature", CommonErrorCodes.UndefinedEnumValue, "'Nature' is not a known value.", "99"),
            ("Bonuses[2]", CommonErrorCodes.DuplicateIdentifier, "'AWARD' appears more than once in 'Bonuses'.", "AWARD"),
            ("PublishedScale", AssessmentErrorCodes.PublishedScale, "'Published Scale' must be between 0 and 8. You entered -1.", "-1"),
            ("Components[0].Weights", AssessmentErrorCodes.ParameterNotInForce, "'Components[0].Weights' needs a value in force on 2024-01-01.", null),
            ("Components[1].Weights", AssessmentErrorCodes.ParameterNotInForce, "'Components[1].Weights' has no value in force on 2024-01-01, the date the scheme applies from.", "2024-07-01"),
            ("Components[1].Weights[1]", AssessmentErrorCodes.ParameterDateDuplicate, "'Components[1].Weights' has two values from 2024-07-01.", "2024-07-01"),
            ("QualitativeScores[0].Grade", CommonErrorCodes.UndefinedEnumValue, "Unknown grade.", "9"),
            ("QualitativeScores[0].Score", AssessmentErrorCodes.ScoreRange, "A grade's score must be on the component scale 0..100.", "-1"),
            ("QualitativeScores[1].Score", AssessmentErrorCodes.ScoreRange, "A grade's score must be on the component scale 0..100.", "100.5"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade Good must have exactly one score; it has 2.", "Good"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade Average must have exactly one score; it has 0.", "Average"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade Poor must have exactly one score; it has 0.", "Poor"),
            ("Bonuses[0].Cap", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", "-0.5"),
            ("Bonuses[1].Id", CommonErrorCodes.IdentifierEmpty, "The item needs an identifier.", null),
            ("Deductions[1].Cap", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", "-0.01"),
            ("Deductions[1].Id", CommonErrorCodes.IdentifierEmpty, "The item needs an identifier.", null),
            ("BonusCaps", AssessmentErrorCodes.ParameterNotInForce, "'BonusCaps' has no value in force on 2024-01-01, the date the scheme applies from.", "2024-07-01"),
            ("BonusCaps[1]", AssessmentErrorCodes.ParameterDateDuplicate, "'BonusCaps' has two values from 2024-07-01.", "2024-07-01"),
            ("BonusCaps[0].Value", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", "-2"),
            ("DeductionCaps[1]", AssessmentErrorCodes.ParameterDateDuplicate, "'DeductionCaps' has two values from 2024-01-01.", "2024-01-01"),
            ("DeductionCaps[1].Value", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", "-1"),
            ("Bonuses, Deductions, PrecedenceRules", AssessmentErrorCodes.FactorIdShared, "The identifier '' is used in Bonuses and Deductions and PrecedenceRules; an item belongs to one list.", ""),
            ("Deductions, PrecedenceRules", AssessmentErrorCodes.FactorIdShared, "The identifier 'VETO' is used in Deductions and PrecedenceRules; an item belongs to one list.", "VETO"),
            ("PrecedenceRules[1]", AssessmentErrorCodes.RuleEffectInvalid, "A forced downgrade needs 1 to 3 steps and no maximum band.", "DOWN"),
            ("PrecedenceRules[1].Precedence", AssessmentErrorCodes.PrecedenceConflict, "The veto and the forced downgrade 'VETO' and 'DOWN' share precedence 1; raised together for one organization, capping then lowering and lowering then capping give different bands.", "1"),
            ("PrecedenceRules[2]", CommonErrorCodes.DuplicateIdentifier, "The rule 'VETO' is listed twice.", "VETO"),
            ("PrecedenceRules[3]", AssessmentErrorCodes.RuleEffectInvalid, "A veto needs a maximum band and no downgrade steps.", "VETO"),
            ("PrecedenceRules[3]", AssessmentErrorCodes.RuleConflict, "The item 'VETO' triggers two rules with different effects (PrecedenceRules[0] and PrecedenceRules[3]); the outcome of one case would be ambiguous.", "VETO"),
            ("PrecedenceRules[4].Id", CommonErrorCodes.IdentifierEmpty, "The rule needs an identifier.", null),
            ("PrecedenceRules[4].Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown rule kind.", "7"),
            ("PrecedenceRules[5]", AssessmentErrorCodes.RuleEffectInvalid, "A veto needs a maximum band and no downgrade steps.", "V2"),
            ("PrecedenceRules[6]", AssessmentErrorCodes.RuleEffectInvalid, "A forced downgrade needs 1 to 3 steps and no maximum band.", "D2"),
            ("PrecedenceRules[6].Precedence", AssessmentErrorCodes.PrecedenceConflict, "The veto and the forced downgrade 'V2' and 'D2' share precedence 4; raised together for one organization, capping then lowering and lowering then capping give different bands.", "4"),
            ("Certification.Years", AssessmentErrorCodes.CertificationCriteria, "Years must be from 1 to 10.", "0"),
            ("Certification.MinimumBand", CommonErrorCodes.UndefinedEnumValue, "Unknown band.", "0"),
            ("Certification.TopShare", AssessmentErrorCodes.CertificationCriteria, "The top share must be above 0.", "0"),
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
            ("Components", AssessmentErrorCodes.WeightsSum, "The component weights in force on 2024-01-01 add up to 1.1, not exactly 1.", "1.1"),
            ("Components", AssessmentErrorCodes.WeightsSum, "The component weights in force on 2024-09-01 add up to 0.9, not exactly 1.", "0.9"));
    }

    [Fact]
    public void CheckQualitative_GradeScoresWithoutQualitativeComponent_AreStillCheckedForEveryGrade() =>
        Problems(Scheme() with { QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m))] }).Should().Equal(
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade FairlyGood must have exactly one score; it has 0.", "FairlyGood"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade Average must have exactly one score; it has 0.", "Average"),
            ("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing, "The grade Poor must have exactly one score; it has 0.", "Poor"));

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
            ("Components[0].Weights", AssessmentErrorCodes.ParameterNotInForce, "'Components[0].Weights' has no value in force on 2024-01-01, the date the scheme applies from.", "2024-07-01"));
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

        (string Path, string Code, string Message, string? Value)[] expected =
            accepted ? [] : [("PrecedenceRules[1]", AssessmentErrorCodes.RuleEffectInvalid, "A forced downgrade needs 1 to 3 steps and no maximum band.", "DOWN")];
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

        (string Path, string Code, string Message, string? Value)[] expected =
            accepted ? [] : [("Certification.Years", AssessmentErrorCodes.CertificationCriteria, "Years must be from 1 to 10.", years.ToString(CultureInfo.InvariantCulture))];
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
