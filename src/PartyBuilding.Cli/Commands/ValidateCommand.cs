using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>validate FILE… [--scheme FILE] [--as-of DATE] [--records FILE]</c>: reads each document's kind, reads it and runs the area's
/// validator; prints <c>FILE: ok</c> or one line per problem <c>FILE: path: [CODE] message (value: '…')</c>. A data set
/// whose full check needs a second document is checked for its structure only, unless <c>--scheme</c> gives that document
/// (<see cref="SchemeChecks"/>): then every data set of the matching kind is checked fully under it, as the engine would,
/// with the organizational-life records of <c>--records</c> beside a standardization or member-points data set that derives
/// values from them.
/// Exit 1 when any file has an error, 3 when a file cannot be read (every file is still checked).
/// </summary>
internal sealed class ValidateCommand : ICommand
{
    /// <summary>The error code of a document whose kind the tool does not know.</summary>
    public const string UnknownKind = "CLI.UNKNOWN_KIND";

    /// <summary>The error code of a data set not checked because the <c>--scheme</c> it needs is invalid.</summary>
    public const string SchemeInvalid = "CLI.SCHEME_INVALID";

    private static readonly OptionSpec Scheme = new(
        "scheme",
        "FILE",
        CliMessages.ValidateSchemeHelp(string.Join(", ", SchemeChecks.Default.All.Select(c => $"{c.SchemeKind} → {c.DataKind}"))));

    private static readonly OptionSpec AsOf = new(
        "as-of",
        "YYYY-MM-DD",
        CliMessages.ValidateAsOfHelp);

    private static readonly OptionSpec Records = new(
        "records",
        "FILE",
        CliMessages.ValidateRecordsHelp);

    public CommandSpec Spec { get; } = new(
        "validate",
        CliMessages.ValidateSummary,
        "FILE…",
        1,
        int.MaxValue,
        [Scheme, AsOf, Records]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var asOf = EvaluationInputs.OptionalDate(arguments);
        var scheme = arguments.Value(Scheme.Name) is { } schemePath ? ReadScheme(schemePath, context) : null;
        if (scheme is null && asOf is not null)
        {
            throw CliException.Usage(CliMessages.AsOfNeedsScheme);
        }

        if (scheme is null && arguments.Has(Records.Name))
        {
            throw CliException.Usage(CliMessages.RecordsNeedScheme);
        }

        var exitCode = ExitCodes.Success;
        if (scheme is { Problems.IsEmpty: false })
        {
            exitCode = Report(scheme.Path, scheme.Problems, context, exitCode);
        }

        OrganizationalLifeRecords? records = null;
        if (arguments.Value(Records.Name) is { } recordsPath)
        {
            try
            {
                using var recordsFile = CliFiles.OpenDocument(recordsPath);
                records = PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(recordsFile);
            }
            catch (PartyBuildingValidationException ex)
            {
                exitCode = Report(recordsPath, ex.Problems, context, exitCode);
            }
        }

        var index = 0;
        foreach (var file in arguments.Positionals)
        {
            // A document is streamed: checked a block at a time and bound from the file, never held whole.
            ImmutableArray<ValidationProblem> problems;
            index++;
            try
            {
                using var stream = CliFiles.OpenDocument(file);
                context.Progress(CliMessages.CheckingFile(index, arguments.Positionals.Length, file, stream.Length, context.Elapsed));
                problems = Check(stream, context, scheme, asOf, records);
            }
            catch (CliException ex)
            {
                context.Stdout.WriteLine(CliMessages.FileFailure(file, ex.Text).In(context.Language));
                exitCode = ExitCodes.FileError;
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Stdout.WriteLine(CliMessages.FileFailure(file, CliFiles.Reason(ex)).In(context.Language));
                exitCode = ExitCodes.FileError;
                continue;
            }

            exitCode = Report(file, problems, context, exitCode);
        }

        return exitCode;
    }

    private static int Report(string file, ImmutableArray<ValidationProblem> problems, CliContext context, int exitCode)
    {
        if (problems.Length == 0)
        {
            context.Stdout.WriteLine(CliMessages.FileOk(file).In(context.Language));
            return exitCode;
        }

        foreach (var problem in problems)
        {
            context.Stdout.WriteLine(CliMessages.FileProblem(file, problem).In(context.Language));
        }

        return problems.Any(p => p.Severity == ProblemSeverity.Error) && exitCode == ExitCodes.Success ? ExitCodes.InputInvalid : exitCode;
    }

    /// <summary>Reads and checks the document of <c>--scheme</c>.</summary>
    /// <exception cref="CliException">The file cannot be read (file error) or is not a kind any data set is checked under (usage error).</exception>
    private static LoadedScheme ReadScheme(string path, CliContext context)
    {
        var bytes = CliFiles.ReadAllBytes(path);
        string kind;
        try
        {
            kind = PartyBuildingJson.PeekKind(bytes);
        }
        catch (PartyBuildingValidationException ex)
        {
            return new LoadedScheme(path, null, null, ex.Problems);
        }

        var check = SchemeChecks.Default.Find(kind)
            ?? throw CliException.Usage(CliMessages.SchemeWrongKind(path, kind, string.Join(", ", SchemeChecks.Default.All.Select(c => c.SchemeKind))));
        var documentKind = context.Catalog.Find(kind) ?? throw CliException.Usage(CliMessages.SchemeUnknownKind(path, kind));
        object content;
        try
        {
            content = documentKind.Read(bytes);
        }
        catch (PartyBuildingValidationException ex)
        {
            return new LoadedScheme(path, check, null, ex.Problems);
        }

        // A scheme whose own check needs its data set (an organizational-life scheme) is checked with it, by the full check
        // of each data set: its structure-only note does not apply here.
        return new LoadedScheme(path, check, content, [.. documentKind.Validate(content).Problems.Where(p => p.ErrorCode != StructureOnlyValidator<object>.StructureOnly)]);
    }

    private static ImmutableArray<ValidationProblem> Check(FileStream stream, CliContext context, LoadedScheme? scheme, NodaTime.LocalDate? asOf, OrganizationalLifeRecords? records)
    {
        string kind;
        try
        {
            kind = PartyBuildingJson.PeekKind(stream);
        }
        catch (PartyBuildingValidationException ex)
        {
            return ex.Problems;
        }

        var documentKind = context.Catalog.Find(kind);
        if (documentKind is null)
        {
            return [new ValidationProblem("$.kind", UnknownKind, $"The tool does not know this kind; known kinds: {string.Join(", ", context.Catalog.All.Select(k => k.Kind))}.", kind)];
        }

        if (scheme?.Check is not { } check || check.DataKind != kind)
        {
            return documentKind.Check(stream);
        }

        if (scheme.Content is null || scheme.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return [new ValidationProblem("$", SchemeInvalid, $"Not checked: the --scheme '{scheme.Path}' it needs is not valid (its problems are listed above).", scheme.Path)];
        }

        object content;
        try
        {
            content = documentKind.Read(stream);
        }
        catch (PartyBuildingValidationException ex)
        {
            return ex.Problems;
        }

        // The records a data set derives values from travel beside it, as the evaluation passes them (StandardizationArea, MemberPointsArea).
        content = (records, content) switch
        {
            ({ } r, StandardizationDataSet standardization) => standardization with { LifeRecords = r },
            ({ } r, MemberPointsDataSet points) => points with { LifeRecords = r },
            _ => content,
        };
        return check.Check(scheme.Content, content, asOf);
    }

    /// <summary>The document of <c>--scheme</c>, its check, and its own problems.</summary>
    private sealed record LoadedScheme(string Path, SchemeCheck? Check, object? Content, ImmutableArray<ValidationProblem> Problems);
}
