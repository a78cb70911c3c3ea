using System.Text.RegularExpressions;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Scenarios;

namespace PartyBuilding.Cli.Tests;

/// <summary>docs/cli.md tells what the tool does: its commands, exit codes, scenario kinds and example output.</summary>
public partial class DocsTest
{
    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md")));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (PartyBuilding.Core.sln) is not above the test assembly.");
    }

    [Fact]
    public void Docs_EveryCommand_HasASection()
    {
        foreach (var command in CommandRegistry.Default.All)
        {
            Document.Value.Should().Contain($"\n### {command.Spec.Name}", $"'{command.Spec.Name}' is documented");
        }
    }

    [Fact]
    public void Docs_ExitCodeTable_MatchesTheCode()
    {
        var section = Document.Value[Document.Value.IndexOf("\n## Exit codes", StringComparison.Ordinal)..];
        var rows = ExitCodeRow().Matches(section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        rows.Should().Equal(ExitCodes.Success, ExitCodes.InputInvalid, ExitCodes.UsageError, ExitCodes.FileError, ExitCodes.UnexpectedError);
    }

    [Fact]
    public void Docs_EveryScenarioKind_IsDocumented()
    {
        foreach (var kind in ScenarioRunner.Default.Kinds)
        {
            Document.Value.Should().Contain($"| `{kind}` |");
        }
    }

    [Fact]
    public void Docs_SeedScenarioRun_IsTheRealOutput()
    {
        var run = CliRun.Of("test", Seeds.Scenarios);

        Document.Value.Should().Contain("$ pbeval test seeds/scenarios\n" + run.Stdout);
    }

    [GeneratedRegex(@"^\| ([0-9]) \| ", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();
}
