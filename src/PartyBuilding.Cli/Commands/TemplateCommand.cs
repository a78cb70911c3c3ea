using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Import;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>template organizational-life --out FILE.xlsx [--from records.json]</c>: writes the organizational-life workbook
/// (<see cref="LifeWorkbook"/>) in the display language — empty, for a branch to fill in, or filled from a records document.
/// </summary>
internal sealed class TemplateCommand : ICommand
{
    /// <summary>The workbook kinds, by name.</summary>
    public const string Kinds = "organizational-life";

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
        CheckKind(arguments.Positionals[0]);
        var path = arguments.Required("out");
        CheckExtension(path, ".xlsx");
        OrganizationalLifeRecords? records = null;
        if (arguments.Value("from") is { } from)
        {
            try
            {
                records = PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(CliFiles.ReadAllBytes(from));
            }
            catch (PartyBuildingValidationException ex)
            {
                throw CliException.Input(CliMessages.InputRefused(from, ex.Problems.Length, ex.Message));
            }
        }

        CliFiles.WriteAll(path, stream => LifeWorkbook.Write(stream, context.Language, records));
        context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        return ExitCodes.Success;
    }

    /// <summary>Refuses a workbook kind other than <see cref="Kinds"/> (a usage error).</summary>
    internal static void CheckKind(string kind)
    {
        if (kind != Kinds)
        {
            throw CliException.Usage(CliMessages.WorkbookKindUnknown(kind, Kinds));
        }
    }

    /// <summary>Refuses an output path with another extension (a usage error).</summary>
    internal static void CheckExtension(string path, string extension)
    {
        if (!string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase))
        {
            throw CliException.Usage(CliMessages.OutExtensionExpected(path, extension));
        }
    }
}
