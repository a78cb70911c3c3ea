using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Generates a year of member points (党员积分) for generated departments: the roster with each member's branch, the
/// monthly declarations of every member, the branch audit of every declaration (mostly approvals, some rejections and
/// adjustments) and the quarterly mass review of every member, under the generator's own scheme (<see cref="Scheme"/>).
/// Typed records are built directly; identifiers are shared, not copied.
/// </summary>
/// <remarks>
/// <para>A member declares at most one item a month (so the province's member-points document stays under the library's
/// single-document read limit). Each member is drawn once into a conduct profile, more often a good one in a better
/// department: about a sixth are active (an item every month, often a bonus item), most are ordinary (a base item almost
/// every month, a bonus item now and then, a rare deduction), a few weak (months without a declaration, some deductions)
/// and very few poor (many deductions, sometimes the hard condition that caps the grade). The mass review
/// follows the profile. Under <see cref="Scheme"/> this grades most members 合格, some 优秀 (within the branch quota), and
/// few 基本合格 or 不合格; the shares are pinned by the generator's tests for fixed seeds.</para>
/// <para>About one item in a hundred is submitted after the deadline (refused under the seed scheme's late policy), two
/// in a hundred are rejected at audit and one is adjusted. Deterministic for a seed: the random source is consumed in a
/// fixed order.</para>
/// </remarks>
internal static class SyntheticMemberPoints
{
    /// <summary>
    /// The generator's excellent threshold: 22 points a year. The generator's own illustrative figure (示例), calibrated
    /// to its declaration pattern of about one item a month; article 002 states the 50 standards and the four grades,
    /// not any threshold.
    /// </summary>
    public const string ExcellentThreshold = "22";

    /// <summary>The generator's qualified threshold: 12 points a year (the generator's own illustrative figure, 示例; not from article 002).</summary>
    public const string QualifiedThreshold = "12";

    /// <summary>The generator's basically-qualified threshold: 5 points a year (the generator's own illustrative figure, 示例; not from article 002).</summary>
    public const string BasicallyQualifiedThreshold = "5";

    /// <summary>
    /// The generator's excellent quota: at most 20% of a branch's graded members are excellent, ties at the boundary left
    /// out. The generator's own illustrative figure (示例); article 002 states no quota.
    /// </summary>
    public const string ExcellentQuota = "0.2";

    private static readonly LocalDate AssignedFrom = new(2010, 1, 1);

    /// <summary>The conduct profiles a member is drawn into.</summary>
    private enum Conduct
    {
        Active = 1,
        Ordinary = 2,
        Weak = 3,
        Poor = 4,
    }

    /// <summary>
    /// Builds the generator's member-points scheme from a seed scheme: the seed's 50 standards of article 002 (四讲四有,
    /// 四个合格), its mass review, hard conditions and cycle settings, graded by <c>branch-quota</c> with the generator's own
    /// illustrative thresholds and quota (<see cref="ExcellentThreshold"/>, <see cref="QualifiedThreshold"/>,
    /// <see cref="BasicallyQualifiedThreshold"/>, <see cref="ExcellentQuota"/>), which article 002 does not state.
    /// </summary>
    /// <param name="seed">The seed scheme (article 002's 50 standards).</param>
    /// <param name="year">The generated year.</param>
    /// <returns>The scheme, named as the generator's illustrative scheme.</returns>
    public static PointsScheme Scheme(PointsScheme seed, int year) => seed with
    {
        Name = new LocalizedText(
            $"合成数据党员积分制管理方案（{year}年，示例：50项标准取自种子方案，定级分数线和优秀名额为生成器自定）",
            $"Synthetic member-points scheme {year} (illustrative: the 50 standards of the seed scheme; grade thresholds and excellent quota are the generator's own)"),
        Year = AssessmentYear.Create(year),
        Grading = StrategySpec.Of(
            MemberPointsStrategies.BranchQuota,
            ("excellent", ExcellentThreshold),
            ("qualified", QualifiedThreshold),
            ("basically-qualified", BasicallyQualifiedThreshold),
            ("excellent-quota", ExcellentQuota),
            ("prorate", "true"),
            ("tie-rule", BranchQuotaGradingStrategy.ExcludeTied)),
    };

    /// <summary>Builds the member-points data set.</summary>
    /// <param name="random">The generator's random source (consumed in a fixed order).</param>
    /// <param name="departments">The departments with their branches and members.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="scheme">The member-points scheme the declarations refer to.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The data set.</returns>
    public static MemberPointsDataSet Build(Random random, IReadOnlyList<SyntheticDepartment> departments, OrganizationId committee, PointsScheme scheme, int year)
    {
        var bases = scheme.Standards.Where(s => s.Kind == PointsKind.Base).ToArray();
        var bonuses = scheme.Standards.Where(s => s.Kind == PointsKind.Bonus).ToArray();
        var deductions = scheme.Standards.Where(s => s.Kind == PointsKind.Deduction && !scheme.HardConditions.Any(h => h.StandardId == s.Id)).ToArray();
        var capping = scheme.Standards.Where(s => scheme.HardConditions.Any(h => h.StandardId == s.Id && h.MaxGrade == MemberGrade.BasicallyQualified)).ToArray();
        var memberCount = departments.Sum(d => d.Branches.Sum(b => b.Members.Count));
        var branches = ImmutableArray.CreateBuilder<BranchParent>(departments.Sum(d => d.Branches.Count));
        var roster = ImmutableArray.CreateBuilder<MemberRosterEntry>(memberCount);
        var declarations = ImmutableArray.CreateBuilder<Declaration>(memberCount * 12);
        var audits = ImmutableArray.CreateBuilder<AuditRecord>(memberCount * 12);
        var reviews = ImmutableArray.CreateBuilder<MassReview>(memberCount * 4);
        var number = 0;

        void Declare(MemberId memberId, PointsStandard standard, int month)
        {
            var occurred = new LocalDate(year, month, 1 + random.Next(28));
            var next = new YearMonth(year, month).PlusMonths(1);
            var submitted = next.OnDayOfMonth(random.Next(100) == 0 ? 6 + random.Next(7) : 1 + random.Next(scheme.DeclarationDeadlineDay));
            var id = DeclarationId.Parse(string.Create(CultureInfo.InvariantCulture, $"D{++number:D7}"));
            declarations.Add(new Declaration(id, memberId, standard.Id, new YearMonth(year, month), occurred, submitted));
            var audit = random.Next(100);
            audits.Add(audit switch
            {
                < 2 => new AuditRecord(id, submitted.PlusDays(1 + random.Next(9)), AuditDecision.Reject, Reason: "证明材料不足"),
                < 3 => new AuditRecord(id, submitted.PlusDays(1 + random.Next(9)), AuditDecision.Adjust, Score.Of(standard.Points.Value / 2), "按实际完成情况减半认定"),
                _ => new AuditRecord(id, submitted.PlusDays(1 + random.Next(9)), AuditDecision.Approve),
            });
        }

        foreach (var department in departments)
        {
            var parent = OrganizationId.Parse(department.Id);
            foreach (var branch in department.Branches)
            {
                var branchId = OrganizationId.Parse(branch.Id);
                branches.Add(new BranchParent(branchId, parent));
                ImmutableArray<BranchAssignment> assignment = [new BranchAssignment(branchId, AssignedFrom)];
                var raters = Math.Max(1, branch.Members.Count - 1);
                foreach (var member in branch.Members)
                {
                    var memberId = MemberId.Parse(member.Id);
                    var probationEnds = member.FullSince ?? member.JoinedOn.PlusYears(1);
                    roster.Add(new MemberRosterEntry(memberId, member.JoinedOn, assignment, probationEnds));
                    var conduct = Draw(random, department.Quality);
                    var (declares, bonus, deduction) = Chances(conduct);
                    var firstMonth = member.JoinedOn.Year == year ? member.JoinedOn.Month : 1;
                    var capped = conduct == Conduct.Poor && capping.Length > 0 && random.Next(3) == 0 ? 1 + random.Next(12) : 0;
                    for (var month = firstMonth; month <= 12; month++)
                    {
                        // At most one item a member-month, as before: the province's member-points document stays under the read limit.
                        if (month == capped)
                        {
                            Declare(memberId, capping[random.Next(capping.Length)], month);
                        }
                        else if (random.NextDouble() < declares)
                        {
                            var kind = random.NextDouble();
                            Declare(
                                memberId,
                                kind < bonus ? bonuses[random.Next(bonuses.Length)]
                                    : kind < bonus + deduction && deductions.Length > 0 ? deductions[random.Next(deductions.Length)]
                                    : bases[random.Next(bases.Length)],
                                month);
                        }
                    }

                    AddReviews(random, reviews, memberId, conduct, department.Quality, raters);
                }
            }
        }

        return new MemberPointsDataSet(
            AssessmentYear.Create(year),
            committee,
            branches.MoveToImmutable(),
            roster.MoveToImmutable(),
            declarations.ToImmutable(),
            audits.ToImmutable(),
            reviews.MoveToImmutable());
    }

    /// <summary>The chance to declare in a month, then the chance that the item is a bonus or a deduction rather than a base item.</summary>
    private static (double Declares, double Bonus, double Deduction) Chances(Conduct conduct) => conduct switch
    {
        Conduct.Active => (1.0, 0.55, 0.0),
        Conduct.Ordinary => (0.97, 0.12, 0.01),
        Conduct.Weak => (0.75, 0.0, 0.2),
        _ => (0.6, 0.0, 0.5),
    };

    /// <summary>Adds a member's four quarterly mass reviews by the other members of the branch.</summary>
    private static void AddReviews(Random random, ImmutableArray<MassReview>.Builder reviews, MemberId memberId, Conduct conduct, double quality, int raters)
    {
        var goodShare = conduct switch
        {
            Conduct.Active => 0.75,
            Conduct.Ordinary => 0.45 + (0.25 * quality),
            Conduct.Weak => 0.15,
            _ => 0.05,
        };
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var good = Math.Min(raters, (int)Math.Round(raters * Math.Clamp(goodShare + ((random.NextDouble() - 0.5) * 0.2), 0, 1)));
            var poor = conduct is Conduct.Weak or Conduct.Poor ? Math.Min(raters - good, 1 + random.Next(2)) : random.Next(20) == 0 ? Math.Min(raters - good, 1) : 0;
            var rest = raters - good - poor;
            var fairlyGood = rest == 0 ? 0 : random.Next(rest + 1);
            reviews.Add(new MassReview(memberId, quarter, good, fairlyGood, rest - fairlyGood, poor));
        }
    }

    /// <summary>Draws a member's conduct: a better department has more active and fewer weak or poor members.</summary>
    private static Conduct Draw(Random random, double quality)
    {
        var r = random.NextDouble();
        var active = 0.12 + (0.12 * quality);
        var weak = 0.04 - (0.02 * quality);
        const double poor = 0.008;
        return r < active ? Conduct.Active : r < 1 - weak - poor ? Conduct.Ordinary : r < 1 - poor ? Conduct.Weak : Conduct.Poor;
    }
}
