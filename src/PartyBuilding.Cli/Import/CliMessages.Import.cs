using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>The messages of <c>template</c> and <c>import</c>, part of the tool's one message table.</summary>
internal static partial class CliMessages
{
    /// <summary>The summary of <c>template</c>.</summary>
    public static LocalizedText TemplateSummary { get; } = new(
        "写出供填写的 Excel 台账模板（组织生活：党员名册、会议记录、出缺席、党费；党员积分：支部、党员名册、个人申报、支部审核、群众评议），或用 --from 把文档写成台账",
        "Writes an Excel workbook to fill in (organizational life: members, meetings, attendance, dues; member points: branches, roster, declarations, audits, mass reviews), or with --from a document as a workbook");

    /// <summary>The summary of <c>import</c>.</summary>
    public static LocalizedText ImportSummary { get; } = new(
        "把填好的 Excel 台账转换为经过校验的文档；每个问题都指明工作表、行和列",
        "Turns a filled-in Excel workbook into a validated document; every problem names its sheet, row and column");

    /// <summary>The help of <c>--out</c> of <c>template</c>.</summary>
    public static LocalizedText TemplateOutHelp { get; } = new("要写出的工作簿（.xlsx）", "the workbook to write (.xlsx)");

    /// <summary>The help of <c>--from</c> of <c>template</c>.</summary>
    public static LocalizedText TemplateFromHelp { get; } = new("用此文档（organizational-life-records 或 member-points-data-set）填写工作簿", "fill the workbook from this document (organizational-life-records or member-points-data-set)");

    /// <summary>The help of <c>--out</c> of <c>import</c>.</summary>
    public static LocalizedText ImportOutHelp { get; } = new("要写出的文档（.json）", "the document to write (.json)");

    /// <summary>The help of <c>--committee</c> of <c>import</c>.</summary>
    public static LocalizedText ImportCommitteeHelp { get; } = new("记录所属的机关工委编号", "the working committee the records belong to");

    /// <summary>The help of <c>--year</c> of <c>import</c>.</summary>
    public static LocalizedText ImportYearHelp { get; } = new("记录的年度", "the year of the records");

    /// <summary>The help of <c>--scheme</c> of <c>import</c>.</summary>
    public static LocalizedText ImportSchemeHelp { get; } = new("member-points：检查所依据的积分方案（member-points-scheme）", "member-points: the scheme (member-points-scheme) the data set is checked under");

    /// <summary><c>import member-points</c> without <c>--scheme</c>.</summary>
    public static LocalizedText ImportNeedsScheme { get; } = new("import member-points 需要 --scheme（积分方案）", "import member-points needs --scheme (the member-points scheme)");

    /// <summary>A workbook kind the tool does not know.</summary>
    public static LocalizedText WorkbookKindUnknown(string kind, string known) => new(
        $"不认识的台账类型“{kind}”；可用：{known}",
        $"Unknown workbook kind '{kind}'; use: {known}");

    /// <summary>An <c>--out</c> whose extension is not the one the command writes.</summary>
    public static LocalizedText OutExtensionExpected(string path, string extension) => new(
        $"--out “{path}” 的扩展名应为 {extension}",
        $"--out '{path}' must end in {extension}");

    /// <summary>A committee identifier that is not valid.</summary>
    public static LocalizedText CommitteeInvalid(string text) => new($"--committee “{text}” 不是有效的编号", $"--committee '{text}' is not a valid identifier");

    /// <summary>A workbook that cannot be opened as one.</summary>
    public static LocalizedText NotAWorkbook { get; } = new("不是可读取的 .xlsx 工作簿", "not a readable .xlsx workbook");
}
