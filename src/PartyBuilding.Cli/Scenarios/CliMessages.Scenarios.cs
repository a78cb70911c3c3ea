using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>The messages of <c>pbeval test</c> (the scenario runner), part of the tool's one message table.</summary>
internal static partial class CliMessages
{
    // ---- The run: one line per scenario, the summary ----

    /// <summary>A scenario that passed.</summary>
    public static LocalizedText ScenarioPassed(string name) => new($"通过 {name}", $"PASS {name}");

    /// <summary>A scenario that failed, with one reason or difference.</summary>
    public static LocalizedText ScenarioFailed(string name, LocalizedText reason) => new($"未通过 {name}：{reason.ZhCn}", $"FAIL {name}: {reason.English}");

    /// <summary>The last line of <c>test</c>.</summary>
    public static LocalizedText ScenarioSummary(int passed, int failed, int total) => new(
        string.Create(CultureInfo.InvariantCulture, $"{passed} 个通过，{failed} 个未通过，共 {total} 个场景。"),
        string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed, {total} scenario(s)."));

    /// <summary>One difference between an expected and an actual value.</summary>
    public static LocalizedText ScenarioDifference(string path, LocalizedText expected, LocalizedText actual, decimal tolerance) => new(
        string.Create(CultureInfo.InvariantCulture, $"{path} 预期 {expected.ZhCn}，实际 {actual.ZhCn}（容差 {tolerance}）"),
        string.Create(CultureInfo.InvariantCulture, $"{path} expected {expected.English} got {actual.English} (tolerance {tolerance})"));

    /// <summary>A value the handler did not produce.</summary>
    public static LocalizedText ValueMissing { get; } = new("（缺失）", "(missing)");

    /// <summary>An expected object.</summary>
    public static LocalizedText AnObject { get; } = new("一个对象", "an object");

    /// <summary>An expected array.</summary>
    public static LocalizedText AnArray { get; } = new("一个数组", "an array");

    /// <summary>A scenario file that cannot be read, with the reason.</summary>
    public static LocalizedText ScenarioFileFailed(string file, LocalizedText reason) => new($"{file}：{reason.ZhCn}", $"{file}: {reason.English}");

    /// <summary>An unknown scenario kind.</summary>
    public static LocalizedText ScenarioUnknownKind(string kind, string kinds) => new(
        $"未知场景类型“{kind}”；场景类型有：{kinds}。",
        $"unknown scenario kind '{kind}'; kinds: {kinds}.");

    /// <summary>Inputs the library refused with an argument error (its message is in English only).</summary>
    public static LocalizedText LibraryRefusedInputs(string message) => new(
        "库拒绝了这些输入（参数无效）。",
        $"the library refused the inputs: {message}");

    /// <summary><c>test --documents-root</c>.</summary>
    public static LocalizedText TestDocumentsRootHelp { get; } = new(
        "场景所引用的文件（输入文件、文档、清单及其文件）必须位于的文件夹（默认：包含场景的最近一个场景文件夹的上一级，与内置种子的目录结构相同；没有场景文件夹时为场景所在文件夹）。不给出路径时运行内置场景。",
        "The folder every file a scenario names ($ref, document paths, a manifest and its documents) must lie in (default: the folder above the nearest enclosing 'scenarios' folder, else the scenario's own folder; with no path, the bundled scenarios run).");

    // ---- The scenario file ----

    /// <summary>What is read: the scenario file.</summary>
    public static LocalizedText TheScenario { get; } = new("场景文件", "the scenario");

    /// <summary>What is read: the inputs file of <c>$ref</c>.</summary>
    public static LocalizedText TheInputsFile { get; } = new("输入文件", "the inputs file");

    /// <summary>A scenario that is not an object.</summary>
    public static LocalizedText ScenarioNotObject { get; } = new("场景必须是一个 JSON 对象。", "a scenario is a JSON object.");

    /// <summary>An unknown property of a scenario.</summary>
    public static LocalizedText ScenarioUnknownProperty(string name, string properties) => new(
        $"未知属性“{name}”；场景的属性有 {properties}。",
        $"unknown property '{name}'; a scenario has {properties}.");

    /// <summary>A missing property of a scenario.</summary>
    public static LocalizedText ScenarioMissing(string name) => new($"缺少“{name}”。", $"missing '{name}'.");

    /// <summary>A property that must be a text.</summary>
    public static LocalizedText ScenarioNotText(string name) => new($"“{name}”必须是非空字符串。", $"'{name}' must be a non-empty string.");

    /// <summary>A tolerance that is not a number of at least 0.</summary>
    public static LocalizedText ScenarioToleranceInvalid(string where) => new(
        $"“{where}”必须是不小于 0 的数。",
        $"'{where}' must be a number of at least 0.");

    /// <summary><c>tolerances</c> that is not an object.</summary>
    public static LocalizedText ScenarioTolerancesInvalid { get; } = new(
        "“tolerances”必须是从 JSON 路径到数值的对象。",
        "'tolerances' must be an object of JSON path → number.");

    /// <summary>JSON that is the literal <c>null</c>.</summary>
    public static LocalizedText ScenarioJsonNull(LocalizedText what) => new($"{what.ZhCn}为 null。", $"{what.English} is null.");

    /// <summary>Malformed JSON; only where, never the bytes found there.</summary>
    public static LocalizedText ScenarioJsonMalformed(LocalizedText what, long line, long position) => new(
        string.Create(CultureInfo.InvariantCulture, $"{what.ZhCn}不是格式正确的 JSON（第 {line} 行，第 {position} 字节）。"),
        string.Create(CultureInfo.InvariantCulture, $"{what.English} is malformed JSON (line {line}, byte {position})."));

    /// <summary>Text that is not valid Unicode.</summary>
    public static LocalizedText ScenarioJsonNotUnicode(LocalizedText what) => new(
        $"{what.ZhCn}含有无效的 Unicode 文本。",
        $"{what.English} holds text that is not valid Unicode.");

    /// <summary>A property given twice in one object.</summary>
    public static LocalizedText ScenarioRepeatedProperty(string name, int line) => new(
        string.Create(CultureInfo.InvariantCulture, $"属性“{name}”在同一对象中出现两次（第 {line} 行），无法确定以哪一个为准。"),
        string.Create(CultureInfo.InvariantCulture, $"the property '{name}' is given twice in one object (line {line}); which one is meant is ambiguous."));

    // ---- Files a scenario names ----

    /// <summary>A file a scenario names that cannot be read.</summary>
    public static LocalizedText ScenarioCannotRead(LocalizedText what, string shown, LocalizedText reason) => new(
        $"{what.ZhCn}：无法读取“{shown}”：{reason.ZhCn}",
        $"{what.English}: cannot read '{shown}': {reason.English}");

    /// <summary>A path that is not text: empty, or with a control character (never printed).</summary>
    public static LocalizedText ScenarioPathInvalid(LocalizedText what) => new(
        $"{what.ZhCn}：路径为空或含有控制字符（如 NUL），不予读取。",
        $"{what.English}: the path is empty or holds a control character (such as NUL); it is not read.");

    /// <summary>A path outside the documents root.</summary>
    public static LocalizedText ScenarioOutsideRoot(LocalizedText what, string shown, string root) => new(
        $"{what.ZhCn}：无法读取“{shown}”：它不在“{root}”内，场景所引用的文件只从该文件夹读取（用 --documents-root 目录 指定其他文件夹）",
        $"{what.English}: cannot read '{shown}': it lies outside '{root}', the folder scenarios read their files from (name another with --documents-root DIR)");

    // ---- Inputs of the scenario kinds ----

    /// <summary>Inputs that are not an object.</summary>
    public static LocalizedText ScenarioInputsNotObject(string kind, string names) => new(
        $"{kind} 场景的输入是一个对象，包含 {names}。",
        $"{kind} inputs are an object with {names}.");

    /// <summary>An unknown input of a kind.</summary>
    public static LocalizedText ScenarioUnknownInput(string kind, string name, string names) => new(
        $"{kind} 场景没有输入“{name}”；输入有 {names}。",
        $"unknown {kind} input '{name}'; inputs are {names}.");

    /// <summary>A document input of the wrong form.</summary>
    public static LocalizedText ScenarioDocumentForm(string where, string kind) => new(
        $"{where} 必须是 {kind} 的内容（对象）或 {kind} 文件的路径。",
        $"{where} must be the {kind} content (an object) or the path of a {kind} file.");

    /// <summary>A missing document input.</summary>
    public static LocalizedText ScenarioDocumentMissing(string where, string kind) => new(
        $"缺少 {where}（{kind}）。",
        $"missing {where} (a {kind}).");

    /// <summary>A date input that is not a date.</summary>
    public static LocalizedText ScenarioDateInvalid(string where) => new(
        $"{where} 必须是日期（yyyy-MM-dd）。",
        $"{where} must be a date, yyyy-MM-dd.");

    /// <summary>A rounding scale out of range.</summary>
    public static LocalizedText ScenarioScaleRange(int max) => new(
        string.Create(CultureInfo.InvariantCulture, $"inputs.scale 必须在 0 到 {max} 之间。"),
        string.Create(CultureInfo.InvariantCulture, $"inputs.scale must be from 0 to {max}."));

    /// <summary>A breakdown line without key or score.</summary>
    public static LocalizedText ScenarioLineInvalid(string where) => new(
        $"{where} 需要“key”（文本）和“score”（数值）。",
        $"{where} needs a 'key' (text) and a 'score' (number).");

    /// <summary>An input that must be an array.</summary>
    public static LocalizedText ScenarioNotArray(string where) => new($"{where} 必须是数组。", $"{where} must be an array.");

    /// <summary>An input that must be a number.</summary>
    public static LocalizedText ScenarioNotNumber(string where) => new($"{where} 必须是数值。", $"{where} must be a number.");

    /// <summary>An <c>inputs.manifest</c> file that is not a manifest.</summary>
    public static LocalizedText ScenarioNotManifest(string relative) => new(
        $"inputs.manifest：“{relative}”不是 evaluation-manifest 文档。",
        $"inputs.manifest: '{relative}' is not an evaluation-manifest document.");

    /// <summary>A missing <c>inputs.manifest</c>.</summary>
    public static LocalizedText ScenarioManifestMissing(string name) => new(
        $"缺少 inputs.manifest（evaluation-manifest 的内容，或 evaluation-manifest 文件的路径；场景 {name}）。",
        $"missing inputs.manifest (the evaluation-manifest content, or the path of an evaluation-manifest file; in {name}).");

    /// <summary><c>inputs.replace</c> of the wrong form.</summary>
    public static LocalizedText ScenarioReplaceInvalid { get; } = new(
        "inputs.replace 是一个对象，列出清单中的文档；清单须有 content.documents。",
        "inputs.replace is an object naming documents of the manifest, and the manifest has content.documents.");

    /// <summary>An unknown document of <c>inputs.replace</c>.</summary>
    public static LocalizedText ScenarioUnknownReplaced(string name, string names) => new(
        $"inputs.replace 中的文档“{name}”未知；文档有 {names}。",
        $"unknown document '{name}' in inputs.replace; documents are {names}.");
}
