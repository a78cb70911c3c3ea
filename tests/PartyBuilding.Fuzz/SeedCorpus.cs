using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Fuzz;

/// <summary>One starting document: its path under <c>seeds/</c> (or <c>derived/…</c> for a result the harness wrote), its kind and bytes.</summary>
internal sealed record Seed(string Path, string? Kind, byte[] Bytes, ImmutableArray<JsonToken> Tokens);

/// <summary>
/// The documents mutation starts from: every <c>seeds/**/*.json</c> of the repository, plus one document of each result kind
/// (assessment result, explanation, double-review outcome, standardization outcome and its parts, member-points year result
/// and grade export, compliance report) written by the library from the seeds, so that every document kind has a seed.
/// </summary>
internal sealed class SeedCorpus
{
    private SeedCorpus(string directory, ImmutableArray<Seed> seeds)
    {
        Directory = directory;
        Seeds = seeds;
        ByPath = seeds.ToImmutableDictionary(s => s.Path, StringComparer.Ordinal);
    }

    /// <summary>Gets the seed directory.</summary>
    public string Directory { get; }

    /// <summary>Gets the seeds in path order.</summary>
    public ImmutableArray<Seed> Seeds { get; }

    /// <summary>Gets the seeds by path.</summary>
    public ImmutableDictionary<string, Seed> ByPath { get; }

    /// <summary>Gets the property names of every seed, the vocabulary of generated documents.</summary>
    public ImmutableArray<string> PropertyNames { get; private init; }

    /// <summary>Loads every seed below a directory, and derives one document of each result kind.</summary>
    public static SeedCorpus Load(string directory)
    {
        var files = System.IO.Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(f => (Path: System.IO.Path.GetRelativePath(directory, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No seed documents under {directory}.");
        }

        var seeds = files.Select(f => Create(f.Path, f.Bytes)).ToList();
        var corpus = new SeedCorpus(directory, [.. seeds]);
        seeds.AddRange(Derived(corpus).Select(d => Create(d.Path, Encoding.UTF8.GetBytes(d.Json))));
        return new SeedCorpus(directory, [.. seeds.OrderBy(s => s.Path, StringComparer.Ordinal)]).WithVocabulary(seeds);
    }

    /// <summary>Reads a seed as its kind.</summary>
    public T Read<T>(string path)
        where T : class, IDocumentContent => PartyBuildingJson.Deserialize<T>(ByPath[path].Bytes);

    private SeedCorpus WithVocabulary(IEnumerable<Seed> seeds)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            foreach (var token in seed.Tokens.Where(t => t.IsPropertyName))
            {
                names.Add(Encoding.UTF8.GetString(seed.Bytes, token.Start + 1, token.Length - 2));
            }
        }

        return new SeedCorpus(Directory, Seeds) { PropertyNames = [.. names] };
    }

    private static Seed Create(string path, byte[] bytes)
    {
        string? kind;
        try
        {
            kind = PartyBuildingJson.PeekKind(bytes);
        }
        catch (Core.Validation.PartyBuildingValidationException)
        {
            kind = null; // scenario files of the command-line tool: not a library document
        }

        return new Seed(path, kind, bytes, JsonToken.Scan(bytes));
    }

    private static IEnumerable<(string Path, string Json)> Derived(SeedCorpus corpus)
    {
        var asOf = new LocalDate(2025, 1, 15);
        var assessment = AnnualAssessment.Evaluate(corpus.Read<AssessmentDataSet>("assessment/committee-2024.json"), corpus.Read<AssessmentScheme>("assessment/scheme-2024.json"), asOf);
        yield return ("derived/assessment-result-2024.json", PartyBuildingJson.Serialize(assessment));
        yield return ("derived/explanation-2024.json", PartyBuildingJson.Serialize(assessment.Organizations[0].Explanation));

        var review = DoubleReviewEngine.Evaluate(
            corpus.Read<DoubleReviewDataSet>("double-review/data-set-bz-001-branches-2017-h2.json"),
            corpus.Read<DoubleReviewScheme>("double-review/scheme-bz-001-branches-2017.json"),
            new LocalDate(2018, 1, 15));
        yield return ("derived/double-review-outcome.json", PartyBuildingJson.Serialize(review));

        var standardization = StandardizationEngine.Evaluate(
            corpus.Read<StandardizationDataSet>("standardization/assessments-binzhou-2017-2019.json"),
            new StandardizationScheme(
                corpus.Read<IndicatorCatalogue>("standardization/catalogue-binzhou-002.json"),
                corpus.Read<TierScheme>("standardization/tier-scheme-binzhou-002.json")),
            new LocalDate(2019, 12, 31));
        // Results are cut to a few items each: the kinds are what matter, and small documents keep the run fast.
        var round = standardization.Rounds[0] with { Namings = [.. standardization.Rounds[0].Namings.Take(4)] };
        var coverage = Cut(standardization.Coverage[0], ("laggingBranches", 3));
        var small = standardization with { Results = [.. standardization.Results.Take(3)], Rounds = [round], Coverage = [coverage] };
        yield return ("derived/standardization-outcome.json", PartyBuildingJson.Serialize(small));
        yield return ("derived/standardization-branch-result.json", PartyBuildingJson.Serialize(standardization.Results[0]));
        yield return ("derived/standardization-naming-round.json", PartyBuildingJson.Serialize(round));
        yield return ("derived/standardization-coverage-report.json", PartyBuildingJson.Serialize(coverage));
        var roster = corpus.Read<StandardizationDataSet>("standardization/assessments-binzhou-2017-2019.json").Roster;
        yield return ("derived/standardization-branch-roster.json", PartyBuildingJson.Serialize(roster with { Branches = [.. roster.Branches.Take(6)] }));
        var lagging = standardization.Coverage.SelectMany(r => r.LaggingBranches).Take(3).ToList();
        if (lagging.Count > 0 && standardization.Rounds.Length > 1)
        {
            yield return ("derived/standardization-rectification-report.json", PartyBuildingJson.Serialize(RectificationTracker.FollowUp(lagging, standardization.Rounds[^1])));
        }

        var points = MemberPointsEngine.Evaluate(
            corpus.Read<MemberPointsDataSet>("member-points/bz-001-2018-data.json"),
            corpus.Read<PointsScheme>("member-points/binzhou-2018-scheme.json"),
            new LocalDate(2019, 1, 15));
        var fewer = Cut(points, ("members", 3), ("declarations", 10), ("branches", 2));
        yield return ("derived/member-points-year-result.json", PartyBuildingJson.Serialize(fewer));
        yield return ("derived/member-grade-export.json", PartyBuildingJson.Serialize(MemberPointsEngine.ExportGrades(fewer)));

        var registry = OrganizationRegistry.Create(corpus.Read<OrganizationSnapshot>("organizations/binzhou-snapshot.json"), corpus.Read<OrganizationEventLog>("organizations/binzhou-reform-2019.json"));
        yield return ("derived/organization-compliance-report.json", PartyBuildingJson.Serialize(ComplianceChecker.Check(registry.AsOf(new LocalDate(2019, 12, 31)))));
    }

    /// <summary>
    /// A result with some of its lists cut to their first items, read back through its JSON: results are built by the
    /// engines only (their constructors are internal), so the cut is made on the document.
    /// </summary>
    private static T Cut<T>(T result, params (string Property, int Keep)[] cuts)
        where T : class, IDocumentContent
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(PartyBuildingJson.Serialize(result))!;
        foreach (var (property, keep) in cuts)
        {
            var items = document["content"]![property]!.AsArray();
            while (items.Count > keep)
            {
                items.RemoveAt(items.Count - 1);
            }
        }

        return PartyBuildingJson.Deserialize<T>(document.ToJsonString());
    }
}
