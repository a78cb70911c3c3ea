using System.Globalization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>Small builders for member-points tests.</summary>
internal static class Pts
{
    public static readonly AssessmentYear Year = AssessmentYear.Create(2024);
    public static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    public static readonly OrganizationId Dept = OrganizationId.Parse("BZ-002");
    public static readonly OrganizationId B01 = OrganizationId.Parse("BZ-002-B01");
    public static readonly OrganizationId B02 = OrganizationId.Parse("BZ-002-B02");
    public static readonly LocalDate AsOf = new(2025, 1, 20);

    public static PointsStandardId S(string id) => PointsStandardId.Parse(id);

    public static MemberId M(int n, OrganizationId? branch = null) => MemberId.Parse($"{(branch ?? B01).Value}-M{n:000}");

    public static PointsStandard Standard(string id, PointsKind kind, decimal points, decimal? monthlyCap = null, decimal? yearlyCap = null) =>
        new(
            S(id),
            StandardGroup.FourSpeaksFourHaves,
            new LocalizedText("讲规矩、有纪律", "Speak rules, have discipline"),
            new LocalizedText($"标准 {id}", $"Standard {id}"),
            kind,
            Score.Of(points),
            new LocalizedText("记录", "Record"),
            monthlyCap is null ? null : Score.Of(monthlyCap.Value),
            yearlyCap is null ? null : Score.Of(yearlyCap.Value));

    /// <summary>B1 base 2 (monthly cap 2), B2 base 1 (cap 1), X1 bonus 3 (cap 3/month, 9/year), D1 deduction 2, D2 deduction 5 (hard condition).</summary>
    public static ImmutableArray<PointsStandard> Standards { get; } =
    [
        Standard("B1", PointsKind.Base, 2m, 2m),
        Standard("B2", PointsKind.Base, 1m, 1m),
        Standard("X1", PointsKind.Bonus, 3m, 3m, 9m),
        Standard("D1", PointsKind.Deduction, 2m),
        Standard("D2", PointsKind.Deduction, 5m),
    ];

    public static StrategySpec Choice(string name, params (string Key, string Value)[] parameters) => StrategySpec.Of(name, parameters);

    public static IGradingStrategy CreateGrading(StrategySpec spec) => MemberPointsStrategies.Default.Grading.Create(spec);

    public static IMassReviewStrategy CreateMassReview(StrategySpec spec) => MemberPointsStrategies.Default.MassReview.Create(spec);

    /// <summary>The problems of a grading specification, at paths under <c>Grading</c> as the scheme's check reports them.</summary>
    public static ImmutableArray<ValidationProblem> CheckGrading(StrategySpec spec, string path = "Grading")
    {
        var problems = new ProblemCollector();
        MemberPointsStrategies.Default.Grading.TryCreate(spec, problems.At(path));
        return problems.ToReport().Problems;
    }

    /// <summary>The problems of a mass-review specification, at paths under <c>MassReview</c> as the scheme's check reports them.</summary>
    public static ImmutableArray<ValidationProblem> CheckMassReview(StrategySpec spec, string path = "MassReview")
    {
        var problems = new ProblemCollector();
        MemberPointsStrategies.Default.MassReview.TryCreate(spec, problems.At(path));
        return problems.ToReport().Problems;
    }

    public static StrategySpec Thresholds(decimal excellent = 40m, decimal qualified = 30m, decimal basic = 20m, bool prorate = false) =>
        Choice(
            MemberPointsStrategies.AbsoluteThresholds,
            ("excellent", excellent.ToString(CultureInfo.InvariantCulture)),
            ("qualified", qualified.ToString(CultureInfo.InvariantCulture)),
            ("basically-qualified", basic.ToString(CultureInfo.InvariantCulture)),
            ("prorate", prorate ? "true" : "false"));

    public static StrategySpec RatingTable { get; } =
        Choice(MemberPointsStrategies.RatingTable, ("good", "1"), ("fairly-good", "0.5"), ("average", "0"), ("poor", "-1"));

    public static PointsScheme Scheme(StrategySpec? grading = null, LateDeclarationPolicy late = LateDeclarationPolicy.Refuse) =>
        new(
            new LocalizedText("测试方案", "Test scheme"),
            Year,
            Standards,
            RatingTable,
            grading ?? Thresholds(),
            Proportion.Of(0.5m),
            [new HardCondition(S("D2"), MemberGrade.BasicallyQualified)],
            DeclarationDeadlineDay: 5,
            LatePolicy: late);

    public static MemberRosterEntry Member(MemberId id, OrganizationId? branch = null, LocalDate? joined = null, LocalDate? probationEnds = null) =>
        new(id, joined ?? new LocalDate(2010, 7, 1), [new BranchAssignment(branch ?? B01, new LocalDate(2010, 1, 1))], probationEnds);

    public static MemberPointsDataSet Data(
        IEnumerable<MemberRosterEntry> roster,
        IEnumerable<Declaration>? declarations = null,
        IEnumerable<AuditRecord>? audits = null,
        IEnumerable<MassReview>? reviews = null) =>
        new(
            Year,
            Committee,
            [new BranchParent(B01, Dept), new BranchParent(B02, Dept)],
            [.. roster],
            [.. declarations ?? []],
            [.. audits ?? []],
            [.. reviews ?? []]);

    private static int _sequence;

    /// <summary>Declares an item on the 10th of the month, submitted on the 2nd of the next month.</summary>
    public static Declaration Declare(MemberId member, string standard, int month, int day = 10, LocalDate? submitted = null, string? id = null, int quantity = 1)
    {
        var ym = new YearMonth(Year.Value, month);
        return new Declaration(
            DeclarationId.Parse(id ?? $"D-{member.Value}-{standard}-{month:00}-{day:00}-{Interlocked.Increment(ref _sequence)}"),
            member,
            S(standard),
            ym,
            ym.OnDayOfMonth(day),
            submitted ?? ym.PlusMonths(1).OnDayOfMonth(2),
            quantity);
    }

    public static AuditRecord Approve(Declaration d, LocalDate? on = null) => new(d.Id, on ?? d.SubmittedOn.PlusDays(5), AuditDecision.Approve);

    public static AuditRecord Adjust(Declaration d, decimal points, string reason, LocalDate? on = null) =>
        new(d.Id, on ?? d.SubmittedOn.PlusDays(5), AuditDecision.Adjust, Score.Of(points), reason);

    public static AuditRecord Reject(Declaration d, string reason, LocalDate? on = null) =>
        new(d.Id, on ?? d.SubmittedOn.PlusDays(5), AuditDecision.Reject, null, reason);

    /// <summary>Declares and approves.</summary>
    public static (Declaration Declaration, AuditRecord Audit) Approved(MemberId member, string standard, int month, int day = 10)
    {
        var d = Declare(member, standard, month, day);
        return (d, Approve(d));
    }

    public static MemberPointsYearResult Evaluate(MemberPointsDataSet data, PointsScheme? scheme = null, LocalDate? asOf = null) =>
        MemberPointsEngine.Evaluate(data, scheme ?? Scheme(), asOf ?? AsOf);

    public static MemberPointsDataSet Shuffled(MemberPointsDataSet data, int seed)
    {
        var rng = new Random(seed);
        return data with
        {
            Roster = [.. data.Roster.OrderBy(_ => rng.Next())],
            Declarations = [.. data.Declarations.OrderBy(_ => rng.Next())],
            Audits = [.. data.Audits.OrderBy(_ => rng.Next())],
            MassReviews = [.. data.MassReviews.OrderBy(_ => rng.Next())],
            Branches = [.. data.Branches.OrderBy(_ => rng.Next())],
        };
    }

    public static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "member-points", file);
}
