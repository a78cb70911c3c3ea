using PartyBuilding.Cli.Scenarios;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Scenarios;

public sealed class ScenarioRunnerTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string RoundingScenario(string expected, string extra = "") => $$"""
        {
          "name": "thirds",
          "citation": "test",
          "rule": "Thirds add up to the total.",
          "kind": "rounding",
          "inputs": { "lines": [ { "key": "a", "score": 33.333 }, { "key": "b", "score": 33.333 }, { "key": "c", "score": 33.334 } ] },
          "expected": {{expected}}{{extra}}
        }
        """;

    [Fact]
    public void Test_SeedScenarios_AllPass()
    {
        var files = Directory.GetFiles(Seeds.Scenarios, "*.scenario.json", SearchOption.AllDirectories);

        var run = CliRun.In(DisplayLanguage.English, "test", Seeds.Scenarios);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout + run.Stderr);
        files.Should().NotBeEmpty();
        run.StdoutLines.Where(l => l.StartsWith("PASS ", StringComparison.Ordinal)).Should().HaveCount(files.Length);
        run.StdoutLines[^1].Should().Be($"{files.Length} passed, 0 failed, {files.Length} scenario(s).");
    }

    [Fact]
    public void Test_EverySeedScenario_IsNamedAfterItsFile()
    {
        Directory.GetFiles(Seeds.Scenarios, "*.scenario.json", SearchOption.AllDirectories).Should().NotBeEmpty();
        foreach (var file in Directory.GetFiles(Seeds.Scenarios, "*.scenario.json", SearchOption.AllDirectories))
        {
            var scenario = ScenarioReader.Read(file, File.ReadAllText(file));
            (scenario.Name + ScenarioReader.Extension).Should().Be(Path.GetFileName(file));
        }
    }

    [Fact]
    public void Test_EveryBundledFile_FitsNuGetsPathLimitInTheToolPackage()
    {
        // The tool package carries seeds/ under tools/<tfm>/any/; `dotnet pack` refuses (NU5123) a path that would be too long
        // once the package is extracted (measured: 169 characters packed, 183 refused), so names stay well under it.
        Directory.GetFiles(Seeds.Directory, "*", SearchOption.AllDirectories).Should().NotBeEmpty();
        foreach (var file in Directory.GetFiles(Seeds.Directory, "*", SearchOption.AllDirectories))
        {
            var packed = "tools/net10.0/any/seeds/" + Path.GetRelativePath(Seeds.Directory, file).Replace('\\', '/');
            packed.Length.Should().BeLessThanOrEqualTo(175, $"'{packed}' must pack");
        }
    }

    [Fact]
    public void Test_WrongExpectation_FailsWithPathAndDifference()
    {
        var file = temp.File("wrong.scenario.json", RoundingScenario("""{ "total": 100.00, "lines": { "a": 33.33, "b": 33.34, "c": 33.34 } }"""));

        var run = CliRun.In(DisplayLanguage.English, "test", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().Equal(
            "FAIL thirds: $.lines.b expected 33.34 got 33.33 (tolerance 0)",
            "0 passed, 1 failed, 1 scenario(s).");
    }

    [Fact]
    public void Test_DifferenceWithinTolerance_Passes()
    {
        var file = temp.File("tolerant.scenario.json", RoundingScenario("""{ "lines": { "b": 33.34 } }""", """, "tolerance": 0.01"""));

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().Be("PASS thirds");
    }

    [Fact]
    public void Test_DifferenceJustBeyondTolerance_Fails()
    {
        var file = temp.File("strict.scenario.json", RoundingScenario("""{ "lines": { "b": 33.34 } }""", """, "tolerance": 0.009"""));

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().Be("FAIL thirds: $.lines.b expected 33.34 got 33.33 (tolerance 0.009)");
    }

    [Fact]
    public void Test_PathTolerance_OverridesScenarioTolerance()
    {
        var file = temp.File("path.scenario.json", RoundingScenario("""{ "total": 100.01, "lines": { "b": 33.34 } }""", """, "tolerances": { "$.lines.b": 0.01 }"""));

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines.Should().Equal("FAIL thirds: $.total expected 100.01 got 100.00 (tolerance 0)", "0 passed, 1 failed, 1 scenario(s).");
    }

    [Fact]
    public void Test_MissingActualValue_FailsAsMissing()
    {
        var file = temp.File("missing.scenario.json", RoundingScenario("""{ "lines": { "d": 1 } }"""));

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().Be("FAIL thirds: $.lines.d expected 1 got (missing) (tolerance 0)");
    }

    [Fact]
    public void Test_ArrayOfWrongLength_FailsOnLength()
    {
        var file = temp.File("values.scenario.json", """
            { "name": "v", "citation": "c", "rule": "r", "kind": "rounding",
              "inputs": { "values": [1.005, 2] }, "expected": { "values": [1.01] } }
            """);

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().Be("FAIL v: $.values.length expected 1 got 2 (tolerance 0)");
    }

    [Fact]
    public void Test_InputsByReference_AreRead()
    {
        temp.File("inputs.json", """{ "scale": 1, "values": [0.25] }""");
        var file = temp.File("ref.scenario.json", """
            { "name": "ref", "citation": "c", "rule": "r", "kind": "rounding",
              "inputs": { "$ref": "inputs.json" }, "expected": { "values": [0.3] } }
            """);

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().Be("PASS ref");
    }

    [Theory]
    [InlineData("inputs\\u0000.json", "the inputs file: the path is empty or holds a control character")]
    [InlineData("absent.json", "the inputs file: cannot read")]
    [InlineData("duplicate.json", "the property 'scale' is given twice in one object")]
    public void Test_InputsByReferenceThatCannotBeRead_FailsThatScenarioAndTheRunGoesOn(string reference, string reason)
    {
        temp.File("duplicate.json", """{ "scale": 1, "scale": 2, "values": [0.25] }""");
        var bad = temp.File("a.scenario.json", $$"""
            { "name": "a", "citation": "c", "rule": "r", "kind": "rounding",
              "inputs": { "$ref": "{{reference}}" }, "expected": { "values": [0.3] } }
            """);
        temp.File("b.scenario.json", """
            { "name": "b", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "scale": 1, "values": [0.25] }, "expected": { "values": [0.3] } }
            """);

        var run = CliRun.In(DisplayLanguage.English, "test", Path.GetDirectoryName(bad)!);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().StartWith($"FAIL a.scenario.json: {bad}: ").And.Contain(reason);
        run.StdoutLines.Should().Contain("PASS b").And.EndWith("1 passed, 1 failed, 2 scenario(s).");
    }

    [Fact]
    public void Test_UnknownKind_FailsAndNamesTheKinds()
    {
        var file = temp.File("kind.scenario.json", """{ "name": "k", "citation": "c", "rule": "r", "kind": "weather", "inputs": {}, "expected": {} }""");

        var run = CliRun.In(DisplayLanguage.English, "test", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().Be("FAIL k: unknown scenario kind 'weather'; kinds: assessment, double-review, evaluation, member-points, organization-compliance, organizational-life, responsibilities, rounding, standardization.");
    }

    [Theory]
    [InlineData("""{ "name": "n", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {} }""", "missing 'expected'.")]
    [InlineData("""{ "name": "n", "rule": "r", "kind": "rounding", "inputs": {}, "expected": {} }""", "missing 'citation'.")]
    [InlineData("""{ "name": "n", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {}, "expected": {}, "colour": 1 }""", "unknown property 'colour'")]
    [InlineData("""{ "name": "n", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {}, "expected": {}, "tolerance": -1 }""", "'tolerance' must be a number of at least 0.")]
    [InlineData("""{ "name": """, "malformed JSON")]
    [InlineData("""{ "name": "n", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {}, "expected": {}, "Name": "m" }""", "the property 'Name' is given twice in one object (line 1)")]
    public void Test_MalformedScenario_FailsWithReason(string text, string reason)
    {
        var file = temp.File("bad.scenario.json", text);

        var run = CliRun.In(DisplayLanguage.English, "test", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().StartWith($"FAIL bad.scenario.json: {file}: ").And.Contain(reason);
    }

    [Theory]
    [InlineData("""{ "scale": 9 }""", "inputs.scale must be from 0 to 8.")]
    [InlineData("""{ "values": "x" }""", "inputs.values must be an array.")]
    [InlineData("""{ "lines": [ { "score": 1 } ] }""", "inputs.lines[0] needs a 'key'")]
    [InlineData("""{ "lines": [ { "key": "a", "score": 1 }, { "key": "a", "score": 2 } ] }""", "the library refused the inputs")]
    [InlineData("""{ "weight": 1 }""", "unknown rounding input 'weight'")]
    public void Rounding_InvalidInputs_FailWithReason(string inputs, string reason)
    {
        var file = temp.File("in.scenario.json", $$"""{ "name": "in", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {{inputs}}, "expected": {} }""");

        CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0].Should().StartWith("FAIL in: ").And.Contain(reason);
    }

    [Fact]
    public void Test_DirectoryWithoutScenarios_IsInputError()
    {
        var run = CliRun.In(DisplayLanguage.English, "test", temp.Path);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stderr.Should().Contain("no scenario files");
    }

    [Fact]
    public void Test_MissingPath_IsFileError()
    {
        var run = CliRun.In(DisplayLanguage.English, "test", temp.Combine("nowhere"));

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("no such file or directory");
    }

    [Fact]
    public void ScenarioRunner_TwoHandlersForOneKind_AreRefused()
    {
        var act = () => new ScenarioRunner([new RoundingScenarioHandler(), new RoundingScenarioHandler()]);

        act.Should().Throw<ArgumentException>().WithMessage("*'rounding'*");
    }
}
