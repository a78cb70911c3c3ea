using System.Text.Json.Nodes;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Tests.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Scenarios;

/// <summary>
/// Issue 25 ("Paths") and issue 24 ("Tool package"): every file a scenario names is read through one reader, inside the
/// scenario's documents root — no absolute path, <c>..</c> or symbolic link out of it, no <c>/proc</c>, no FIFO that
/// hangs — and a refusal shows neither the target's bytes nor whether it exists. A bad reference fails its scenario and
/// the run goes on. <c>pbeval test</c> without a path runs the bundled scenarios.
/// </summary>
public sealed class ScenarioContainmentTest : IDisposable
{
    private readonly TempDirectory outside = new();
    private readonly TempDirectory temp = new();

    public ScenarioContainmentTest()
    {
        Directory.CreateDirectory(temp.Combine("scenarios"));
    }

    public void Dispose()
    {
        temp.Dispose();
        outside.Dispose();
    }

    [Fact]
    public void Test_WithoutAPath_RunsTheBundledScenarios()
    {
        var count = Directory.GetFiles(TestCommand.BundledScenarios, "*.scenario.json", SearchOption.AllDirectories).Length;

        var run = CliRun.In(DisplayLanguage.English, "test");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout + run.Stderr);
        count.Should().BeGreaterThan(30);
        run.StdoutLines[^1].Should().Be($"{count} passed, 0 failed, {count} scenario(s).");
    }

    [Fact]
    public void Test_SeedLayout_ReadsTheSeedFoldersAboveTheScenariosFolder()
    {
        // seeds/scenarios/assessment/x.scenario.json names ../../assessment/…: the default root is seeds/, the folder above "scenarios".
        var run = CliRun.In(DisplayLanguage.English, "test", Path.Combine(Seeds.Scenarios, "assessment"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout);
    }

    [Theory]
    [InlineData("secret.json")]
    [InlineData("absent.json")]
    public void Test_AbsolutePathOutsideTheRoot_IsRefusedAlikeWhetherItExistsOrNot(string name)
    {
        outside.File("secret.json", "SECRET, not JSON");
        var target = outside.Combine(name);

        var line = FirstLine(Reference(target));

        line.Should().Be($"FAIL ref.scenario.json: {temp.Combine("scenarios/ref.scenario.json")}: the inputs file: cannot read '{target}': it lies outside '{temp.Path}', the folder scenarios read their files from (name another with --documents-root DIR)");
    }

    [Fact]
    public void Test_DotDotOutOfTheRoot_IsRefusedWithoutOpeningIt()
    {
        var line = FirstLine(Reference("../../../../../../../../etc/passwd"));

        line.Should().Contain("it lies outside").And.NotContain("root:");
    }

    [Fact]
    public void Test_ProcFile_IsRefused()
    {
        FirstLine(Reference("/proc/self/environ")).Should().Contain("cannot read '/proc/self/environ': it lies outside");
    }

    [Fact]
    public void Test_SymbolicLinkOutOfTheRoot_IsJudgedByItsTarget()
    {
        var secret = outside.File("secret.json", """{ "scale": 1, "values": [0.25] }""");
        File.CreateSymbolicLink(temp.Combine("scenarios/link.json"), secret);

        FirstLine(Reference("link.json")).Should().Contain("cannot read 'link.json': it lies outside");
    }

    [Fact]
    public void Test_MalformedReferencedFile_NamesWhereNotWhatItHolds()
    {
        temp.File("scenarios/bad.json", "Xsecret");

        var line = FirstLine(Reference("bad.json"));

        line.Should().Contain("the inputs file is malformed JSON (line 1, byte 1).").And.NotContain("'X'").And.NotContain("secret");
    }

    [Fact]
    public void Test_FifoInsideTheRoot_IsRefusedWithoutWaitingForAWriter()
    {
        SpecialFileTest.MakeFifo(temp.Combine("scenarios/fifo.json"));

        var run = SpecialFileTest.Bounded("test", ReferenceFile("fifo.json"));

        run.StdoutLines[0].Should().Contain("cannot read 'fifo.json': empty or not a regular file");
    }

    [Theory]
    [InlineData("""{ "$ref": "a\u0000.json" }""", "the inputs file: the path is empty or holds a control character (such as NUL); it is not read.")]
    [InlineData("""{ "$ref": "a.json", "$ref": "b.json" }""", "the property '$ref' is given twice in one object (line 1)")]
    public void Test_BadReference_FailsThatScenarioAndTheRunGoesOn(string inputs, string reason)
    {
        temp.File("scenarios/a.scenario.json", $$"""{ "name": "a", "citation": "c", "rule": "r", "kind": "rounding", "inputs": {{inputs}}, "expected": {} }""");
        temp.File("scenarios/b.scenario.json", """{ "name": "b", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "values": [0.25] }, "expected": { "values": [0.25] } }""");

        var run = CliRun.In(DisplayLanguage.English, "test", temp.Combine("scenarios"));

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().HaveCount(3);
        run.StdoutLines[0].Should().StartWith("FAIL a.scenario.json: ").And.Contain(reason);
        run.StdoutLines[1..].Should().Equal("PASS b", "1 passed, 1 failed, 2 scenario(s).");
    }

    [Fact]
    public void Test_DocumentsRoot_AllowsAFolderOutsideTheScenarios()
    {
        var inputs = outside.File("inputs.json", """{ "values": [0.25] }""");
        var file = ReferenceFile(inputs, expected: """{ "values": [0.25] }""");

        CliRun.In(DisplayLanguage.English, "test", file).ExitCode.Should().Be(ExitCodes.InputInvalid);
        CliRun.In(DisplayLanguage.English, "test", file, "--documents-root", outside.Path).StdoutLines.Should().Equal("PASS ref", "1 passed, 0 failed, 1 scenario(s).");
    }

    [Fact]
    public void Test_DocumentsRootThatDoesNotExist_IsFileError()
    {
        var run = CliRun.In(DisplayLanguage.English, "test", "--documents-root", temp.Combine("nowhere"));

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stderr.Should().Contain("no such directory");
    }

    [Fact]
    public void Test_ManifestDocumentOutOfTheRoot_IsRefused()
    {
        var manifest = new JsonObject
        {
            ["schemaVersion"] = "1.0",
            ["kind"] = "evaluation-manifest",
            ["content"] = JsonNode.Parse(File.ReadAllText(Path.Combine(Seeds.Directory, "evaluation", "binzhou-2018.json")))!["content"]!.DeepClone(),
        };
        foreach (var name in manifest["content"]!["documents"]!.AsObject().Select(d => d.Key).ToList())
        {
            manifest["content"]!["documents"]![name] = "../../../../../../etc/passwd";
        }

        temp.File("scenarios/manifest.json", manifest.ToJsonString());
        var file = temp.File("scenarios/m.scenario.json", """{ "name": "m", "citation": "c", "rule": "r", "kind": "evaluation", "inputs": { "manifest": "manifest.json" }, "expected": {} }""");

        var line = CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0];

        line.Should().StartWith("FAIL m: inputs.manifest: cannot read '../../../../../../etc/passwd': it lies outside").And.NotContain("root:");
    }

    private string Reference(string target) => ReferenceFile(target);

    private string ReferenceFile(string target, string expected = "{}") =>
        temp.File("scenarios/ref.scenario.json", $$"""{ "name": "ref", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "$ref": {{JsonValue.Create(target).ToJsonString()}} }, "expected": {{expected}} }""");

    private static string FirstLine(string file) => CliRun.In(DisplayLanguage.English, "test", file).StdoutLines[0];
}
