using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The organizational-life compliance of a committee (组织生活检查情况) as a report section: one row per organization
/// whose branches have records (the sum of its branches), each followed by one row per branch, with the records seen, the
/// valid meetings and the number of findings of each kind. The findings themselves travel with the branch rows (the JSON
/// report writes them; <c>pbeval explain --org ID --branch ID</c> prints each with the records it rests on).
/// </summary>
/// <param name="AsOf">The date the records were checked on, <c>yyyy-MM-dd</c>.</param>
/// <param name="Rows">The rows, organization by organization, each organization's branches after it.</param>
internal sealed record LifeCompliance(string AsOf, ValueArray<LifeComplianceRow> Rows)
{
    /// <summary>Gets the finding kinds, in the order of the count columns.</summary>
    public static ImmutableArray<LifeFindingKind> Kinds { get; } = [.. Enum.GetValues<LifeFindingKind>()];

    /// <summary>Gets the section's title.</summary>
    public static LocalizedText Title { get; } = new("组织生活检查情况", "Organizational-life compliance");

    /// <summary>Gets the note under the section: what is checked and where the records behind a finding are shown.</summary>
    public static LocalizedText Note { get; } = new(
        "组织生活检查依据《中国共产党支部工作条例（试行）》、党章和委员会的组织生活检查方案，按支部和期间核对组织生活记录；只检查截至考评日期已结束的期间。每项问题所依据的记录用 pbeval explain --org 组织编号 --branch 支部编号 查看。",
        "Organizational life is checked against the branch work regulation, the party constitution and the committee's organizational-life scheme, branch by branch and period by period; only periods ended by the evaluation date are checked. pbeval explain --org ID --branch ID shows the records behind each finding.");

    private static LocalizedText Level { get; } = new("层级", "Level");

    private static LocalizedText Organization { get; } = new("单位", "Organization");

    private static LocalizedText Branch { get; } = new("支部", "Branch");

    private static LocalizedText Branches { get; } = new("检查支部数", "Branches checked");

    private static LocalizedText Records { get; } = new("记录数", "Records");

    private static LocalizedText ValidMeetings { get; } = new("有效会议数", "Valid meetings");

    private static LocalizedText Findings { get; } = new("问题合计", "Findings");

    /// <summary>Builds the section from the compliance check.</summary>
    /// <param name="result">The compliance check of the committee's records.</param>
    /// <param name="registry">The organization registry on the evaluation date: it gives each branch's organization and the names; without it each branch stands alone.</param>
    /// <returns>The section.</returns>
    public static LifeCompliance From(OrganizationalLifeResult result, OrganizationTree? registry)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = ImmutableArray.CreateBuilder<LifeComplianceRow>();
        foreach (var organization in result.Branches.GroupBy(b => registry?.Find(b.BranchId)?.ParentId ?? b.BranchId).OrderBy(g => g.Key))
        {
            var branches = organization.OrderBy(b => b.BranchId).ToArray();
            rows.Add(new LifeComplianceRow(
                organization.Key.Value,
                Name(registry, organization.Key),
                IsBranch: false,
                branches.Length,
                branches.Sum(b => b.RecordCount),
                branches.Sum(b => b.ValidMeetingCount),
                [.. Kinds.Select(k => branches.Sum(b => b.Findings.Count(f => f.Kind == k)))]));
            rows.AddRange(branches.Select(b => new LifeComplianceRow(
                b.BranchId.Value,
                Name(registry, b.BranchId),
                IsBranch: true,
                1,
                b.RecordCount,
                b.ValidMeetingCount,
                [.. Kinds.Select(k => b.Findings.Count(f => f.Kind == k))])
            {
                Findings = [.. b.Findings.Select(LifeComplianceFinding.Of)],
            }));
        }

        return new LifeCompliance(result.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), rows.ToImmutable());
    }

    /// <summary>Gets the section's heading with its date: <c>组织生活检查情况（截至 2019-01-15）</c>.</summary>
    public string Heading(DisplayLanguage language) =>
        new LocalizedText($"{Title.ZhCn}（截至 {AsOf}）", $"{Title.English} (as of {AsOf})").In(language);

    /// <summary>Gets the column headers: the organization, its level, the branches, records and valid meetings, one column per finding kind (the library's labels) and the total.</summary>
    public static ImmutableArray<string> Headers(DisplayLanguage language) =>
    [
        ReportLabels.OrganizationId.In(language), ReportLabels.OrganizationName.In(language), Level.In(language),
        Branches.In(language), Records.In(language), ValidMeetings.In(language),
        .. Kinds.Select(k => OrganizationalLifeLabels.FindingKinds[k].In(language)),
        Findings.In(language),
    ];

    /// <summary>Tells whether a column holds numbers (every column from the branches on).</summary>
    public static bool IsNumeric(int column) => column >= 3;

    /// <summary>Gets the cells of a row, in the order of <see cref="Headers"/>.</summary>
    public static ImmutableArray<string> Cells(LifeComplianceRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.OrganizationId, row.OrganizationName, (row.IsBranch ? Branch : Organization).In(language),
            .. new[] { row.Branches, row.Records, row.ValidMeetings }.Concat(row.Counts).Append(row.Counts.Sum()).Select(n => n.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    private static string Name(OrganizationTree? registry, OrganizationId id) => registry?.Find(id)?.Name ?? id.Value;
}

/// <summary>One row of the organizational-life compliance: an organization (its branches summed) or a branch.</summary>
/// <param name="OrganizationId">The organization's or branch's identifier.</param>
/// <param name="OrganizationName">Its name in the registry, or its identifier.</param>
/// <param name="IsBranch">Whether the row is a branch's.</param>
/// <param name="Branches">The branches checked (1 for a branch).</param>
/// <param name="Records">The records seen.</param>
/// <param name="ValidMeetings">The records that are valid meetings.</param>
/// <param name="Counts">The number of findings of each kind, in the order of <see cref="LifeCompliance.Kinds"/>.</param>
internal sealed record LifeComplianceRow(string OrganizationId, string OrganizationName, bool IsBranch, int Branches, int Records, int ValidMeetings, ValueArray<int> Counts)
{
    /// <summary>Gets a branch's findings, in the engine's order; empty for an organization's row.</summary>
    public ValueArray<LifeComplianceFinding> Findings { get; init; }
}

/// <summary>One finding of a branch as the JSON report writes it.</summary>
/// <param name="Kind">The finding kind's name (<c>MissedMeeting</c>, …), the same in every language.</param>
/// <param name="Label">The finding kind's label.</param>
/// <param name="Meeting">The label of the kind of meeting, or <see langword="null"/>.</param>
/// <param name="OrganizationId">The branch or party group.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
/// <param name="Members">The members concerned.</param>
/// <param name="Records">The identifiers of the records it rests on.</param>
/// <param name="Summary">The finding in one sentence, as the library explains it.</param>
internal sealed record LifeComplianceFinding(
    string Kind, LocalizedText Label, LocalizedText? Meeting, string OrganizationId, string From, string To, ValueArray<string> Members, ValueArray<string> Records, LocalizedText Summary)
{
    /// <summary>Gets the finding of the library's result.</summary>
    public static LifeComplianceFinding Of(LifeFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(
            finding.Kind.ToString(),
            OrganizationalLifeLabels.FindingKinds[finding.Kind],
            finding.Meeting is { } meeting ? OrganizationalLifeLabels.MeetingKinds[meeting] : null,
            finding.OrganizationId.Value,
            finding.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            finding.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            [.. finding.Members.Select(m => m.Value)],
            [.. finding.Records.Select(r => r.Value)],
            finding.Explanation.Summary ?? finding.Explanation.Label);
    }
}
