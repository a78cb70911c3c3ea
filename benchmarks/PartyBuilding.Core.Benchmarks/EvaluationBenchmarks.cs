using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The whole annual evaluation of the bundled seed committee (article 002's Binzhou shape: 97 organizations in 5
/// districts, about 4,600 double-review ballots): loading and validating the manifest's documents from JSON, running
/// every engine with explanations, and the assessment alone on the prepared data set.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation");

    private AnnualEvaluationInputs _inputs = null!;
    private LocalDate _asOf;
    private AnnualEvaluationResult _result = null!;
    private byte[] _manifest = [];

    [GlobalSetup]
    public void Setup()
    {
        _manifest = File.ReadAllBytes(Path.Combine(SeedDirectory, "binzhou-2018.json"));
        (_inputs, _asOf) = LoadManifest();
        _result = AnnualEvaluation.Run(_inputs, _asOf);
    }

    [Benchmark(Description = "Load manifest documents from JSON (municipal seed)")]
    public (AnnualEvaluationInputs, LocalDate) LoadManifest()
    {
        using var manifest = new MemoryStream(_manifest, writable: false);
        return EvaluationManifestLoader.Load(manifest, relative => File.OpenRead(Path.Combine(SeedDirectory, relative)));
    }

    [Benchmark(Description = "AnnualEvaluation.Run (municipal seed, all engines)")]
    public AnnualEvaluationResult RunEvaluation() => AnnualEvaluation.Run(_inputs, _asOf);

    [Benchmark(Description = "AnnualAssessment.Evaluate (97 organizations)")]
    public AssessmentResult RunAssessment() => AnnualAssessment.Evaluate(_result.Data, _inputs.Scheme, _asOf);
}
