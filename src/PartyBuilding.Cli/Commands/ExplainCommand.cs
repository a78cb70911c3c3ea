using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>explain [DATASET] --org ID [--member ID]</c>: prints one organization's assessment as its explanation tree — every
/// component, bonus and deduction down to the inputs, with the strategies, parameters and citations that made each figure —
/// then the vetoes and downgrades applied, its ranks and the reproducibility receipt. With <c>--member</c> it prints one
/// member's year from the member-points area instead: the points roll-up (months, declarations and audits, quarterly mass
/// reviews) and the grade, each with its citations.
/// </summary>
internal sealed class ExplainCommand : ICommand
{
    private static readonly OptionSpec Org = new("org", "ID", CliMessages.ExplainOrgHelp, Required: true);

    private static readonly OptionSpec Member = new("member", "ID", CliMessages.ExplainMemberHelp);

    private static readonly OptionSpec Branch = new("branch", "ID", CliMessages.ExplainBranchHelp);

    public CommandSpec Spec { get; } = new(
        "explain",
        CliMessages.ExplainSummary,
        "[DATASET]",
        0,
        1,
        [Org, Member, Branch, EvaluationInputs.Scheme, EvaluationInputs.Year, EvaluationInputs.AsOf, EvaluationInputs.DocumentsRoot, ExplanationOutput.Format, ExplanationOutput.Depth]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var text = arguments.Required(Org.Name);
        if (!OrganizationId.TryParse(text, out var id))
        {
            throw CliException.Usage(CliMessages.OrgInvalid(text));
        }

        MemberId? memberId = null;
        if (arguments.Value(Member.Name) is { } memberText)
        {
            memberId = MemberId.TryParse(memberText, out var parsed) ? parsed : throw CliException.Usage(CliMessages.MemberInvalid(memberText));
        }

        OrganizationId? branchId = null;
        if (arguments.Value(Branch.Name) is { } branchText)
        {
            branchId = memberId is not null ? throw CliException.Usage(CliMessages.BranchWithMember)
                : OrganizationId.TryParse(branchText, out var parsed) ? parsed : throw CliException.Usage(CliMessages.BranchInvalid(branchText));
        }

        var (format, depth) = ExplanationOutput.Check(arguments);
        EvaluationInputs.Check(arguments);
        // One evaluation, which builds no explanation tree (issue 23); only the tree printed is built, when it is read. Its notes
        // are left out (stderr holds only errors), its progress is shown on a terminal as evaluate shows it.
        var evaluated = EvaluationInputs.Run(arguments, context with { Notes = false });
        if (memberId is { } member)
        {
            return ExplainMember(evaluated, id, member, context);
        }

        if (branchId is { } branch)
        {
            return ExplainBranch(evaluated, id, branch, context);
        }

        var result = evaluated.Result;
        var organization = result.Organizations.FirstOrDefault(o => o.Organization == id);
        if (organization is null)
        {
            var missing = evaluated.Full?.Missing.Where(m => m.Organization == id).ToList() ?? [];
            throw CliException.Input(missing.Count > 0
                ? CliMessages.NotRanked(id.ToString(), Joined("；", "; ", missing.Select(m => CliMessages.LacksComponent(m.Component.ToString(), m.Reason))))
                : CliMessages.OrganizationNotFound(id.ToString(), string.Join(", ", result.Organizations.Select(o => o.Organization))));
        }

        var name = evaluated.Data.Organizations.FirstOrDefault(o => o.Id == id)?.Name ?? evaluated.Registry?.Find(id)?.Name ?? id.Value;
        var subject = new ExplanationOutput.Subject(result, organization, name, evaluated.Registry?.Find(result.CommitteeId)?.Name, evaluated.Scheme.PublishedScale);
        ExplanationOutput.Write(context.Stdout, format, subject, depth, context.Language);
        return ExitCodes.Success;
    }

    /// <summary>Prints a member's points roll-up and grade from the member-points result of the evaluation.</summary>
    /// <exception cref="CliException">The data set has no member-points data (usage error), or the member is not in it or not in the organization (input error).</exception>
    private static int ExplainMember(Evaluated evaluated, OrganizationId organization, MemberId memberId, CliContext context)
    {
        var points = evaluated.Full?.MemberPoints
            ?? throw CliException.Usage(CliMessages.MemberNeedsData(evaluated.Source));
        var member = points.Member(memberId)
            ?? throw CliException.Input(CliMessages.MemberNotFound(memberId.ToString(), points.CommitteeId.ToString(), points.Year.ToString(), points.Members.Length));
        if (member.OrganizationId != organization)
        {
            throw CliException.Input(CliMessages.MemberElsewhere(memberId.ToString(), member.OrganizationId.ToString(), member.BranchId.ToString(), organization.ToString()));
        }

        var language = context.Language;
        var english = language == DisplayLanguage.English;
        var output = context.Stdout;
        var status = OrganizationsLabels.MembershipStatuses[member.Status].In(language);
        output.WriteLine(english
            ? $"member {member.MemberId}, branch {member.BranchId} of {member.OrganizationId}; {status}, {member.MonthsInParty} months in the party in {points.Year}, {member.DeclaredItems} items declared"
            : $"党员 {member.MemberId}，{member.OrganizationId} {member.BranchId} 支部；{status}，{points.Year}年在党 {member.MonthsInParty} 个月，申报 {member.DeclaredItems} 项");
        output.Write(member.PointsExplanation.ToText(language));
        if (member.GradeExplanation is { } grading)
        {
            output.Write(grading.ToText(language));
        }

        var grade = member.Grade is { } g ? MemberPointsLabels.MemberGrades[g].In(language)
            : member.Ungraded is { } reason ? MemberPointsLabels.UngradedReasons[reason].In(language)
            : string.Empty;
        output.WriteLine(english
            ? $"points {ReportNumber(member.Points)}; grade {grade}"
            : $"年度积分 {ReportNumber(member.Points)}；评定等次 {grade}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Prints a branch's organizational-life compliance from the manifest's records: a line naming the branch with its records
    /// and valid meetings, then each finding's explanation — the rule, its parameters and citation, and a node for every record
    /// or month it rests on.
    /// </summary>
    /// <exception cref="CliException">The data set has no organizational-life records (usage error), or the branch is not in them or not under the organization (input error).</exception>
    private static int ExplainBranch(Evaluated evaluated, OrganizationId organization, OrganizationId branchId, CliContext context)
    {
        var life = evaluated.Life ?? throw CliException.Usage(CliMessages.BranchNeedsRecords(evaluated.Source));
        var branch = life.Branches.FirstOrDefault(b => b.BranchId == branchId)
            ?? throw CliException.Input(CliMessages.BranchNotRecorded(branchId.ToString(), life.CommitteeId.ToString(), life.Year.ToString(), string.Join(", ", life.Branches.Select(b => b.BranchId))));
        var parent = evaluated.Registry?.Find(branchId)?.ParentId;
        if (parent != organization)
        {
            throw CliException.Input(CliMessages.BranchElsewhere(branchId.ToString(), parent?.ToString() ?? branchId.ToString(), organization.ToString()));
        }

        var language = context.Language;
        var output = context.Stdout;
        var name = evaluated.Registry?.Find(branchId)?.Name ?? branchId.Value;
        output.WriteLine(CliMessages.BranchHeading(
            branchId.ToString(), name, organization.ToString(), life.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), branch.RecordCount, branch.ValidMeetingCount, branch.Findings.Length).In(language));
        if (branch.Findings.IsEmpty)
        {
            output.WriteLine(CliMessages.BranchNoFindings.In(language));
        }

        var records = evaluated.LifeRecords?.Meetings.ToDictionary(m => m.Id) ?? [];
        foreach (var finding in branch.Findings)
        {
            output.Write(finding.Explanation.ToText(language));
            if (finding.Records.IsEmpty)
            {
                continue;
            }

            output.WriteLine(CliMessages.FindingRecords.In(language));
            foreach (var id in finding.Records)
            {
                var record = records.GetValueOrDefault(id) ?? evaluated.LifeRecords?.Carryover?.Meetings.FirstOrDefault(m => m.Id == id);
                output.WriteLine(record is null ? $"    {id}" : CliMessages.FindingRecord(
                    id.Value, record.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), OrganizationalLifeLabels.MeetingKinds[record.Kind].In(language), record.Minutes).In(language));
            }
        }

        return ExitCodes.Success;
    }

    private static LocalizedText Joined(string zhSeparator, string enSeparator, IEnumerable<LocalizedText> texts)
    {
        var list = texts.ToList();
        return new(string.Join(zhSeparator, list.Select(t => t.ZhCn)), string.Join(enSeparator, list.Select(t => t.English)));
    }

    private static string ReportNumber(Score points) => points.Value.ToString(CultureInfo.InvariantCulture);
}
