using FsCheck;
using FsCheck.Fluent;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.Organizations;

namespace PartyBuilding.Core.Tests.Properties;

/// <summary>One generated department: its branch's members, their double-review grades, the committee members' points, its given key-work score and factors.</summary>
public sealed record GeneratedDepartment(
    int District,
    ImmutableArray<ReviewGrade> MemberGrades,
    ImmutableArray<decimal> CommitteePoints,
    decimal KeyWork,
    decimal Bonus,
    decimal Deduction,
    bool Veto)
{
    public bool Equals(GeneratedDepartment? other) =>
        other is not null && District == other.District && MemberGrades.SequenceEqual(other.MemberGrades)
        && CommitteePoints.SequenceEqual(other.CommitteePoints) && KeyWork == other.KeyWork && Bonus == other.Bonus
        && Deduction == other.Deduction && Veto == other.Veto;

    public override int GetHashCode() => HashCode.Combine(District, MemberGrades.Length, KeyWork);
}

/// <summary>
/// A whole generated committee: departments under a working committee in two responsibility districts, each with one
/// branch whose members grade it in the double review (round one) and three committee members who rate it in points
/// (round two); a key-work score, a bonus, a deduction and sometimes a veto given directly; the strategies of the
/// scheme (double-review weight, banding, ranking, aggregations). <see cref="Inputs"/> builds the documents of
/// <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> from it.
/// </summary>
public sealed record GeneratedCommittee(
    ImmutableArray<GeneratedDepartment> Departments,
    decimal DoubleReviewWeight,
    string Banding,
    string Ranking,
    int MemberAggregation,
    int CommitteeAggregation)
{
    public static readonly OrganizationId Committee = OrganizationId.Parse("WC");
    public static readonly AssessmentYear Year = AssessmentYear.Create(2024);
    public static readonly LocalDate Start = new(2024, 1, 1);
    public static readonly LocalDate AsOf = new(2025, 1, 15);
    public static readonly AssessmentComponentId Dr = AssessmentComponentId.Parse("DR");
    public static readonly AssessmentComponentId Key = AssessmentComponentId.Parse("KEY");
    public static readonly AssessmentFactorId Award = AssessmentFactorId.Parse("AWARD");
    public static readonly AssessmentFactorId Late = AssessmentFactorId.Parse("LATE");
    public static readonly AssessmentFactorId VetoRule = AssessmentFactorId.Parse("VETO");

    private static readonly Gen<decimal> Points = Gen.Choose(100, 200).Select(p => p / 2m);

    private static readonly Gen<GeneratedDepartment> DepartmentGenerator =
        from district in Gen.Choose(1, 2)
        from members in Gen.Choose(3, 6)
        from grades in Gen.Elements(ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Average, ReviewGrade.Poor).ArrayOf(members)
        from committee in Points.ArrayOf(3)
        from key in Gen.Choose(6000, 10000).Select(k => k / 100m)
        from bonus in Gen.Elements(0m, 0m, 0.5m, 1m, 2.25m, 3m)
        from deduction in Gen.Elements(0m, 0m, 0m, 1m, 2.5m)
        from veto in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new GeneratedDepartment(district, [.. grades], [.. committee], key, bonus, deduction, veto);

    /// <summary>Gets the generator of whole committees of 2 to 7 departments.</summary>
    public static Gen<GeneratedCommittee> Generator { get; } =
        from count in Gen.Choose(2, 7)
        from departments in DepartmentGenerator.ArrayOf(count)
        from weight in Gen.Elements(0.3m, 0.4m, 0.5m, 0.6m)
        from banding in Gen.Elements(AssessmentStrategies.Thresholds, AssessmentStrategies.Quota)
        from ranking in Gen.Elements(AssessmentStrategies.StandardCompetition, AssessmentStrategies.Dense)
        from members in Gen.Choose(0, 2)
        from committee in Gen.Choose(0, 1)
        select new GeneratedCommittee([.. departments], weight, banding, ranking, members, committee);

    public static OrganizationId Department(int index) => OrganizationId.Parse($"BZ-{index + 1:000}");

    public static MemberId Member(int department, int number) => MemberId.Parse($"BZ-{department + 1:000}-B01-M{number + 1:000}");

    public static MemberId CommitteeMember(int number) => MemberId.Parse($"WC-B01-M{number + 1:000}");

    public bool Equals(GeneratedCommittee? other) =>
        other is not null && Departments.SequenceEqual(other.Departments) && DoubleReviewWeight == other.DoubleReviewWeight
        && Banding == other.Banding && Ranking == other.Ranking && MemberAggregation == other.MemberAggregation
        && CommitteeAggregation == other.CommitteeAggregation;

    public override int GetHashCode() => HashCode.Combine(Departments.Length, DoubleReviewWeight, Banding, Ranking);

    /// <summary>Replaces one department.</summary>
    public GeneratedCommittee With(int index, Func<GeneratedDepartment, GeneratedDepartment> change) =>
        this with { Departments = Departments.SetItem(index, change(Departments[index])) };

    public OrganizationSnapshot Snapshot()
    {
        var builder = new SnapshotBuilder(Start).District("D1").District("D2");
        for (var i = 0; i < Departments.Length; i++)
        {
            var id = Department(i).Value;
            builder.Org(id, OrganizationKind.OrganPartyCommittee, "WC", committee: true, staff: 60, district: "D" + Departments[i].District, secretary: true)
                .Org(id + "-B01", OrganizationKind.Branch, id)
                .Members(id + "-B01", Departments[i].MemberGrades.Length);
        }

        return builder.Build();
    }

    public DoubleReviewScheme DoubleReviewScheme() => new(
        "generated",
        Start,
        ReviewCadence.Annual,
        [
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.6m), RatingScale.Grades(100, 85, 70, 50), Aggregation(MemberAggregation), Share.Of(1, 2)),
            new RaterGroupRule(RaterGroup.CommitteeMembers, Proportion.Of(0.4m), RatingScale.Points(), Aggregation(CommitteeAggregation)),
        ],
        DoubleReview.Specs.WeightedMean,
        [
            new ReviewGradeBand(ReviewGrade.Good, Score.Of(90m)),
            new ReviewGradeBand(ReviewGrade.FairlyGood, Score.Of(80m)),
            new ReviewGradeBand(ReviewGrade.Average, Score.Of(60m)),
            new ReviewGradeBand(ReviewGrade.Poor, Score.Zero),
        ],
        Proportion.Of(DoubleReviewWeight));

    public DoubleReviewDataSet DoubleReviewData() => new(
        Committee,
        Year,
        [.. Departments.Select((d, i) => new ReviewedOrganization(Department(i), [.. d.MemberGrades.Select((_, m) => Member(i, m))], DistrictId.Parse("D" + d.District)))],
        [
            .. Departments.SelectMany((d, i) => d.MemberGrades.Select((g, m) =>
                new Ballot(RaterGroup.Members, Department(i), Member(i, m), Grade: g, CollectedBy: DistrictId.Parse("D" + d.District)))),
            .. Departments.SelectMany((d, i) => d.CommitteePoints.Select((p, c) =>
                new Ballot(RaterGroup.CommitteeMembers, Department(i), CommitteeMember(c), Points: Score.Of(p)))),
        ],
        committeeMembers: [CommitteeMember(0), CommitteeMember(1), CommitteeMember(2)]);

    public AssessmentScheme AssessmentScheme()
    {
        ValueArray<DatedValue<StrategySpec>> From(string name, params (string Name, string Value)[] parameters) => [new DatedValue<StrategySpec>(Start, StrategySpec.Of(name, parameters))];
        SchemeComponent Component(AssessmentComponentId id, ComponentKind kind, decimal weight) =>
            new(id, new LocalizedText(id.Value, id.Value), kind, ComponentNature.Quantitative, [new DatedValue<Proportion>(Start, Proportion.Of(weight))]);
        return new AssessmentScheme(
            Committee,
            Year,
            new LocalizedText("生成的考核办法", "Generated scheme"),
            Start,
            [Component(Dr, ComponentKind.DoubleReview, DoubleReviewWeight), Component(Key, ComponentKind.KeyWork, 1m - DoubleReviewWeight)],
            Banding == AssessmentStrategies.Quota
                ? From(Banding, ("good-share", "0.3"), ("fairly-good-share", "0.4"), ("poor-below", "60"))
                : From(Banding, ("good", "90"), ("fairly-good", "80"), ("average", "60")),
            From(Ranking),
            Bonuses: [new FactorRule(Award, new LocalizedText("表彰", "Award"), Score.Of(3m))],
            BonusCaps: [new DatedValue<Score>(Start, Score.Of(5m))],
            Deductions: [new FactorRule(Late, new LocalizedText("逾期", "Late"), Score.Of(3m))],
            PrecedenceRules: [new PrecedenceRule(VetoRule, new LocalizedText("一票否决", "Veto"), PrecedenceRuleKind.Veto, 1, GradeBand.Average)]);
    }

    public AssessmentDataSet GivenInputs() => new(
        Committee,
        Year,
        [.. Departments.Select((d, i) => new AssessedOrganization(Department(i), DistrictId.Parse("D" + d.District)))],
        [
            .. Departments.Select((d, i) => new ComponentInput(
                Department(i),
                Key,
                Score.Of(d.KeyWork),
                Bonuses: d.Bonus > 0 ? [new FactorEntry(Award, Score.Of(d.Bonus), "表彰")] : [],
                Deductions: d.Deduction > 0 ? [new FactorEntry(Late, Score.Of(d.Deduction), "逾期")] : [],
                Vetoes: d.Veto ? [new VetoFlag(VetoRule, LocalizedText.AsGiven("一票否决"))] : [])),
        ]);

    public AnnualEvaluationInputs Inputs() => new(
        Committee,
        Year,
        Snapshot(),
        AssessmentScheme(),
        new EvaluationComponents(DoubleReview: Dr),
        DoubleReviewScheme: DoubleReviewScheme(),
        DoubleReviewData: DoubleReviewData(),
        GivenInputs: GivenInputs());

    private static Core.Strategies.StrategySpec Aggregation(int choice) => choice switch
    {
        0 => DoubleReview.Specs.WeightedMean,
        1 => DoubleReview.Specs.Median,
        _ => DoubleReview.Specs.TrimmedByCount(1),
    };
}

/// <summary>The FsCheck arbitraries of the property tests: <c>[Property(Arbitrary = [typeof(CommitteeArbitraries)])]</c>.</summary>
public static class CommitteeArbitraries
{
    public static Arbitrary<GeneratedCommittee> Committees() => Arb.From(GeneratedCommittee.Generator);
}
