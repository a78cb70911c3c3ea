using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Issue 11 at province scale: every engine on its own, the full annual evaluation with ranking, the floor (a plain loop
/// over the same data in flat arrays) and the SQLite and DuckDB baselines of the member-points roll-up (each checked to
/// compute what the engine computes before it is timed, <see cref="Baselines"/>), at the scales of
/// <see cref="Workload.Scales"/> (set <c>PBBENCH_SCALES=1x,4x,16x</c>; the default is a ten-department smoke size so that CI's dry run stays short).
/// </summary>
[MemoryDiagnoser]
public class ProvinceBenchmarks
{
    private SyntheticEvaluation _workload = null!;
    private AnnualEvaluationInputs _inputs = null!;
    private LocalDate _asOf;
    private AssessmentDataSet _assessmentData = null!;
    private FloorData _floor = null!;
    private SqliteBaseline? _sqlite;
    private DuckDbBaseline? _duckdb;
    private LifeFloorData _lifeFloor = null!;
    private AnnualEvaluationResult _evaluated = null!;

    /// <summary>Gets the scales: <c>smoke</c> by default, <c>1x</c>, <c>4x</c>, <c>16x</c> the province when set in <c>PBBENCH_SCALES</c>.</summary>
    public static IEnumerable<string> Scales => Workload.Scales;

    /// <summary>Gets or sets the scale.</summary>
    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = Workload.Smoke;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Province(Scale);
        (_inputs, _asOf) = (_workload.Inputs, _workload.AsOf);
        Console.Error.WriteLine($"workload: scale {Scale}, {_workload.InputRecords:N0} input records");
    }

    [GlobalSetup(Targets = [nameof(Assessment), nameof(AssessmentReceipt)])]
    public void SetupAssessment()
    {
        Setup();
        _assessmentData = AnnualEvaluation.Run(_inputs, _asOf).Data;
    }

    [IterationSetup(Target = nameof(ExplainEveryOrganization))]
    public void SetupExplain() => _evaluated = AnnualEvaluation.Run(_inputs, _asOf);

    [GlobalSetup(Target = nameof(Floor))]
    public void SetupFloor()
    {
        Setup();
        _floor = FloorData.From(_inputs, _asOf);
        Baselines.VerifyFloor(AnnualEvaluation.Run(_inputs, _asOf), _floor.RankedTotals());
    }

    [GlobalSetup(Target = nameof(OrganizationalLifeFloor))]
    public void SetupLifeFloor()
    {
        Setup();
        _lifeFloor = LifeFloorData.From(_inputs.OrganizationalLifeRecords!, _inputs.OrganizationalLifeScheme!);
    }

    [GlobalSetup(Target = nameof(MemberPointsSqlite))]
    public void SetupSqlite()
    {
        Setup();
        var tables = PointsRollup.From(_inputs.MemberPointsScheme!, _inputs.MemberPointsData!, _asOf);
        _sqlite = new SqliteBaseline(tables);
        Baselines.VerifyGrades("SQLite", tables, MemberPointsEngine.Evaluate(_inputs.MemberPointsData!, _inputs.MemberPointsScheme!, _asOf), _sqlite.Run());
    }

    [GlobalCleanup(Target = nameof(MemberPointsSqlite))]
    public void CleanupSqlite() => _sqlite?.Dispose();

    [GlobalSetup(Target = nameof(MemberPointsDuckDb))]
    public void SetupDuckDb()
    {
        Setup();
        var tables = PointsRollup.From(_inputs.MemberPointsScheme!, _inputs.MemberPointsData!, _asOf);
        _duckdb = new DuckDbBaseline(tables);
        Baselines.VerifyGrades("DuckDB", tables, MemberPointsEngine.Evaluate(_inputs.MemberPointsData!, _inputs.MemberPointsScheme!, _asOf), _duckdb.Run());
    }

    [GlobalCleanup(Target = nameof(MemberPointsDuckDb))]
    public void CleanupDuckDb() => _duckdb?.Dispose();

    [Benchmark(Description = "organizations: registry check, tree and compliance")]
    public ComplianceReport Organizations() =>
        ComplianceChecker.Check(OrganizationsEngine.Evaluate(_inputs.Organizations, _inputs.OrganizationEvents, _asOf));

    [Benchmark(Description = "standardization: every branch against 52 indicators, tiers, coverage")]
    public StandardizationOutcome Standardization() =>
        StandardizationEngine.Evaluate(_inputs.StandardizationData!, new StandardizationScheme(_inputs.StandardizationCatalogue!, _inputs.StandardizationTiers!), _asOf);

    [Benchmark(Description = "member points: declarations, audits, mass reviews, grades, statistics")]
    public MemberPointsYearResult MemberPoints() => MemberPointsEngine.Evaluate(_inputs.MemberPointsData!, _inputs.MemberPointsScheme!, _asOf);

    [Benchmark(Description = "member points as SQL GROUP BY (SQLite in memory)")]
    public DepartmentGrades[] MemberPointsSqlite() => _sqlite!.Run();

    [Benchmark(Description = "member points as the same SQL in DuckDB (columnar, in memory)")]
    public DepartmentGrades[] MemberPointsDuckDb() => _duckdb!.Run();

    [Benchmark(Description = "double review: both rounds")]
    public DoubleReviewOutcome DoubleReview() => DoubleReviewEngine.Evaluate(_inputs.DoubleReviewData!, _inputs.DoubleReviewScheme!, _asOf);

    [Benchmark(Description = "organizational life: every branch's meetings, quorums, frequencies, talks, dues, six-month rule")]
    public OrganizationalLifeResult OrganizationalLife() =>
        OrganizationalLifeEngine.Evaluate(_inputs.OrganizationalLifeRecords!, _inputs.OrganizationalLifeScheme!, _asOf);

    [Benchmark(Description = "floor: organizational life as one plain pass over flat arrays")]
    public int OrganizationalLifeFloor() => _lifeFloor.Run();

    [Benchmark(Description = "assessment: components, bands, ranking, receipt")]
    public AssessmentResult Assessment() => AnnualAssessment.Evaluate(_assessmentData, _inputs.Scheme, _asOf);

    [Benchmark(Description = "profile: the assessment's receipt alone (canonical inputs and scheme, hashed)")]
    public ReproducibilityReceipt AssessmentReceipt() => AssessmentReceipts.Compute(_assessmentData, _inputs.Scheme, _asOf);

    [Benchmark(Description = "profile: the member-points data set validation alone")]
    public ValidationReport MemberPointsValidation() => MemberPointsEngine.Validate(_inputs.MemberPointsData!, _inputs.MemberPointsScheme!, _asOf);

    [Benchmark(Description = "full annual evaluation with ranking")]
    public AnnualEvaluationResult FullEvaluation() => AnnualEvaluation.Run(_inputs, _asOf);

    [Benchmark(Description = "explain every ranked organization of a fresh evaluation (each tree built when first read)")]
    public int ExplainEveryOrganization()
    {
        var nodes = 0;
        foreach (var organization in _evaluated.Assessment.Organizations)
        {
            nodes += organization.Explanation.Children.Length;
        }

        return nodes;
    }

    [Benchmark(Description = "floor: plain loops over flat arrays")]
    public decimal Floor() => _floor.Run();
}
