using System.Text.Json;
using PartyBuilding.Cli;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Fuzz;

/// <summary>
/// Feeds one input to the tool's commands in process (<c>--target cli</c>), as a clerk's file would reach them: each
/// worker thread keeps its own copy of the seed tree, the input replaces its seed's file there (a generated document
/// gets a file of its own), and <c>pbeval validate</c>
/// runs on it; when the seed is the bundled evaluation manifest or one of the documents it names, <c>pbeval evaluate</c>
/// runs the manifest too (JSON report to a file). The seed's file is restored afterwards. The documented exit codes
/// (0 success, 1 invalid input, 3 file refused) are outcomes; exit code 2 (a usage error, which these fixed command lines
/// never are), exit code 4 (an unexpected error) and any exception the tool lets out are findings.
/// </summary>
internal sealed class CliTargets : ITargets, IDisposable
{
    private const string Manifest = "evaluation/binzhou-2018.json";
    private readonly SeedCorpus _corpus;
    private readonly ImmutableHashSet<string> _evaluated;
    private readonly ThreadLocal<string> _roots;

    public CliTargets(SeedCorpus corpus)
    {
        _corpus = corpus;
        _evaluated = ManifestDocuments(corpus.ByPath[Manifest].Bytes).Add(Manifest);
        _roots = new ThreadLocal<string>(CopySeeds, trackAllValues: true);
    }

    /// <summary>Runs one input; throws <see cref="CliFindingException"/> for an undocumented exit code.</summary>
    public Outcome Run(FuzzInput input)
    {
        var root = _roots.Value!;
        var seeded = _corpus.ByPath.TryGetValue(input.SeedPath, out var seed);
        var path = Path.Combine(root, seeded ? input.SeedPath : "generated.json");
        File.WriteAllBytes(path, input.Bytes);
        try
        {
            var outcome = Command(input, "validate", path);
            if (outcome == Outcome.Evaluated && _evaluated.Contains(input.SeedPath))
            {
                outcome = Command(input, "evaluate", Path.Combine(root, Manifest), "--documents-root", root, "--format", "json", "--out", Path.Combine(root, "report.json"));
            }

            return outcome;
        }
        finally
        {
            if (seeded)
            {
                File.WriteAllBytes(path, seed!.Bytes);
            }
            else
            {
                File.Delete(path);
            }
        }
    }

    public void Dispose()
    {
        foreach (var root in _roots.Values)
        {
            Directory.Delete(root, recursive: true);
        }

        _roots.Dispose();
    }

    private static Outcome Command(FuzzInput input, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, stdout, stderr, CommandRegistry.Default, DocumentCatalog.Default, DisplayLanguage.English);
        return exit switch
        {
            ExitCodes.Success => Outcome.Evaluated,
            ExitCodes.InputInvalid => Outcome.RejectedByValidation,
            ExitCodes.FileError => Outcome.RejectedByReader,
            _ => throw new CliFindingException(string.Create(CultureInfo.InvariantCulture,
                $"pbeval {args[0]} on {input.SeedPath} exited {exit}: {stderr.ToString().Trim()}")),
        };
    }

    /// <summary>The seed paths the bundled manifest names (relative to its folder, resolved against the seed tree).</summary>
    private static ImmutableHashSet<string> ManifestDocuments(byte[] manifest)
    {
        using var json = JsonDocument.Parse(manifest);
        var folder = Path.GetDirectoryName(Manifest)!;
        return json.RootElement.GetProperty("content").GetProperty("documents").EnumerateObject()
            .Where(d => d.Value.ValueKind == JsonValueKind.String)
            .Select(d => Path.GetRelativePath(".", Path.Combine(folder, d.Value.GetString()!)).Replace('\\', '/'))
            .ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>A worker's own copy of every seed (the derived result documents included), in a new temporary folder.</summary>
    private string CopySeeds()
    {
        var root = Path.Combine(Path.GetTempPath(), "partybuilding-fuzz-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var seed in _corpus.Seeds)
        {
            var path = Path.Combine(root, seed.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, seed.Bytes);
        }

        return root;
    }
}

/// <summary>The tool ended a command with an exit code it does not document for that case.</summary>
internal sealed class CliFindingException(string message) : Exception(message);
