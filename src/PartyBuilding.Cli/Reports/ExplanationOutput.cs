using System.Text;
using System.Text.Json;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// One organization's explanation as <c>explain</c> prints it — the tree (to <c>--depth</c>), the vetoes and downgrades,
/// the ranks and the receipt — in <c>text</c>, <c>json</c>, <c>md</c> or <c>html</c> and in the reader's language.
/// </summary>
/// <remarks>
/// Every figure is shown at the scheme's published scale through the library's rounding (<see cref="ScoreRounding"/>):
/// a value with more decimal places than the published total is shown rounded and marked <c>≈</c> (JSON keeps the exact
/// value beside it). Strategies, parameters and citations are said as <see cref="Explanation.ToText"/> says them.
/// </remarks>
internal static class ExplanationOutput
{
    /// <summary>The formats of <c>explain --format</c>.</summary>
    public static ImmutableArray<string> Formats { get; } = ["text", "json", "md", "html"];

    /// <summary><c>--format text|json|md|html</c>.</summary>
    public static OptionSpec Format { get; } = new("format", string.Join('|', Formats), CliMessages.ExplainFormatHelp) { Completions = Formats };

    /// <summary><c>--depth N</c>.</summary>
    public static OptionSpec Depth { get; } = new("depth", "N", CliMessages.ExplainDepthHelp);

    /// <summary>The deepest <c>--depth</c> accepted.</summary>
    public const int MaxDepth = 99;

    /// <summary>Checks <c>--format</c> and <c>--depth</c> before any work.</summary>
    /// <returns>The format and the depth (<see langword="null"/>: the whole tree).</returns>
    /// <exception cref="CliException">A format that is not one of <see cref="Formats"/>, or a depth that is not a whole number 0..99 (usage errors).</exception>
    public static (string Format, int? Depth) Check(ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var format = arguments.Value(Format.Name) ?? "text";
        if (!Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            throw CliException.Usage(CliMessages.FormatInvalid(string.Join(", ", Formats), format));
        }

        int? depth = arguments.Has(Depth.Name) ? arguments.Integer(Depth.Name, 0, 0, MaxDepth) : null;
        return (format.ToLowerInvariant(), depth);
    }

    /// <summary>Writes the explanation of one ranked organization.</summary>
    public static void Write(TextWriter output, string format, Subject subject, int? depth, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(subject);
        var root = Node.Of(subject.Organization.Explanation, subject.Scale, depth, language);
        switch (format)
        {
            case "json":
                WriteJson(output, subject, root, language);
                break;
            case "md":
                WriteMarkdown(output, subject, root, language);
                break;
            case "html":
                WriteHtml(output, subject, root, language);
                break;
            default:
                WriteText(output, subject, root, language);
                break;
        }
    }

    /// <summary>Shows a figure at the published scale: exactly when it has no more places, else rounded and marked <c>≈</c>.</summary>
    internal static string Figure(decimal value, int scale)
    {
        var rounded = ScoreRounding.AtScale(scale).Apply(value);
        return rounded == value
            ? rounded.ToString(CultureInfo.InvariantCulture)
            : "≈" + rounded.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Writes an explanation tree alone as text, a node a line, as <c>explain</c> prints its tree (<c>case</c> uses it).</summary>
    internal static void WriteTree(TextWriter output, Explanation explanation, int scale, int? depth, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(TreeText(Node.Of(explanation, scale, depth, language), language));
    }

    /// <summary>Writes an explanation tree alone as one JSON object, as <c>explain --format json</c> writes its <c>explanation</c>.</summary>
    internal static void WriteTree(Utf8JsonWriter json, Explanation explanation, int scale, int? depth, DisplayLanguage language) =>
        WriteJsonNode(json, Node.Of(explanation, scale, depth, language), language);

    private static void WriteText(TextWriter output, Subject subject, Node root, DisplayLanguage language)
    {
        output.Write(TreeText(root, language));
        foreach (var rule in subject.Organization.Rules)
        {
            output.WriteLine(RuleLine(rule, language));
        }

        output.WriteLine(Standing(subject, language));
        output.WriteLine(Receipt(subject, language));
    }

    private static string TreeText(Node root, DisplayLanguage language)
    {
        var text = new StringBuilder();
        root.Visit(0, (node, level) =>
        {
            text.Append(' ', level * 2).Append(node.Label).Append(": ").Append(node.Shown);
            if (node.Strategy is { } strategy)
            {
                text.Append("  [").Append(strategy).Append(']');
            }

            if (node.Citation is { } citation)
            {
                text.Append("  ← ").Append(citation);
            }

            foreach (var remark in node.Remarks)
            {
                text.Append("  — ").Append(remark);
            }

            text.Append('\n');
            if (node.Hidden > 0)
            {
                text.Append(' ', (level + 1) * 2).Append(CliMessages.ExplainHidden(node.Hidden).In(language)).Append('\n');
            }
        });
        return text.ToString();
    }

    private static void WriteMarkdown(TextWriter output, Subject subject, Node root, DisplayLanguage language)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownReportWriter.Cell(Title(subject, language))).Append("\n\n");
        foreach (var item in Provenance(subject, language))
        {
            text.Append("- ").Append(MarkdownReportWriter.Cell(Line(item, language))).Append('\n');
        }

        text.Append("\n## ").Append(CliMessages.ExplainTree.In(language)).Append("\n\n");
        root.Visit(0, (node, level) =>
        {
            text.Append(' ', level * 2).Append("- **").Append(MarkdownReportWriter.Cell(node.Label)).Append("**: ").Append(node.Shown);
            if (node.Strategy is { } strategy)
            {
                text.Append(" [").Append(MarkdownReportWriter.Cell(strategy)).Append(']');
            }

            if (node.Citation is { } citation)
            {
                text.Append(" ← ").Append(MarkdownReportWriter.Cell(citation));
            }

            foreach (var remark in node.Remarks)
            {
                text.Append(" — ").Append(MarkdownReportWriter.Cell(remark));
            }

            text.Append('\n');
            if (node.Hidden > 0)
            {
                text.Append(' ', (level + 1) * 2).Append("- ").Append(CliMessages.ExplainHidden(node.Hidden).In(language)).Append('\n');
            }
        });
        text.Append("\n## ").Append(CliMessages.ExplainStanding.In(language)).Append("\n\n");
        foreach (var rule in subject.Organization.Rules)
        {
            text.Append("- ").Append(MarkdownReportWriter.Cell(RuleLine(rule, language))).Append('\n');
        }

        text.Append("- ").Append(MarkdownReportWriter.Cell(Standing(subject, language))).Append('\n');
        output.Write(text.ToString());
    }

    private static void WriteHtml(TextWriter output, Subject subject, Node root, DisplayLanguage language)
    {
        static string E(string text) => HtmlReportWriter.Escape(text);
        var title = Title(subject, language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(language == DisplayLanguage.English ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;margin:2em;}")
            .Append("ul.explanation,ul.explanation ul{list-style:none;padding-left:1.5em;}ul.explanation{padding-left:0;}.value{font-weight:bold;}.strategy{color:#555;}.citation,.remark{color:#777;font-size:90%;}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n<dl class=\"provenance\">\n");
        foreach (var (label, value) in Provenance(subject, language))
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n<h2>").Append(E(CliMessages.ExplainTree.In(language))).Append("</h2>\n<ul class=\"explanation\">\n");
        AppendHtml(html, root, language);
        html.Append("</ul>\n<h2>").Append(E(CliMessages.ExplainStanding.In(language))).Append("</h2>\n<ul class=\"standing\">\n");
        foreach (var rule in subject.Organization.Rules)
        {
            html.Append("<li class=\"").Append(rule.Kind == PrecedenceRuleKind.Veto ? "veto" : "downgrade").Append("\">").Append(E(RuleLine(rule, language))).Append("</li>\n");
        }

        html.Append("<li>").Append(E(Standing(subject, language))).Append("</li>\n</ul>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void AppendHtml(StringBuilder html, Node node, DisplayLanguage language)
    {
        static string E(string text) => HtmlReportWriter.Escape(text);
        html.Append("<li");
        if (node.Key is { } key)
        {
            html.Append(" data-key=\"").Append(E(key)).Append('"');
        }

        html.Append("><span class=\"label\">").Append(E(node.Label)).Append("</span>：<span class=\"value\" data-value=\"")
            .Append(node.Value.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(node.Shown)).Append("</span>");
        if (node.Strategy is { } strategy)
        {
            html.Append(" <span class=\"strategy\">[").Append(E(strategy)).Append("]</span>");
        }

        if (node.Citation is { } citation)
        {
            html.Append(" <span class=\"citation\">← ").Append(E(citation)).Append("</span>");
        }

        foreach (var remark in node.Remarks)
        {
            html.Append(" <span class=\"remark\">— ").Append(E(remark)).Append("</span>");
        }

        if (node.Children.Length > 0 || node.Hidden > 0)
        {
            html.Append("\n<ul>\n");
            foreach (var child in node.Children)
            {
                AppendHtml(html, child, language);
            }

            if (node.Hidden > 0)
            {
                html.Append("<li class=\"hidden\">").Append(E(CliMessages.ExplainHidden(node.Hidden).In(language))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</li>\n");
    }

    private static void WriteJson(TextWriter output, Subject subject, Node root, DisplayLanguage language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var organization = subject.Organization;
            var result = subject.Result;
            json.WriteStartObject();
            json.WriteString("title", Title(subject, language));
            json.WriteString("organizationId", organization.Organization.Value);
            json.WriteString("organizationName", subject.OrganizationName);
            json.WriteStartObject("committee");
            json.WriteString("id", result.CommitteeId.Value);
            json.WriteString("name", subject.CommitteeName);
            json.WriteEndObject();
            json.WriteNumber("year", result.Year.Value);
            json.WriteString("evaluationDate", result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("publishedScale", subject.Scale);
            json.WritePropertyName("explanation");
            WriteJsonNode(json, root, language);
            json.WriteStartArray("precedence");
            foreach (var rule in organization.Rules)
            {
                json.WriteStartObject();
                json.WriteString("kind", rule.Kind == PrecedenceRuleKind.Veto ? "veto" : "downgrade");
                json.WriteString("rule", rule.Rule.Value);
                json.WriteString("text", RuleLine(rule, language));
                json.WriteString("before", AssessmentLabels.GradeBands[rule.Before].In(language));
                json.WriteString("after", AssessmentLabels.GradeBands[rule.After].In(language));
                json.WriteString("reason", rule.Reason.In(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("grade", AssessmentLabels.GradeBands[organization.Band].In(language));
            json.WriteNumber("committeeRank", organization.CommitteeRank);
            json.WriteNumber("ranked", result.Organizations.Length);
            json.WriteString("district", organization.District.Value);
            json.WriteNumber("districtRank", organization.DistrictRank);
            json.WriteStartObject("receipt");
            json.WriteString("algorithm", result.Receipt.Algorithm);
            json.WriteString("sha256", result.Receipt.Sha256);
            json.WriteString("libraryVersion", result.Receipt.LibraryVersion);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteJsonNode(Utf8JsonWriter json, Node node, DisplayLanguage language)
    {
        json.WriteStartObject();
        if (node.Key is { } key)
        {
            json.WriteString("key", key);
        }

        json.WriteString("label", node.Label);
        json.WriteString("shown", node.Shown);
        json.WriteNumber("value", node.Value);
        if (node.StrategyId is { } id)
        {
            json.WriteString("strategyId", id);
            json.WriteString("strategy", node.Strategy);
        }

        if (node.Citation is { } citation)
        {
            json.WriteString("citation", citation);
        }

        if (node.Remarks.Length > 0)
        {
            json.WriteStartArray("remarks");
            foreach (var remark in node.Remarks)
            {
                json.WriteStringValue(remark);
            }

            json.WriteEndArray();
        }

        if (node.Hidden > 0)
        {
            json.WriteNumber("hiddenChildren", node.Hidden);
            json.WriteString("hidden", CliMessages.ExplainHidden(node.Hidden).In(language));
        }

        if (node.Children.Length > 0)
        {
            json.WriteStartArray("children");
            foreach (var child in node.Children)
            {
                WriteJsonNode(json, child, language);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string Title(Subject subject, DisplayLanguage language) =>
        CliMessages.ExplainTitle(subject.Organization.Organization.Value, subject.OrganizationName, subject.Result.Year.Value).In(language);

    private static IEnumerable<(string Label, string Value)> Provenance(Subject subject, DisplayLanguage language)
    {
        var result = subject.Result;
        var receipt = result.Receipt;
        var english = language == DisplayLanguage.English;
        var committee = subject.CommitteeName is { } name ? (english ? $"{name} ({result.CommitteeId})" : $"{name}（{result.CommitteeId}）") : result.CommitteeId.Value;
        yield return (ReportLabels.Committee.In(language), committee);
        yield return (ReportLabels.AssessmentYear.In(language), result.Year.Value.ToString(CultureInfo.InvariantCulture));
        yield return (ReportLabels.EvaluationDate.In(language), result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return (ReportLabels.Receipt.In(language), english
            ? $"{receipt.Algorithm} {receipt.Sha256} (library {receipt.LibraryVersion})"
            : $"{receipt.Algorithm} {receipt.Sha256}（程序库版本 {receipt.LibraryVersion}）");
    }

    private static string Line((string Label, string Value) item, DisplayLanguage language) =>
        item.Label + (language == DisplayLanguage.English ? ": " : "：") + item.Value;

    private static string RuleLine(AppliedRule rule, DisplayLanguage language) => language == DisplayLanguage.English
        ? $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].English} {rule.Rule}: {AssessmentLabels.GradeBands[rule.Before].English} → {AssessmentLabels.GradeBands[rule.After].English} ({rule.Reason.English})"
        : $"{AssessmentLabels.PrecedenceRuleKinds[rule.Kind].ZhCn} {rule.Rule}：{AssessmentLabels.GradeBands[rule.Before].ZhCn} → {AssessmentLabels.GradeBands[rule.After].ZhCn}（{rule.Reason.ZhCn}）";

    private static string Standing(Subject subject, DisplayLanguage language)
    {
        var organization = subject.Organization;
        var result = subject.Result;
        var band = AssessmentLabels.GradeBands[organization.Band].In(language);
        return language == DisplayLanguage.English
            ? $"band {band}; rank {organization.CommitteeRank} of {result.Organizations.Length} in {result.CommitteeId}, {organization.DistrictRank} in district {organization.District}"
            : $"档次 {band}；全委排名 {organization.CommitteeRank}/{result.Organizations.Length}，责任区 {organization.District} 内排名 {organization.DistrictRank}";
    }

    private static string Receipt(Subject subject, DisplayLanguage language)
    {
        var receipt = subject.Result.Receipt;
        return language == DisplayLanguage.English
            ? $"receipt {receipt.Algorithm} {receipt.Sha256} (library {receipt.LibraryVersion})"
            : $"复核凭据 {receipt.Algorithm} {receipt.Sha256}（程序库版本 {receipt.LibraryVersion}）";
    }

    /// <summary>What is explained: one ranked organization of a result, the names and the published scale.</summary>
    internal sealed record Subject(AssessmentResult Result, OrganizationAssessment Organization, string OrganizationName, string? CommitteeName, int Scale);

    /// <summary>One node as shown: its texts in the reader's language, its figure at the published scale, its children to the depth asked.</summary>
    private sealed record Node(string? Key, string Label, decimal Value, string Shown, string? StrategyId, string? Strategy, string? Citation, ImmutableArray<string> Remarks, ImmutableArray<Node> Children, int Hidden)
    {
        public static Node Of(Explanation explanation, int scale, int? depth, DisplayLanguage language)
        {
            var expand = depth is not { } d || d > 0;
            var remarks = new[] { explanation.Note, explanation.Summary }.OfType<LocalizedText>().Select(t => t.In(language)).ToImmutableArray();
            var strategy = explanation.Strategy is not null && explanation.Combination != ExplanationCombination.Given ? StrategyText(explanation, language) : null;
            return new(
                explanation.Key,
                explanation.Label.In(language),
                explanation.Value,
                Figure(explanation.Value, scale),
                strategy is null ? null : explanation.Strategy,
                strategy,
                explanation.Citation?.ToText(language),
                remarks,
                expand ? [.. explanation.Children.Select(c => Of(c, scale, depth - 1, language))] : [],
                expand ? 0 : explanation.Children.Length);
        }

        public void Visit(int level, Action<Node, int> visit)
        {
            visit(this, level);
            foreach (var child in Children)
            {
                child.Visit(level + 1, visit);
            }
        }

        /// <summary>The strategy and its parameters as the library says them (<c>四舍五入 保留小数位数=2</c>), from <see cref="Explanation.ToText"/> of the bare node.</summary>
        private static string StrategyText(Explanation explanation, DisplayLanguage language)
        {
            var bare = new Explanation(LocalizedText.AsGiven("-"), 0m, explanation.Combination, explanation.Strategy, explanation.Parameters);
            var line = bare.ToText(language).TrimEnd('\n');
            var start = line.IndexOf("  [", StringComparison.Ordinal);
            return start < 0 || !line.EndsWith(']') ? explanation.Strategy! : line[(start + 3)..^1];
        }
    }
}
