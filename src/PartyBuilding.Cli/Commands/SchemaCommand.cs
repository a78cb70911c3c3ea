using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Documents;

namespace PartyBuilding.Cli.Commands;

/// <summary><c>schema --out DIR</c>: writes <c>&lt;kind&gt;.schema.json</c> for every registered document kind.</summary>
internal sealed class SchemaCommand : ICommand
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public CommandSpec Spec { get; } = new(
        "schema",
        CliMessages.SchemaSummary,
        string.Empty,
        0,
        0,
        [new OptionSpec("out", "DIR", CliMessages.SchemaOutHelp, Required: true)]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var directory = arguments.Required("out");
        CliFiles.CreateDirectory(directory);
        foreach (var kind in context.Catalog.All)
        {
            var path = Path.Combine(directory, $"{kind.Kind}.schema.json");
            CliFiles.WriteAllText(path, SchemaBuilder.Build(kind).ToJsonString(WriteOptions) + "\n");
            context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        }

        return ExitCodes.Success;
    }
}
