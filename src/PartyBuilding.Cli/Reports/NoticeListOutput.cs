using System.Text;
using System.Text.Json;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The list of <c>notices</c> in <c>text</c> (aligned tables, a heading per group), <c>csv</c> (one table, a row per item
/// with its group, then the provenance; a file written with <c>--out</c> starts with a UTF-8 byte order mark), <c>json</c>
/// (one document) or <c>html</c> (one XHTML page), in the reader's language.
/// </summary>
internal static class NoticeListOutput
{
    /// <summary>The formats of <c>notices --format</c>, with their file extensions.</summary>
    public static ImmutableArray<(string Name, string Extension)> Formats { get; } = [("text", ".txt"), ("csv", ".csv"), ("json", ".json"), ("html", ".html")];

    /// <summary><c>--format text|csv|json|html</c>.</summary>
    public static OptionSpec Format { get; } = new("format", string.Join('|', Formats.Select(f => f.Name)), CliMessages.NoticesFormatHelp) { Completions = [.. Formats.Select(f => f.Name)] };

    /// <summary><c>--out PATH</c>.</summary>
    public static OptionSpec Out { get; } = new("out", "PATH", CliMessages.NoticesOutHelp);

    /// <summary>Checks <c>--format</c> and <c>--out</c> before any work: the format is known, and the extension of <c>--out</c>, when it has one, is the format's (without <c>--format</c>, it chooses the format).</summary>
    /// <returns>The format.</returns>
    /// <exception cref="CliException">An unknown format, or an extension that contradicts it or is no format's (usage errors).</exception>
    public static string Check(ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var names = string.Join(", ", Formats.Select(f => f.Name));
        var given = arguments.Value(Format.Name);
        var format = given is null ? null : Formats.Where(f => string.Equals(f.Name, given, StringComparison.OrdinalIgnoreCase)).Select(f => f.Name).FirstOrDefault()
            ?? throw CliException.Usage(CliMessages.FormatInvalid(names, given));
        if (arguments.Value(Out.Name) is not { } path || Path.GetExtension(path) is not { Length: > 0 } extension)
        {
            return format ?? "text";
        }

        var byExtension = Formats.Where(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase)).Select(f => f.Name).FirstOrDefault();
        if (format is not null && format != byExtension)
        {
            throw CliException.Usage(CliMessages.OutContradictsFormat(path, extension, format, Formats.First(f => f.Name == format).Extension));
        }

        return byExtension ?? throw CliException.Usage(CliMessages.OutExtensionUnknown(path, string.Join(", ", Formats.Select(f => f.Extension))));
    }

    /// <summary>Writes the list to <c>--out</c> (saying where on stderr; CSV with a byte order mark) or to stdout.</summary>
    /// <exception cref="CliException">The file is one of the inputs (usage error) or cannot be written (file error).</exception>
    public static void Write(NoticeList list, string format, ParsedArguments arguments, CliContext context, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (format)
        {
            case "csv":
                WriteCsv(text, list, context.Language);
                break;
            case "json":
                WriteJson(text, list, context.Language);
                break;
            case "html":
                WriteHtml(text, list, context.Language);
                break;
            default:
                WriteText(text, list, context.Language);
                break;
        }

        if (arguments.Value(Out.Name) is not { } path)
        {
            context.Stdout.Write(text.ToString());
            return;
        }

        if (inputs.Select(Path.GetFullPath).Contains(Path.GetFullPath(path), StringComparer.Ordinal))
        {
            throw CliException.Usage(CliMessages.OutIsInput(path));
        }

        CliFiles.WriteAllText(path, (format == "csv" ? "\uFEFF" : string.Empty) + text);
        context.Stderr.WriteLine(CliMessages.WroteReport(path, format).In(context.Language));
    }

    private static void WriteText(TextWriter output, NoticeList list, DisplayLanguage language)
    {
        output.WriteLine(NoticeLabels.Title(list).In(language));
        output.WriteLine(NoticeLabels.Totals(list).In(language));
        if (list.Rows.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine(ReportLabels.None.In(language));
            return;
        }

        foreach (var (key, items, measures) in list.Groups())
        {
            output.WriteLine();
            output.WriteLine(NoticeLabels.GroupHeading(list, key).In(language));
            foreach (var (title, rows, headers) in new[] { (NoticeLabels.Items, items, NoticeLabels.ItemHeaders(list, language)), (NoticeLabels.Measures, measures, NoticeLabels.MeasureHeaders(list, language)) })
            {
                if (rows.IsEmpty)
                {
                    continue;
                }

                output.WriteLine(title.In(language));
                TableReportWriter.WriteAligned(output, headers, [.. rows.Select(r => NoticeLabels.TextCells(list, r, language))], [.. headers.Select((_, i) => i == headers.Length - 1)]);
            }
        }
    }

    private static void WriteCsv(TextWriter output, NoticeList list, DisplayLanguage language)
    {
        void Record(IEnumerable<string> fields) => output.Write(string.Join(',', fields.Select(CsvReportWriter.Field)) + "\r\n");
        Record(NoticeLabels.CsvHeaders(language));
        foreach (var (_, items, measures) in list.Groups())
        {
            foreach (var row in items.Concat(measures))
            {
                Record(NoticeLabels.CsvCells(list, row, language));
            }
        }

        output.Write("\r\n");
        foreach (var (label, value) in NoticeLabels.Provenance(list, language))
        {
            Record([label, value]);
        }
    }

    private static void WriteJson(TextWriter output, NoticeList list, DisplayLanguage language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", NoticeLabels.Title(list).In(language));
            json.WriteString("committee", list.Committee.Value);
            json.WriteNumber("year", list.Year);
            json.WriteString("asOf", NoticeLabels.Date(list.AsOf));
            json.WriteBoolean("illustrative", list.IsIllustrative);
            json.WriteBoolean("withLedger", list.WithLedger);
            json.WriteString("groupedBy", list.Grouping == NoticeGrouping.Person ? "person" : "organization");
            json.WriteString("note", NoticeLabels.Totals(list).In(language));
            json.WriteStartArray("groups");
            foreach (var (key, items, measures) in list.Groups())
            {
                json.WriteStartObject();
                json.WriteString("key", key);
                json.WriteString("heading", NoticeLabels.GroupHeading(list, key).In(language));
                WriteJsonRows(json, "noticeItems", list, items, language);
                WriteJsonRows(json, "overdueMeasures", list, measures, language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteJsonRows(Utf8JsonWriter json, string name, NoticeList list, ImmutableArray<NoticeRow> rows, DisplayLanguage language)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            foreach (var (property, value) in NoticeLabels.JsonFields(list, row, language))
            {
                if (value is int number)
                {
                    json.WriteNumber(property, number);
                }
                else
                {
                    json.WriteString(property, value as string);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteHtml(TextWriter output, NoticeList list, DisplayLanguage language)
    {
        static string E(string text) => HtmlReportWriter.Escape(text);
        var title = NoticeLabels.Title(list).In(language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(language == DisplayLanguage.English ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:2em;}table{border-collapse:collapse;margin-bottom:1em;}th,td{border:1px solid #999;padding:0.2em 0.5em;}td.number{text-align:right;}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(NoticeLabels.Totals(list).In(language))).Append("</p>\n");
        foreach (var (key, items, measures) in list.Groups())
        {
            html.Append("<h2>").Append(E(NoticeLabels.GroupHeading(list, key).In(language))).Append("</h2>\n");
            foreach (var (kind, rows, headers) in new[] { ("notice-items", items, NoticeLabels.ItemHeaders(list, language)), ("overdue-measures", measures, NoticeLabels.MeasureHeaders(list, language)) })
            {
                if (rows.IsEmpty)
                {
                    continue;
                }

                html.Append("<table class=\"").Append(kind).Append("\">\n<caption>").Append(E((kind == "notice-items" ? NoticeLabels.Items : NoticeLabels.Measures).In(language))).Append("</caption>\n<tr>");
                html.AppendJoin(string.Empty, headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr>\n");
                foreach (var row in rows)
                {
                    var cells = NoticeLabels.TextCells(list, row, language);
                    html.Append("<tr>").AppendJoin(string.Empty, cells.Select((c, i) => i == cells.Length - 1 ? $"<td class=\"number\">{E(c)}</td>" : $"<td>{E(c)}</td>")).Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
        }

        html.Append("</body>\n</html>\n");
        output.Write(html.ToString());
    }
}
