using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// The member-points records are value-equal through their lists (<see cref="ValueArray{T}"/>): two built apart from equal
/// items are equal, one differing item makes them differ, and an unset list is the empty list. No record writes its own equality.
/// </summary>
public sealed class MemberPointsValueEqualityTest
{
    [Fact]
    public void RecordsBuiltApartFromEqualItems_AreEqual_AndOneDifferingItemMakesThemDiffer()
    {
        var d = Declare(M(1), "B1", 1, id: "D1");
        MemberPointsDataSet Build() => Data([Member(M(1))], [d], [Approve(d)], [new MassReview(M(1), 1, 1, 0, 0, 0)]);

        Build().Should().Be(Build());
        Build().GetHashCode().Should().Be(Build().GetHashCode());
        (Build() with { MassReviews = [new MassReview(M(1), 1, 0, 1, 0, 0)] }).Should().NotBe(Build());
        Evaluate(Build()).Should().Be(Evaluate(Build()));
        new MemberPointsDataSet(Year, Committee, default, default).Should().Be(new MemberPointsDataSet(Year, Committee, [], []));
    }
}
