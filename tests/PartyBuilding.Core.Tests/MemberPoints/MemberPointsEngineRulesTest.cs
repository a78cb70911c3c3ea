using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins rules of <see cref="MemberPointsEngine"/> at their edges: which hard condition caps a grade (the most severe, the first
/// counted among equals, none when the deduction counts nothing), the as-of day, and the order of the published lists.
/// </summary>
public sealed class MemberPointsEngineRulesTest
{
    private static readonly MemberId A = M(1);

    private static PointsScheme LowThresholds(params HardCondition[] conditions) =>
        Scheme(grading: Thresholds(4m, 3m, 2m)) with { HardConditions = [.. conditions] };

    /// <summary>Five approved B1 items (10 points) and the given deductions, each approved unless adjusted.</summary>
    private static MemberYearResult Graded(PointsScheme scheme, params (string Standard, int Month, decimal? AdjustedTo)[] deductions)
    {
        var items = Enumerable.Range(1, 5).Select(m => Declare(A, "B1", m, id: $"B-{m}")).ToList();
        var audits = items.Select(d => Approve(d)).ToList();
        foreach (var (standard, month, adjusted) in deductions)
        {
            var d = Declare(A, standard, month, day: 20, id: $"{standard}-{month}");
            items.Add(d);
            audits.Add(adjusted is { } points ? Adjust(d, points, "核减") : Approve(d));
        }

        return Evaluate(Data([Member(A)], items, audits), scheme).Member(A)!;
    }

    private static (MemberGrade? Grade, string? Reason) GradeAndReason(MemberYearResult member) =>
        (member.Grade, member.GradeExplanation!.Children.SingleOrDefault(c => c.Strategy == "grade-ceiling")?.Children[0].Label.ZhCn);

    [Fact]
    public void Article002_AnnualGrading_TwoHardConditionsOnOneStandard_TheMoreSevereCaps() =>
        GradeAndReason(Graded(LowThresholds(new HardCondition(S("D2"), MemberGrade.BasicallyQualified), new HardCondition(S("D2"), MemberGrade.Unqualified)), ("D2", 6, null)))
            .Should().Be((MemberGrade.Unqualified, "封顶等次（不合格；D2：标准 D2）"));

    [Fact]
    public void Article002_AnnualGrading_HardConditionsOfTwoCountedItems_TheMoreSevereCaps() =>
        GradeAndReason(Graded(LowThresholds(new HardCondition(S("D1"), MemberGrade.BasicallyQualified), new HardCondition(S("D2"), MemberGrade.Unqualified)), ("D1", 6, null), ("D2", 7, null)))
            .Should().Be((MemberGrade.Unqualified, "封顶等次（不合格；D2：标准 D2）"));

    [Fact]
    public void Article002_AnnualGrading_HardConditionsOfEqualSeverity_TheFirstCountedIsNamed() =>
        GradeAndReason(Graded(LowThresholds(new HardCondition(S("D1"), MemberGrade.BasicallyQualified), new HardCondition(S("D2"), MemberGrade.BasicallyQualified)), ("D1", 6, null), ("D2", 7, null)))
            .Should().Be((MemberGrade.BasicallyQualified, "封顶等次（基本合格；D1：标准 D1）"));

    [Fact]
    public void Article002_AnnualGrading_HardConditionItemAdjustedToZero_DoesNotCap() =>
        GradeAndReason(Graded(LowThresholds(new HardCondition(S("D2"), MemberGrade.Unqualified)), ("D2", 6, 0m)))
            .Should().Be((MemberGrade.Excellent, null));

    [Fact]
    public void Evaluate_DeclarationSubmittedOnTheAsOfDay_IsSeen()
    {
        var d = Declare(A, "B1", 3, id: "D1");

        var result = Evaluate(Data([Member(A)], [d], [Approve(d, d.SubmittedOn)]), asOf: d.SubmittedOn);

        result.Declarations.Select(x => (x.Id, x.Status)).Should().Equal((d.Id, DeclarationStatus.Counted));
    }

    private static MemberPointsDataSet TwoOrganizations()
    {
        var other = OrganizationId.Parse("BZ-001");
        var b = M(1, B02);
        var c = M(2, B02);
        var items = new[] { Declare(A, "B1", 1, id: "D-3"), Declare(b, "B1", 1, id: "D-1"), Declare(c, "X1", 1, id: "D-2") };
        return new MemberPointsDataSet(
            Year,
            Committee,
            [new BranchParent(B01, Dept), new BranchParent(B02, other)],
            [Member(A), Member(b, B02), Member(c, B02)],
            [.. items],
            [.. items.Select(d => Approve(d))]);
    }

    [Fact]
    public void Evaluate_PublishedLists_AreOrderedByIdentifier()
    {
        var result = Evaluate(TwoOrganizations());

        result.Declarations.Select(d => d.Id.Value).Should().Equal("D-1", "D-2", "D-3");
        result.Branches.Select(s => s.OrganizationId).Should().Equal(B01, B02);
        result.Organizations.Select(s => (s.OrganizationId.Value, s.Members)).Should().Equal(("BZ-001", 2), ("BZ-002", 1));
    }

    [Fact]
    public void Article003_AwardsAndPromotion_ExportListsBranchesInOrderThenRankThenMember() =>
        MemberPointsEngine.ExportGrades(Evaluate(TwoOrganizations())).Rows.Select(r => (r.BranchId, r.MemberId, r.BranchRank, r.Points.ToString()))
            .Should().Equal((B01, A, 1, "2.00"), (B02, M(2, B02), 1, "3.00"), (B02, M(1, B02), 2, "2.00"));
}
