using FsCheck.Xunit;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class OrderIndependenceProperties
{
    private static AssessmentDataSet Data2024 => SeedData(2024);
    private static AssessmentScheme Scheme2024 => SeedScheme(2024);
    private static readonly string Expected = PartyBuildingJson.Serialize(AnnualAssessment.Evaluate(Data2024, Scheme2024, YearEnd2024));

    private static ValueArray<T> Shuffle<T>(ValueArray<T> items, Random random) => [.. items.OrderBy(_ => random.Next())];

    [Property(MaxTest = 25)]
    public bool Evaluate_AnyPermutationOfInputs_GivesTheSameResultByteForByte(int seed)
    {
        var random = new Random(seed);
        var data = Data2024 with
        {
            Organizations = Shuffle(Data2024.Organizations, random),
            Inputs = [.. Shuffle(Data2024.Inputs, random).Select(i => i with { Bonuses = Shuffle(i.Bonuses, random), Deductions = Shuffle(i.Deductions, random) })],
        };
        var scheme = Scheme2024 with { Components = Shuffle(Scheme2024.Components, random), PrecedenceRules = Shuffle(Scheme2024.PrecedenceRules, random) };

        return PartyBuildingJson.Serialize(AnnualAssessment.Evaluate(data, scheme, YearEnd2024)) == Expected;
    }
}
