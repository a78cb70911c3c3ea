using System.Text.Json.Nodes;
using PartyBuilding.Cli.Generation;

namespace PartyBuilding.Cli.Tests.Commands;

public sealed class GenerateCommandTest : IDisposable
{
    private static readonly string[] Files =
    [
        "organization-snapshot.json", "double-review-scheme.json", "double-review-data.json", "assessment-scheme.json", "given-inputs.json",
        "standardization-catalogue.json", "standardization-tiers.json", "standardization-data.json", "member-points-scheme.json", "member-points-data.json",
        "organizational-life-scheme.json", "organizational-life-records.json", "manifest.json",
    ];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Generate_Municipal_ValidatesAndEvaluates_RankingArticle002sShape()
    {
        var outDir = temp.Combine("municipal");

        var run = CliRun.Of("generate", "--scale", "municipal", "--out", outDir);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stderr.Should().Contain("generate：组织快照，97 个部门");
        Files.Should().OnlyContain(f => File.Exists(Path.Combine(outDir, f)));

        var validate = CliRun.Of(["validate", .. Files.Select(f => Path.Combine(outDir, f))]);
        validate.ExitCode.Should().Be(ExitCodes.Success, validate.Stdout + validate.Stderr);

        var evaluate = CliRun.Of("evaluate", Path.Combine(outDir, "manifest.json"), "--lang", "en");
        evaluate.ExitCode.Should().Be(ExitCodes.Success, evaluate.Stderr);
        var rows = evaluate.StdoutLines.Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();
        rows.Should().HaveCount(97);
        rows[0].TrimStart().Should().StartWith("1 ");
        foreach (var district in new[] { "D1", "D2", "D3", "D4", "D5" })
        {
            rows.Should().Contain(r => r.Contains($" {district} ", StringComparison.Ordinal));
            evaluate.Stdout.Should().Contain($"District {district}  ");
        }

        rows.Should().NotContain(r => r.Contains(" D6 ", StringComparison.Ordinal));
    }

    [Fact]
    public void ProvinceShape_ReducedToTenDepartments_Evaluates_WithThirtyOrMoreBranchesEach()
    {
        var shape = SyntheticShape.Province with { Departments = 10 };
        var lines = new List<string>();

        var documents = new SyntheticDataSet(shape, 3, lines.Add).Build();
        foreach (var (name, text) in documents)
        {
            File.WriteAllText(temp.Combine(name), text);
        }

        documents.Select(d => d.Key).Should().Equal(Files);
        lines[0].Should().StartWith("generate: organization snapshot, 10 departments, ");
        var branches = int.Parse(lines[0].Split(", ")[2].Split(' ')[0], CultureInfo.InvariantCulture);
        branches.Should().BeInRange(300, 470);
        var evaluate = CliRun.Of("evaluate", temp.Combine("manifest.json"), "--lang", "en");
        evaluate.ExitCode.Should().Be(ExitCodes.Success, evaluate.Stderr);
        evaluate.Stderr.Should().Contain("evaluating PR-WC for 2018 as of 2019-01-15");
        evaluate.StdoutLines.Count(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).Should().Be(10);
    }

    [Fact]
    public void Generate_SplitByMonth_WritesAPartPerLaterMonth_AndEvaluatesToTheSameRankingAndReceipt()
    {
        var whole = temp.Combine("whole");
        var split = temp.Combine("split");

        var runWhole = CliRun.Of("generate", "--scale", "municipal", "--out", whole);
        var runSplit = CliRun.Of("generate", "--scale", "municipal", "--out", split, "--split-by-month");

        runWhole.ExitCode.Should().Be(ExitCodes.Success, runWhole.Stderr);
        runSplit.ExitCode.Should().Be(ExitCodes.Success, runSplit.Stderr);
        var months = Enumerable.Range(2, 11).Select(m => $"2018-{m:D2}").ToArray();
        var parts = months.Select(m => $"member-points-data-{m}.json").Concat(months.Select(m => $"organizational-life-records-{m}.json")).ToArray();
        Directory.GetFiles(split).Select(Path.GetFileName).Should().BeEquivalentTo([.. Files, .. parts]);
        new FileInfo(Path.Combine(split, "member-points-data.json")).Length.Should().BeLessThan(new FileInfo(Path.Combine(whole, "member-points-data.json")).Length / 4);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(split, "manifest.json")))!["content"]!["documents"]!["parts"]!;
        manifest["memberPointsData"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(parts[..11]);
        manifest["organizationalLifeRecords"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(parts[11..]);

        var evaluateWhole = CliRun.Of("evaluate", Path.Combine(whole, "manifest.json"), "--format", "csv");
        var evaluateSplit = CliRun.Of("evaluate", Path.Combine(split, "manifest.json"), "--format", "csv");

        evaluateSplit.ExitCode.Should().Be(ExitCodes.Success, evaluateSplit.Stderr);
        evaluateSplit.Stdout.Should().Be(evaluateWhole.Stdout);
        Receipt(evaluateSplit.Stderr).Should().Be(Receipt(evaluateWhole.Stderr)).And.NotBeEmpty();
    }

    [Fact]
    public void Generate_Factor2_DoublesTheDepartments()
    {
        var outDir = temp.Combine("factor");

        var run = CliRun.Of("generate", "--scale", "municipal", "--factor", "2", "--out", outDir);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stderr.Should().Contain("generate：组织快照，194 个部门");
        File.ReadAllText(Path.Combine(outDir, "given-inputs.json")).Should().Contain("\"BZ-194\"").And.NotContain("\"BZ-195\"");
    }

    [Fact]
    public void Generate_SameSeed_WritesIdenticalFiles_AnotherSeedDifferentOnes()
    {
        var first = temp.Combine("a");
        var second = temp.Combine("b");
        var third = temp.Combine("c");

        CliRun.Of("generate", "--scale", "municipal", "--seed", "7", "--out", first).ExitCode.Should().Be(ExitCodes.Success);
        CliRun.Of("generate", "--scale", "municipal", "--seed", "7", "--out", second).ExitCode.Should().Be(ExitCodes.Success);
        CliRun.Of("generate", "--scale", "municipal", "--seed", "8", "--out", third).ExitCode.Should().Be(ExitCodes.Success);

        foreach (var file in Files)
        {
            File.ReadAllBytes(Path.Combine(second, file)).Should().Equal(File.ReadAllBytes(Path.Combine(first, file)), file);
        }

        File.ReadAllBytes(Path.Combine(third, "organization-snapshot.json")).Should().NotEqual(File.ReadAllBytes(Path.Combine(first, "organization-snapshot.json")));
        File.ReadAllBytes(Path.Combine(third, "double-review-data.json")).Should().NotEqual(File.ReadAllBytes(Path.Combine(first, "double-review-data.json")));
    }

    [Fact]
    public void Generate_DefaultSeed_IsSeed1()
    {
        var implicitSeed = temp.Combine("implicit");
        var explicitSeed = temp.Combine("explicit");

        CliRun.Of("generate", "--scale", "municipal", "--out", implicitSeed).ExitCode.Should().Be(ExitCodes.Success);
        CliRun.Of("generate", "--scale", "municipal", "--seed", "1", "--out", explicitSeed).ExitCode.Should().Be(ExitCodes.Success);

        File.ReadAllBytes(Path.Combine(implicitSeed, "double-review-data.json")).Should().Equal(File.ReadAllBytes(Path.Combine(explicitSeed, "double-review-data.json")));
    }

    [Theory]
    [InlineData("--scale", "county")]
    [InlineData("--factor", "0")]
    [InlineData("--factor", "11")]
    [InlineData("--factor", "two")]
    [InlineData("--seed", "-1")]
    public void Generate_BadOption_IsUsageError(string option, string value)
    {
        var args = option == "--scale"
            ? new[] { "generate", option, value, "--out", temp.Combine("bad") }
            : ["generate", "--scale", "municipal", option, value, "--out", temp.Combine("bad")];

        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain(option);
        Directory.Exists(temp.Combine("bad")).Should().BeFalse();
    }

    [Fact]
    public void Generate_WithoutScale_IsUsageError()
    {
        var run = CliRun.Of("generate", "--out", temp.Combine("none"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--scale");
    }

    private static string Receipt(string stderr) =>
        stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("复核凭据 SHA-256/", StringComparison.Ordinal)) ?? string.Empty;
}
