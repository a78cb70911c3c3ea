using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>
/// A member who joined the branch in the year (admitted or transferred in) or left it (transferred out) is checked only for
/// the days the member belonged to it (<see cref="LifeMember.From"/>, <see cref="LifeMember.To"/>): the dues of the months
/// before are not owed, the six-month rule does not count them, and a members' meeting held before counts its quorum
/// without the member (支部工作条例第十一条: 有表决权的党员).
/// </summary>
public sealed class MembershipPeriodTest
{
    private static readonly LocalDate July = new(2019, 7, 1);

    private static LifeBranch SixWithM6From(LocalDate? from)
    {
        var branch = Members(6);
        return branch with { Members = branch.Members.AsImmutableArray().SetItem(5, branch.Members[5] with { From = from }) };
    }

    private static IEnumerable<DuesPayment> DuesFromJulyForM6(LifeBranch branch) =>
        AllDues(branch).Where(d => d.MemberId != M(6) || d.Month.Month >= 7);

    [Fact]
    public void Dues_OfTheMonthsBeforeTheMemberJoined_AreNotOwed_ButAreWhenTheMemberBelongedAllYear()
    {
        var joinedInJuly = Evaluate(Records(SixWithM6From(July), [], DuesFromJulyForM6(SixWithM6From(July))));
        var allYear = Evaluate(Records(SixWithM6From(null), [], DuesFromJulyForM6(SixWithM6From(null))));

        Findings(joinedInJuly, LifeFindingKind.DuesUnpaid).Should().BeEmpty();
        Findings(joinedInJuly, LifeFindingKind.RegardedAsLeftTheParty).Should().BeEmpty("the six months before July are not the member's");
        Findings(allYear, LifeFindingKind.DuesUnpaid).Should().ContainSingle().Which.Months.Should().HaveCount(6);
        Findings(allYear, LifeFindingKind.RegardedAsLeftTheParty).Should().ContainSingle("six consecutive months unpaid (党章第九条)");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void MembersMeeting_BeforeAMemberJoined_CountsItsQuorumWithoutTheMember(bool m6JoinsLater, bool valid)
    {
        // Three of six present: not more than half of six; three of five (M6 not yet in the branch on the day) is.
        var branch = SixWithM6From(m6JoinsLater ? July : null);
        var records = Records(branch, [Meeting("MM-1", MeetingKind.MembersMeeting, new LocalDate(2019, 3, 15), Range(1, 3))]);

        var result = OrganizationalLifeEngine.Evaluate(records, Scheme(), YearEnd);

        Findings(result, LifeFindingKind.WithoutQuorum).IsEmpty.Should().Be(valid);
    }

    [Fact]
    public void APeriodOutsideTheYear_OrEndingBeforeItBegins_IsAProblemAtTheMember()
    {
        var branch = Members(3);
        var bad = branch with
        {
            Members =
            [
                branch.Members[0] with { From = new LocalDate(2018, 12, 1) },
                branch.Members[1] with { From = new LocalDate(2019, 9, 1), To = new LocalDate(2019, 8, 31) },
                branch.Members[2] with { From = July, To = new LocalDate(2019, 9, 30) },
            ],
        };

        var report = OrganizationalLifeEngine.Validate(Records(bad, []), Scheme(), YearEnd);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Data.Branches[0].Members[0].From", OrganizationalLifeErrorCodes.DateOutOfYear),
            ("Data.Branches[0].Members[1].From", OrganizationalLifeErrorCodes.DateOutOfYear),
        });
    }
}
