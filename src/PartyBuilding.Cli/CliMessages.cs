using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>
/// Every text <c>pbeval</c> itself prints — help, usage errors, file errors and progress — in Simplified Chinese and
/// English, in one place (as the library keeps its labels in label tables). A message with values is a method; the values
/// (paths, option names such as <c>--format</c>, identifiers, numbers) go into both languages as given. Reports and the
/// library's own texts (explanations, validation problems) are not here. The progress of <c>generate</c> is in
/// <c>Generation/CliMessages.Generation.cs</c>, beside the generator (the benchmarks compile that folder too).
/// </summary>
internal static partial class CliMessages
{
    // ---- The shell: overview, help, error lines ----

    /// <summary>The first line of the overview.</summary>
    public static LocalizedText OverviewUsage { get; } = new(
        "用法：pbeval 命令 [参数] [--lang zh|en] [--help]",
        "usage: pbeval COMMAND [ARGS] [--lang zh|en] [--help]");

    /// <summary>What the tool is.</summary>
    public static LocalizedText OverviewTitle { get; } = new(
        "PartyBuilding.Core 的机关党建考评工具。",
        "The evaluation tool of PartyBuilding.Core (机关党建考评).");

    /// <summary>The heading of the command list.</summary>
    public static LocalizedText CommandsHeading { get; } = new("命令：", "commands:");

    /// <summary>The heading of a command's options.</summary>
    public static LocalizedText OptionsHeading { get; } = new("选项：", "options:");

    /// <summary>The exit codes, one line.</summary>
    public static LocalizedText ExitCodesLine { get; } = new(
        "退出码：0 成功，1 输入无效或场景未通过，2 命令行用法错误，3 文件不存在或无法读写，4 意外错误。",
        "exit codes: 0 success, 1 input invalid or scenario failed, 2 usage error, 3 file not found or unreadable, 4 unexpected error.");

    /// <summary>Where a command's options are described.</summary>
    public static LocalizedText CommandHelpHint { get; } = new(
        "运行 'pbeval 命令 --help' 查看该命令的选项。",
        "Run 'pbeval COMMAND --help' for a command's options.");

    /// <summary>Where the commands are listed (after a usage error outside any command).</summary>
    public static LocalizedText RootHelpHint { get; } = new(
        "运行 'pbeval --help' 查看全部命令。",
        "Run 'pbeval --help' for the commands.");

    /// <summary>The completion hint of the overview.</summary>
    public static LocalizedText CompletionHint { get; } = new(
        "命令行补全：见 docs/cli.md 的“命令行补全”一节（dotnet-suggest）。",
        "Shell completion: see \"Completion\" in docs/cli.md (dotnet-suggest).");

    /// <summary>The prefix of an error line.</summary>
    public static LocalizedText ErrorPrefix { get; } = new("pbeval：错误：", "pbeval: error: ");

    /// <summary>The help of <c>--lang</c>.</summary>
    public static LocalizedText LangHelp { get; } = new(
        "报告、标签和提示的语言：zh（中文）或 en（英文）；默认随系统语言（zh* 为中文，其余为英文）。",
        "Language of reports, labels and messages: zh or en (default: from the system's language, zh* → zh, else en).");

    /// <summary>The help of <c>--help</c>.</summary>
    public static LocalizedText HelpHelp { get; } = new("显示本帮助并退出。", "Print this help and exit.");

    /// <summary>The help of <c>--version</c>.</summary>
    public static LocalizedText VersionHelp { get; } = new("显示版本并退出。", "Print the version and exit.");

    /// <summary>Where a command's usage is described (after a usage error of that command).</summary>
    public static LocalizedText CommandUsageHint(string command) => new(
        $"运行 'pbeval {command} --help' 查看其用法。",
        $"Run 'pbeval {command} --help' for its usage.");

    /// <summary>The first line of a command's help.</summary>
    public static LocalizedText Usage(string usage) => new($"用法：{usage}", $"usage: {usage}");

    /// <summary>An error nobody expected (a bug): its type and message, no stack trace.</summary>
    public static LocalizedText Unexpected(string type, string message) => new(
        $"pbeval：意外错误（{type}）：{message}",
        $"pbeval: unexpected error ({type}): {message}");

    /// <summary>An I/O failure the commands did not catch themselves.</summary>
    public static LocalizedText IoFailure(string reasonZh, string message) => new($"文件读写失败：{reasonZh}", message);

    // ---- Usage errors of the command line ----

    /// <summary>An unknown command.</summary>
    public static LocalizedText UnknownCommand(string name, string commands) => new(
        $"未知命令“{name}”；可用命令：{commands}。",
        $"unknown command '{name}'; commands: {commands}.");

    /// <summary>An unknown <c>--option</c>.</summary>
    public static LocalizedText UnknownOption(string option, string command) => new(
        $"命令“{command}”没有选项“{option}”。",
        $"unknown option '{option}' for '{command}'.");

    /// <summary>An option written with one dash.</summary>
    public static LocalizedText UnknownShortOption(string option, string command) => new(
        $"命令“{command}”没有选项“{option}”（选项写作 --名称）。",
        $"unknown option '{option}' for '{command}' (options are written --name).");

    /// <summary>An option given twice.</summary>
    public static LocalizedText RepeatedOption(string option) => new(
        $"选项“--{option}”只能给一次。",
        $"option '--{option}' is given more than once.");

    /// <summary>An option without its value.</summary>
    public static LocalizedText OptionNeedsValue(string option, string valueName) => new(
        $"选项“--{option}”需要一个值（{valueName}）。",
        $"option '--{option}' needs a value ({valueName}).");

    /// <summary>A flag given a value.</summary>
    public static LocalizedText FlagTakesNoValue(string option) => new(
        $"选项“--{option}”不带值。",
        $"option '--{option}' takes no value.");

    /// <summary>A missing positional argument.</summary>
    public static LocalizedText NeedsPositional(string command, string positional) => new(
        $"命令“{command}”需要参数 {positional}。",
        $"'{command}' needs {positional}.");

    /// <summary>Too few positional arguments.</summary>
    public static LocalizedText NeedsAtLeast(string command, int min, string positional) => new(
        $"命令“{command}”至少需要 {min} 个 {positional} 参数。",
        $"'{command}' needs at least {min} {positional} argument(s).");

    /// <summary>A positional argument to a command that takes none.</summary>
    public static LocalizedText NoPositionals(string command, string got) => new(
        $"命令“{command}”不接受位置参数；多出了“{got}”。",
        $"'{command}' takes no positional arguments; got '{got}'.");

    /// <summary>Too many positional arguments.</summary>
    public static LocalizedText TooManyPositionals(string command, int max, string positional, int got) => new(
        $"命令“{command}”最多接受 {max} 个 {positional} 参数，实际给了 {got} 个。",
        $"'{command}' takes at most {max} {positional} argument(s); got {got}.");

    /// <summary>A required option not given.</summary>
    public static LocalizedText NeedsOption(string command, string usage) => new(
        $"命令“{command}”需要 {usage}。",
        $"'{command}' needs {usage}.");

    /// <summary>A command line the parser could not read and no other message explains.</summary>
    public static LocalizedText Unparsed(string tokens) => new(
        $"无法解析命令行：{tokens}。",
        $"cannot parse the command line: {tokens}.");

    /// <summary>An integer option out of range or not a number.</summary>
    public static LocalizedText Integer(string option, int min, int max, string text) => new(
        $"--{option} 必须是 {min} 到 {max} 之间的整数，而不是“{text}”。",
        $"--{option} must be an integer from {min} to {max}, not '{text}'.");

    /// <summary>An unknown <c>--lang</c>.</summary>
    public static LocalizedText LangInvalid(string text) => new(
        $"--lang 必须是 zh 或 en，而不是“{text}”。",
        $"--lang must be zh or en, not '{text}'.");

    /// <summary>A malformed date.</summary>
    public static LocalizedText DateInvalid(string option, string text) => new(
        $"--{option} 必须是日期（yyyy-MM-dd），而不是“{text}”。",
        $"--{option} must be a date (yyyy-MM-dd), not '{text}'.");

    /// <summary>An unknown <c>--format</c>.</summary>
    public static LocalizedText FormatInvalid(string names, string text) => new(
        $"--format 必须是 {names} 之一，而不是“{text}”。",
        $"--format must be one of {names}, not '{text}'.");

    /// <summary>An <c>--out</c> whose extension is not the extension of <c>--format</c>.</summary>
    public static LocalizedText OutContradictsFormat(string path, string extension, string format, string expected) => new(
        $"--out“{path}”的扩展名 {extension} 与 --format {format} 不符（应为 {expected}）；请改用 {expected}，或去掉 --format 按扩展名选择格式。",
        $"--out '{path}' ends in {extension}, which does not fit --format {format} (it should end in {expected}); use {expected}, or drop --format to choose the format by the extension.");

    /// <summary>An <c>--out</c> whose extension is no report format's while <c>--format</c> is not given.</summary>
    public static LocalizedText OutExtensionUnknown(string path, string extensions) => new(
        $"--out“{path}”的扩展名不是任何报告格式的扩展名（{extensions}）；请用 --format 指定格式。",
        $"--out '{path}' does not end in the extension of a report format ({extensions}); name the format with --format.");

    /// <summary>A <c>--year</c> with no bundled data set.</summary>
    public static LocalizedText YearNotBundled(int year, string years) => new(
        $"没有 {year} 年的内置数据集；内置年份：{years}。请指定一个年份，或给出数据集文件（DATASET）。",
        $"there is no bundled data set for {year}; the bundled years are {years}. Name one of them, or give a DATASET file.");

    /// <summary>A missing input file named on the command line.</summary>
    public static LocalizedText InputMissing(string option, string path) => new(
        $"{option}“{path}”不存在或不是文件。",
        $"{option} '{path}' does not exist or is not a file.");

    /// <summary>An unknown <c>--scale</c>.</summary>
    public static LocalizedText ScaleInvalid(string names, string text) => new(
        $"--scale 必须是 {names}，而不是“{text}”。",
        $"--scale must be {names}, not '{text}'.");

    /// <summary>A malformed <c>--org</c>.</summary>
    public static LocalizedText OrgInvalid(string text) => new(
        $"--org 必须是组织标识，而不是“{text}”。",
        $"--org must be an organization identifier, not '{text}'.");

    /// <summary>A malformed <c>--member</c>.</summary>
    public static LocalizedText MemberInvalid(string text) => new(
        $"--member 必须是党员标识，而不是“{text}”。",
        $"--member must be a member identifier, not '{text}'.");

    /// <summary><c>--as-of</c> given to <c>validate</c> without <c>--scheme</c>.</summary>
    public static LocalizedText AsOfNeedsScheme { get; } = new("--as-of 只能与 --scheme 一起使用。", "--as-of applies with --scheme only.");

    public static LocalizedText RecordsNeedScheme { get; } = new("--records 只能与 --scheme 一起使用。", "--records applies with --scheme only.");

    /// <summary>A binary format (a workbook) asked for without <c>--out</c>.</summary>
    public static LocalizedText FormatNeedsOut(string format, string extension) => new(
        $"--format {format} 写出的是文件，不能输出到终端；请用 --out 指定文件，例如 --out 报告{extension}。",
        $"--format {format} writes a file, not text for the terminal; name one with --out, e.g. --out report{extension}.");

    /// <summary><c>--out</c> names a file the run reads.</summary>
    public static LocalizedText OutIsInput(string path) => new(
        $"--out“{path}”是本次运行读取的文件，报告会覆盖它。请换一个文件。",
        $"--out '{path}' is a file this run read; the report would overwrite it. Choose another file.");

    // ---- Errors about the inputs ----

    /// <summary>A DATASET of a kind <c>evaluate</c> does not read.</summary>
    public static LocalizedText WrongDataSetKind(string path, string kind) => new(
        $"“{path}”是“{kind}”文档；evaluate 读取 evaluation-manifest 或 assessment-data-set。",
        $"'{path}' is a '{kind}' document; evaluate reads an evaluation-manifest or an assessment-data-set.");

    /// <summary>A <c>--year</c> that is not the DATASET's.</summary>
    public static LocalizedText YearMismatch(int year, string path, int actual) => new(
        $"--year {year} 与“{path}”不符，该文件是 {actual} 年的。",
        $"--year {year} does not match '{path}', which is for {actual}.");

    /// <summary><c>--scheme</c> given with a manifest.</summary>
    public static LocalizedText SchemeWithManifest { get; } = new(
        "--scheme 只适用于 assessment-data-set；evaluation-manifest 自带方案。",
        "--scheme applies to an assessment-data-set; a manifest names its own scheme.");

    /// <summary>A document a manifest names outside the documents root.</summary>
    public static LocalizedText OutsideRoot(string path, string root, string option) => new(
        $"无法读取“{path}”：它不在“{root}”内，清单所列文件只从该文件夹读取（用 --{option} 目录 指定其他文件夹）",
        $"cannot read '{path}': it lies outside '{root}', the folder a manifest's documents are read from (name another with --{option} DIR)");

    /// <summary>An organization not ranked, with the components it lacks.</summary>
    public static LocalizedText NotRanked(string organization, LocalizedText reasons) => new(
        $"组织“{organization}”未参加排名：{reasons.ZhCn}。",
        $"organization '{organization}' is not ranked: {reasons.English}.");

    /// <summary>One component an organization lacks.</summary>
    public static LocalizedText LacksComponent(string component, LocalizedText reason) => new(
        $"缺少 {component}（{reason.ZhCn}）",
        $"it has no {component} ({reason.English})");

    /// <summary>An organization not in the data set.</summary>
    public static LocalizedText OrganizationNotFound(string organization, string organizations) => new(
        $"数据集中没有组织“{organization}”；其中的组织有：{organizations}。",
        $"organization '{organization}' is not in the data set; it holds {organizations}.");

    /// <summary><c>--member</c> without member-points data.</summary>
    public static LocalizedText BranchInvalid(string text) => new(
        $"--branch 必须是组织标识，而不是“{text}”。",
        $"--branch must be an organization identifier, not '{text}'.");

    public static LocalizedText BranchWithMember { get; } = new(
        "--branch 和 --member 不能同时使用。",
        "--branch and --member cannot be used together.");

    public static LocalizedText BranchNeedsRecords(string source) => new(
        $"--branch 需要组织生活记录：“{source}”不是列出 organizationalLifeRecords 的 evaluation-manifest。",
        $"--branch needs organizational-life records: '{source}' is not an evaluation-manifest that lists organizationalLifeRecords.");

    public static LocalizedText BranchNotRecorded(string branch, string committee, string year, string branches) => new(
        $"{committee} {year} 年的组织生活记录中没有支部“{branch}”；记录中的支部：{branches}。",
        $"branch '{branch}' is not in the organizational-life records of {committee} for {year}; the records hold {branches}.");

    public static LocalizedText BranchElsewhere(string branch, string organization, string asked) => new(
        $"支部“{branch}”属于“{organization}”，不属于“{asked}”。",
        $"branch '{branch}' belongs to '{organization}', not to '{asked}'.");

    public static LocalizedText BranchHeading(string branch, string name, string organization, string asOf, int records, int valid, int findings) => new(
        $"支部 {branch}（{name}），{organization}；截至 {asOf} 组织生活记录 {records} 条，其中有效会议 {valid} 次；检查发现问题 {findings} 项",
        $"branch {branch} ({name}) of {organization}; {records} organizational-life records by {asOf}, {valid} of them valid meetings; {findings} findings");

    public static LocalizedText BranchNoFindings { get; } = new("未发现问题。", "No findings.");

    public static LocalizedText FindingRecords { get; } = new("  依据记录：", "  records:");

    public static LocalizedText FindingRecord(string id, string date, string kind, string? minutes) => minutes is null
        ? new($"    {id}  {date}  {kind}", $"    {id}  {date}  {kind}")
        : new($"    {id}  {date}  {kind}  会议记录：{minutes}", $"    {id}  {date}  {kind}  minutes: {minutes}");

    public static LocalizedText MemberNeedsData(string source) => new(
        $"--member 需要党员积分数据：“{source}”不是包含 memberPoints 部分的 evaluation-manifest。",
        $"--member needs member-points data: '{source}' is not an evaluation-manifest whose components include memberPoints.");

    /// <summary>A member not in the member-points data.</summary>
    public static LocalizedText MemberNotFound(string member, string committee, string year, int count) => new(
        $"{committee} {year} 年的党员积分数据中没有党员“{member}”；共有 {count} 名党员。",
        $"member '{member}' is not in the member-points data of {committee} for {year}; it has {count} members.");

    /// <summary>A member of another organization.</summary>
    public static LocalizedText MemberElsewhere(string member, string organization, string branch, string asked) => new(
        $"党员“{member}”属于“{organization}”（支部 {branch}），不属于“{asked}”。",
        $"member '{member}' belongs to '{organization}' (branch {branch}), not to '{asked}'.");

    /// <summary>A <c>--scheme</c> of a kind no data set is checked under.</summary>
    public static LocalizedText SchemeWrongKind(string path, string kind, string kinds) => new(
        $"--scheme“{path}”是“{kind}”文档；它必须是以下之一：{kinds}。",
        $"--scheme '{path}' is a '{kind}' document; it must be one of {kinds}.");

    /// <summary>A <c>--scheme</c> of a kind the tool does not know.</summary>
    public static LocalizedText SchemeUnknownKind(string path, string kind) => new(
        $"工具不认识 --scheme“{path}”的文档类型“{kind}”。",
        $"the tool does not know the kind '{kind}' of --scheme '{path}'.");

    /// <summary>No scenario files where <c>test</c> looked.</summary>
    public static LocalizedText NoScenarioFiles(string extension, string paths) => new(
        $"{paths} 中没有场景文件（*{extension}）。",
        $"no scenario files (*{extension}) in {paths}.");

    // ---- Files ----

    /// <summary>A file that cannot be read.</summary>
    public static LocalizedText CannotRead(string path, LocalizedText reason) => new(
        $"无法读取“{path}”：{reason.ZhCn}",
        $"cannot read '{path}': {reason.English}");

    /// <summary>A file that cannot be written.</summary>
    public static LocalizedText CannotWrite(string path, LocalizedText reason) => new(
        $"无法写入“{path}”：{reason.ZhCn}",
        $"cannot write '{path}': {reason.English}");

    /// <summary>A directory that cannot be created.</summary>
    public static LocalizedText CannotCreateDirectory(string path, LocalizedText reason) => new(
        $"无法创建文件夹“{path}”：{reason.ZhCn}",
        $"cannot create directory '{path}': {reason.English}");

    /// <summary>Reason: the file does not exist.</summary>
    public static LocalizedText NoSuchFile { get; } = new("文件不存在", "no such file");

    /// <summary>Reason: the directory does not exist.</summary>
    public static LocalizedText NoSuchDirectory { get; } = new("文件夹不存在", "no such directory");

    /// <summary>Reason: access denied.</summary>
    public static LocalizedText AccessDenied { get; } = new("没有访问权限", "access denied");

    /// <summary>Reason: any other I/O failure (the system's message, which is in English).</summary>
    public static LocalizedText OtherIoFailure(string message) => new($"系统报告：{message}", message);

    /// <summary>Reason: empty or not a regular file.</summary>
    public static LocalizedText EmptyOrSpecial { get; } = new(
        "文件为空或不是普通文件（FIFO、设备或 /proc 文件）",
        "empty or not a regular file (a FIFO, a device or a /proc file)");

    /// <summary>Reason: a device yielding more than its length.</summary>
    public static LocalizedText YieldsMore(long length) => new(
        string.Create(CultureInfo.InvariantCulture, $"不是普通文件（读出的内容超过其长度 {length} 字节）"),
        string.Create(CultureInfo.InvariantCulture, $"not a regular file (it yields more than its length of {length} bytes)"));

    /// <summary>Reason: over the document size limit.</summary>
    public static LocalizedText TooLarge(long max) => new(
        string.Create(CultureInfo.InvariantCulture, $"超过文档大小上限 {max} 字节"),
        string.Create(CultureInfo.InvariantCulture, $"larger than the limit of {max} bytes of a document"));

    /// <summary>A path <c>test</c> was given that does not exist.</summary>
    public static LocalizedText NoSuchPath(string path) => new($"文件或文件夹不存在：“{path}”", $"no such file or directory: '{path}'");

    // ---- Progress and results on the console ----

    /// <summary>A file written (stdout of <c>generate</c> and <c>schema</c>).</summary>
    public static LocalizedText Wrote(string path) => new($"已写入 {path}", $"wrote {path}");

    /// <summary>A report written to <c>--out</c> (stderr).</summary>
    public static LocalizedText WroteReport(string path, string format) => new($"已写入 {path}（{format}）", $"wrote {path} ({format})");

    /// <summary>The receipt line of <c>evaluate</c> (stderr).</summary>
    public static LocalizedText Receipt(string algorithm, string sha256) => new($"复核凭据 {algorithm} {sha256}", $"receipt {algorithm} {sha256}");

    /// <summary>Progress: a manifest being evaluated.</summary>
    public static LocalizedText EvaluatingManifest(string committee, string year, string asOf, string path, int organizations) => new(
        $"正在评价 {committee} {year} 年度（评价日期 {asOf}），来自 {path}，快照中共 {organizations} 个组织",
        $"evaluating {committee} for {year} as of {asOf} from {path}, {organizations} organizations in the snapshot");

    /// <summary>Progress: an assessment data set being evaluated.</summary>
    public static LocalizedText EvaluatingDataSet(int organizations, string committee, string year, string asOf, string path) => new(
        $"正在评价 {committee} {year} 年度的 {organizations} 个组织（评价日期 {asOf}；{path}）",
        $"evaluating {organizations} organizations of {committee} for {year} as of {asOf} ({path})");

    /// <summary>Progress: an organization left out of the ranking.</summary>
    public static LocalizedText NotRankedProgress(string organization, string component, LocalizedText reason) => new(
        $"未参加排名：{organization} 缺少 {component}（{reason.ZhCn}）",
        $"not ranked: {organization} has no {component} ({reason.English})");
    // ---- Help of the commands and their options ----

    /// <summary>What <c>evaluate</c> does.</summary>
    public static LocalizedText EvaluateSummary { get; } = new(
        "进行年度考评并输出统一量化排名（未给出 DATASET 时使用内置的种子清单）。",
        "Run the annual evaluation and print the unified ranking (the bundled seed manifest when no DATASET is given).");

    /// <summary>What <c>explain</c> does.</summary>
    public static LocalizedText ExplainSummary { get; } = new(
        "输出一个组织（或一名党员）结果的解释树，附依据出处。",
        "Print the explanation tree of one organization's (or one member's) result, with citations.");

    /// <summary>What <c>generate</c> does.</summary>
    public static LocalizedText GenerateSummary { get; } = new(
        "生成市级或省级规模的合成考评数据集（清单及其文件）。",
        "Write a synthetic evaluation data set (manifest plus documents) of municipal or provincial size.");

    /// <summary>What <c>schema</c> does.</summary>
    public static LocalizedText SchemaSummary { get; } = new(
        "导出每种文档的 JSON Schema，供其他系统生成有效输入。",
        "Export the JSON Schema of every document kind, so other systems can produce valid input.");

    /// <summary>What <c>test</c> does.</summary>
    public static LocalizedText TestSummary { get; } = new(
        "运行场景文件（以输入和预期结果固定的规则），逐个报告通过或未通过。",
        "Run scenario files (rules pinned as inputs and expected results) and report each as passed or failed.");

    /// <summary>What <c>validate</c> does.</summary>
    public static LocalizedText ValidateSummary { get; } = new(
        "检查文档：列出每个文件的每个问题及其路径和错误代码。",
        "Check documents: list every problem of every file with its path and error code.");

    /// <summary><c>explain --org</c>.</summary>
    public static LocalizedText ExplainOrgHelp { get; } = new("要解释的组织。", "The organization to explain.");

    /// <summary><c>explain --member</c>.</summary>
    public static LocalizedText ExplainBranchHelp { get; } = new(
        "该组织的一个支部：列出其组织生活检查发现的问题及每项问题所依据的记录（需要含组织生活记录的清单）。",
        "A branch of the organization: list the findings of its organizational-life check with the records each rests on (needs a manifest with organizational-life records).");

    public static LocalizedText ExplainMemberHelp { get; } = new(
        "该组织的一名党员：解释其积分和评定等次（需要含党员积分数据的清单）。",
        "A member of the organization: explain the member's points and grade (needs a manifest with member-points data).");

    /// <summary><c>explain --format</c>.</summary>
    public static LocalizedText ExplainFormatHelp { get; } = new(
        "说明的格式：text（文本，默认）、json、md、html。",
        "Format of the explanation: text (the default), json, md, html.");

    /// <summary><c>explain --depth</c>.</summary>
    public static LocalizedText ExplainDepthHelp { get; } = new(
        "只显示说明树的前 N 层（0 只显示总分；默认显示全部）。",
        "Show only the first N levels of the tree (0: the total only; default: all).");

    /// <summary>The title of an organization's explanation.</summary>
    public static LocalizedText ExplainTitle(string id, string? name, int year) => name is null || name == id
        ? new($"{id} {year} 年度考核结果说明", $"Assessment of {id} for {year}, explained")
        : new($"{name}（{id}）{year} 年度考核结果说明", $"Assessment of {name} ({id}) for {year}, explained");

    /// <summary>The heading of the explanation tree.</summary>
    public static LocalizedText ExplainTree { get; } = new("得分说明", "How the score was made");

    /// <summary>The heading of the vetoes, downgrades and ranks.</summary>
    public static LocalizedText ExplainStanding { get; } = new("否决、降档和排名", "Vetoes, downgrades and ranks");

    /// <summary>Children left out below <c>--depth</c>.</summary>
    public static LocalizedText ExplainHidden(int count) => new(
        $"……另有 {count} 项未展开（用更大的 --depth 显示）",
        $"… {count} more not shown (use a larger --depth)");

    /// <summary><c>generate --scale</c>.</summary>
    public static LocalizedText GenerateScaleHelp { get; } = new(
        "municipal（市级，文章 002：5 个责任区 97 个部门）或 province（省级，约 130 个部门、5000 个支部、50000 名党员）。",
        "municipal (article 002: 97 departments in 5 districts) or province (about 130 departments, 5,000 branches, 50,000 members).");

    /// <summary><c>generate --factor</c>.</summary>
    public static LocalizedText GenerateFactorHelp { get; } = new("组织数量乘以 N（1 到 10，默认 1）。", "Multiply the organization counts by N (1 to 10, default 1).");

    /// <summary><c>generate --seed</c>.</summary>
    public static LocalizedText GenerateSeedHelp { get; } = new("随机种子（默认 1）；同一种子写出相同的文件。", "Random seed (default 1); the same seed writes identical files.");

    /// <summary><c>generate --out</c>.</summary>
    public static LocalizedText GenerateOutHelp { get; } = new("写入 manifest.json 及其文件的文件夹。", "Directory to write manifest.json and its documents to.");

    /// <summary><c>generate --split-by-month</c>.</summary>
    public static LocalizedText GenerateSplitByMonthHelp { get; } = new(
        "将党员积分数据和组织生活台账按月分卷写出（每月一个文件，均列入清单）。",
        "Write the member-points data and the organizational-life records as one file per month (listed under the manifest's parts).");

    /// <summary><c>schema --out</c>.</summary>
    public static LocalizedText SchemaOutHelp { get; } = new("写入 <类型>.schema.json 文件的文件夹。", "Directory to write <kind>.schema.json files to.");

    /// <summary><c>validate --scheme</c>.</summary>
    public static LocalizedText ValidateSchemeHelp(string pairs) => new(
        $"在此文档下完整检查对应类型的每个数据集：{pairs}。",
        $"Check each data set of the matching kind fully under this document: {pairs}.");

    /// <summary><c>validate --as-of</c>.</summary>
    public static LocalizedText ValidateRecordsHelp { get; } = new(
        "与 --scheme 一起使用：组织生活记录（organizational-life-records），数据集中由记录取数的指标和积分标准据此检查。",
        "With --scheme: the organizational-life records (organizational-life-records) the data set's derived indicators and points standards are checked with.");

    public static LocalizedText ValidateAsOfHelp { get; } = new(
        "与 --scheme 一起使用：检查有日期的规则和资格所依据的日期（默认：数据集期间的最后一天）。",
        "With --scheme: the date dated rules and eligibility are checked on (default: the end of the data set's period).");

    /// <summary><c>--scheme</c> of <c>evaluate</c> and <c>explain</c>.</summary>
    public static LocalizedText SchemeHelp { get; } = new(
        "用于 assessment-data-set：考评方案（默认：同一文件夹中的 scheme-<年度>.json）。",
        "For an assessment-data-set: the scheme (default: scheme-<year>.json beside it).");

    /// <summary><c>--year</c>.</summary>
    public static LocalizedText YearHelp(string years, int bundled) => new(
        $"考评年度：选用该年度的内置数据（内置年份 {years}，默认 {bundled}）；给出 DATASET 时必须与之相符。",
        $"The assessment year: picks the bundled data set of that year (bundled: {years}; {bundled} by default); with a DATASET it must match.");

    /// <summary><c>--as-of</c> of <c>evaluate</c> and <c>explain</c>.</summary>
    public static LocalizedText AsOfHelp { get; } = new(
        "评价日期（默认：清单所载日期，或该年度 12 月 31 日）。",
        "The evaluation date (default: the manifest's, or 31 December of the year).");

    /// <summary><c>--documents-root</c>.</summary>
    public static LocalizedText DocumentsRootHelp { get; } = new(
        "用于清单：清单所列文件必须位于的文件夹（默认：清单所在文件夹；内置清单为内置种子文件夹）。",
        "For a manifest: the folder its documents must lie in (default: the manifest's folder; the bundled seeds for a bundled manifest).");

    /// <summary><c>--format</c>.</summary>
    public static LocalizedText FormatHelp { get; } = new(
        "报告格式（默认：table，或按 --out 的扩展名）。",
        "Report format (default: table, or from the extension of --out).");

    /// <summary><c>--out</c> of a report.</summary>
    public static LocalizedText OutHelp { get; } = new(
        "把报告写入此文件而不是标准输出；扩展名必须与格式相符。",
        "Write the report to this file instead of stdout; its extension must fit the format.");
}
