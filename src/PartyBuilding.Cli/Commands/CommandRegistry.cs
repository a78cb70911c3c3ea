namespace PartyBuilding.Cli.Commands;

/// <summary>The commands of <c>pbeval</c> by name.</summary>
internal sealed class CommandRegistry
{
    private readonly ImmutableSortedDictionary<string, ICommand> commands;

    /// <summary>Creates a registry.</summary>
    /// <param name="commands">The commands; names must be unique.</param>
    /// <exception cref="ArgumentException">Two commands share a name.</exception>
    public CommandRegistry(IEnumerable<ICommand> commands) =>
        this.commands = UniqueKeys.Create(commands, c => c.Spec.Name, "command name", nameof(commands));

    /// <summary>
    /// Gets the commands of the tool. One line per command: the area commands (<c>evaluate</c>, <c>explain</c>,
    /// <c>generate</c>) are added here when their areas land.
    /// </summary>
    public static CommandRegistry Default { get; } = new(
    [
        new EvaluateCommand(),
        new ExplainCommand(),
        new GenerateCommand(),
        new ValidateCommand(),
        new SchemaCommand(),
        new TestCommand(),
        new TemplateCommand(),
        new ImportCommand(),
        new NoticesCommand(),
        new CaseCommand(),
    ]);

    /// <summary>Gets the commands in name order.</summary>
    public IEnumerable<ICommand> All => commands.Values;

    /// <summary>Finds a command by name.</summary>
    public ICommand? Find(string name) => commands.GetValueOrDefault(name);
}
