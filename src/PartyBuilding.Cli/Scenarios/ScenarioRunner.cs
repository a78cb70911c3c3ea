using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>Runs scenario files with the handler of their kind and compares the results with the expectations.</summary>
internal sealed class ScenarioRunner
{
    private readonly ImmutableSortedDictionary<string, IScenarioHandler> handlers;

    /// <summary>Creates a runner.</summary>
    /// <param name="handlers">The handlers; one per kind.</param>
    /// <exception cref="ArgumentException">Two handlers run the same kind.</exception>
    public ScenarioRunner(IEnumerable<IScenarioHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, IScenarioHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!builder.TryAdd(handler.Kind, handler))
            {
                throw new ArgumentException($"Two handlers run the scenario kind '{handler.Kind}'.", nameof(handlers));
            }
        }

        this.handlers = builder.ToImmutable();
    }

    /// <summary>
    /// Gets the runner with every scenario kind of the tool: one line per kind (the areas add theirs, e.g. a
    /// <c>member-points</c> handler).
    /// </summary>
    public static ScenarioRunner Default { get; } = new(
    [
        new RoundingScenarioHandler(),
        new OrganizationComplianceScenarioHandler(),
        new ResponsibilityScenarioHandler(),
        new StandardizationScenarioHandler(),
        new MemberPointsScenarioHandler(),
        new DoubleReviewScenarioHandler(),
        new OrganizationalLifeScenarioHandler(),
        new AssessmentScenarioHandler(),
        new EvaluationScenarioHandler(),
    ]);

    /// <summary>Gets the scenario kinds in name order.</summary>
    public IEnumerable<string> Kinds => handlers.Keys;

    /// <summary>Finds the scenario files of the given files and directories (directories: every <c>*.scenario.json</c>, recursively, in path order).</summary>
    /// <exception cref="CliException">A path does not exist (exit code 3).</exception>
    public static ImmutableArray<string> Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*" + ScenarioReader.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw CliException.File(CliMessages.NoSuchPath(path));
            }
        }

        return files.ToImmutable();
    }

    /// <summary>Runs one scenario file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="documentsRoot">The folder every file the scenario names must lie in (<see langword="null"/>: <see cref="ScenarioJson.DefaultRoot"/>).</param>
    /// <returns>The outcome; a file that cannot be read or run fails with the reason.</returns>
    /// <exception cref="CliException">The file cannot be read (exit code 3).</exception>
    public ScenarioOutcome Run(string file, string? documentsRoot = null)
    {
        var text = System.Text.Encoding.UTF8.GetString(Commands.CliFiles.ReadAllBytes(file));
        Scenario scenario;
        try
        {
            scenario = ScenarioReader.Read(file, text, documentsRoot);
        }
        catch (ScenarioException ex)
        {
            return new ScenarioOutcome(file, Path.GetFileName(file), [], CliMessages.ScenarioFileFailed(file, ex.Text));
        }

        if (!handlers.TryGetValue(scenario.Kind, out var handler))
        {
            return new ScenarioOutcome(file, scenario.Name, [], CliMessages.ScenarioUnknownKind(scenario.Kind, string.Join(", ", handlers.Keys)));
        }

        try
        {
            return new ScenarioOutcome(file, scenario.Name, ScenarioComparer.Compare(scenario, handler.Run(scenario)));
        }
        catch (ScenarioException ex)
        {
            return new ScenarioOutcome(file, scenario.Name, [], ex.Text);
        }
        catch (PartyBuildingValidationException ex)
        {
            var problems = ex.Problems.Select(CliMessages.Problem).ToList();
            return new ScenarioOutcome(file, scenario.Name, [], new(string.Join("；", problems.Select(p => p.ZhCn)), string.Join("; ", problems.Select(p => p.English))));
        }
        catch (ArgumentException ex)
        {
            return new ScenarioOutcome(file, scenario.Name, [], CliMessages.LibraryRefusedInputs(ex.Message.ReplaceLineEndings(" ")));
        }
    }
}
