using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class StandardizationLabelsTest
{
    [Fact]
    public void EveryEnumValue_HasBothLabels()
    {
        StandardizationLabels.CheckMethods.All.Should().HaveCount(Enum.GetValues<CheckMethod>().Length);
        StandardizationLabels.BranchTiers.All.Should().HaveCount(Enum.GetValues<BranchTier>().Length);
        StandardizationLabels.CoverageLevels.All.Should().HaveCount(Enum.GetValues<CoverageLevel>().Length);
        StandardizationLabels.CheckMethods[CheckMethod.HearingReports].ZhCn.Should().Be("听汇报");
        StandardizationLabels.BranchTiers[BranchTier.Exemplary].ZhCn.Should().Be("过硬党支部");
    }

    [Fact]
    public void Enums_StartAtOneAndTiersAreOrdered()
    {
        Enum.GetValues<CheckMethod>().Cast<int>().Min().Should().Be(1);
        Enum.GetValues<CoverageLevel>().Cast<int>().Min().Should().Be(1);
        Enum.GetValues<BranchTier>().Should().BeInAscendingOrder().And.Equal(BranchTier.Lagging, BranchTier.Standard, BranchTier.Advanced, BranchTier.Exemplary);
    }

    [Fact]
    public void SourceFile_MustBeTheFileOfTheSource()
    {
        StandardizationEngine.ValidateCatalogue(Small() with { SourceFile = "002_3d274b2eb4d4736e.txt" }).IsValid.Should().BeTrue();
        StandardizationEngine.ValidateCatalogue(Small() with { SourceFile = "003_abfdaf3ed68f7e40.txt" }).Problems
            .Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.SourceUnknown);
    }
}
