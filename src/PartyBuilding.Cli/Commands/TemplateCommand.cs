using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Import;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>template organizational-life|member-points --out FILE.xlsx [--from FILE.json]</c>: writes the organizational-life
/// workbook (<see cref="LifeWorkbook"/>) or the member-points workbook (<see cref="PointsWorkbook"/>) in the display language —
/// empty, for a branch to fill in, or filled from a document of its kind.
/// </summary>
internal sealed class TemplateCommand : ICommand
{
    /// <summary>The workbook kinds, by name.</summary>
    public const string Kinds = OrganizationalLife + "|" + MemberPoints;

    /// <summary>The organizational-life workbook.</summary>
    public const string OrganizationalLife = "organizational-life";

    /// <summary>The member-points workbook.</summary>
    public const string MemberPoints = "member-points";

    public CommandSpec Spec { get; } = new(
        "template",
        CliMessages.TemplateSummary,
        Kinds,
        1,
        1,
        [
            new OptionSpec("out", "FILE.xlsx", CliMessages.TemplateOutHelp, Required: true),
            new OptionSpec("from", "FILE", CliMessages.TemplateFromHelp),
        ]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var kind = CheckKind(arguments.Positionals[0]);
        var path = arguments.Required("out");
        CheckExtension(path, ".xlsx");
        var from = arguments.Value("from");
        Action<Stream> write = kind == OrganizationalLife
            ? Writer<OrganizationalLifeRecords>(from, (stream, records) => LifeWorkbook.Write(stream, context.Language, records))
            : Writer<MemberPointsDataSet>(from, (stream, data) => PointsWorkbook.Write(stream, context.Language, data));
        CliFiles.WriteAll(path, write);
        context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        return ExitCodes.Success;
    }

    /// <summary>Reads the <c>--from</c> document (before anything is written) and returns the writer of the workbook.</summary>
    private static Action<Stream> Writer<T>(string? from, Action<Stream, T?> write)
        where T : class, IDocumentContent
    {
        T? document = null;
        if (from is not null)
        {
            try
            {
                document = PartyBuildingJson.Deserialize<T>(CliFiles.ReadAllBytes(from));
            }
            catch (PartyBuildingValidationException ex)
            {
                throw CliException.Input(CliMessages.InputRefused(from, ex.Problems.Length, ex.Message));
            }
        }

        return stream => write(stream, document);
    }

    /// <summary>Refuses a workbook kind other than <see cref="Kinds"/> (a usage error).</summary>
    internal static string CheckKind(string kind) =>
        kind is OrganizationalLife or MemberPoints ? kind : throw CliException.Usage(CliMessages.WorkbookKindUnknown(kind, Kinds));

    /// <summary>Refuses an output path with another extension (a usage error).</summary>
    internal static void CheckExtension(string path, string extension)
    {
        if (!string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase))
        {
            throw CliException.Usage(CliMessages.OutExtensionExpected(path, extension));
        }
    }
}
