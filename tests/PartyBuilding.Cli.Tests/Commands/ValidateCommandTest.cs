using System.Text.Json.Nodes;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Tests.Commands;

public sealed class ValidateCommandTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    internal static string ValidExplanation() =>
        PartyBuildingJson.Serialize(Explanation.Sum(
            new LocalizedText("总分", "Total"),
            [Explanation.Given(new LocalizedText("甲", "A"), 1m), Explanation.Given(new LocalizedText("乙", "B"), 2m)]));

    private static string BrokenSum()
    {
        var document = JsonNode.Parse(ValidExplanation())!;
        document["content"]!["value"] = 4m;
        return document.ToJsonString();
    }

    [Fact]
    public void Validate_ADeviceThatNeverEnds_IsRefusedAfterItsFirstBlock_NotReadToTheEnd()
    {
        var run = CliRun.In(DisplayLanguage.English, "validate", "/dev/zero");

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stdout.Should().Contain("cannot read '/dev/zero': empty or not a regular file");
    }

    [Fact]
    public void Validate_FileLargerThanTheStreamedDocumentLimit_IsRefusedBeforeItIsRead()
    {
        // A sparse file: 4 GiB and one byte of nothing, refused on its length alone.
        var file = temp.File("big.json", "");
        using (var stream = File.OpenWrite(file))
        {
            stream.SetLength(JsonReadLimits.Default.MaxStreamedBytes + 1);
        }

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.Stdout.Should().Contain($"cannot read '{file}': larger than the limit of {JsonReadLimits.Default.MaxStreamedBytes} bytes of a document");
    }

    [Fact]
    public void Validate_FileLargerThanTheInMemoryLimit_IsStreamed_AndItsProblemFoundAtItsPath()
    {
        // 300 MB of spaces before a document with a repeated property: over MaxBytes (256 MiB), which a streamed file is
        // not bound by; the strict check still finds the repeated name, reading the file a block at a time.
        var file = temp.File("spaced.json", "");
        using (var stream = File.OpenWrite(file))
        {
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 300; i++)
            {
                stream.Write(spaces);
            }

            stream.Write("""{"schemaVersion":"1.0","kind":"explanation","content":{"value":1,"value":2}}"""u8);
        }

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().ContainSingle().Which.Should().StartWith($"{file}: $.content.value: [{CommonErrorCodes.DuplicateProperty}]");
    }

    [Fact]
    public void Validate_ValidDocument_PrintsOk()
    {
        var file = temp.File("ok.json", ValidExplanation());

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.StdoutLines.Should().Equal($"{file}: ok");
    }

    [Fact]
    public void Validate_SumThatDoesNotAddUp_ReportsPathCodeAndValue()
    {
        var file = temp.File("sum.json", BrokenSum());

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().ContainSingle().Which.Should()
            .StartWith($"{file}: $.content: [{ExplanationDocumentValidator.SumMismatch}] ").And.EndWith("(value: '4')");
    }

    [Fact]
    public void Validate_UnknownProperty_ReportsJsonPathAndCode()
    {
        var document = JsonNode.Parse(ValidExplanation())!;
        document["content"]!["colour"] = "red";
        var file = temp.File("unknown.json", document.ToJsonString());

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stdout.Should().Contain($"{file}: $.content").And.Contain($"[{CommonErrorCodes.MalformedJson}]");
    }

    [Fact]
    public void Validate_UnknownKind_ReportsKindAndKnownKinds()
    {
        var file = temp.File("kind.json", """{ "schemaVersion": "1.0", "kind": "spaceship", "content": {} }""");

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().Equal($"{file}: $.kind: [{ValidateCommand.UnknownKind}] The tool does not know this kind; known kinds: {string.Join(", ", PartyBuilding.Cli.Documents.DocumentCatalog.Default.All.Select(k => k.Kind))}. (value: 'spaceship')");
    }

    [Fact]
    public void Validate_MalformedJson_ReportsPosition()
    {
        var file = temp.File("bad.json", "{ \"schemaVersion\": ");

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stdout.Should().Contain($"{file}: $: [{CommonErrorCodes.MalformedJson}]").And.Contain("line 1");
    }

    [Fact]
    public void Validate_ManyFiles_ChecksEveryFileAndFailsIfAnyFails()
    {
        var good = temp.File("good.json", ValidExplanation());
        var bad = temp.File("bad.json", BrokenSum());

        var run = CliRun.In(DisplayLanguage.English, "validate", good, bad);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().HaveCount(2);
        run.StdoutLines[0].Should().Be($"{good}: ok");
        run.StdoutLines[1].Should().StartWith($"{bad}: $.content: ");
    }

    [Fact]
    public void Validate_MissingFile_IsFileErrorAndOtherFilesStillChecked()
    {
        var good = temp.File("good.json", ValidExplanation());
        var missing = temp.Combine("missing.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", missing, good);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.StdoutLines.Should().Equal($"{missing}: cannot read '{missing}': no such file", $"{good}: ok");
    }

    [Fact]
    public void Validate_NoFile_IsUsageError() =>
        CliRun.In(DisplayLanguage.English, "validate").ExitCode.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void DocumentCatalog_ExplanationKind_IsRegistered() =>
        DocumentCatalog.Default.Find("explanation")!.ContentType.Should().Be<Explanation>();

    [Fact]
    public void DocumentCatalog_KindTwice_IsRefused()
    {
        var act = () => new DocumentCatalog(
        [
            DocumentKind.Create(new ExplanationDocumentValidator()),
            DocumentKind.Create(new ExplanationDocumentValidator()),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*'explanation'*");
    }

    [Fact]
    public void DocumentKind_Check_ListsReadingProblems()
    {
        var kind = DocumentCatalog.Default.Find("explanation")!;

        kind.Check("""{ "schemaVersion": "2.0", "kind": "explanation", "content": {} }"""u8).Should()
            .ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.UnsupportedSchemaVersion);
    }

    [Fact]
    public void DocumentKind_Check_ValidDocument_HasNoProblems() =>
        DocumentCatalog.Default.Find("explanation")!.Check(System.Text.Encoding.UTF8.GetBytes(ValidExplanation())).Should().BeEmpty();

    [Fact]
    public void ExplanationDocumentValidator_BrokenSum_ReportsProblemWithPrefix()
    {
        var report = DocumentCatalog.Default.Find("explanation")!.Validate(
            new Explanation(new LocalizedText("总分", "Total"), 4m, ExplanationCombination.Sum, null, null, [Explanation.Given(new LocalizedText("甲", "A"), 1m)]));

        report.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.content" && p.ErrorCode == ExplanationDocumentValidator.SumMismatch);
    }
}
