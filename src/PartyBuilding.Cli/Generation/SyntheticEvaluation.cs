using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Cli.Generation;

/// <summary>A generated committee's evaluation, in memory.</summary>
/// <param name="Inputs">The typed documents, ready for <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Manifest">The manifest that lists the documents under <see cref="SyntheticDataSet.FileNames"/>.</param>
internal sealed record SyntheticEvaluation(AnnualEvaluationInputs Inputs, LocalDate AsOf, EvaluationManifest Manifest)
{
    /// <summary>Gets the number of input records: organizations, members, roles, ballots, branch assessments and their indicator scores, roster entries, declarations, audits, mass reviews, organizational-life branches, members, meetings, attendance rows and dues payments, and given inputs.</summary>
    public long InputRecords
    {
        get
        {
            var i = Inputs;
            long count = i.Organizations.Organizations.Length + i.Organizations.Members.Length + i.Organizations.Roles.Length;
            count += i.DoubleReviewData?.Ballots.Length ?? 0;
            if (i.StandardizationData is { } std)
            {
                count += std.Roster.Branches.Length + std.Assessments.Length + std.Assessments.Sum(a => (long)a.Scores.Length);
            }

            if (i.MemberPointsData is { } pts)
            {
                count += pts.Branches.Length + pts.Roster.Length + pts.Declarations.Length + pts.Audits.Length + pts.MassReviews.Length;
            }

            if (i.OrganizationalLifeRecords is { } life)
            {
                count += life.Branches.Length + life.Branches.Sum(b => (long)b.Members.Length) + life.Meetings.Length + life.Dues.Length;
                count += life.Meetings.Sum(m => (long)m.Attendees.Length + m.Absentees.Length);
            }

            return count + (i.GivenInputs?.Inputs.Length ?? 0);
        }
    }
}
