using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Generates a year of member points (党员积分) for generated departments: the roster with each member's branch, one
/// declaration a month per member (mostly base items, some bonus and a few deduction items, about 1% submitted after
/// the deadline), the branch audit of every declaration (mostly approvals, some rejections and adjustments) and the
/// quarterly mass review of every member. Typed records are built directly; identifiers are shared, not copied.
/// </summary>
internal static class SyntheticMemberPoints
{
    private static readonly LocalDate AssignedFrom = new(2010, 1, 1);

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
        var memberCount = departments.Sum(d => d.Branches.Sum(b => b.Members.Count));
        var branches = ImmutableArray.CreateBuilder<BranchParent>(departments.Sum(d => d.Branches.Count));
        var roster = ImmutableArray.CreateBuilder<MemberRosterEntry>(memberCount);
        var declarations = ImmutableArray.CreateBuilder<Declaration>(memberCount * 12);
        var audits = ImmutableArray.CreateBuilder<AuditRecord>(memberCount * 12);
        var reviews = ImmutableArray.CreateBuilder<MassReview>(memberCount * 4);
        var number = 0;
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
                    var firstMonth = member.JoinedOn.Year == year ? member.JoinedOn.Month : 1;
                    for (var month = firstMonth; month <= 12; month++)
                    {
                        var r = random.NextDouble();
                        var standard = r < 0.85 ? bases[random.Next(bases.Length)]
                            : r < 0.98 || deductions.Length == 0 ? bonuses[random.Next(bonuses.Length)]
                            : deductions[random.Next(deductions.Length)];
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

                    for (var quarter = 1; quarter <= 4; quarter++)
                    {
                        var good = (int)Math.Round(raters * (0.3 + (0.5 * department.Quality) + (0.2 * random.NextDouble())) * 0.8);
                        var poor = random.Next(20) == 0 ? 1 : 0;
                        var rest = Math.Max(0, raters - good - poor);
                        var fairlyGood = rest == 0 ? 0 : random.Next(rest + 1);
                        var average = rest - fairlyGood;
                        reviews.Add(new MassReview(memberId, quarter, Math.Min(good, raters), fairlyGood, average, poor + (good + fairlyGood + average + poor == 0 ? 1 : 0)));
                    }
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
}
