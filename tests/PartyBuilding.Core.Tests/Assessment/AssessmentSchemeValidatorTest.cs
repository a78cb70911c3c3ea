using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class AssessmentSchemeValidatorTest
{
    private static ImmutableArray<ValidationProblem> Problems(AssessmentScheme scheme) => AnnualAssessment.ValidateScheme(scheme).Problems;

    [Fact]
    public void Validate_GoodScheme_HasNoProblem() => Problems(Scheme()).Should().BeEmpty();

    [Fact]
    public void Validate_SchemeWithoutComponents_IsRejected() =>
        Problems(Scheme() with { Components = [] }).Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.ComponentsEmpty);

    [Fact]
    public void Validate_DataSetWithoutOrganizations_IsRejected() =>
        AnnualAssessment.Validate(Data([]), Scheme(), YearEnd2024).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Organizations", AssessmentErrorCodes.OrganizationsEmpty));

    [Fact]
    public void Validate_ThresholdsNotDescending_IsRejected()
    {
        var scheme = Scheme() with { Banding = From2024(AssessmentStrategies.Thresholds, ("good", "80"), ("fairly-good", "80"), ("average", "60")) };

        Problems(scheme).Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.StrategyParameterInvalid);
    }

    [Fact]
    public void Validate_StrategyEntryThatIsBadLaterInTheYear_IsReportedAtThatEntry()
    {
        var scheme = Scheme() with
        {
            Banding =
            [
                .. From2024(AssessmentStrategies.Thresholds, ("good", "90"), ("fairly-good", "80"), ("average", "60")),
                new(new LocalDate(2024, 7, 1), PartyBuilding.Core.Strategies.StrategySpec.Of(AssessmentStrategies.Thresholds, ("good", "90"), ("fairly-good", "80"), ("average", "85"))),
            ],
        };

        var problem = Problems(scheme).Should().ContainSingle().Subject;
        (problem.Path, problem.ErrorCode).Should().Be(("Banding[1].Value.Parameters.good", CommonErrorCodes.StrategyParameterInvalid));
    }

    [Fact]
    public void Validate_QuotaSharesAboveOne_IsRejected()
    {
        var scheme = Scheme() with { Banding = From2024(AssessmentStrategies.Quota, ("good-share", "0.6"), ("fairly-good-share", "0.5"), ("poor-below", "60")) };

        Problems(scheme).Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.StrategyParameterInvalid);
    }

    [Fact]
    public void Validate_TieBreakerThatIsNoComponent_IsRejected() =>
        Problems(Scheme(tieBreakers: "DR,KEY")).Should().ContainSingle().Which.AttemptedValue.Should().Be("KEY");

    [Fact]
    public void Validate_WeightsNotSummingToOne_OnALaterDate_IsReported()
    {
        var scheme = Scheme();
        var dr = scheme.Components[0];
        scheme = scheme with
        {
            Components = [dr with { Weights = [.. dr.Weights, new(new LocalDate(2024, 7, 1), Proportion.Of(0.5m))] }, scheme.Components[1]],
        };

        var problem = Problems(scheme).Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(AssessmentErrorCodes.WeightsSum);
        problem.Message.Should().Contain("2024-07-01").And.Contain("1.1");
    }

    [Fact]
    public void Validate_WeightSummingToExactlyOneOnEveryDate_IsAccepted()
    {
        var scheme = Scheme();
        var (dr, std) = (scheme.Components[0], scheme.Components[1]);
        var july = new LocalDate(2024, 7, 1);
        scheme = scheme with
        {
            Components =
            [
                dr with { Weights = [.. dr.Weights, new(july, Proportion.Of(0.35m))] },
                std with { Weights = [.. std.Weights, new(july, Proportion.Of(0.65m))] },
            ],
        };

        Problems(scheme).Should().BeEmpty();
    }

    [Fact]
    public void Validate_WeightNotInForceWhenTheSchemeStarts_IsReported()
    {
        var scheme = Scheme();
        var dr = scheme.Components[0];
        scheme = scheme with { Components = [dr with { Weights = [new(new LocalDate(2024, 2, 1), Proportion.Of(0.4m))] }, scheme.Components[1]] };

        Problems(scheme).Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.ParameterNotInForce);
    }

    [Fact]
    public void Validate_ConflictingRulesForTheSameItem_AreReported()
    {
        var scheme = Scheme();
        scheme = scheme with
        {
            PrecedenceRules = [.. scheme.PrecedenceRules, new PrecedenceRule(Veto, T("否决", "Veto again"), PrecedenceRuleKind.Veto, 1, GradeBand.Poor)],
        };

        Problems(scheme).Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.RuleConflict);
    }

    [Fact]
    public void Validate_VetoAndDowngradeSharingPrecedence_AreReported()
    {
        var scheme = Scheme();
        scheme = scheme with { PrecedenceRules = [scheme.PrecedenceRules[0], scheme.PrecedenceRules[1] with { Precedence = 1 }] };

        Problems(scheme).Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.PrecedenceConflict);
    }

    [Fact]
    public void Validate_RulesWithoutTheirEffect_AreReported()
    {
        var scheme = Scheme();
        scheme = scheme with { PrecedenceRules = [scheme.PrecedenceRules[0] with { MaxBand = null }, scheme.PrecedenceRules[1] with { Steps = 0 }] };

        Problems(scheme).Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.RuleEffectInvalid, AssessmentErrorCodes.RuleEffectInvalid);
    }

    [Fact]
    public void Validate_QualitativeComponentWithoutGradeScores_IsReported()
    {
        var scheme = Scheme();
        scheme = scheme with
        {
            Components = [scheme.Components[0], scheme.Components[1] with { Nature = ComponentNature.Qualitative }],
            QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m)), new GradeScore(GradeBand.FairlyGood, Score.Of(85m)), new GradeScore(GradeBand.Average, Score.Of(75m))],
        };

        var problem = Problems(scheme).Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(AssessmentErrorCodes.QualitativeScoreMissing);
        problem.AttemptedValue.Should().Be("Poor");
    }

    [Fact]
    public void Validate_ItemIdUsedInTwoListsAndNegativeCaps_AreReported()
    {
        var scheme = Scheme() with
        {
            Deductions = [new FactorRule(Award, T("扣分", "Deduction"), Score.Of(-1m))],
            BonusCaps = [new(Start2024, Score.Of(-2m))],
        };

        Problems(scheme).Select(p => p.ErrorCode).Should().BeEquivalentTo(
            [AssessmentErrorCodes.ScoreRange, AssessmentErrorCodes.ScoreRange, AssessmentErrorCodes.FactorIdShared]);
    }

    [Fact]
    public void Validate_CertificationCriteria_AreChecked()
    {
        var scheme = Scheme() with { Certification = new ModelOrganCriteria(0, GradeBand.Good, Share.Zero, Share.One) };

        Problems(scheme).Select(p => p.Path).Should().BeEquivalentTo(["Certification.Years", "Certification.TopShare"]);
    }

    [Fact]
    public void Validate_DataSetProblems_AreListedWithPaths()
    {
        var explanation = Explanation.Sum(T("合计", "Sum"), [Explanation.Given(T("甲", "A"), 40m), Explanation.Given(T("乙", "B"), 41m)]);
        var data = Data(
            [Member("BZ-001"), Member("BZ-001")],
            [
                new ComponentInput(Org("BZ-001"), Dr, Score.Of(80m), Explanation: explanation),
                new ComponentInput(Org("BZ-001"), Dr, Score.Of(80m), Bonuses: [new FactorEntry(Award, Score.Of(-1m), " ")]),
            ]);

        var problems = AnnualAssessment.Validate(data, Scheme(), YearEnd2024).Problems.Where(p => !p.Path.StartsWith("Data.Inputs", StringComparison.Ordinal) || p.ErrorCode != AssessmentErrorCodes.ComponentInputMissing);

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Data.Organizations[1]", CommonErrorCodes.DuplicateIdentifier),
            ("Data.Inputs[0].Explanation", AssessmentErrorCodes.ExplanationMismatch),
            ("Data.Inputs[1]", AssessmentErrorCodes.ComponentInputDuplicate),
            ("Data.Inputs[1].Bonuses[0].Points", AssessmentErrorCodes.FactorPointsNegative),
            ("Data.Inputs[1].Bonuses[0].Reason", AssessmentErrorCodes.ReasonRequired),
        ]);
    }

    [Fact]
    public void Validate_RequestAgainstScheme_ChecksNatureItemsCommitteeAndYear()
    {
        var scheme = Scheme();
        var data = new AssessmentDataSet(
            Org("BZ-XX"),
            AssessmentYear.Create(2023),
            [Member("BZ-001")],
            [
                new ComponentInput(Org("BZ-001"), Dr, Grade: GradeBand.Good),
                new ComponentInput(Org("BZ-001"), Std, Score.Of(80m), Vetoes: [new VetoFlag(AssessmentFactorId.Parse("NOPE"), LocalizedText.AsGiven("x"))], Deductions: [new FactorEntry(Award, Score.Of(1m), "wrong list")]),
            ]);

        var problems = AnnualAssessment.Validate(data, scheme, YearEnd2024).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Data.CommitteeId", AssessmentErrorCodes.CommitteeMismatch),
            ("Data.Year", AssessmentErrorCodes.YearMismatch),
            ("Data.Inputs[0]", AssessmentErrorCodes.NatureMismatch),
            ("Data.Inputs[1].Deductions[0]", AssessmentErrorCodes.FactorUnknown),
            ("Data.Inputs[1].Vetoes[0]", AssessmentErrorCodes.VetoUnknown),
        ]);
    }

    [Fact]
    public void Scheme_ValueEquality_HoldsAcrossInstances()
    {
        Scheme().Should().Be(Scheme());
        Scheme().GetHashCode().Should().Be(Scheme().GetHashCode());
        Scheme().Should().NotBe(Scheme(bonusCap: 4m));
    }
}
