using FluentAssertions;
using Xunit;

namespace PartyBuilding.Fuzz;

/// <summary>The slice of the fuzz run that CI runs with the README's test command: a fixed seed, 2,000 inputs, no finding.</summary>
public sealed class FuzzSliceTest
{
    [Fact]
    public void Fuzz_TwoThousandInputsOfSeed1_OnlyDocumentedExceptions_NoHang()
    {
        var findings = Path.Combine(Path.GetTempPath(), "partybuilding-fuzz-slice-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var options = new FuzzOptions(2_000, 1, 0, TimeSpan.FromSeconds(10), 1, FuzzOptions.DefaultSeeds, findings);

        var summary = FuzzRunner.Run(options, SeedCorpus.Load(options.SeedDirectory));

        summary.Findings.Select(f => $"input {f.Index} from {f.SeedPath} as {f.Kind} ({f.Recipe}): {f.Problem}").Should().BeEmpty();
        summary.Run.Should().Be(2_000);
        summary.RejectedByReader.Should().BePositive();
        summary.Evaluated.Should().BePositive();
    }

    [Fact]
    public void Mutator_SameSeedAndIndex_MakesTheSameInput()
    {
        var mutator = new Mutator(SeedCorpus.Load(FuzzOptions.DefaultSeeds));

        var inputs = Enumerable.Range(0, 50).Select(i => mutator.Make(7, i)).ToList();
        var again = Enumerable.Range(0, 50).Select(i => mutator.Make(7, i)).ToList();

        again.Select(i => (i.SeedPath, i.Kind, i.Recipe, Convert.ToBase64String(i.Bytes)))
            .Should().Equal(inputs.Select(i => (i.SeedPath, i.Kind, i.Recipe, Convert.ToBase64String(i.Bytes))));
        inputs.Select(i => i.Recipe).Distinct().Should().HaveCountGreaterThan(10);
    }
}
