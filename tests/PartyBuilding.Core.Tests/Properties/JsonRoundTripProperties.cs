using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Properties;

/// <summary>(d) Writing a document and reading it back gives an equal value, and writing that again the same text, for every document kind.</summary>
public sealed class JsonRoundTripProperties
{
    /// <summary>Reads and writes one kind.</summary>
    private sealed record Kind(string Name, Func<string, object> Read, Func<object, string> Write)
    {
        public static Kind Of<T>()
            where T : class, IDocumentContent =>
            new(T.DocumentKind, json => PartyBuildingJson.Deserialize<T>(json), value => PartyBuildingJson.Serialize((T)value));
    }

    private static readonly ImmutableArray<Kind> Kinds =
    [
        Kind.Of<Explanation>(), Kind.Of<OrganizationSnapshot>(), Kind.Of<OrganizationEventLog>(), Kind.Of<ComplianceReport>(),
        Kind.Of<ResponsibilityScheme>(), Kind.Of<ResponsibilityDataSet>(), Kind.Of<RectificationLedger>(),
        Kind.Of<IndicatorCatalogue>(), Kind.Of<TierScheme>(), Kind.Of<BranchRoster>(), Kind.Of<StandardizationDataSet>(),
        Kind.Of<BranchScoreResult>(), Kind.Of<TierNamingRound>(), Kind.Of<CoverageReport>(), Kind.Of<StandardizationOutcome>(),
        Kind.Of<RectificationReport>(), Kind.Of<PointsScheme>(), Kind.Of<MemberPointsDataSet>(), Kind.Of<MemberPointsYearResult>(),
        Kind.Of<MemberGradeExport>(), Kind.Of<DoubleReviewScheme>(), Kind.Of<DoubleReviewDataSet>(), Kind.Of<DoubleReviewOutcome>(),
        Kind.Of<AssessmentScheme>(), Kind.Of<AssessmentDataSet>(), Kind.Of<AssessmentResult>(), Kind.Of<EvaluationManifest>(),
        Kind.Of<OrganizationalLifeRecords>(), Kind.Of<OrganizationalLifeScheme>(),
        Kind.Of<SupervisionCatalogue>(), Kind.Of<SupervisionRecords>(), Kind.Of<AccountabilityRecords>(),
    ];

    /// <summary>Every seed document, and one document of each result kind the library writes from the seeds, by kind.</summary>
    private static readonly Lazy<ImmutableArray<(string Kind, string Json)>> Documents = new(() =>
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var documents = Directory.EnumerateFiles(seeds, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".scenario.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(json => (PartyBuildingJson.PeekKind(System.Text.Encoding.UTF8.GetBytes(json)), json))
            .ToList();
        T Seed<T>(string path)
            where T : class, IDocumentContent => PartyBuildingJson.Deserialize<T>(File.ReadAllText(Path.Combine(seeds, path)));
        var outcome = StandardizationEngine.Evaluate(
            Seed<StandardizationDataSet>("standardization/assessments-binzhou-2017-2019.json"),
            new StandardizationScheme(Seed<IndicatorCatalogue>("standardization/catalogue-binzhou-002.json"), Seed<TierScheme>("standardization/tier-scheme-binzhou-002.json")),
            new LocalDate(2019, 12, 31));
        var round = outcome.Rounds[0] with { Namings = [.. outcome.Rounds[0].Namings.Take(5)] };
        var full = outcome.Coverage[0];
        var coverage = new CoverageReport(full.Year, full.Committee, full.Districts, full.Departments, [.. full.LaggingBranches.Take(4)]);
        var roster = Seed<StandardizationDataSet>("standardization/assessments-binzhou-2017-2019.json").Roster;
        var points = MemberPointsEngine.Evaluate(
            Seed<MemberPointsDataSet>("member-points/bz-001-2018-data.json"),
            Seed<PointsScheme>("member-points/binzhou-2018-scheme.json"),
            new LocalDate(2019, 1, 15));
        var fewer = new MemberPointsYearResult(
            points.Year, points.CommitteeId, points.AsOf, [.. points.Members.Take(4)], [.. points.Declarations.Take(12)], [.. points.Branches.Take(2)], points.Organizations, points.Committee);
        documents.AddRange(
        [
            (StandardizationOutcome.DocumentKind, PartyBuildingJson.Serialize(outcome with { Results = [.. outcome.Results.Take(4)], Rounds = [round], Coverage = [coverage] })),
            (BranchScoreResult.DocumentKind, PartyBuildingJson.Serialize(outcome.Results[0])),
            (TierNamingRound.DocumentKind, PartyBuildingJson.Serialize(round)),
            (CoverageReport.DocumentKind, PartyBuildingJson.Serialize(coverage)),
            (BranchRoster.DocumentKind, PartyBuildingJson.Serialize(roster with { Branches = [.. roster.Branches.Take(8)] })),
            (RectificationReport.DocumentKind, PartyBuildingJson.Serialize(RectificationTracker.FollowUp(coverage.LaggingBranches, outcome.Rounds[^1]))),
            (MemberPointsYearResult.DocumentKind, PartyBuildingJson.Serialize(fewer)),
            (MemberGradeExport.DocumentKind, PartyBuildingJson.Serialize(MemberPointsEngine.ExportGrades(fewer))),
        ]);
        return [.. documents];
    });

    private static string? RoundTripProblem(Kind kind, object value)
    {
        var json = kind.Write(value);
        var back = kind.Read(json);
        return !back.Equals(value) ? $"{kind.Name}: read back unequal"
            : kind.Write(back) != json ? $"{kind.Name}: written differently the second time"
            : null;
    }

    private static string? RoundTripProblem<T>(T value)
        where T : class, IDocumentContent => RoundTripProblem(Kinds.Single(k => k.Name == T.DocumentKind), value);

    [Fact]
    public void Documents_CoverEveryDocumentKindOfTheLibrary()
    {
        var kinds = typeof(IDocumentContent).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IDocumentContent).IsAssignableFrom(t))
            .Select(t => (string)t.GetProperty(nameof(IDocumentContent.DocumentKind))!.GetValue(null)!);

        Kinds.Select(k => k.Name).Should().BeEquivalentTo(kinds);
        Documents.Value.Select(d => d.Kind).Concat([Explanation.DocumentKind, AssessmentResult.DocumentKind, DoubleReviewOutcome.DocumentKind, ComplianceReport.DocumentKind])
            .Distinct().Should().BeEquivalentTo(kinds, "every kind has a seed, a derived document, or comes out of the generated committee below");
    }

    /// <summary>The documents of a generated committee and of its evaluation round-trip exactly.</summary>
    [Property(MaxTest = 20, Arbitrary = [typeof(CommitteeArbitraries)])]
    public Property GeneratedCommitteeDocumentsAndResults_RoundTripExactly(GeneratedCommittee committee)
    {
        var inputs = committee.Inputs();
        var result = AnnualEvaluation.Run(inputs, GeneratedCommittee.AsOf);
        var manifest = new EvaluationManifest(
            GeneratedCommittee.Committee, GeneratedCommittee.Year, GeneratedCommittee.AsOf,
            new EvaluationDocuments("snapshot.json", "scheme.json", DoubleReviewScheme: "dr/scheme.json", DoubleReviewData: "dr/数据.json", GivenInputs: "given.json"),
            inputs.Components, committee.Departments.Length % 2 == 0 ? IncompleteOrganizationPolicy.Exclude : IncompleteOrganizationPolicy.Fail);
        var tree = OrganizationRegistry.Create(inputs.Organizations).AsOf(GeneratedCommittee.AsOf);

        var problems = new[]
        {
            RoundTripProblem(inputs.Organizations), RoundTripProblem(inputs.Scheme), RoundTripProblem(inputs.DoubleReviewScheme!),
            RoundTripProblem(inputs.DoubleReviewData!), RoundTripProblem(inputs.GivenInputs!), RoundTripProblem(result.Assessment),
            RoundTripProblem(result.DoubleReview!), RoundTripProblem(result.Data), RoundTripProblem(result.Assessment.Organizations[0].Explanation),
            RoundTripProblem(manifest), RoundTripProblem(ComplianceChecker.Check(tree)),
        }.OfType<string>().ToList();
        return (problems.Count == 0).Label(string.Join("; ", problems));
    }

    /// <summary>
    /// Every other document kind, generated from its seed (or derived result) by reordering the items of every list at
    /// random: whatever the reader accepts round-trips exactly.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property AnySeedDocumentWithItsListsReordered_RoundTripsExactly(NonNegativeInt pick, int seed)
    {
        var (name, json) = Documents.Value[pick.Get % Documents.Value.Length];
        var kind = Kinds.Single(k => k.Name == name);
        var random = new Random(seed);
        var node = JsonNode.Parse(json)!;
        Reorder(node["content"]!, random);

        object value;
        try
        {
            value = kind.Read(node.ToJsonString());
        }
        catch (Core.Validation.PartyBuildingValidationException)
        {
            // A type whose constructor requires an order (e.g. an event log in date order) refuses some reorderings: nothing to round-trip.
            return true.Label($"{name}: reordering refused").Classify(true, "refused");
        }

        var problem = RoundTripProblem(kind, value);
        return (problem is null).Label(problem ?? name).Classify(false, "refused");
    }

    private static void Reorder(JsonNode node, Random random)
    {
        switch (node)
        {
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                foreach (var item in items.OrderBy(_ => random.Next()))
                {
                    array.Add(item);
                }

                foreach (var item in array.OfType<JsonNode>())
                {
                    Reorder(item, random);
                }

                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Reorder(child, random);
                    }
                }

                break;
        }
    }
}
