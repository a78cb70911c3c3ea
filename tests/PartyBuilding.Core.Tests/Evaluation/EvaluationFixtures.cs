using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Loads the bundled evaluation manifest through a file opener, as the CLI does.</summary>
internal static class EvaluationFixtures
{
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation");

    public static string ManifestPath => Path.Combine(SeedDirectory, "binzhou-2018.json");

    public static Stream Open(string relative) => File.OpenRead(Path.GetFullPath(Path.Combine(SeedDirectory, relative)));

    private static readonly Lazy<(AnnualEvaluationInputs Inputs, LocalDate AsOf)> Loaded = new(() =>
    {
        using var manifest = File.OpenRead(ManifestPath);
        return EvaluationManifestLoader.Load(manifest, Open);
    });

    private static readonly Lazy<AnnualEvaluationResult> Evaluated = new(() => AnnualEvaluation.Run(Loaded.Value.Inputs, Loaded.Value.AsOf));

    public static AnnualEvaluationInputs Inputs => Loaded.Value.Inputs;

    public static LocalDate AsOf => Loaded.Value.AsOf;

    public static AnnualEvaluationResult Result => Evaluated.Value;
}
