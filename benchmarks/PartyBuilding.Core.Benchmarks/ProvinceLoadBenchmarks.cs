using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Loading the province data set from JSON (issue 11): the manifest and its eleven documents, as <c>pbeval generate</c>
/// writes them, read and validated from memory through <see cref="EvaluationManifestLoader"/>. At most the province at 1× (<c>smoke</c> by default):
/// the member-points document of 1× is already about 250 MB of indented JSON, near the library's default read limit of
/// 256 MiB per document, so larger committees are read as several documents (see <c>docs/performance.md</c>).
/// </summary>
[MemoryDiagnoser]
public class ProvinceLoadBenchmarks
{
    private Dictionary<string, byte[]> _files = [];

    /// <summary>Gets the scales: those of <see cref="Workload.Scales"/> up to <c>1x</c>.</summary>
    public static IEnumerable<string> Scales => Workload.Scales.Where(s => s is Workload.Smoke or "1x");

    /// <summary>Gets or sets the scale.</summary>
    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = Workload.Smoke;

    [GlobalSetup]
    public void Setup()
    {
        var evaluation = Workload.Province(Scale);
        _files = SyntheticDataSet.Serialize(evaluation).ToDictionary(d => d.Key, d => Encoding.UTF8.GetBytes(d.Value));
        Console.Error.WriteLine($"documents: {_files.Sum(f => (long)f.Value.Length):N0} bytes of JSON");
    }

    [Benchmark(Description = "load the data set from JSON (manifest and 11 documents)")]
    public (AnnualEvaluationInputs, LocalDate) Load()
    {
        using var manifest = new MemoryStream(_files["manifest.json"], writable: false);
        return EvaluationManifestLoader.Load(manifest, name => new MemoryStream(_files[name], writable: false));
    }
}
