using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Issue 25 ("Order independence of everything"): the order in which a catalogue lists its aspects and indicators, a
/// roster its branches and a data set its assessments and scores carries no meaning, so it changes nothing in the
/// result — scores, tiers, explanation children and their order included.
/// </summary>
public sealed class OrderIndependenceTest
{
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    [Fact]
    public void Evaluate_CatalogueRosterAndScoresInReverseOrder_GiveTheSameResultByteForByte()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-binzhou-002.json");
        var tiers = Seed<TierScheme>("tier-scheme-binzhou-002.json");
        var data = SeedDocuments.Read<StandardizationDataSet>("evaluation", "standardization-data-set-2018.json") with
        {
            LifeRecords = SeedDocuments.Read<Core.OrganizationalLife.OrganizationalLifeRecords>("organizational-life", "records-bz-001-2018.json"),
        };
        var reversedCatalogue = catalogue with
        {
            Aspects = [.. catalogue.Aspects.Reverse().Select(a => a with { Indicators = [.. a.Indicators.Reverse()] })],
        };
        var reversedData = data with
        {
            Roster = data.Roster with { Branches = [.. data.Roster.Branches.Reverse()] },
            Assessments = [.. data.Assessments.Reverse().Select(a => a with { Scores = [.. a.Scores.Reverse()], Derived = [.. a.Derived.Reverse()] })],
        };

        var expected = StandardizationEngine.Evaluate(data, new StandardizationScheme(catalogue, tiers), AsOf);
        var actual = StandardizationEngine.Evaluate(reversedData, new StandardizationScheme(reversedCatalogue, tiers), AsOf);

        PartyBuildingJson.Serialize(actual).Should().Be(PartyBuildingJson.Serialize(expected));
    }
}
