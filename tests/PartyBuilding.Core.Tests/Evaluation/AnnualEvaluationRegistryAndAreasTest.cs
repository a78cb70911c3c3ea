using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> validates the assessment scheme, the registry and its event log, the evaluation date and
/// every area's documents, prefixing each area's problems with the area's name.
/// </summary>
public sealed class AnnualEvaluationRegistryAndAreasTest
{
    private static ImmutableArray<ValidationProblem> Problems(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        var act = () => AnnualEvaluation.Run(inputs, asOf);
        return act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
    }

    [Fact]
    public void InvalidAssessmentScheme_IsReportedWithTheAssessmentSchemePrefix()
    {
        var inputs = EvaluationFixtures.Inputs with { Scheme = EvaluationFixtures.Inputs.Scheme with { Components = [] } };

        Problems(inputs, EvaluationFixtures.AsOf).Should().Contain(p => p.Path == "assessmentScheme.Components" && p.ErrorCode == AssessmentErrorCodes.ComponentsEmpty);
    }

    [Fact]
    public void EvaluationDateBeforeTheSnapshot_IsReportedAtTheSnapshotsDate()
    {
        var problems = Problems(EvaluationFixtures.Inputs, new LocalDate(2018, 12, 31));

        problems.Should().Contain(new ValidationProblem("organizations.snapshot.AsOf", OrganizationsErrorCodes.AsOfBeforeSnapshot,
            "The evaluation date 2018-12-31 is before the snapshot's date 2019-01-01.", "2018-12-31"));
    }

    [Fact]
    public void EvaluationDateOnTheSnapshotsDate_IsNotBeforeTheSnapshot()
    {
        var asOf = EvaluationFixtures.Inputs.Organizations.AsOf;

        var problems = Catch(() => AnnualEvaluation.Run(EvaluationFixtures.Inputs, asOf));

        problems.Should().NotContain(p => p.ErrorCode == OrganizationsErrorCodes.AsOfBeforeSnapshot);
    }

    [Fact]
    public void InvalidEventLog_IsReportedWithTheOrganizationsPrefix()
    {
        var inputs = EvaluationFixtures.Inputs with
        {
            OrganizationEvents = new OrganizationEventLog([new MemberConfirmed(new LocalDate(2019, 1, 10), MemberId.Parse("NOBODY"))]),
        };

        Problems(inputs, EvaluationFixtures.AsOf).Should().Equal(new ValidationProblem("organizations.log.Events[0].MemberId", OrganizationsErrorCodes.MemberUnknown,
            "'NOBODY' is not a current member.", "NOBODY"));
    }

    [Fact]
    public void AreaProblemOfTheWholeDataSet_IsReportedAtTheAreasNameAndData()
    {
        var problems = Problems(EvaluationFixtures.Inputs, new LocalDate(2017, 12, 31));

        problems.Should().Contain(p => p.Path == "doubleReview.Data" && p.ErrorCode == DoubleReviewErrorCodes.AsOfBeforePeriod);
    }

    [Fact]
    public void RegistryWithoutAssessedOrganizations_IsReportedAtTheOrganizations()
    {
        // Without districts the area documents' copies of the districts disagree with the registry: leave out the areas
        // that carry them, so that only the registry's own shortcoming remains.
        var snapshot = EvaluationFixtures.Inputs.Organizations;
        var inputs = EvaluationFixtures.Inputs with
        {
            Organizations = snapshot with { Organizations = [.. snapshot.Organizations.Select(o => o with { DistrictId = null })] },
            Components = EvaluationFixtures.Inputs.Components with { DoubleReview = null, Standardization = null, StandardizationVeto = null },
            DoubleReviewScheme = null,
            DoubleReviewData = null,
            StandardizationCatalogue = null,
            StandardizationTiers = null,
            StandardizationData = null,
        };

        Problems(inputs, EvaluationFixtures.AsOf).Should().Equal(new ValidationProblem("organizations", EvaluationErrorCodes.OrganizationsEmpty,
            "The registry lists no department-level organization of 'BZ-WC' with a district on 2019-01-15.", "BZ-WC"));
    }

    [Fact]
    public void MissingComponent_UnderFail_IsReportedAtTheComponentsPath()
    {
        var inputs = EvaluationFixtures.Inputs with { Incomplete = IncompleteOrganizationPolicy.Fail };

        Problems(inputs, EvaluationFixtures.AsOf).Should().Contain(p => p.ErrorCode == EvaluationErrorCodes.ComponentMissing && p.AttemptedValue == "BZ-097/DR" && p.Path == "components.DR");
    }

    private static ImmutableArray<ValidationProblem> Catch(Action run)
    {
        try
        {
            run();
            return [];
        }
        catch (PartyBuildingValidationException e)
        {
            return e.Problems;
        }
    }
}
