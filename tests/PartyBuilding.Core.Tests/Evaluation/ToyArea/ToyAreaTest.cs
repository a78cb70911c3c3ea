using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation.ToyArea;

/// <summary>
/// Adding an area is one registration: a toy area that takes over the routine-work grades from the given inputs runs
/// end to end through <see cref="AnnualEvaluation"/> — its document checked for committee and year, its references
/// against the registry, its engine's problems under its path — to the same ranking as the bundled run.
/// </summary>
public sealed class ToyAreaTest
{
    private static readonly AssessmentComponentId Routine = AssessmentComponentId.Parse("ROUTINE");

    private static AnnualEvaluationInputs Seed => EvaluationFixtures.Inputs;

    [Fact]
    public void ToyAreaFeedingTheRoutineGrades_RanksEveryOrganizationAsTheBundledRun()
    {
        var (inputs, area) = WithToyArea(l => l);

        var result = AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf, [.. EvaluationAreas.BuiltIn, area]);

        var expected = EvaluationFixtures.Result.Assessment.Organizations;
        result.Assessment.Organizations.Select(o => (o.Organization, o.CommitteeRank, o.Band, o.PublishedTotal))
            .Should().Equal(expected.Select(o => (o.Organization, o.CommitteeRank, o.Band, o.PublishedTotal)));
        result.Data.Inputs.Where(i => i.Component == Routine).Should().HaveCount(expected.Length);
        result.Missing.Should().Equal(EvaluationFixtures.Result.Missing);
        result.Assessment.Receipt.Should().NotBe(EvaluationFixtures.Result.Assessment.Receipt, "the receipt covers every document, and the toy area's is one more");
    }

    [Fact]
    public void ToyDocumentOfAnotherYear_IsReportedAtItsYear()
    {
        var (inputs, area) = WithToyArea(l => l with { Year = AssessmentYear.Create(2017) });

        Problems(inputs, area).Should().Contain(new ValidationProblem("toyRoutineLedger.Year", EvaluationErrorCodes.YearMismatch,
            "The document is for 2017, the evaluation for 2018.", "2017"));
    }

    [Fact]
    public void ToyDocumentReferencingAnUnknownOrganization_IsReportedAtTheReference()
    {
        var (inputs, area) = WithToyArea(l => l with { Grades = l.Grades.SetItem(0, l.Grades[0] with { Organization = OrganizationId.Parse("BZ-999") }) });

        Problems(inputs, area).Should().Contain(p =>
            p.Path == "toyRoutineLedger.Grades[0].Organization" && p.ErrorCode == EvaluationErrorCodes.OrganizationUnknown && p.AttemptedValue == "BZ-999");
    }

    [Fact]
    public void ToyEngineProblem_IsReportedUnderTheAreasPath()
    {
        var (inputs, area) = WithToyArea(l => l with { Grades = l.Grades.SetItem(2, l.Grades[2] with { Grade = null }) });

        Problems(inputs, area).Should().ContainSingle(p => p.Path == "toyRoutine.Grades[2].Grade" && p.ErrorCode == CommonErrorCodes.Required);
    }

    [Fact]
    public void ToyAreaFeedingAComponentTheGivenInputsFeedToo_IsReportedAsFedTwice()
    {
        var area = new ToyRoutineArea(new ToyRoutineLedger(Seed.Committee, Seed.Year, []), Routine);

        Problems(Seed, area).Should().Contain(p => p.Path == "components" && p.ErrorCode == EvaluationErrorCodes.ComponentFedTwice && p.AttemptedValue == "ROUTINE");
    }

    /// <summary>The bundled inputs with the routine grades moved from the given inputs into the toy area's ledger.</summary>
    private static (AnnualEvaluationInputs Inputs, ToyRoutineArea Area) WithToyArea(Func<ToyRoutineLedger, ToyRoutineLedger> change)
    {
        var given = Seed.GivenInputs!;
        var ledger = new ToyRoutineLedger(Seed.Committee, Seed.Year, [.. given.Inputs.Where(i => i.Component == Routine).Select(i => new ToyGrade(i.Organization, i.Grade))]);
        var inputs = Seed with { GivenInputs = given with { Inputs = [.. given.Inputs.Where(i => i.Component != Routine)] } };
        return (inputs, new ToyRoutineArea(change(ledger), Routine));
    }

    private static IEnumerable<ValidationProblem> Problems(AnnualEvaluationInputs inputs, EvaluationArea area)
    {
        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf, [.. EvaluationAreas.BuiltIn, area]);
        return act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
    }
}
