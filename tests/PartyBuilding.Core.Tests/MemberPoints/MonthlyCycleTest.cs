using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class MonthlyCycleTest
{
    private static readonly MemberId A = M(1);

    private static DeclarationResult Single(MemberPointsYearResult result, Declaration d) => result.Declarations.Single(x => x.Id == d.Id);

    [Fact]
    public void Article002_MonthlyAudit_OnlyAuditedPointsCount()
    {
        var audited = Declare(A, "B1", 1);
        var pending = Declare(A, "B1", 2);

        var result = Evaluate(Data([Member(A)], [audited, pending], [Approve(audited)]));

        Single(result, audited).Status.Should().Be(DeclarationStatus.Counted);
        Single(result, audited).Counted.Should().Be(Score.Of(2m));
        Single(result, pending).Status.Should().Be(DeclarationStatus.Unaudited);
        Single(result, pending).Counted.Should().Be(Score.Zero);
        Single(result, pending).Explanation.Citation.Should().Be(MemberPointsCitations.MonthlyAudit);
        result.Member(A)!.Points.Should().Be(Score.Of(2m));
    }

    [Fact]
    public void Article002_MonthlyDeclaration_EachItemCountsInItsDeclaredMonth_WithTheMembersClaimInTheTrail()
    {
        var march = Declare(A, "B1", 3);
        var april = Declare(A, "X1", 4);

        var result = Evaluate(Data([Member(A)], [march, april], [Approve(march), Approve(april)]));

        var member = result.Member(A)!;
        member.Monthly.Select(m => m.Total.Value).Should().Equal(0m, 0m, 2m, 3m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m);
        member.Monthly[3].Bonus.Should().Be(Score.Of(3m));
        var claim = member.PointsExplanation.Find(A.Value + "/2024-03")!.Children.Single().Children.Single().Children[0];
        claim.Citation.Should().Be(MemberPointsCitations.MonthlyDeclaration);
        claim.Value.Should().Be(2m);
        member.DeclaredItems.Should().Be(2);
    }

    [Fact]
    public void Audit_Adjustment_CountsAdjustedPointsAndKeepsReasonInTrail()
    {
        var d = Declare(A, "X1", 3);

        var result = Evaluate(Data([Member(A)], [d], [Adjust(d, 1.5m, "贡献较小")]));

        var item = Single(result, d);
        item.Claimed.Should().Be(Score.Of(3m));
        item.Audited.Should().Be(Score.Of(1.5m));
        item.Counted.Should().Be(Score.Of(1.5m));
        var audit = item.Explanation.Children.Single().Children.Should().HaveCount(2).And.Subject.Last();
        audit.Note.Should().Be(LocalizedText.AsGiven("贡献较小"));
        audit.Value.Should().Be(1.5m);
        result.Member(A)!.PointsExplanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Audit_Rejection_CountsNothingAndExplainsWhy()
    {
        var d = Declare(A, "B1", 3);

        var result = Evaluate(Data([Member(A)], [d], [Reject(d, "无签到记录")]));

        var item = Single(result, d);
        item.Status.Should().Be(DeclarationStatus.Rejected);
        item.Counted.Should().Be(Score.Zero);
        item.Explanation.Note!.ZhCn.Should().Contain("无签到记录");
        result.Member(A)!.Points.Should().Be(Score.Zero);
    }

    [Fact]
    public void Audit_LaterAuditSupersedesEarlier_BothStayInTrail()
    {
        var d = Declare(A, "X1", 3);
        var first = Reject(d, "材料不全", d.SubmittedOn.PlusDays(3));
        var second = Adjust(d, 2m, "补充材料后认定", d.SubmittedOn.PlusDays(10));

        var result = Evaluate(Data([Member(A)], [d], [second, first]));

        var item = Single(result, d);
        item.Counted.Should().Be(Score.Of(2m));
        var trail = item.Explanation.Children.Single().Children;
        trail.Select(t => t.Note?.ZhCn).Should().Equal(null, "材料不全", "补充材料后认定");
    }

    [Fact]
    public void Audit_AfterAsOfDate_IsNotSeen()
    {
        var d = Declare(A, "B1", 12);
        var audit = Approve(d, new LocalDate(2025, 1, 15));

        Evaluate(Data([Member(A)], [d], [audit]), asOf: new LocalDate(2025, 1, 14)).Declarations.Single().Status.Should().Be(DeclarationStatus.Unaudited);
        Evaluate(Data([Member(A)], [d], [audit]), asOf: new LocalDate(2025, 1, 15)).Declarations.Single().Status.Should().Be(DeclarationStatus.Counted);
    }

    [Fact]
    public void Deduction_CountsNegatively()
    {
        var (d, a) = Approved(A, "D1", 4);

        var result = Evaluate(Data([Member(A)], [d], [a]));

        Single(result, d).Counted.Should().Be(Score.Of(-2m));
        result.Member(A)!.Monthly[3].Deduction.Should().Be(Score.Of(-2m));
        result.Member(A)!.Monthly[3].Total.Should().Be(Score.Of(-2m));
    }

    [Fact]
    public void MonthlyCap_CutsTheSecondItemOfTheMonth_NotTheNextMonth()
    {
        var (first, a1) = Approved(A, "B1", 5, 3);
        var (second, a2) = Approved(A, "B1", 5, 20);
        var (june, a3) = Approved(A, "B1", 6, 3);

        var result = Evaluate(Data([Member(A)], [first, second, june], [a1, a2, a3]));

        Single(result, first).Counted.Should().Be(Score.Of(2m));
        var cut = Single(result, second);
        cut.Status.Should().Be(DeclarationStatus.Counted);
        cut.Audited.Should().Be(Score.Of(2m));
        cut.Counted.Should().Be(Score.Zero);
        cut.Explanation.Children.Should().HaveCount(2);
        cut.Explanation.Children[1].Value.Should().Be(-2m);
        cut.Explanation.Verify().Should().BeEmpty();
        Single(result, june).Counted.Should().Be(Score.Of(2m));
    }

    [Fact]
    public void YearlyCap_CountsUpToTheCapThenCuts()
    {
        var items = new[] { 2, 5, 8, 11 }.Select(m => Approved(A, "X1", m)).ToArray();

        var result = Evaluate(Data([Member(A)], items.Select(i => i.Declaration), items.Select(i => i.Audit)));

        items.Select(i => Single(result, i.Declaration).Counted.Value).Should().Equal(3m, 3m, 3m, 0m);
        result.Member(A)!.Points.Should().Be(Score.Of(9m));
    }

    [Fact]
    public void YearlyCap_PartialRoomIsCountedExactly()
    {
        var items = new[] { Declare(A, "X1", 1), Declare(A, "X1", 2), Declare(A, "X1", 3), Declare(A, "X1", 4) };
        var audits = new[] { Adjust(items[0], 2m, "核减"), Approve(items[1]), Approve(items[2]), Approve(items[3]) };

        var result = Evaluate(Data([Member(A)], items, audits));

        items.Select(i => Single(result, i).Counted.Value).Should().Equal(2m, 3m, 3m, 1m);
    }

    [Fact]
    public void DeductionCap_LimitsTheDeductedMagnitude_WithTheRightSign()
    {
        var scheme = Scheme() with { Standards = [.. Scheme().Standards, Standard("DC", PointsKind.Deduction, 3m, monthlyCap: 4m)] };
        var (first, a1) = Approved(A, "DC", 9, 3);
        var (second, a2) = Approved(A, "DC", 9, 17);

        var result = Evaluate(Data([Member(A)], [first, second], [a1, a2]), scheme);

        Single(result, first).Counted.Should().Be(Score.Of(-3m));
        var cut = Single(result, second);
        cut.Counted.Should().Be(Score.Of(-1m));
        cut.Explanation.Children.Select(c => c.Value).Should().Equal(-3m, 2m);
        cut.Explanation.Verify().Should().BeEmpty();
        result.Member(A)!.Monthly[8].Deduction.Should().Be(Score.Of(-4m));
    }

    [Fact]
    public void LateDeclaration_OnTheDeadlineDay_IsOnTime_DayAfter_IsRefused()
    {
        var onTime = Declare(A, "B1", 3, submitted: new LocalDate(2024, 4, 5));
        var late = Declare(A, "B1", 4, submitted: new LocalDate(2024, 5, 6));

        var result = Evaluate(Data([Member(A)], [onTime, late], [Approve(onTime), Approve(late)]));

        Single(result, onTime).Status.Should().Be(DeclarationStatus.Counted);
        Single(result, onTime).Late.Should().BeFalse();
        Single(result, late).Status.Should().Be(DeclarationStatus.Late);
        Single(result, late).Late.Should().BeTrue();
        Single(result, late).Counted.Should().Be(Score.Zero);
    }

    [Fact]
    public void LateDeclaration_UnderAcceptPolicy_CountsAndStaysMarkedLate()
    {
        var late = Declare(A, "B1", 4, submitted: new LocalDate(2024, 5, 6));

        var result = Evaluate(Data([Member(A)], [late], [Approve(late)]), Scheme(late: LateDeclarationPolicy.Accept));

        var item = result.Declarations.Single();
        item.Status.Should().Be(DeclarationStatus.Counted);
        item.Late.Should().BeTrue();
        item.Counted.Should().Be(Score.Of(2m));
    }

    [Fact]
    public void DuplicateDeclaration_SameStandardAndOccurrence_EarliestSubmissionStands()
    {
        var original = Declare(A, "B1", 6, 12, submitted: new LocalDate(2024, 7, 1), id: "D-ZZZ");
        var repeat = Declare(A, "B1", 6, 12, submitted: new LocalDate(2024, 7, 2), id: "D-AAA");
        var otherDay = Declare(A, "B2", 6, 12);

        var result = Evaluate(Data([Member(A)], [repeat, original, otherDay], [Approve(repeat), Approve(original), Approve(otherDay)]));

        Single(result, original).Status.Should().Be(DeclarationStatus.Counted);
        Single(result, repeat).Status.Should().Be(DeclarationStatus.Duplicate);
        Single(result, repeat).Counted.Should().Be(Score.Zero);
        Single(result, otherDay).Status.Should().Be(DeclarationStatus.Counted);
        result.Member(A)!.Points.Should().Be(Score.Of(3m));
    }

    [Fact]
    public void OutOfPeriod_AnotherYearOccurrenceOutsideMonthSubmittedEarlyOrBeforeJoining_CountNothing()
    {
        var member = Member(A, joined: new LocalDate(2024, 3, 15));
        var otherYear = new Declaration(DeclarationId.Parse("D-2023"), A, S("B1"), new YearMonth(2023, 12), new LocalDate(2023, 12, 5), new LocalDate(2024, 1, 2));
        var outsideMonth = new Declaration(DeclarationId.Parse("D-OUT"), A, S("B1"), new YearMonth(2024, 5), new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 2));
        var early = new Declaration(DeclarationId.Parse("D-EARLY"), A, S("B1"), new YearMonth(2024, 7), new LocalDate(2024, 7, 1), new LocalDate(2024, 6, 30));
        var beforeJoining = Declare(A, "B1", 2);
        var joiningMonth = Declare(A, "B1", 3, 20);
        IEnumerable<Declaration> all = [otherYear, outsideMonth, early, beforeJoining, joiningMonth];

        var result = Evaluate(Data([member], all, all.Select(d => Approve(d, new LocalDate(2024, 8, 1)))));

        foreach (var d in new[] { otherYear, outsideMonth, early, beforeJoining })
        {
            Single(result, d).Status.Should().Be(DeclarationStatus.OutOfPeriod, d.Id.Value);
        }

        Single(result, joiningMonth).Status.Should().Be(DeclarationStatus.Counted);
        var explanation = result.Member(A)!.PointsExplanation;
        explanation.Find(A.Value + "/out-of-period")!.Children.Should().ContainSingle();
        explanation.Verify().Should().BeEmpty();
        result.Member(A)!.DeclaredItems.Should().Be(4);
    }

    [Fact]
    public void Declaration_SubmittedAfterAsOf_IsNotSeen()
    {
        var d = Declare(A, "B1", 12, submitted: new LocalDate(2025, 1, 3));

        Evaluate(Data([Member(A)], [d], []), asOf: new LocalDate(2025, 1, 2)).Declarations.Should().BeEmpty();
    }

    [Fact]
    public void Quantity_MultipliesTheClaim()
    {
        var d = Declare(A, "D1", 3, quantity: 3);

        var result = Evaluate(Data([Member(A)], [d], [Approve(d)]));

        result.Declarations.Single().Claimed.Should().Be(Score.Of(6m));
        result.Declarations.Single().Counted.Should().Be(Score.Of(-6m));
    }

    [Fact]
    public void Evaluate_IsIndependentOfInputOrder()
    {
        var data = FullYearTest.BranchYear();

        var expected = Evaluate(data);

        for (var seed = 1; seed <= 3; seed++)
        {
            var shuffled = Evaluate(Shuffled(data, seed));
            shuffled.Should().Be(expected);
            PartyBuilding.Core.Serialization.PartyBuildingJson.Serialize(shuffled)
                .Should().Be(PartyBuilding.Core.Serialization.PartyBuildingJson.Serialize(expected));
        }
    }
}
