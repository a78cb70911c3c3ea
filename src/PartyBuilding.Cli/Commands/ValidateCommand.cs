using PartyBuilding.Cli.Arguments;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>validate FILE…</c>: reads each document's kind, reads it and runs the area's validator; prints <c>FILE: ok</c> or
/// one line per problem <c>FILE: path: [CODE] message (value: '…')</c>. Exit 1 when any file has an error, 3 when a
/// file cannot be read (every file is still checked).
/// </summary>
internal sealed class ValidateCommand : ICommand
{
    /// <summary>The error code of a document whose kind the tool does not know.</summary>
    public const string UnknownKind = "CLI.UNKNOWN_KIND";

    public CommandSpec Spec { get; } = new(
        "validate",
        "Check documents: list every problem of every file with its path and error code.",
        "FILE…",
        1,
        int.MaxValue,
        []);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var exitCode = ExitCodes.Success;
        foreach (var file in arguments.Positionals)
        {
            byte[] bytes;
            try
            {
                bytes = CliFiles.ReadAllBytes(file);
            }
            catch (CliException ex)
            {
                context.Stdout.WriteLine($"{file}: {ex.Message}");
                exitCode = ExitCodes.FileError;
                continue;
            }

            var problems = Check(bytes, context);
            if (problems.Length == 0)
            {
                context.Stdout.WriteLine($"{file}: ok");
                continue;
            }

            foreach (var problem in problems)
            {
                context.Stdout.WriteLine($"{file}: {problem.ToString().ReplaceLineEndings(" ")}");
            }

            if (problems.Any(p => p.Severity == ProblemSeverity.Error) && exitCode == ExitCodes.Success)
            {
                exitCode = ExitCodes.InputInvalid;
            }
        }

        return exitCode;
    }

    private static ImmutableArray<ValidationProblem> Check(byte[] bytes, CliContext context)
    {
        string kind;
        try
        {
            kind = PartyBuildingJson.PeekKind(bytes);
        }
        catch (PartyBuildingValidationException ex)
        {
            return ex.Problems;
        }

        var documentKind = context.Catalog.Find(kind);
        return documentKind is null
            ? [new ValidationProblem("$.kind", UnknownKind, $"The tool does not know this kind; known kinds: {string.Join(", ", context.Catalog.All.Select(k => k.Kind))}.", kind)]
            : documentKind.Check(bytes);
    }
}
