using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli;

/// <summary>
/// How the tool prints a validation problem (<c>validate</c>, an invalid input of <c>evaluate</c>, a scenario the library
/// refused), part of the tool's one message table. The library's problems carry an English message only; in Chinese the
/// line keeps the path, the code and the value, and the message is the tool's Chinese text for the codes it knows (the
/// reading codes <c>JSON.*</c>, its own <c>CLI.*</c> and the people's-duties codes of <c>RESP.*</c>), else the severity and
/// where the code is described.
/// </summary>
internal static partial class CliMessages
{
    /// <summary>The Chinese texts of the problem codes the tool words itself.</summary>
    private static readonly ImmutableSortedDictionary<string, string> ProblemTextsZh = new Dictionary<string, string>
    {
        ["JSON.MALFORMED"] = "不是格式正确的 JSON，值的类型不对，属性无法识别，或列表中有 null 项",
        ["JSON.TOO_LARGE"] = "文档超过大小上限",
        ["JSON.TOO_DEEP"] = "文档嵌套层数超过上限",
        ["JSON.TOO_MANY_ITEMS"] = "列表项数超过上限",
        ["JSON.VALUE_TOO_LONG"] = "单个值（文字、数字或属性名）超过长度上限",
        ["JSON.DUPLICATE_PROPERTY"] = "同一对象中属性名重复（含大小写不同的写法），无法确定以哪一个为准",
        ["JSON.INEXACT_NUMBER"] = "数值无法精确表示为十进制数（有效位数过多或超出范围），不予舍入",
        ["JSON.CONTROL_CHARACTER"] = "文本或属性名含有控制字符",
        ["JSON.MORE_PROBLEMS"] = "问题过多，只列出前面的问题；值为其余问题的数量",
        ["JSON.SCHEMA_VERSION"] = "schemaVersion 缺失或不是 1.x",
        ["JSON.KIND"] = "kind 缺失或不是所需的文档类型",
        ["JSON.CONTENT_MISSING"] = "文档缺少 content，或其为 null",
        ["JSON.INVALID_VALUE"] = "格式正确的 JSON，但违反了该类型的约束",
        ["CLI.UNKNOWN_KIND"] = "工具不认识此文档类型（已知类型见 docs/cli.md）",
        ["CLI.EXPLANATION_SUM"] = "求和节点的值不等于其子节点之和",
        ["CLI.STRUCTURE_ONLY"] = "仅检查了结构：完整检查还需要方案类文档（用 --scheme 给出）；引擎评价时会进行完整检查",
        ["CLI.IMPORT_CELL_REQUIRED"] = "此单元格必须填写",
        ["CLI.IMPORT_CELL_INVALID"] = "此单元格的内容无法按本列的要求读取",
        ["CLI.IMPORT_SHEET_MISSING"] = "工作簿缺少所需的工作表或表头列",
        ["CLI.SCHEME_INVALID"] = "未检查：所需的 --scheme 文档无效（其问题已列在上方）",

        // A data set split across several documents (数据分卷, docs/evaluation.md).
        ["EVAL.PARTS_NOT_ALLOWED"] = "此文档不能分卷（只有党员积分数据集和组织生活记录可以分卷），或清单未给出其首卷文档",
        ["EVAL.PART_MISMATCH"] = "分卷与其续接的首卷不属于同一党工委或同一年度，或带有只允许首卷带的内容（组织生活的上年结转）；该分卷未并入",

        // People's duties (issue 22, Responsibilities): a secretary's target agreement and its holder, contact branches.
        ["RESP.CONTACT_YEAR"] = "联系点记录的年度与数据集的年度不一致",
        ["RESP.CONTACT_SECOND_BRANCH"] = "同一班子成员在同一组织同一年度已有联系点：每位班子成员选择一个基层支部作为联系点",
        ["RESP.CONTACT_TASK_SHAPE"] = "联系点任务的应完成次数须为1至366次；“其他任务”须写明任务名称",
        ["RESP.CONTACT_TASK_TWICE"] = "同一联系点任务重复列出：请合并为一项，列出全部日期",
        ["RESP.CONTACT_DATE_YEAR"] = "联系点任务的日期或确定联系点的日期不在记录的年度内",
        ["RESP.ORGANIZATION_UNKNOWN"] = "清单或联系点所属组织在该日期的组织架构中不存在",
        ["RESP.PERSON_UNKNOWN"] = "责任人或班子成员在该日期的组织架构中不是党员",
        ["RESP.PERSON_NAME_MISMATCH"] = "责任人或班子成员的姓名与组织架构中记录的不一致",
        ["RESP.HOLDER_NOT_SECRETARY"] = "目标责任书的签订人在签订日期不是该组织的书记",
        ["RESP.CONTACT_NOT_LEADING_GROUP"] = "该党员在该日期不是该组织的班子成员（书记、副书记或班子成员）",
        ["RESP.CONTACT_BRANCH_NOT_UNDER"] = "联系点不是该班子成员所在组织下属的党支部",
        ["RESP.REVIEW_PERSON_NOT_HOLDER"] = "年终述职评议的对象不是该组织目标责任书的签订人",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>A problem on one line: <c>path: [CODE] message (value: '…')</c>, in both languages.</summary>
    public static LocalizedText Problem(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = problem.Path.Length == 0 ? "$" : problem.Path;
        var zh = ProblemTextsZh.TryGetValue(problem.ErrorCode, out var text)
            ? text
            : $"{ValidationLabels.Severities[problem.Severity].ZhCn}，说明见 docs/errors.md";
        var value = problem.AttemptedValue is null ? string.Empty : $"（值：“{problem.AttemptedValue}”）";
        return new(OneLine($"{where}：[{problem.ErrorCode}] {zh}{value}"), OneLine(problem.ToString()));
    }

    /// <summary>A file's problem on one line.</summary>
    public static LocalizedText FileProblem(string file, ValidationProblem problem)
    {
        var text = Problem(problem);
        return new($"{file}：{text.ZhCn}", $"{file}: {text.English}");
    }

    /// <summary>A file that cannot be read (<c>validate</c>), with the reason.</summary>
    public static LocalizedText FileFailure(string file, LocalizedText reason) => new($"{file}：{reason.ZhCn}", $"{file}: {reason.English}");

    /// <summary>A file without problems (<c>validate</c>).</summary>
    public static LocalizedText FileOk(string file) => new($"{file}：无问题", $"{file}: ok");

    /// <summary>The header of an input the library refused (exit code 1), before its problems.</summary>
    public static LocalizedText InputRefused(string? source, int errors, string english) => new(
        source is null
            ? string.Create(CultureInfo.InvariantCulture, $"输入无效：{errors} 个问题。")
            : string.Create(CultureInfo.InvariantCulture, $"输入“{source}”无效：{errors} 个问题。"),
        english);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
