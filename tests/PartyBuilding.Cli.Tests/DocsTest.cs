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
        CommandRegistry.Default.All.Should().NotBeEmpty();
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
        ScenarioRunner.Default.Kinds.Should().NotBeEmpty();
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

    [Fact]
    public void Docs_ExplainMemberExample_IsTheRealOutput()
    {
        var run = CliRun.Of("explain", "--org", "BZ-035", "--member", "BZ-035-B01-M001");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Document.Value.Should().Contain("$ pbeval explain --org BZ-035 --member BZ-035-B01-M001\n" + string.Join('\n', run.StdoutLines.Take(7)) + "\n  …\n");
        Document.Value.Should().Contain("\n" + run.StdoutLines[^1] + "\n$ pbeval explain --org BZ-035 --member BZ-035-B01-M999\n");
    }

    [Fact]
    public void Docs_ExplainBranchExample_IsTheRealOutput()
    {
        var run = CliRun.Of("explain", "--org", "BZ-001", "--branch", "BZ-001-B02");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Document.Value.Should().Contain("$ pbeval explain --org BZ-001 --branch BZ-001-B02\n" + run.Stdout);
    }

    [Fact]
    public void Docs_NoticesAndCaseExamples_AreTheRealOutput()
    {
        string Seed(string path) => Path.Combine(Seeds.Directory, path);
        var notices = CliRun.Of("notices", Seed("supervision/records-bz-2018.json"), Seed("supervision/catalogue-004-shape.json"), Seed("supervision/ledger-bz-2018.json"), Seed("organizations/binzhou-snapshot.json"), "--as-of", "2018-12-01", "--person", "BZ-001-B01-M001");
        var basis = new[] { Seed("supervision/accountability-bz-2019.json"), Seed("supervision/records-bz-2018.json"), Seed("responsibilities/rectification-ledger-2019.json") };
        var @case = CliRun.Of(["case", .. basis, "--id", "C01"]);
        var stats = CliRun.Of(["case", .. basis, "--stats", "--depth", "1", "--lang", "en"]);

        notices.ExitCode.Should().Be(ExitCodes.Success, notices.Stderr);
        Document.Value.Should().Contain("--as-of 2018-12-01 --person BZ-001-B01-M001\n" + notices.Stdout);
        Document.Value.Should().Contain("rectification-ledger-2019.json --id C01\n" + @case.Stdout);
        Document.Value.Should().Contain("rectification-ledger-2019.json --stats --depth 1 --lang en\n" + stats.Stdout);
    }

    [Fact]
    public void Docs_EvaluateExample_ShowsTheRealTierAndGradeDistributions()
    {
        var run = CliRun.Of("evaluate");
        var stdout = run.Stdout;
        var tiers = stdout[stdout.IndexOf("党支部标准化建设等级分布", StringComparison.Ordinal)..];

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Document.Value.Should().Contain(tiers.TrimEnd('\n') + "\nreceipt SHA-256/canonical-json-v2 ");
        // The receipt changes with every build of the library, so the docs show its hash as "…".
        Document.Value.Should().Contain(ReceiptHash().Replace(string.Join('\n', stdout.Split('\n').Take(10)), "…") + "\n   …\n");
    }

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex ReceiptHash();

    [GeneratedRegex(@"^\| ([0-9]) \| ", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();
}
