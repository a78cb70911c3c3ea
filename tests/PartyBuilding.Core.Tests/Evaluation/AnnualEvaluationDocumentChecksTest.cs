using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> checks the documents against each other before running any area: every problem is
/// listed with its document's path, its code, its message and its value.
/// </summary>
public sealed class AnnualEvaluationDocumentChecksTest
{
    private static readonly OrganizationId Other = OrganizationId.Parse("BZ-XX");

    private static ImmutableArray<ValidationProblem> Problems(AnnualEvaluationInputs inputs, LocalDate? asOf = null)
    {
        var act = () => AnnualEvaluation.Run(inputs, asOf ?? EvaluationFixtures.AsOf);
        return act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
    }

    [Fact]
    public void Run_NullInputs_ThrowsArgumentNullNamingTheInputs()
    {
        var act = () => AnnualEvaluation.Run(null!, EvaluationFixtures.AsOf);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("inputs");
    }

    [Fact]
    public void AssessmentSchemeOfAnotherCommitteeAndYear_IsReportedAtTheSchemesCommitteeAndYear()
    {
        var inputs = EvaluationFixtures.Inputs with
        {
            Scheme = EvaluationFixtures.Inputs.Scheme with { CommitteeId = Other, Year = AssessmentYear.Create(2017) },
        };

        var problems = Problems(inputs);

        problems.Should().Contain(new ValidationProblem("assessmentScheme.CommitteeId", EvaluationErrorCodes.CommitteeMismatch,
            "The document is for 'BZ-XX', the evaluation for 'BZ-WC'.", "BZ-XX"));
        problems.Should().Contain(new ValidationProblem("assessmentScheme.Year", EvaluationErrorCodes.YearMismatch,
            "The document is for 2017, the evaluation for 2018.", "2017"));
    }

    [Fact]
    public void GivenInputsOfAnotherCommittee_AreReportedAtTheGivenInputsCommittee()
    {
        var inputs = EvaluationFixtures.Inputs with { GivenInputs = EvaluationFixtures.Inputs.GivenInputs! with { CommitteeId = Other } };

        Problems(inputs).Should().Contain(new ValidationProblem("givenInputs.CommitteeId", EvaluationErrorCodes.CommitteeMismatch,
            "The document is for 'BZ-XX', the evaluation for 'BZ-WC'.", "BZ-XX"));
    }

    [Fact]
    public void ValidationException_NamesTheAnnualEvaluationAsItsSubject()
    {
        var inputs = EvaluationFixtures.Inputs with { GivenInputs = EvaluationFixtures.Inputs.GivenInputs! with { CommitteeId = Other } };

        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        act.Should().Throw<PartyBuildingValidationException>().Which.Message.Should().StartWith("The annual evaluation is not valid: 1 problem.");
    }

    [Fact]
    public void DocumentsGivenWithoutTheirAreasComponent_AreEachReportedAsUnused()
    {
        var inputs = EvaluationFixtures.Inputs with { Components = new EvaluationComponents() };

        Problems(inputs).Should().Equal(
            Unused("doubleReviewScheme", "doubleReview"),
            Unused("doubleReviewData", "doubleReview"),
            Unused("standardizationCatalogue", "standardization"),
            Unused("standardizationTiers", "standardization"),
            Unused("standardizationData", "standardization"),
            Unused("memberPointsScheme", "memberPoints"),
            Unused("memberPointsData", "memberPoints"),
            Unused("responsibilityScheme", "responsibilities"),
            Unused("responsibilityData", "responsibilities"),
            Unused("rectificationLedger", "rectification"));
    }

    [Fact]
    public void ComponentsMissingFromTheScheme_AreReportedPerArea()
    {
        var unknown = AssessmentComponentId.Parse("NOPE");
        var inputs = EvaluationFixtures.Inputs with
        {
            Components = new EvaluationComponents(DoubleReview: unknown, Standardization: AssessmentComponentId.Parse("NOPE2"),
                MemberPoints: AssessmentComponentId.Parse("NOPE3"), Responsibilities: AssessmentComponentId.Parse("NOPE4"), Rectification: AssessmentComponentId.Parse("NOPE5")),
        };

        Problems(inputs).Should().Equal(
            NotInScheme("doubleReview", "NOPE"),
            NotInScheme("standardization", "NOPE2"),
            NotInScheme("memberPoints", "NOPE3"),
            NotInScheme("responsibilities", "NOPE4"),
            NotInScheme("rectification", "NOPE5"));
    }

    [Theory]
    [InlineData("rectificationLedger", "rectification", "RECT")]
    [InlineData("memberPointsScheme", "memberPoints", "PTS")]
    [InlineData("memberPointsData", "memberPoints", "PTS")]
    public void DocumentMissingForAFedComponent_IsReportedWithoutRunningTheArea(string document, string area, string component)
    {
        var seed = EvaluationFixtures.Inputs;
        var inputs = document switch
        {
            "rectificationLedger" => seed with { RectificationLedger = null },
            "memberPointsScheme" => seed with { MemberPointsScheme = null },
            _ => seed with { MemberPointsData = null },
        };

        Problems(inputs).Should().Equal(new ValidationProblem(document, EvaluationErrorCodes.DocumentMissing,
            $"The {area} area feeds '{component}' but the document '{document}' is not given.", null));
    }

    [Fact]
    public void VetoAndDowngradeRulesMissingFromTheScheme_AreReportedAtTheirComponentsEntry()
    {
        var inputs = EvaluationFixtures.Inputs with
        {
            Components = EvaluationFixtures.Inputs.Components with
            {
                StandardizationVeto = AssessmentFactorId.Parse("NO-VETO"),
                RectificationOverdue = AssessmentFactorId.Parse("NO-DOWN"),
            },
        };

        Problems(inputs).Should().Equal(
            new ValidationProblem("components.standardizationVeto", EvaluationErrorCodes.RuleUnknown,
                "The assessment scheme has no veto or downgrade rule 'NO-VETO'.", "NO-VETO"),
            new ValidationProblem("components.rectificationOverdue", EvaluationErrorCodes.RuleUnknown,
                "The assessment scheme has no veto or downgrade rule 'NO-DOWN'.", "NO-DOWN"));
    }

    [Fact]
    public void ComponentFedTwice_IsReportedOncePerComponent_InComponentOrder_NamingEverySource()
    {
        var key = AssessmentComponentId.Parse("KEY");
        var std = AssessmentComponentId.Parse("STD");
        var resp = AssessmentComponentId.Parse("RESP");
        var inputs = EvaluationFixtures.Inputs with
        {
            Components = EvaluationFixtures.Inputs.Components with
            {
                DoubleReview = key, Standardization = std, MemberPoints = std, Responsibilities = resp, Rectification = resp,
            },
        };

        Problems(inputs).Where(p => p.ErrorCode == EvaluationErrorCodes.ComponentFedTwice).Should().Equal(
            FedTwice("KEY", "double review and the given inputs"),
            FedTwice("RESP", "responsibilities and rectification ledger"),
            FedTwice("STD", "standardization and member points"));
    }

    [Fact]
    public void ComponentFedTwice_WithoutGivenInputs_NamesOnlyTheAreas()
    {
        var std = AssessmentComponentId.Parse("STD");
        var inputs = EvaluationFixtures.Inputs with
        {
            GivenInputs = null,
            Components = EvaluationFixtures.Inputs.Components with { MemberPoints = std },
        };

        Problems(inputs).Where(p => p.ErrorCode == EvaluationErrorCodes.ComponentFedTwice).Should().Equal(
            FedTwice("STD", "standardization and member points"));
    }

    private static ValidationProblem Unused(string document, string area) => new(document, EvaluationErrorCodes.DocumentUnused,
        $"The document '{document}' is given but the {area} area feeds no component (set components.{area}).", null);

    private static ValidationProblem NotInScheme(string area, string component) => new($"components.{area}", EvaluationErrorCodes.ComponentNotInScheme,
        $"The assessment scheme has no component '{component}' for the {area} area.", component);

    private static ValidationProblem FedTwice(string component, string sources) => new("components", EvaluationErrorCodes.ComponentFedTwice,
        $"The component '{component}' is fed by {sources}.", component);
}
