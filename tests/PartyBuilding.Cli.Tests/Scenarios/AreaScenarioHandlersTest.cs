using System.Text.Json.Nodes;
using PartyBuilding.Cli.Scenarios;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Scenarios;

public sealed class AreaScenarioHandlersTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string, string> AreaKinds() => new()
    {
        { "organizations", "organization-compliance" },
        { "responsibilities", "responsibilities" },
        { "standardization", "standardization" },
        { "member-points", "member-points" },
        { "double-review", "double-review" },
        { "assessment", "assessment" },
        { "evaluation", "evaluation" },
        { "organizational-life", "organizational-life" },
    };

    [Theory]
    [MemberData(nameof(AreaKinds))]
    public void Test_EachArea_HasAtLeastTwoPassingScenariosOfItsKindWithACitation(string area, string kind)
    {
        var files = Directory.GetFiles(Path.Combine(Seeds.Scenarios, area), "*" + ScenarioReader.Extension);

        files.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var file in files)
        {
            var scenario = ScenarioReader.Read(file, File.ReadAllText(file));
            scenario.Kind.Should().Be(kind);
            scenario.Citation.Should().MatchRegex(@"\d{3}_[0-9a-f]{16}\.txt|条例|章程|本库规则", "the citation names the article or regulation, or says the rule is the library's own");
            ScenarioRunner.Default.Run(file).Passed.Should().BeTrue(file);
        }
    }

    [Fact]
    public void Default_RunsEveryAreaKind()
    {
        ScenarioRunner.Default.Kinds.Should().Equal(
            "assessment", "double-review", "evaluation", "member-points", "organization-compliance", "organizational-life", "responsibilities", "rounding", "standardization");
    }

    public static TheoryData<string, string, string, string> WrongExpectations() => new()
    {
        // scenario (under seeds/scenarios), path in expected, wrong value, the failure after "FAIL <name>: "
        { "organizations/branch-work-regulation-2018-branch-needs-three-full-members", "organizations.BZ-001-B01.measured.branch-minimum-full-members", "3", "$.organizations.BZ-001-B01.measured.branch-minimum-full-members expected 3 got 2 (tolerance 0)" },
        { "responsibilities/library-rule-level-weighted-score-on-the-three-level-shape", "organizations.BZ-002.score", "96.33", "$.organizations.BZ-002.score expected 96.33 got 96.32 (tolerance 0)" },
        { "responsibilities/library-rule-level-weighted-score-on-the-three-level-shape", "organizations.BZ-002.items.BZ-002-2019/R-P01", "\"Done\"", "$.organizations.BZ-002.items['BZ-002-2019/R-P01'] expected \"Done\" got \"Overdue\" (tolerance 0)" },
        { "standardization/library-rule-one-tier-a-year-stepwise-naming", "tiers.2017.BZ-001-B02.tier", "\"Advanced\"", "$.tiers.2017.BZ-001-B02.tier expected \"Advanced\" got \"Standard\" (tolerance 0)" },
        { "member-points/seed-scheme-grading-by-points-illustrative-thresholds", "members.BZ-001-B01-M001.grade", "\"Excellent\"", "$.members.BZ-001-B01-M001.grade expected \"Excellent\" got \"Qualified\" (tolerance 0)" },
        { "double-review/trimmed-mean-drops-highest-and-lowest-committee-points", "results.BZ-002.grade", "\"Good\"", "$.results.BZ-002.grade expected \"Good\" got \"FairlyGood\" (tolerance 0)" },
        { "assessment/scheme-2024-veto-caps-and-downgrade-lowers-the-band", "organizations.BZ-003.band", "\"Good\"", "$.organizations.BZ-003.band expected \"Good\" got \"Average\" (tolerance 0)" },
        { "evaluation/library-rule-one-structure-a-phantom-branch-in-member-points-is-refused", "problemCount", "2", "$.problemCount expected 2 got 1 (tolerance 0)" },
        { "organizational-life/branch-work-regulation-2018-theme-party-day-every-month", "branches.BZ-001-B02.findings.MissedMeeting/ThemePartyDay", "[]", "$.branches.BZ-001-B02.findings['MissedMeeting/ThemePartyDay'].length expected 0 got 1 (tolerance 0)" },
        { "organizational-life/party-constitution-2017-article-9-six-months-without-life-or-dues-is-a-finding-five-are-not", "branches.BZ-001-B02.findings.RegardedAsLeftTheParty", "[{ \"months\": [] }]", "$.branches.BZ-001-B02.findings.RegardedAsLeftTheParty.length expected 1 got 0 (tolerance 0)" },
    };

    [Theory]
    [MemberData(nameof(WrongExpectations))]
    public void Test_WrongExpectation_FailsNamingPathAndDifference(string seed, string path, string wrong, string failure)
    {
        var scenario = Copy(seed);
        var node = scenario["expected"]!;
        var names = path.Split('.');
        foreach (var name in names[..^1])
        {
            node = node[name]!;
        }

        node[names[^1]] = JsonNode.Parse(wrong);
        var file = temp.File("wrong.scenario.json", scenario.ToJsonString());

        var run = RunCopy(file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().Equal($"FAIL {scenario["name"]}: {failure}", "0 passed, 1 failed, 1 scenario(s).");
    }

    [Fact]
    public void Test_ActualValueTheHandlerDoesNotProduce_ReadsMissing()
    {
        var scenario = Copy("assessment/scheme-2024-total-threshold-band-and-tie-broken-rank");
        scenario["expected"]!["organizations"]!["BZ-999"] = new JsonObject { ["total"] = 1 };
        var file = temp.File("missing.scenario.json", scenario.ToJsonString());

        RunCopy(file).StdoutLines[0].Should().Be($"FAIL {scenario["name"]}: $.organizations.BZ-999 expected an object got (missing) (tolerance 0)");
    }

    [Fact]
    public void Test_InlineDocumentTheLibraryRefuses_FailsWithItsProblems()
    {
        var scenario = Copy("double-review/trimmed-mean-drops-highest-and-lowest-committee-points");
        scenario["inputs"]!["scheme"]!["groups"]![0]!["weight"] = 0.5m;
        var file = temp.File("refused.scenario.json", scenario.ToJsonString());

        var line = RunCopy(file).StdoutLines[0];

        line.Should().StartWith($"FAIL {scenario["name"]}: ").And.Contain("[DR.WEIGHTS_SUM]");
    }

    [Fact]
    public void Test_MissingDocumentFile_FailsWithTheReason()
    {
        var scenario = Copy("member-points/seed-scheme-grading-by-points-illustrative-thresholds");
        scenario["inputs"]!["scheme"] = "no-such-scheme.json";
        var file = temp.File("absent.scenario.json", scenario.ToJsonString());

        RunCopy(file).StdoutLines[0].Should().StartWith($"FAIL {scenario["name"]}: inputs.scheme: cannot read 'no-such-scheme.json'");
    }

    [Fact]
    public void Test_UnknownInputOrMissingDate_FailsWithTheReason()
    {
        var unknown = Copy("organizations/branch-work-regulation-2018-branch-needs-three-full-members");
        unknown["inputs"]!["year"] = 2019;
        var noDate = Copy("organizations/branch-work-regulation-2018-branch-needs-three-full-members");
        noDate["inputs"]!["asOf"] = "31.12.2019";

        RunCopy(temp.File("unknown.scenario.json", unknown.ToJsonString())).StdoutLines[0]
            .Should().Be($"FAIL {unknown["name"]}: unknown organization-compliance input 'year'; inputs are snapshot, log, asOf.");
        RunCopy(temp.File("date.scenario.json", noDate.ToJsonString())).StdoutLines[0]
            .Should().Be($"FAIL {noDate["name"]}: inputs.asOf must be a date, yyyy-MM-dd.");
    }

    [Fact]
    public void Test_EvaluationReplacingADocumentTheManifestDoesNotName_FailsWithTheReason()
    {
        var scenario = Copy("evaluation/library-rule-one-structure-a-phantom-branch-in-member-points-is-refused");
        scenario["inputs"]!["replace"] = new JsonObject { ["memberPointData"] = new JsonObject() };

        RunCopy(temp.File("replace.scenario.json", scenario.ToJsonString())).StdoutLines[0]
            .Should().StartWith($"FAIL {scenario["name"]}: unknown document 'memberPointData' in inputs.replace; documents are accountabilityRecords, assessmentScheme, doubleReviewData,");
    }

    // A copy names the seed documents by their absolute paths, so it runs with the seeds as its documents root.
    private static CliRun RunCopy(string file) => CliRun.In(DisplayLanguage.English, "test", file, "--documents-root", Seeds.Directory);

    // A seed scenario whose document paths are made absolute, so the copy runs from the temporary directory.
    private static JsonObject Copy(string seed)
    {
        var file = Path.Combine(Seeds.Scenarios, seed + ScenarioReader.Extension);
        var scenario = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (name, value) in scenario["inputs"]!.AsObject().ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var relative) && relative.EndsWith(".json", StringComparison.Ordinal))
            {
                scenario["inputs"]![name] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, relative));
            }
        }

        return scenario;
    }
}
