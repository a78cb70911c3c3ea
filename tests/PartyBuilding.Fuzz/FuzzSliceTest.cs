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

    [Fact]
    public void Fuzz_TypedSliceOfSeed1_ReachesTheEngines_OnlyDocumentedExceptions_NoHang()
    {
        // The structure-aware mutator keeps documents well-formed and typed, so most inputs get past the reader to the
        // validators and engines (measured on 300 inputs of seed 1: 230 evaluated, 42 refused by validation, 28 by the
        // reader; the byte-level mutator: 6 evaluated, 1 by validation, 293 by the reader). Inputs that reach the bundled
        // evaluation run it whole, so the slice is short and the time limit generous.
        var findings = Path.Combine(Path.GetTempPath(), "partybuilding-fuzz-typed-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var options = new FuzzOptions(150, 1, 0, TimeSpan.FromSeconds(30), 1, FuzzOptions.DefaultSeeds, findings, Typed: true);

        var summary = FuzzRunner.Run(options, SeedCorpus.Load(options.SeedDirectory));

        summary.Findings.Select(f => $"input {f.Index} from {f.SeedPath} as {f.Kind} ({f.Recipe}): {f.Problem}").Should().BeEmpty();
        summary.Run.Should().Be(150);
        (summary.Evaluated + summary.RejectedByValidation).Should().BeGreaterThan(summary.Run * 3 / 4, "typed mutations mostly reach the validators and engines");
        summary.Evaluated.Should().BeGreaterThan(summary.Run / 2);
    }

    [Theory]
    [InlineData(false, 300)]
    [InlineData(true, 20)]
    public void Fuzz_CliSliceOfSeed1_TheToolEndsEveryCommandWithADocumentedExitCode(bool typed, int count)
    {
        // pbeval validate on every input, pbeval evaluate too when the input replaces the bundled manifest or one of its
        // documents: exit 0, 1 or 3 only, never 2 (usage) or 4 (unexpected), and no exception out of the tool.
        var findings = Path.Combine(Path.GetTempPath(), "partybuilding-fuzz-cli-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var options = new FuzzOptions(count, 1, 0, TimeSpan.FromSeconds(30), 1, FuzzOptions.DefaultSeeds, findings, Typed: typed, Cli: true);

        var summary = FuzzRunner.Run(options, SeedCorpus.Load(options.SeedDirectory));

        summary.Findings.Select(f => $"input {f.Index} from {f.SeedPath} as {f.Kind} ({f.Recipe}): {f.Problem}").Should().BeEmpty();
        summary.Run.Should().Be(count);
        summary.RejectedByValidation.Should().BePositive();
        summary.Evaluated.Should().BePositive();
    }

    [Fact]
    public void TypedMutator_SameSeedAndIndex_MakesTheSameInput_AndWellFormedJson()
    {
        var mutator = new TypedMutator(SeedCorpus.Load(FuzzOptions.DefaultSeeds));

        var inputs = Enumerable.Range(0, 60).Select(i => mutator.Make(7, i)).ToList();
        var again = Enumerable.Range(0, 60).Select(i => mutator.Make(7, i)).ToList();

        again.Select(i => (i.SeedPath, i.Kind, i.Recipe, Convert.ToBase64String(i.Bytes)))
            .Should().Equal(inputs.Select(i => (i.SeedPath, i.Kind, i.Recipe, Convert.ToBase64String(i.Bytes))));
        inputs.Where(i => i.Recipe.StartsWith("typed:", StringComparison.Ordinal)).SelectMany(i => i.Recipe["typed:".Length..].Split('+')).Distinct().Should().HaveCount(7, "every typed mutation is drawn");
        inputs.Where(i => JsonToken.Scan(i.Bytes).IsEmpty).Select(i => i.Recipe).Should().BeEmpty("typed mutations keep the document well-formed");
    }
}
