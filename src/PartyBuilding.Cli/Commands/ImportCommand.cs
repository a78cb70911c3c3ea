using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Import;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>import organizational-life BOOK.xlsx --committee ID --year YYYY --out FILE.json</c>: reads a filled-in
/// organizational-life workbook (<see cref="LifeWorkbook"/>), checks the records with the library and writes the
/// <c>organizational-life-records</c> document. Nothing is written unless every cell reads and the library finds no error;
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
            new OptionSpec("out", "FILE.json", CliMessages.ImportOutHelp, Required: true),
        ]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        TemplateCommand.CheckKind(arguments.Positionals[0]);
        var book = arguments.Positionals[1];
        var committeeText = arguments.Required("committee");
        var committee = OrganizationId.TryParse(committeeText, out var id) ? id : throw CliException.Usage(CliMessages.CommitteeInvalid(committeeText));
        var year = AssessmentYear.Create(arguments.Integer("year", 0, AssessmentYear.MinValue, AssessmentYear.MaxValue));
        var path = arguments.Required("out");
        TemplateCommand.CheckExtension(path, ".json");

        var (records, problems) = Read(book, committee, year);
        foreach (var problem in problems)
        {
            context.Stderr.WriteLine(CliMessages.FileProblem(book, problem).In(context.Language));
        }

        if (records is null)
        {
            var errors = problems.Count(p => p.Severity == Core.Validation.ProblemSeverity.Error);
            throw CliException.Input(CliMessages.InputRefused(book, errors, $"The workbook '{book}' has {errors} problem(s)."));
        }

        CliFiles.WriteAllText(path, PartyBuildingJson.Serialize(records) + "\n");
        context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        return ExitCodes.Success;
    }

    private static (Core.OrganizationalLife.OrganizationalLifeRecords?, ImmutableArray<Core.Validation.ValidationProblem>) Read(string book, OrganizationId committee, AssessmentYear year)
    {
        using var stream = CliFiles.OpenRead(book);
        try
        {
            return LifeWorkbook.Read(stream, committee, year);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or System.Xml.XmlException)
        {
            throw CliException.CannotRead(book, CliMessages.NotAWorkbook, ex);
        }
    }
}
