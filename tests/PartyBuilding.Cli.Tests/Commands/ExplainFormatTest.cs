using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 24: <c>explain --format text|json|md|html --depth N</c> — one organization's explanation in each format, figures
/// at the published scale, the tree cut at a depth, and bad options refused before any work in the user's language.
/// </summary>
public sealed partial class ExplainFormatTest
{
    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("md", "md")]
    [InlineData("html", "html")]
    public void Explain_Golden_OneOrganizationInEachFormat(string format, string extension)
    {
        var run = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--format", format);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify($"explain/bz-003-2024.zh.{extension}", Stable(run.Stdout));
    }

    [Fact]
    public void Explain_Golden_InEnglish()
    {
        var run = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify("explain/bz-003-2024.en.txt", Stable(run.Stdout));
    }

    [Fact]
    public void Explain_Json_IsOneDocumentWithTheExactValueBesideTheShownFigure()
    {
        var run = CliRun.Of("explain", "--org", "BZ-035", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        root.GetProperty("organizationId").GetString().Should().Be("BZ-035");
        root.GetProperty("explanation").GetProperty("shown").GetString().Should().Be("96.24");
        root.GetProperty("committeeRank").GetInt32().Should().Be(11);
        foreach (var node in Nodes(root.GetProperty("explanation")))
        {
            var value = node.GetProperty("value").GetDecimal();
            var shown = node.GetProperty("shown").GetString()!;
            var published = ScoreRounding.AtScale(2).Apply(value);
            decimal.Parse(shown.TrimStart('≈'), CultureInfo.InvariantCulture).Should().Be(published, "the figure is the value at the published scale");
            shown.StartsWith('≈').Should().Be(published != value, "a rounded figure is marked");
        }
    }

    [Fact]
    public void Explain_FiguresAreAtThePublishedScale_MarkedWhenRounded()
    {
        var run = CliRun.Of("explain", "--org", "BZ-035");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var figures = NodeFigure().Matches(run.Stdout).Select(m => m.Groups["figure"].Value).ToList();
        figures.Should().HaveCountGreaterThan(40);
        figures.Should().OnlyContain(f => !f.Contains('.') || f.Length - f.IndexOf('.') - 1 <= 2, "the bundled scheme publishes at 2 places");
        figures.Should().Contain(f => f.StartsWith('≈'), "a mean of ratings has more places than the published scale");
    }

    [Fact]
    public void Explain_Depth_CutsTheTreeAndSaysHowMuchIsLeftOut()
    {
        var whole = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024");
        var top = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--depth", "0");
        var two = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--depth", "2", "--lang", "en");

        top.ExitCode.Should().Be(ExitCodes.Success, top.Stderr);
        top.StdoutLines[0].Should().Be(whole.StdoutLines[0]);
        top.StdoutLines[1].Should().StartWith("  ……另有 1 项未展开");
        two.StdoutLines.TakeWhile(l => !l.StartsWith("Veto", StringComparison.Ordinal))
            .Should().OnlyContain(l => !l.StartsWith("      ", StringComparison.Ordinal) || l.TrimStart().StartsWith('…'));
        two.Stdout.Should().Contain("more not shown (use a larger --depth)");
        whole.StdoutLines.Length.Should().BeGreaterThan(top.StdoutLines.Length);
    }

    [Theory]
    [InlineData("--format", "pdf", "--format 必须是 text, json, md, html 之一，而不是“pdf”。")]
    [InlineData("--depth", "-1", "--depth")]
    [InlineData("--depth", "deep", "--depth")]
    public void Explain_BadOption_IsRefusedBeforeAnyFileIsRead_InTheUsersLanguage(string option, string value, string message)
    {
        var run = CliRun.Of("explain", "no-such-data-set.json", "--org", "BZ-003", option, value);

        run.ExitCode.Should().Be(ExitCodes.UsageError, "a bad option is refused before the missing data set is noticed");
        run.StderrLines[0].Should().StartWith("pbeval：错误：").And.Contain(message);
    }

    /// <summary>The receipt's hash and the library version change with every build of the library: masked in golden files.</summary>
    internal static string Stable(string output) =>
        LibraryVersion().Replace(Hash().Replace(output, "<sha256>"), "${label}<version>");

    private static IEnumerable<JsonElement> Nodes(JsonElement node) =>
        node.TryGetProperty("children", out var children) ? [node, .. children.EnumerateArray().SelectMany(Nodes)] : [node];

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex Hash();

    [GeneratedRegex(@"(?<label>程序库版本 |library |""libraryVersion"": "")[0-9][^）)""\s]*")]
    private static partial Regex LibraryVersion();

    // A node line: indentation, label, ": ", the figure.
    [GeneratedRegex(@"^ *[^\n]+?: (?<figure>≈?-?[0-9]+(?:\.[0-9]+)?)(?:  |$)", RegexOptions.Multiline)]
    private static partial Regex NodeFigure();
}
