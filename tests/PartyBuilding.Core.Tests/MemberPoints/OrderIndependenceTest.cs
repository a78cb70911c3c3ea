using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Issue 25 ("Order independence of everything"): the order in which a points scheme lists its standards and hard
/// conditions, and a data set its branches, roster, declarations, audits and mass reviews, carries no meaning, so it
/// changes nothing in the result — points, grades, explanation children and their order included.
/// </summary>
public sealed class OrderIndependenceTest
{
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    [Fact]
    public void Evaluate_SchemeAndDataSetInReverseOrder_GiveTheSameResultByteForByte()
    {
        var scheme = SeedDocuments.Read<PointsScheme>("member-points", "binzhou-2018-scheme.json");
        var data = SeedDocuments.Read<MemberPointsDataSet>("evaluation", "member-points-data-set-2018.json");
        var reversedScheme = scheme with
        {
            Standards = [.. scheme.Standards.Reverse()],
            HardConditions = [.. scheme.HardConditions.Reverse()],
        };
        var reversedData = data with
        {
            Branches = [.. data.Branches.Reverse()],
            Roster = [.. data.Roster.Reverse().Select(m => m with { Assignments = [.. m.Assignments.Reverse()] })],
            Declarations = [.. data.Declarations.Reverse()],
            Audits = [.. data.Audits.Reverse()],
            MassReviews = [.. data.MassReviews.Reverse()],
        };

        var expected = MemberPointsEngine.Evaluate(data, scheme, AsOf);
        var actual = MemberPointsEngine.Evaluate(reversedData, reversedScheme, AsOf);

        PartyBuildingJson.Serialize(actual).Should().Be(PartyBuildingJson.Serialize(expected));
    }
}
