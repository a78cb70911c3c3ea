using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>The messages of <c>notices</c> and <c>case</c> (supervision and accountability, issue 22), part of the tool's one message table.</summary>
internal static partial class CliMessages
{
    // ---- notices ----

    /// <summary>The summary of <c>notices</c>.</summary>
    public static LocalizedText NoticesSummary { get; } = new(
        "列出截至某日未销号的整改通知书事项和逾期整改措施，按整改责任单位或整改责任人分组，含整改期限和逾期天数。文件按类型区分：督导记录和督导要点目录（必需），整改台账、组织结构快照和变动记录（可选）。",
        "Lists the findings on rectification notices not rectified by a date and the overdue measures of the rectification ledger, grouped by responsible department or person, with due dates and days overdue. The FILEs are told apart by kind: supervision records and catalogue (required), rectification ledger, organization snapshot and event log (optional).");

    /// <summary>The help of <c>notices --by</c>.</summary>
    public static LocalizedText NoticesByHelp { get; } = new(
        "分组方式：organization 按整改责任单位（默认），person 按整改责任人。",
        "Group by the responsible department (organization, the default) or the responsible person (person).");

    /// <summary>The help of <c>notices --org</c>.</summary>
    public static LocalizedText NoticesOrgHelp { get; } = new(
        "只列出此单位的事项：整改责任单位、被下发通知书的单位或台账问题所在单位为该组织标识。",
        "Only the items of this organization: the responsible department, the organization notified or the ledger problem's organization.");

    /// <summary>The help of <c>notices --person</c>.</summary>
    public static LocalizedText NoticesPersonHelp { get; } = new(
        "只列出此整改责任人（党员标识）的事项。",
        "Only the items of this responsible person (a member identifier).");

    /// <summary>The help of <c>notices --format</c>.</summary>
    public static LocalizedText NoticesFormatHelp { get; } = new(
        "输出格式：text（默认）、csv、json 或 html；不给出时按 --out 的扩展名选择。",
        "The format: text (the default), csv, json or html; without it, the extension of --out chooses.");

    /// <summary>The help of <c>notices --out</c>.</summary>
    public static LocalizedText NoticesOutHelp { get; } = new(
        "写入此文件而不是标准输出（csv 文件带 UTF-8 字节顺序标记）。",
        "Write to this file instead of stdout (a csv file starts with a UTF-8 byte order mark).");

    /// <summary>An unknown <c>--by</c>.</summary>
    public static LocalizedText NoticesByInvalid(string text) => new(
        $"--by 必须是 organization 或 person，而不是“{text}”。",
        $"--by must be organization or person, not '{text}'.");

    /// <summary>A malformed <c>--person</c>.</summary>
    public static LocalizedText PersonInvalid(string text) => new(
        $"--person 必须是党员标识，而不是“{text}”。",
        $"--person must be a member identifier, not '{text}'.");

    /// <summary>A FILE of a kind the command does not take.</summary>
    public static LocalizedText SupervisionFileKind(string command, string path, string kind, string kinds) => new(
        $"命令“{command}”不接受“{path}”（文档类型 {kind}）；可接受的类型：{kinds}。",
        $"'{command}' does not take '{path}' (kind {kind}); it takes {kinds}.");

    /// <summary>A required kind of FILE not given.</summary>
    public static LocalizedText SupervisionFileMissing(string command, string kind) => new(
        $"命令“{command}”需要一个 {kind} 文档。",
        $"'{command}' needs a {kind} document.");

    /// <summary>A kind of FILE given twice where one is taken.</summary>
    public static LocalizedText SupervisionFileTwice(string command, string kind, string paths) => new(
        $"命令“{command}”只接受一个 {kind} 文档，实际给了：{paths}。",
        $"'{command}' takes one {kind} document; got {paths}.");

    // ---- case ----

    /// <summary>The summary of <c>case</c>.</summary>
    public static LocalizedText CaseSummary { get; } = new(
        "解释一个问责案例：问责对象、问责事实及其所依据的督导检查、整改通知书和整改台账记录、责任链条所处环节、问责方式及条例依据；--stats 输出年度按问责方式的统计。文件按类型区分：问责记录（必需），督导记录、督导要点目录、整改台账、组织结构快照和变动记录。",
        "Explains one accountability case: its subject, the facts with the visits, notices and ledger records they rest on, the stage of the chain, and the forms with the regulation's article; --stats prints the year's statistics by form. The FILEs are told apart by kind: accountability records (required), supervision records and catalogue, rectification ledgers, organization snapshot and event log.");

    /// <summary>The help of <c>case --id</c>.</summary>
    public static LocalizedText CaseIdHelp { get; } = new("要解释的问责案例的标识。", "The accountability case to explain.");

    /// <summary>The help of <c>case --stats</c>.</summary>
    public static LocalizedText CaseStatsHelp { get; } = new(
        "改为输出年度问责情况统计（按问责对象和问责方式）。",
        "Print the year's statistics instead (cases by subject and by form).");

    /// <summary>The help of <c>case --format</c>.</summary>
    public static LocalizedText CaseFormatHelp { get; } = new("输出格式：text（默认）或 json。", "The format: text (the default) or json.");

    /// <summary>A malformed <c>--id</c>.</summary>
    public static LocalizedText CaseIdInvalid(string text) => new(
        $"--id 必须是问责案例标识，而不是“{text}”。",
        $"--id must be an accountability case identifier, not '{text}'.");

    /// <summary>Neither or both of <c>--id</c> and <c>--stats</c>.</summary>
    public static LocalizedText CaseIdOrStats { get; } = new(
        "命令“case”需要 --id ID 或 --stats 二者之一。",
        "'case' needs one of --id ID and --stats.");

    /// <summary>A case not decided by the date.</summary>
    public static LocalizedText CaseNotFound(string id, string asOf, string cases) => new(
        $"截至 {asOf} 没有已决定的问责案例“{id}”；已决定的案例：{(cases.Length == 0 ? "无" : cases)}。",
        $"no accountability case '{id}' decided by {asOf}; the cases decided are: {(cases.Length == 0 ? "none" : cases)}.");

    /// <summary>The heading of the records behind a case's facts.</summary>
    public static LocalizedText CaseSources { get; } = new(
        "问责事实所依据的记录（截至决定日期）：",
        "The records the facts rest on (as of the decision date):");

    /// <summary>The title of a case in JSON.</summary>
    public static LocalizedText CaseTitle(string id, string decidedOn) => new(
        $"问责案例 {id}（{decidedOn} 决定）",
        $"Accountability case {id} (decided on {decidedOn})");

    /// <summary>The title of the statistics in JSON.</summary>
    public static LocalizedText CaseStatsTitle(string committee, int year, string asOf) => new(
        $"{committee} {year}年问责情况统计（截至 {asOf}）",
        $"Accountability statistics of {committee}, {year} (as of {asOf})");
}
