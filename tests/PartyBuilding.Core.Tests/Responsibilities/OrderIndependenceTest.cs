using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Issue 25 ("Order independence of everything"): the order in which a responsibility scheme lists its responsibilities
/// and a data set its lists, evidence and accountability chains carries no meaning, so it changes nothing in the result.
/// </summary>
public sealed class OrderIndependenceTest
{
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    [Fact]
    public void Evaluate_SchemeAndDataSetInReverseOrder_GiveAnEqualResult()
    {
        var scheme = SeedDocuments.Read<ResponsibilityScheme>("responsibilities", "shandong-scheme.json");
        var data = SeedDocuments.Read<ResponsibilityDataSet>("evaluation", "responsibility-data-set-2018.json");
        var reversedScheme = new ResponsibilityScheme(
            scheme.Code, scheme.Title, scheme.Committee, [.. scheme.Responsibilities.Reverse()], scheme.Scoring, scheme.Citation)
        {
            IsIllustrative = scheme.IsIllustrative,
        };
        var reversedData = new ResponsibilityDataSet(data.Year, [.. data.Lists.Reverse()], [.. data.Evidence.Reverse()], [.. data.Chains.Reverse()]);

        var expected = ResponsibilityAssessmentEngine.Evaluate(data, scheme, AsOf);
        var actual = ResponsibilityAssessmentEngine.Evaluate(reversedData, reversedScheme, AsOf);

        actual.Should().Be(expected, "the result is a value: every status, score, explanation and their order are compared");
    }
}
