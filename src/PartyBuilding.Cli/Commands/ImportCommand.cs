using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Import;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>import organizational-life|member-points BOOK.xlsx --committee ID --year YYYY [--scheme FILE] --out FILE.json</c>:
/// reads a filled-in organizational-life workbook (<see cref="LifeWorkbook"/>) or member-points workbook
/// (<see cref="PointsWorkbook"/>, checked under the <c>--scheme</c> it requires), checks it with the library and writes the
/// <c>organizational-life-records</c> or <c>member-points-data-set</c> document. Nothing is written unless every cell reads and the library finds no error;
/// every problem names its cell (<c>会议记录!D5</c>) with its code and value (exit code 1).
/// </summary>
internal sealed class ImportCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "import",
        CliMessages.ImportSummary,
        TemplateCommand.Kinds + " BOOK.xlsx",
        2,
        2,
        [
            new OptionSpec("committee", "ID", CliMessages.ImportCommitteeHelp, Required: true),
            new OptionSpec("year", "YYYY", CliMessages.ImportYearHelp, Required: true),
            new OptionSpec("scheme", "FILE", CliMessages.ImportSchemeHelp),
            new OptionSpec("out", "FILE.json", CliMessages.ImportOutHelp, Required: true),
        ]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var kind = TemplateCommand.CheckKind(arguments.Positionals[0]);
        var book = arguments.Positionals[1];
        var committeeText = arguments.Required("committee");
        var committee = OrganizationId.TryParse(committeeText, out var id) ? id : throw CliException.Usage(CliMessages.CommitteeInvalid(committeeText));
        var year = AssessmentYear.Create(arguments.Integer("year", 0, AssessmentYear.MinValue, AssessmentYear.MaxValue));
        var path = arguments.Required("out");
        TemplateCommand.CheckExtension(path, ".json");
        var scheme = kind == TemplateCommand.MemberPoints ? Scheme(arguments.Value("scheme") ?? throw CliException.Usage(CliMessages.ImportNeedsScheme)) : null;

        var (document, problems) = Read(book, stream => kind == TemplateCommand.MemberPoints
            ? Serialized(PointsWorkbook.Read(stream, committee, year, scheme!))
            : Serialized(LifeWorkbook.Read(stream, committee, year)));
        foreach (var problem in problems)
        {
            context.Stderr.WriteLine(CliMessages.FileProblem(book, problem).In(context.Language));
        }

        if (document is null)
        {
            var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
            throw CliException.Input(CliMessages.InputRefused(book, errors, $"The workbook '{book}' has {errors} problem(s)."));
        }

        CliFiles.WriteAllText(path, document + "\n");
        context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        return ExitCodes.Success;
    }

    private static (string?, ImmutableArray<ValidationProblem>) Serialized<T>((T? Document, ImmutableArray<ValidationProblem> Problems) read)
        where T : class, IDocumentContent => (read.Document is null ? null : PartyBuildingJson.Serialize(read.Document), read.Problems);

    private static PointsScheme Scheme(string path)
    {
        try
        {
            return PartyBuildingJson.Deserialize<PointsScheme>(CliFiles.ReadAllBytes(path));
        }
        catch (PartyBuildingValidationException ex)
        {
            throw CliException.Input(CliMessages.InputRefused(path, ex.Problems.Length, ex.Message));
        }
    }

    private static (string?, ImmutableArray<ValidationProblem>) Read(string book, Func<Stream, (string?, ImmutableArray<ValidationProblem>)> read)
    {
        using var stream = CliFiles.OpenRead(book);
        try
        {
            return read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or System.Xml.XmlException)
        {
            throw CliException.CannotRead(book, CliMessages.NotAWorkbook, ex);
        }
    }
}
