using PartyBuilding.Cli.Arguments;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
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
    private static readonly OptionSpec Org = new("org", "ID", "The organization to explain.", Required: true);

    private static readonly OptionSpec Member = new("member", "ID", "A member of the organization: explain the member's points and grade (needs a manifest with member-points data).");

    public CommandSpec Spec { get; } = new(
        "explain",
        "Print the explanation tree of one organization's (or one member's) result, with citations.",
        "[DATASET]",
        0,
        1,
        [Org, Member, EvaluationInputs.Scheme, EvaluationInputs.Year, EvaluationInputs.AsOf, EvaluationInputs.DocumentsRoot]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var text = arguments.Required(Org.Name);
        if (!OrganizationId.TryParse(text, out var id))
        {
            throw CliException.Usage($"--org must be an organization identifier, not '{text}'.");
        }

        MemberId? memberId = null;
        if (arguments.Value(Member.Name) is { } memberText)
        {
            memberId = MemberId.TryParse(memberText, out var parsed) ? parsed : throw CliException.Usage($"--member must be a member identifier, not '{memberText}'.");
        }

        var evaluated = EvaluationInputs.Run(arguments, context with { Stderr = TextWriter.Null });
        if (memberId is { } member)
        {
            return ExplainMember(evaluated, id, member, context);
        }

        var result = evaluated.Result;
        var organization = result.Organizations.FirstOrDefault(o => o.Organization == id);
        if (organization is null)
        {
            var missing = evaluated.Full?.Missing.Where(m => m.Organization == id).ToList() ?? [];
            throw CliException.Input(missing.Count > 0
                ? $"organization '{id}' is not ranked: {string.Join("; ", missing.Select(m => $"it has no {m.Component} ({m.Reason.In(context.Language)})"))}."
                : $"organization '{id}' is not in the data set; it holds {string.Join(", ", result.Organizations.Select(o => o.Organization))}.");
        }

        var english = context.Language == DisplayLanguage.English;
        var output = context.Stdout;
        output.Write(organization.Explanation.ToText(context.Language));
        foreach (var rule in organization.Rules)
        {
            output.WriteLine(english
                ? $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].English} {rule.Rule}: {AssessmentLabels.GradeBands[rule.Before].English} → {AssessmentLabels.GradeBands[rule.After].English} ({rule.Reason.English})"
                : $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].ZhCn} {rule.Rule}：{AssessmentLabels.GradeBands[rule.Before].ZhCn} → {AssessmentLabels.GradeBands[rule.After].ZhCn}（{rule.Reason.ZhCn}）");
        }

        var band = AssessmentLabels.GradeBands[organization.Band].In(context.Language);
        output.WriteLine(english
            ? $"band {band}; rank {organization.CommitteeRank} of {result.Organizations.Length} in {result.CommitteeId}, {organization.DistrictRank} in district {organization.District}"
            : $"档次 {band}；全委排名 {organization.CommitteeRank}/{result.Organizations.Length}，责任区 {organization.District} 内排名 {organization.DistrictRank}");
        output.WriteLine(english
            ? $"receipt {result.Receipt.Algorithm} {result.Receipt.Sha256} (library {result.Receipt.LibraryVersion})"
            : $"复核凭据 {result.Receipt.Algorithm} {result.Receipt.Sha256}（程序库版本 {result.Receipt.LibraryVersion}）");
        return ExitCodes.Success;
    }

    /// <summary>Prints a member's points roll-up and grade from the member-points result of the evaluation.</summary>
    /// <exception cref="CliException">The data set has no member-points data (usage error), or the member is not in it or not in the organization (input error).</exception>
    private static int ExplainMember(Evaluated evaluated, OrganizationId organization, MemberId memberId, CliContext context)
    {
        var points = evaluated.Full?.MemberPoints
            ?? throw CliException.Usage($"--member needs member-points data: '{evaluated.Source}' is not an evaluation-manifest whose components include memberPoints.");
        var member = points.Member(memberId)
            ?? throw CliException.Input($"member '{memberId}' is not in the member-points data of {points.CommitteeId} for {points.Year}; it has {points.Members.Length} members.");
        if (member.OrganizationId != organization)
        {
            throw CliException.Input($"member '{memberId}' belongs to '{member.OrganizationId}' (branch {member.BranchId}), not to '{organization}'.");
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

    private static string ReportNumber(Score points) => points.Value.ToString(CultureInfo.InvariantCulture);
}
