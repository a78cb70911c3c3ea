namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>Proves which runtime a test run used: CI runs the suite on .NET 10 and, self-contained, on .NET 8.</summary>
public sealed class RuntimeTest
{
    [Fact]
    public void TestsRunOnTheRuntimeOfTheirTargetFramework()
    {
#if NET10_0
        const int expected = 10;
#else
        const int expected = 8;
#endif
        Environment.Version.Major.Should().Be(expected);
    }
}
