using FsCheck.Xunit;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Properties;

/// <summary>Many threads evaluating one shared generated committee (the same scheme and data objects) agree with the sequential run.</summary>
public sealed class ConcurrencyProperties
{
    [Property(MaxTest = 8, Arbitrary = [typeof(CommitteeArbitraries)])]
    public bool Run_OnSixThreadsOverOneSharedCommittee_GivesTheSequentialResultByteForByte(GeneratedCommittee committee)
    {
        var inputs = committee.Inputs();
        var expected = PartyBuildingJson.Serialize(AnnualEvaluation.Run(inputs, GeneratedCommittee.AsOf).Assessment);

        var runs = Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            PartyBuildingJson.Serialize(AnnualEvaluation.Run(inputs, GeneratedCommittee.AsOf).Assessment)))).GetAwaiter().GetResult();

        return runs.All(json => json == expected);
    }
}
