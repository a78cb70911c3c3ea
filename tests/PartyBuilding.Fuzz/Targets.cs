using System.Text;
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
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Fuzz;

/// <summary>What became of one input.</summary>
internal enum Outcome
{
    /// <summary>Not used.</summary>
    None = 0,

    /// <summary>The reader refused it with a <see cref="PartyBuildingValidationException"/>.</summary>
    RejectedByReader = 1,

    /// <summary>It was read, and validation refused it with a <see cref="PartyBuildingValidationException"/>.</summary>
    RejectedByValidation = 2,

    /// <summary>It was read, validated and evaluated.</summary>
    Evaluated = 3,
}

/// <summary>
/// Feeds one input to the library: <see cref="PartyBuildingJson.PeekKind(ReadOnlySpan{byte}, JsonReadLimits)"/>, the reader of its kind, a round trip of
/// what was read, and then the validate-then-evaluate path of its area, with the mutated document in place of its seed:
/// <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> for the documents of the bundled evaluation (manifest through
/// <see cref="EvaluationManifestLoader"/>, organization snapshot and log, assessment scheme, given inputs, double-review
/// scheme and data), and each area's engine for the others. Any exception other than
/// <see cref="PartyBuildingValidationException"/> escapes to the runner as a finding.
/// </summary>
internal sealed class Targets : ITargets
{
    private static readonly LocalDate EvaluationDay = new(2019, 1, 15);
    private readonly SeedCorpus _corpus;
    private readonly Lazy<(AnnualEvaluationInputs Inputs, LocalDate AsOf)> _evaluation;
    private readonly ImmutableDictionary<string, Action<object>> _consumers;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _seeds = new(StringComparer.Ordinal);

    public Targets(SeedCorpus corpus)
    {
        _corpus = corpus;
        _evaluation = new(() =>
        {
            using var manifest = new MemoryStream(corpus.ByPath["evaluation/binzhou-2018.json"].Bytes);
            return EvaluationManifestLoader.Load(manifest, Opener("evaluation"));
        });
        _consumers = Consumers();
    }

    /// <summary>Runs one input; throws whatever the library throws that is not documented.</summary>
    public Outcome Run(FuzzInput input)
    {
        try
        {
            _ = PartyBuildingJson.PeekKind(input.Bytes);
        }
        catch (PartyBuildingValidationException)
        {
            // Documented: a broken envelope is refused.
        }

        var kind = DocumentKind.Find(input.Kind) ?? throw new InvalidOperationException($"Unknown kind {input.Kind}.");
        object? read = null;
        var refused = ImmutableArray<ValidationProblem>.Empty;
        try
        {
            read = kind.Read(input.Bytes);
        }
        catch (PartyBuildingValidationException e)
        {
            refused = e.Problems;
        }

        // The streamed reader (a stream that can seek: scanned a block at a time, bound from the stream) must read what the
        // whole text reads and refuse it with the same problems; checked on inputs up to 1 MiB, which keeps the run fast.
        if (input.Bytes.Length <= 1 << 20 && StreamedDisagreement(kind, input.Bytes, read, refused) is { } disagreement)
        {
            throw new StreamedReadException(disagreement);
        }

        if (read is not { } content)
        {
            return Outcome.RejectedByReader;
        }

        // The round trip of every kind is pinned by the property tests; here it runs on documents up to 64 KiB, which keeps the run fast.
        if (input.Bytes.Length <= 64 * 1024 && kind.RoundTripProblem(content) is { } problem)
        {
            throw new RoundTripException(problem);
        }

        if (!_consumers.TryGetValue(input.SeedPath + "|" + kind.Kind, out var consume))
        {
            return Outcome.Evaluated;
        }

        try
        {
            consume(content);
            return Outcome.Evaluated;
        }
        catch (PartyBuildingValidationException)
        {
            return Outcome.RejectedByValidation;
        }
    }

    private static string? StreamedDisagreement(DocumentKind kind, byte[] bytes, object? read, ImmutableArray<ValidationProblem> refused)
    {
        object streamed;
        try
        {
            streamed = kind.ReadStream(new MemoryStream(bytes, writable: false));
        }
        catch (PartyBuildingValidationException e)
        {
            return read is null && e.Problems.SequenceEqual(refused)
                ? null
                : $"{kind.Kind}: the streamed reader refused ({e.Problems[0].ErrorCode} at {e.Problems[0].Path}) what the whole text {(read is null ? $"refused otherwise ({refused[0].ErrorCode} at {refused[0].Path})" : "read")}";
        }

        return read is null
            ? $"{kind.Kind}: the streamed reader read what the whole text refused ({refused[0].ErrorCode} at {refused[0].Path})"
            : Equals(streamed, read) ? null : $"{kind.Kind}: the streamed reader read a value other than the whole text's";
    }

    private Func<string, Stream> Opener(string directory) => relative =>
    {
        var path = Path.GetRelativePath(".", Path.Combine(directory, relative)).Replace('\\', '/');
        return _corpus.ByPath.TryGetValue(path, out var seed)
            ? new MemoryStream(seed.Bytes, writable: false)
            : throw new FileNotFoundException($"No seed {path}.");
    };

    private ImmutableDictionary<string, Action<object>> Consumers()
    {
        var consumers = ImmutableDictionary.CreateBuilder<string, Action<object>>(StringComparer.Ordinal);
        void Add<T>(string path, Action<T> consume)
            where T : class, IDocumentContent => consumers.Add(path + "|" + T.DocumentKind, o => consume((T)o));
        T Seed<T>(string path)
            where T : class, IDocumentContent => (T)_seeds.GetOrAdd(path, p => _corpus.Read<T>(p));
        void Evaluate(Func<AnnualEvaluationInputs, AnnualEvaluationInputs> replace) =>
            AnnualEvaluation.Run(replace(_evaluation.Value.Inputs), _evaluation.Value.AsOf);

        // The whole annual evaluation, validate then evaluate.
        Add<EvaluationManifest>("evaluation/binzhou-2018.json", m => AnnualEvaluation.Run(EvaluationManifestLoader.Load(m, Opener("evaluation")), m.AsOf));
        Add<OrganizationSnapshot>("organizations/binzhou-snapshot.json", x => Evaluate(i => i with { Organizations = x }));
        Add<OrganizationEventLog>("organizations/binzhou-reform-2019.json", x => Evaluate(i => i with { OrganizationEvents = x }));
        Add<AssessmentScheme>("evaluation/scheme-2018.json", x => Evaluate(i => i with { Scheme = x }));
        Add<AssessmentDataSet>("evaluation/given-inputs-2018.json", x => Evaluate(i => i with { GivenInputs = x }));
        Add<DoubleReviewScheme>("double-review/scheme-bz-wc-2017.json", x => Evaluate(i => i with { DoubleReviewScheme = x }));
        Add<DoubleReviewDataSet>("evaluation/double-review-data-set-2018.json", x => Evaluate(i => i with { DoubleReviewData = x }));

        // Each area's engine on its own seeds.
        var day2018 = new LocalDate(2018, 1, 15);
        Add<DoubleReviewDataSet>("double-review/data-set-bz-wc-2017.json", x => DoubleReviewEngine.Evaluate(x, Seed<DoubleReviewScheme>("double-review/scheme-bz-wc-2017.json"), day2018));
        Add<DoubleReviewDataSet>("double-review/data-set-bz-001-branches-2017-h2.json", x => DoubleReviewEngine.Evaluate(x, Seed<DoubleReviewScheme>("double-review/scheme-bz-001-branches-2017.json"), day2018));
        Add<DoubleReviewScheme>("double-review/scheme-bz-001-branches-2017.json", x => DoubleReviewEngine.Evaluate(Seed<DoubleReviewDataSet>("double-review/data-set-bz-001-branches-2017-h2.json"), x, day2018));

        const string Catalogue = "standardization/catalogue-binzhou-002.json", Tiers = "standardization/tier-scheme-binzhou-002.json", Assessments = "standardization/assessments-binzhou-2017-2019.json";
        var day2019 = new LocalDate(2019, 12, 31);
        Add<IndicatorCatalogue>(Catalogue, x => StandardizationEngine.Evaluate(Seed<StandardizationDataSet>(Assessments), new StandardizationScheme(x, Seed<TierScheme>(Tiers)), day2019));
        Add<TierScheme>(Tiers, x => StandardizationEngine.Evaluate(Seed<StandardizationDataSet>(Assessments), new StandardizationScheme(Seed<IndicatorCatalogue>(Catalogue), x), day2019));
        Add<StandardizationDataSet>(Assessments, x => StandardizationEngine.Evaluate(x, new StandardizationScheme(Seed<IndicatorCatalogue>(Catalogue), Seed<TierScheme>(Tiers)), day2019));
        foreach (var other in new[] { "standardization/catalogue-gansu-004.json", "standardization/catalogue-pingdingshan-003.json", "standardization/catalogue-shandong-archives-000.json" })
        {
            Add<IndicatorCatalogue>(other, x => StandardizationEngine.ValidateCatalogue(x).ThrowIfInvalid("catalogue"));
        }

        Add<TierScheme>("standardization/tier-scheme-gansu-004.json", x => StandardizationEngine.ValidateTiers(x).ThrowIfInvalid("tier scheme"));

        const string Points = "member-points/binzhou-2018-scheme.json", PointsData = "member-points/bz-001-2018-data.json";
        Add<PointsScheme>(Points, x => MemberPointsEngine.Evaluate(Seed<MemberPointsDataSet>(PointsData), x, EvaluationDay));
        Add<MemberPointsDataSet>(PointsData, x => MemberPointsEngine.Evaluate(x, Seed<PointsScheme>(Points), EvaluationDay));

        var day2020 = new LocalDate(2020, 1, 15);
        const string Duties = "responsibilities/shandong-scheme.json", DutyData = "responsibilities/binzhou-2019-data-set.json";
        Add<ResponsibilityScheme>(Duties, x => ResponsibilityAssessmentEngine.Evaluate(Seed<ResponsibilityDataSet>(DutyData), x, day2020));
        Add<ResponsibilityDataSet>(DutyData, x => ResponsibilityAssessmentEngine.Evaluate(x, Seed<ResponsibilityScheme>(Duties), day2020));
        Add<RectificationLedger>("responsibilities/rectification-ledger-2019.json", x => RectificationLedgerEngine.Evaluate(x, day2020));

        foreach (var year in new[] { 2023, 2024 })
        {
            var scheme = $"assessment/scheme-{year}.json";
            var data = $"assessment/committee-{year}.json";
            var asOf = new LocalDate(year + 1, 1, 15);
            Add<AssessmentScheme>(scheme, x => AnnualAssessment.Evaluate(Seed<AssessmentDataSet>(data), x, asOf));
            Add<AssessmentDataSet>(data, x => AnnualAssessment.Evaluate(x, Seed<AssessmentScheme>(scheme), asOf));
        }

        const string LifeScheme = "organizational-life/scheme-bz-001-2018.json", LifeRecords = "organizational-life/records-bz-001-2018.json";
        Add<OrganizationalLifeScheme>(LifeScheme, x => OrganizationalLifeEngine.Evaluate(Seed<OrganizationalLifeRecords>(LifeRecords), x, EvaluationDay));
        Add<OrganizationalLifeRecords>(LifeRecords, x => OrganizationalLifeEngine.Evaluate(x, Seed<OrganizationalLifeScheme>(LifeScheme), EvaluationDay));

        Add<Explanation>("derived/explanation-2024.json", x => _ = x.Verify());
        Add<Explanation>("generated", x => _ = x.Verify());
        return consumers.ToImmutable();
    }
}

/// <summary>What a run feeds its inputs to: the library (<see cref="Targets"/>) or the tool's commands (<see cref="CliTargets"/>).</summary>
internal interface ITargets
{
    /// <summary>Runs one input; throws whatever the target lets out that is not documented.</summary>
    Outcome Run(FuzzInput input);
}

/// <summary>A document that does not survive its own round trip.</summary>
internal sealed class RoundTripException(string message) : Exception(message);

/// <summary>A finding: the streamed reader and the reader of the whole text disagree on an input.</summary>
internal sealed class StreamedReadException(string message) : Exception(message);
