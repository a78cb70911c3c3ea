using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// A full year of one branch (BZ-002-B01, four members) against a table computed by hand.
/// Scheme: B1 base 2 (cap 2/month), B2 base 1 (cap 1/month), X1 bonus 3 (cap 3/month, 9/year), D1 deduction 2,
/// D2 deduction 5 (caps the grade at basically qualified); reviews: good 1, fairly good 0.5, average 0, poor −1 (mean);
/// thresholds: excellent 40, qualified 30, basically qualified 20.
/// </summary>
/// <remarks>
/// | member | base | bonus | deduction | reviews | total | grade |
/// |---|---|---|---|---|---|---|
/// | M001 | 12 × (2 + 1) = 36 | 3 + 3 + 3 + (3 cut by the yearly cap 9) = 9 | 0 | 4 × 1 = 4 | 49 | excellent (≥ 40) |
/// | M002 | 12 × 2 + 11 × 1 = 35 | adjusted to 2 | −2 (July) | (6 × 1 + 4 × 0.5) ÷ 10 = 0.8 | 35.8 | qualified |
/// | M003 | 10 × 2 (Feb rejected, Nov late) + 12 × 1 (Apr duplicate ignored) = 32 | 3 | −5 (D2, August) | 0 | 30 | qualified by points, capped at basically qualified |
/// | M004 | 6 × 3 = 18 | 0 | 0 | −1 (Q2, three poor) | 17 | unqualified |
/// Branch: 4 members, 4 declaring, 4 graded; qualified or better 2 ÷ 4 = 0.5; score 100 × (0.5 × 1 + 0.5 × 0.5) = 75;
/// average (49 + 35.8 + 30 + 17) ÷ 4 = 32.95.
/// </remarks>
public sealed class FullYearTest
{
    internal static MemberPointsDataSet BranchYear()
    {
        var declarations = new List<Declaration>();
        var audits = new List<AuditRecord>();
        void Add(Declaration d, AuditRecord? a)
        {
            declarations.Add(d);
            if (a is not null)
            {
                audits.Add(a);
            }
        }

        var (m1, m2, m3, m4) = (M(1), M(2), M(3), M(4));
        for (var month = 1; month <= 12; month++)
        {
            foreach (var (member, standard) in new[] { (m1, "B1"), (m1, "B2"), (m2, "B1"), (m3, "B2") })
            {
                var d = Declare(member, standard, month, id: $"D-{member.Value}-{standard}-{month:00}");
                Add(d, Approve(d));
            }

            if (month != 7)
            {
                var d = Declare(m2, "B2", month, id: $"D-{m2.Value}-B2-{month:00}");
                Add(d, Approve(d));
            }

            var b1 = month == 11
                ? Declare(m3, "B1", month, submitted: new LocalDate(2024, 12, 6), id: $"D-{m3.Value}-B1-{month:00}")
                : Declare(m3, "B1", month, id: $"D-{m3.Value}-B1-{month:00}");
            Add(b1, month == 2 ? Reject(b1, "未参加当月主题党日") : Approve(b1));

            if (month <= 6)
            {
                foreach (var standard in new[] { "B1", "B2" })
                {
                    var d = Declare(m4, standard, month, id: $"D-{m4.Value}-{standard}-{month:00}");
                    Add(d, Approve(d));
                }
            }
        }

        foreach (var month in new[] { 3, 6, 9, 12 })
        {
            var d = Declare(m1, "X1", month, 15, id: $"D-{m1.Value}-X1-{month:00}");
            Add(d, Approve(d));
        }

        var adjusted = Declare(m2, "X1", 5, 15, id: "D-M002-X1-05");
        Add(adjusted, Adjust(adjusted, 2m, "协助完成，按2分认定"));
        var absence = Declare(m2, "D1", 7, 15, id: "D-M002-D1-07");
        Add(absence, Approve(absence));
        var duplicate = Declare(m3, "B2", 4, submitted: new LocalDate(2024, 5, 3), id: "D-M003-B2-04-DUP");
        Add(duplicate, Approve(duplicate));
        var sanction = Declare(m3, "D2", 8, 20, id: "D-M003-D2-08");
        Add(sanction, Approve(sanction));
        var bonus = Declare(m3, "X1", 10, 8, id: "D-M003-X1-10");
        Add(bonus, Approve(bonus));

        MassReview[] reviews =
        [
            .. Enumerable.Range(1, 4).Select(q => new MassReview(m1, q, 10, 0, 0, 0)),
            new MassReview(m2, 1, 6, 4, 0, 0),
            new MassReview(m4, 2, 0, 0, 0, 3),
        ];
        return Data([Member(m1), Member(m2), Member(m3), Member(m4)], declarations, audits, reviews);
    }

    [Fact]
    public void FullYear_OneBranch_MatchesHandComputedTable()
    {
        var result = Evaluate(BranchYear());

        var table = result.Members.Select(m => (m.MemberId.Value[^4..], m.Points.Value, m.Grade)).ToArray();
        table.Should().Equal(
            ("M001", 49m, MemberGrade.Excellent),
            ("M002", 35.8m, MemberGrade.Qualified),
            ("M003", 30m, MemberGrade.BasicallyQualified),
            ("M004", 17m, MemberGrade.Unqualified));

        var branch = result.Branches.Single(b => b.OrganizationId == B01);
        (branch.Members, branch.Declaring, branch.Graded).Should().Be((4, 4, 4));
        (branch.Excellent, branch.Qualified, branch.BasicallyQualified, branch.Unqualified).Should().Be((1, 1, 1, 1));
        branch.Participation.Should().Be(Proportion.One);
        branch.QualifiedOrBetter.Should().Be(Proportion.Of(0.5m));
        branch.Score.Should().Be(Score.Of(75m));
        branch.AveragePoints.Should().Be(Score.Of(32.95m));
        branch.TotalPoints.Should().Be(Score.Of(131.8m));
        result.Committee.Score.Should().Be(Score.Of(75m));
        result.Organizations.Single().OrganizationId.Should().Be(Dept);
    }

    [Fact]
    public void FullYear_MonthlyBreakdown_MatchesHandComputedRows()
    {
        var result = Evaluate(BranchYear());

        var m2 = result.Member(M(2))!;
        m2.Monthly[6].Should().Be(new MonthlyPoints(new YearMonth(2024, 7), Score.Of(2m), Score.Zero, Score.Of(-2m)));
        m2.Monthly[4].Should().Be(new MonthlyPoints(new YearMonth(2024, 5), Score.Of(3m), Score.Of(2m), Score.Zero));
        m2.Reviews.Should().Equal(new QuarterReviewPoints(1, Score.Of(0.8m)));
        m2.Monthly.Sum(m => m.Total.Value).Should().Be(35m);

        var m3 = result.Member(M(3))!;
        m3.Monthly.Select(m => m.Base.Value).Should().Equal(3m, 1m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 1m, 3m);
        m3.GradeExplanation!.Find(M(3).Value + "/grade")!.Children.Should().HaveCount(2);

        var m1 = result.Member(M(1))!;
        m1.Monthly[11].Bonus.Should().Be(Score.Zero);
        m1.Monthly.Sum(m => m.Bonus.Value).Should().Be(9m);
    }

    [Fact]
    public void FullYear_EveryExplanationAddsUp_AndReachesEveryDeclaration()
    {
        var data = BranchYear();
        var result = Evaluate(data);

        foreach (var member in result.Members)
        {
            member.PointsExplanation.Verify().Should().BeEmpty();
            member.PointsExplanation.Value.Should().Be(member.Points.Value);
        }

        foreach (var d in data.Declarations)
        {
            result.Member(d.MemberId)!.PointsExplanation.Find(d.Id.Value).Should().NotBeNull(d.Id.Value);
        }

        result.Declarations.Should().HaveCount(data.Declarations.Length);
        result.Declarations.Count(d => d.Status == DeclarationStatus.Duplicate).Should().Be(1);
        result.Declarations.Count(d => d.Status == DeclarationStatus.Late).Should().Be(1);
        result.Declarations.Count(d => d.Status == DeclarationStatus.Rejected).Should().Be(1);
    }
}
