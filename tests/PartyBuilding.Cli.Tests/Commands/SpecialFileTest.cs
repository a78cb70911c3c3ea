using System.Diagnostics;
using System.Text.Json.Nodes;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 25 ("Bounded resources"): the tool refuses files that are not regular before opening them — a FIFO would block
/// the open until a writer comes, a device never ends — and an empty file, which is never a document.
/// </summary>
public sealed class SpecialFileTest : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Validate_AFifo_IsRefusedWithoutWaitingForAWriter()
    {
        var fifo = Fifo("document.json");

        var run = Bounded("validate", fifo);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stdout.Should().Contain($"cannot read '{fifo}': empty or not a regular file");
    }

    [Fact]
    public void Validate_ASymbolicLinkToAFifo_IsJudgedByItsTarget()
    {
        var link = temp.Combine("link.json");
        File.CreateSymbolicLink(link, Fifo("target.json"));

        var run = Bounded("validate", link);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stdout.Should().Contain($"cannot read '{link}': empty or not a regular file");
    }

    [Fact]
    public void Validate_AnEmptyFile_IsRefusedAsNoDocument()
    {
        var empty = temp.File("empty.json", "");

        var run = CliRun.In(DisplayLanguage.English, "validate", empty);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stdout.Should().Contain($"cannot read '{empty}': empty or not a regular file");
    }

    [Fact]
    public void Evaluate_AManifestNamingAFifo_IsRefusedWithoutWaitingForAWriter()
    {
        var manifest = BundledManifestWithAbsolutePaths();
        var fifo = Fifo("scheme.json");
        manifest["content"]!["documents"]!["assessmentScheme"] = fifo;
        var path = temp.File("manifest.json", manifest.ToJsonString());

        var run = Bounded("evaluate", path, "--documents-root", "/");

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stderr.Should().Contain($"cannot read '{fifo}': empty or not a regular file");
    }

    /// <summary>Runs the tool, failing (instead of hanging the test run) when it does not return in time.</summary>
    internal static CliRun Bounded(params string[] args)
    {
        var run = Task.Run(() => CliRun.In(DisplayLanguage.English, args));
        run.Wait(Patience).Should().BeTrue("a special file is refused before it is opened, so nothing waits for a writer");
        return run.Result;
    }

    private string Fifo(string name) => MakeFifo(temp.Combine(name));

    /// <summary>Makes a FIFO at a path (with mkfifo) and returns the path.</summary>
    internal static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, "mkfifo makes a FIFO in a temporary directory");
        return path;
    }

    [Fact]
    public void Evaluate_AManifestNamingADocumentOutsideItsFolder_IsRefusedNamingOnlyThePath()
    {
        var path = temp.File("manifest.json", BundledManifestWithAbsolutePaths().ToJsonString());
        var snapshot = Path.GetFullPath(Path.Combine(Seeds.Directory, "organizations", "binzhou-snapshot.json"));

        var run = CliRun.In(DisplayLanguage.English, "evaluate", path);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stderr.Should().Contain($"cannot read '{snapshot}': it lies outside '{temp.Path}'").And.Contain("--documents-root DIR");
    }

    [Fact]
    public void Evaluate_AManifestWhoseDocumentsLieInTheNamedRoot_IsEvaluated()
    {
        var path = temp.File("manifest.json", BundledManifestWithAbsolutePaths().ToJsonString());

        var run = CliRun.Of("evaluate", path, "--documents-root", Seeds.Directory, "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().Be(CliRun.Of("evaluate", "--format", "csv").Stdout);
    }

    [Fact]
    public void Evaluate_ASymbolicLinkInsideTheFolderToAFileOutside_IsRefused()
    {
        var manifest = BundledManifestWithAbsolutePaths();
        var link = temp.Combine("snapshot.json");
        File.CreateSymbolicLink(link, manifest["content"]!["documents"]!["organizationSnapshot"]!.GetValue<string>());
        manifest["content"]!["documents"]!["organizationSnapshot"] = "snapshot.json";
        var path = temp.File("manifest.json", manifest.ToJsonString());

        var run = CliRun.In(DisplayLanguage.English, "evaluate", path);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stderr.Should().Contain($"cannot read '{link}': it lies outside '{temp.Path}'");
    }

    private static JsonNode BundledManifestWithAbsolutePaths()
    {
        var bundled = Path.Combine(Seeds.Directory, "evaluation");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(bundled, "binzhou-2018.json")))!;
        var documents = manifest["content"]!["documents"]!.AsObject();
        foreach (var name in documents.Select(d => d.Key).ToList())
        {
            documents[name] = Path.GetFullPath(Path.Combine(bundled, documents[name]!.GetValue<string>()));
        }

        return manifest;
    }
}
