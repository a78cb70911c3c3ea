using PartyBuilding.Cli.Arguments;

namespace PartyBuilding.Cli.Commands;

/// <summary>A command of <c>pbeval</c>. Add one by implementing this and listing it in <see cref="CommandRegistry.Default"/>.</summary>
internal interface ICommand
{
    /// <summary>Gets the command's name, arguments and help.</summary>
    CommandSpec Spec { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The parsed arguments (already checked against <see cref="Spec"/>).</param>
    /// <param name="context">The output streams, language and document catalog.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    /// <exception cref="CliException">A usage, input or file error with its exit code.</exception>
    int Execute(ParsedArguments arguments, CliContext context);
}
