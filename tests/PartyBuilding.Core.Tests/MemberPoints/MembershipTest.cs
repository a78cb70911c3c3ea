using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class MembershipTest
{
    [Fact]
    public void MidYearTransfer_PointsFollowTheMember_GradedInYearEndBranch()
    {
        var mover = M(7, B02);
        var entry = new MemberRosterEntry(
            mover,
            new LocalDate(2005, 7, 1),
            [new BranchAssignment(B02, new LocalDate(2010, 1, 1), new LocalDate(2024, 6, 30)), new BranchAssignment(B01, new LocalDate(2024, 7, 1))]);
        var items = Enumerable.Range(1, 12).Select(m => Approved(mover, "B1", m)).ToArray();
        var stay = M(8, B02);

        var result = Evaluate(Data([entry, Member(stay, B02)], items.Select(i => i.Declaration), items.Select(i => i.Audit)));

        var member = result.Member(mover)!;
        member.Points.Should().Be(Score.Of(24m));
        member.BranchId.Should().Be(B01);
        member.OrganizationId.Should().Be(Dept);
        result.Branches.Single(b => b.OrganizationId == B01).Members.Should().Be(1);
        result.Branches.Single(b => b.OrganizationId == B02).Members.Should().Be(1);
        result.Branches.Single(b => b.OrganizationId == B01).TotalPoints.Should().Be(Score.Of(24m));
    }

    [Fact]
    public void ProbationaryAtYearEnd_NotGradedByDefault_ButPointsCount()
    {
        var p = M(1);
        var (d, a) = Approved(p, "B1", 5);

        var result = Evaluate(Data([Member(p, joined: new LocalDate(2024, 3, 1), probationEnds: new LocalDate(2025, 3, 1))], [d], [a]));

        var member = result.Member(p)!;
        member.Status.Should().Be(MembershipStatus.Probationary);
        member.Grade.Should().BeNull();
        member.Ungraded.Should().Be(UngradedReason.Probationary);
        member.Points.Should().Be(Score.Of(2m));
        result.Committee.Graded.Should().Be(0);
        result.Committee.Members.Should().Be(1);
    }

    [Fact]
    public void ProbationEndingOnLastDay_IsFullAtYearEnd_AndGraded()
    {
        var p = M(1);

        var result = Evaluate(Data([Member(p, joined: new LocalDate(2023, 12, 31), probationEnds: new LocalDate(2024, 12, 31))]));

        result.Member(p)!.Status.Should().Be(MembershipStatus.Full);
        result.Member(p)!.Grade.Should().Be(MemberGrade.Unqualified);
    }

    [Fact]
    public void ProbationaryMembers_GradedWhenTheSchemeSaysSo()
    {
        var p = M(1);
        var scheme = Scheme() with { GradeProbationaryMembers = true };

        var result = Evaluate(Data([Member(p, joined: new LocalDate(2024, 3, 1), probationEnds: new LocalDate(2025, 3, 1))]), scheme);

        result.Member(p)!.Grade.Should().Be(MemberGrade.Unqualified);
    }

    [Fact]
    public void MinimumMonths_ThreeMonthsGraded_TwoMonthsNot()
    {
        var october = M(1);
        var november = M(2);

        var result = Evaluate(Data([Member(october, joined: new LocalDate(2024, 10, 31)), Member(november, joined: new LocalDate(2024, 11, 1))]));

        result.Member(october)!.MonthsInParty.Should().Be(3);
        result.Member(october)!.Grade.Should().NotBeNull();
        result.Member(november)!.MonthsInParty.Should().Be(2);
        result.Member(november)!.Ungraded.Should().Be(UngradedReason.TooFewMonths);
    }

    [Fact]
    public void NoDeclarations_ZeroPoints_GradedOnThem_AndLowersParticipation()
    {
        var active = M(1);
        var silent = M(2);
        var (d, a) = Approved(active, "B1", 1);

        var result = Evaluate(Data([Member(active), Member(silent)], [d], [a]));

        var member = result.Member(silent)!;
        member.Points.Should().Be(Score.Zero);
        member.DeclaredItems.Should().Be(0);
        member.Monthly.Should().HaveCount(12).And.OnlyContain(m => m.Total == Score.Zero);
        member.PointsExplanation.Children.Should().BeEmpty();
        member.Grade.Should().Be(MemberGrade.Unqualified);
        result.Committee.Participation.Should().Be(Proportion.Of(0.5m));
        result.Committee.Declaring.Should().Be(1);
    }

    [Fact]
    public void HardCondition_RejectedDeductionDoesNotTrigger()
    {
        var m = M(1);
        var items = Enumerable.Range(1, 12).SelectMany(month => new[] { Declare(m, "B1", month), Declare(m, "B2", month) }).ToList();
        items.Add(Declare(m, "X1", 3));
        var sanction = Declare(m, "D2", 6);
        var audits = items.Select(d => Approve(d)).Append(Reject(sanction, "经核实不属实")).ToList();
        items.Add(sanction);

        var result = Evaluate(Data([Member(m)], items, audits));

        result.Member(m)!.Points.Should().Be(Score.Of(39m));
        result.Member(m)!.Grade.Should().Be(MemberGrade.Qualified);
    }
}
