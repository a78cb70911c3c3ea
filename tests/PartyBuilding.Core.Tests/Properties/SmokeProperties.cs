using FsCheck.Xunit;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Properties;

public sealed class SmokeProperties
{
    [Property(MaxTest = 5, Arbitrary = [typeof(CommitteeArbitraries)])]
    public bool Smoke(GeneratedCommittee committee)
    {
        var result = AnnualEvaluation.Run(committee.Inputs(), GeneratedCommittee.AsOf);
        return result.Assessment.Organizations.Length == committee.Departments.Length;
    }
}
