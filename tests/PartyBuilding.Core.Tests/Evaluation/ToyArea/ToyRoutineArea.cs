using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation.ToyArea;

/// <summary>A toy document: each organization's routine-work grade, as a ledger of one committee and year.</summary>
/// <param name="Committee">The working committee.</param>
/// <param name="Year">The year.</param>
/// <param name="Grades">One grade per organization; an entry without a grade is not valid.</param>
internal sealed record ToyRoutineLedger(OrganizationId Committee, AssessmentYear Year, ImmutableArray<ToyGrade> Grades) : IDocumentContent
{
    public static string DocumentKind => "toy-routine-ledger";

    // A caller's own document: reflection is enough in a test (an AOT host would name its own JsonSerializerContext).
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata { get; } = new DefaultJsonTypeInfoResolver();
}

/// <summary>An organization's grade in the toy ledger.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Grade">The grade; <see langword="null"/> is a problem of the toy engine.</param>
internal sealed record ToyGrade(OrganizationId Organization, GradeBand? Grade);

/// <summary>
/// The toy area: the whole registration of an area of its own — its document (with the committee and year it must be
/// for), its engine, the organizations it references and its adapter to component inputs — and nothing else.
/// </summary>
internal sealed class ToyRoutineArea(ToyRoutineLedger ledger, AssessmentComponentId component) : EvaluationArea<ToyRoutineLedger>(
    "toyRoutine",
    "toyRoutine",
    new LocalizedText("示例日常工作台账", "toy routine ledger"),
    EvaluationDocument.Of("toyRoutineLedger", _ => ledger).ForCommittee("Committee", l => l.Committee).ForYear("Year", l => l.Year))
{
    public override AssessmentComponentId? Component(EvaluationComponents components) => component;

    public override void CheckReferences(AnnualEvaluationInputs inputs, OrganizationStructureCheck check)
    {
        for (var i = 0; i < ledger.Grades.Length; i++)
        {
            check.Organization($"toyRoutineLedger.Grades[{i}].Organization", ledger.Grades[i].Organization);
        }
    }

    protected override ToyRoutineLedger Run(AnnualEvaluationInputs inputs, LocalDate asOf, CancellationToken cancellationToken)
    {
        var problems = new ProblemCollector();
        for (var i = 0; i < ledger.Grades.Length; i++)
        {
            if (ledger.Grades[i].Grade is null)
            {
                problems.Add($"Grades[{i}].Grade", CommonErrorCodes.Required, "The grade is required.", null);
            }
        }

        problems.ThrowIfErrors("toy routine ledger");
        return ledger;
    }

    protected override AreaComponents Adapt(ToyRoutineLedger result, AreaContext context) =>
        AreaComponents.Of([.. result.Grades.Select(g => new ComponentInput(g.Organization, context.Component, Grade: g.Grade))]);
}
