using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report options of a command (<c>--format</c>, <c>--out</c>) and where the report goes: a command that prints
/// a report (e.g. <c>evaluate</c>) lists <see cref="Options"/> in its spec and calls <see cref="Write"/>.
/// </summary>
internal static class ReportOutput
{
    /// <summary><c>--format table|json|csv|md|html|xlsx</c>.</summary>
    public static OptionSpec Format { get; } = new("format", ReportWriters.Names, CliMessages.FormatHelp) { Completions = [.. ReportWriters.All.Select(w => w.Format)] };

    /// <summary><c>--out PATH</c>.</summary>
    public static OptionSpec Out { get; } = new("out", "PATH", CliMessages.OutHelp);

    /// <summary>Gets both report options.</summary>
    public static ImmutableArray<OptionSpec> Options { get; } = [Format, Out];

    /// <summary>
    /// Checks the report options before any work: <c>--format</c> names a format, and the extension of <c>--out</c> fits
    /// it — with <c>--format</c>, <c>--out</c> ends in that format's extension (or has none); without it, <c>--out</c> ends
    /// in the extension of some format (or has none, which writes the table). A report is never written into a file whose
    /// name says another format (<c>--out r.xlsx</c> is refused, not filled with the text table).
    /// </summary>
    /// <exception cref="CliException">The format is unknown or the extension contradicts it (a usage error).</exception>
    public static void Check(ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var format = arguments.Value(Format.Name) is { } name ? ReportWriters.Find(name) : null;
        if (arguments.Value(Out.Name) is not { } path)
        {
            if (format is { IsText: false })
            {
                throw CliException.Usage(CliMessages.FormatNeedsOut(format.Format, format.Extension));
            }

            return;
        }

        if (Path.GetExtension(path) is not { Length: > 0 } extension)
        {
            return;
        }

        if (format is not null && !string.Equals(format.Extension, extension, StringComparison.OrdinalIgnoreCase))
        {
            throw CliException.Usage(CliMessages.OutContradictsFormat(path, extension, format.Format, format.Extension));
        }

        if (format is null && !ReportWriters.All.Any(w => string.Equals(w.Extension, extension, StringComparison.OrdinalIgnoreCase)))
        {
            throw CliException.Usage(CliMessages.OutExtensionUnknown(path, string.Join(", ", ReportWriters.All.Select(w => w.Extension))));
        }
    }

    /// <summary>Picks the writer: <c>--format</c>, else the extension of <c>--out</c>, else <c>table</c>.</summary>
    /// <exception cref="CliException">The format is unknown (a usage error).</exception>
    public static IReportWriter Choose(ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Value(Format.Name) is { } format)
        {
            return ReportWriters.Find(format);
        }

        var extension = arguments.Value(Out.Name) is { } path ? Path.GetExtension(path) : string.Empty;
        return ReportWriters.All.FirstOrDefault(w => extension.Length > 0 && string.Equals(w.Extension, extension, StringComparison.OrdinalIgnoreCase))
            ?? ReportWriters.Find("table");
    }

    /// <summary>Writes a report to <c>--out</c> (saying where on stderr) or to stdout, in the chosen format and language.</summary>
    /// <param name="report">The report.</param>
    /// <param name="arguments">The command's arguments.</param>
    /// <param name="context">The command's context.</param>
    /// <param name="inputs">The full paths of the files the report was computed from; <c>--out</c> may not be one of them.</param>
    /// <exception cref="CliException">The format is unknown or <c>--out</c> is an input (usage error), or the file cannot be written (file error).</exception>
    public static void Write(EvaluationReport report, ParsedArguments arguments, CliContext context, ImmutableArray<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        Check(arguments);
        var writer = Choose(arguments);
        if (arguments.Value(Out.Name) is not { } path)
        {
            writer.Write(report, context.Stdout, context.Language);
            return;
        }

        if (inputs.Contains(Path.GetFullPath(path), StringComparer.Ordinal))
        {
            throw CliException.Usage(CliMessages.OutIsInput(path));
        }

        CliFiles.WriteAll(path, file => writer.WriteFile(report, file, context.Language));
        context.Stderr.WriteLine(CliMessages.WroteReport(path, writer.Format).In(context.Language));
    }
}
