using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The input records of an annual evaluation (输入记录), counted one way for the whole library: the rows its documents hold —
/// organizations, members and roles of the registry and its events; double-review ballots; the standardization roster's
/// branches, branch assessments and their indicator scores; member-points branches, roster entries, declarations, audits and
/// mass reviews; organizational-life branches, their members, meetings, attendance and absence rows and dues payments;
/// responsibility lists, evidence, chains and contact points; rectification areas and problems; supervision groups, visits,
/// circulars and notices; accountability cases; and the given inputs. Schemes, catalogues and tiers are settings, not records.
/// </summary>
/// <remarks>
/// The measure of docs/performance.md (workload sizes, bytes allocated per record; the benchmarks count through it) and of
/// <see cref="EvaluationProgress.RecordsDone"/>. Counting reads only the documents' array lengths (and, for branch
/// assessments and meetings, each row's), so it costs milliseconds on a province.
/// </remarks>
internal static class InputRecords
{
    /// <summary>Counts every input record of an evaluation's documents.</summary>
    /// <param name="inputs">The documents.</param>
    /// <returns>The number of records.</returns>
    public static long Of(AnnualEvaluationInputs inputs) => Plan(inputs, EvaluationAreas.BuiltIn, []).Total;

    /// <summary>Counts the records of one document; <c>0</c> for a setting (a scheme, a catalogue, tiers) or none.</summary>
    /// <param name="document">The document's content, or <see langword="null"/>.</param>
    /// <returns>The number of records.</returns>
    public static long Of(object? document) => document switch
    {
        OrganizationSnapshot s => (long)s.Organizations.Length + s.Members.Length + s.Roles.Length,
        OrganizationEventLog e => e.Events.Length,
        DoubleReviewDataSet d => d.Ballots.Length,
        StandardizationDataSet d => (long)d.Roster.Branches.Length + d.Assessments.Length + d.Assessments.Sum(a => (long)a.Scores.Length),
        MemberPointsDataSet d => (long)d.Branches.Length + d.Roster.Length + d.Declarations.Length + d.Audits.Length + d.MassReviews.Length,
        OrganizationalLifeRecords r => (long)r.Branches.Length + r.Branches.Sum(b => (long)b.Members.Length) + r.Meetings.Length + r.Dues.Length
            + r.Meetings.Sum(m => (long)m.Attendees.Length + m.Absentees.Length),
        ResponsibilityDataSet d => (long)d.Lists.Length + d.Evidence.Length + d.Chains.Length + d.ContactPoints.Length,
        RectificationLedger l => (long)l.Areas.Length + l.Problems.Length,
        SupervisionRecords r => (long)r.Groups.Length + r.Visits.Length + r.Circulars.Length + r.Notices.Length,
        AccountabilityRecords a => a.Cases.Length,
        Assessment.AssessmentDataSet g => g.Inputs.Length,
        _ => 0,
    };

    /// <summary>
    /// Shares the records among the steps of an evaluation: each document counts once, for the first running area that reads
    /// it; the registry and the documents of areas that do not run count for the documents' checks, the given inputs for the
    /// assessment.
    /// </summary>
    /// <param name="inputs">The documents.</param>
    /// <param name="areas">Every registered area.</param>
    /// <param name="running">The areas whose engines run, in order.</param>
    /// <returns>The records of the checks, of each running area (in order), of the assessment, and their total.</returns>
    public static RecordPlan Plan(AnnualEvaluationInputs inputs, ImmutableArray<EvaluationArea> areas, ImmutableArray<EvaluationArea> running)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var perArea = running.Select(area => area.Documents.Where(d => counted.Add(d.Name)).Sum(d => Of(d.In(inputs)))).ToImmutableArray();
        var checks = Of(inputs.Organizations) + Of(inputs.OrganizationEvents)
            + areas.SelectMany(a => a.Documents).Where(d => counted.Add(d.Name)).Sum(d => Of(d.In(inputs)));
        return new RecordPlan(checks, perArea, Of(inputs.GivenInputs));
    }
}

/// <summary>How the input records of an evaluation are shared among its steps (<see cref="InputRecords.Plan"/>).</summary>
/// <param name="Checks">The records of the documents' checks: the registry and the documents no running area reads.</param>
/// <param name="Areas">The records of each running area's documents, in the order the areas run.</param>
/// <param name="Assessment">The records of the assessment: the given inputs.</param>
internal sealed record RecordPlan(long Checks, ImmutableArray<long> Areas, long Assessment)
{
    /// <summary>Gets every record of the evaluation.</summary>
    public long Total => Checks + Areas.Sum() + Assessment;

    /// <summary>Gets the records done when a step begins: those of the steps before it.</summary>
    /// <param name="step">The step, from 1 (the checks) to the number of running areas + 2 (the assessment).</param>
    /// <returns>The records done.</returns>
    public long DoneBefore(int step) => step <= 1 ? 0 : Checks + Areas.Take(step - 2).Sum();
}
