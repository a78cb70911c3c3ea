using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary><c>validate --scheme FILE</c>: data sets that need a second document are checked fully under it.</summary>
public sealed class ValidateSchemeTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Seed(params string[] parts) => Path.Combine([Seeds.Directory, .. parts]);

    [Fact]
    public void Validate_MemberPointsDataUnderItsScheme_IsCheckedFully_AndOk()
    {
        var data = Seed("evaluation", "member-points-data-set-2018.json");

        var structureOnly = CliRun.In(DisplayLanguage.English, "validate", data);
        var full = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("member-points", "binzhou-2018-scheme.json"));

        structureOnly.Stdout.Should().Contain($"[{StructureOnlyValidator<MemberPointsDataSet>.StructureOnly}]");
        full.ExitCode.Should().Be(ExitCodes.Success, full.Stdout);
        full.StdoutLines.Should().Equal($"{data}: ok");
    }

    [Fact]
    public void Validate_DataSetsThatDeriveValues_WithoutRecordsReportDerivationWithoutRecords_WithTheRecordsAreOk()
    {
        var points = Seed("evaluation", "member-points-data-set-2018.json");
        var standardization = Seed("evaluation", "standardization-data-set-2018.json");
        var records = Seed("organizational-life", "records-bz-001-2018.json");

        var pointsWithout = CliRun.In(DisplayLanguage.English, "validate", points, "--scheme", Seed("evaluation", "member-points-scheme-2018.json"));
        var pointsWith = CliRun.In(DisplayLanguage.English, "validate", points, "--scheme", Seed("evaluation", "member-points-scheme-2018.json"), "--records", records);
        var standardizationWithout = CliRun.In(DisplayLanguage.English, "validate", standardization, "--scheme", Seed("standardization", "catalogue-binzhou-002.json"));
        var standardizationWith = CliRun.In(DisplayLanguage.English, "validate", standardization, "--scheme", Seed("standardization", "catalogue-binzhou-002.json"), "--records", records);

        pointsWithout.ExitCode.Should().Be(ExitCodes.InputInvalid);
        pointsWithout.Stdout.Should().Contain($"[{MemberPointsErrorCodes.DerivationWithoutRecords}]");
        pointsWith.StdoutLines.Should().Equal($"{points}: ok");
        standardizationWithout.ExitCode.Should().Be(ExitCodes.InputInvalid);
        standardizationWithout.Stdout.Should().Contain($"[{StandardizationErrorCodes.DerivationWithoutRecords}]");
        standardizationWith.StdoutLines.Should().Equal($"{standardization}: ok");
    }

    [Fact]
    public void Validate_RecordsOfAnotherYear_AreCheckedAgainstTheDataSet()
    {
        var text = File.ReadAllText(Seed("organizational-life", "records-bz-001-2018.json"));
        var other = temp.File("records-2019.json", text.Replace("\"year\": 2018", "\"year\": 2019", StringComparison.Ordinal));

        var run = CliRun.In(DisplayLanguage.English, "validate", Seed("evaluation", "member-points-data-set-2018.json"), "--scheme", Seed("evaluation", "member-points-scheme-2018.json"), "--records", other);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stdout.Should().Contain($"[{MemberPointsErrorCodes.DerivationWithoutRecords}]").And.Contain("(value: '2019')");
    }

    [Fact]
    public void Validate_RecordsWithoutScheme_IsAUsageError_AndUnreadableRecordsAFileError()
    {
        var data = Seed("evaluation", "member-points-data-set-2018.json");

        var noScheme = CliRun.In(DisplayLanguage.English, "validate", data, "--records", Seed("organizational-life", "records-bz-001-2018.json"));
        var absent = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("evaluation", "member-points-scheme-2018.json"), "--records", temp.Combine("absent.json"));

        noScheme.ExitCode.Should().Be(ExitCodes.UsageError);
        noScheme.StderrLines[0].Should().Be("pbeval: error: --records applies with --scheme only.");
        absent.ExitCode.Should().Be(ExitCodes.FileError);
    }

    [Fact]
    public void Validate_RecordsTheLibraryRefuses_AreListedUnderTheirFile_AndTheDataCheckedWithout()
    {
        var records = temp.File("records.json", """{ "schemaVersion": "1.0", "kind": "organizational-life-records", "content": { "year": 2018, "committeeId": "BZ-WC", "branches": [], "extra": 1 } }""");
        var data = Seed("evaluation", "member-points-data-set-2018.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("evaluation", "member-points-scheme-2018.json"), "--records", records);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().StartWith($"{records}: $.content.extra: [JSON.MALFORMED]");
        run.Stdout.Should().Contain($"{data}: ").And.Contain($"[{MemberPointsErrorCodes.DerivationWithoutRecords}]");
    }

    [Fact]
    public void Validate_OrganizationalLifeRecordsUnderTheirScheme_AreCheckedFully()
    {
        var records = Seed("organizational-life", "records-bz-001-2018.json");
        var scheme = File.ReadAllText(Seed("organizational-life", "scheme-bz-001-2018.json"));
        var otherYear = temp.File("scheme-2019.json", scheme.Replace("\"year\": 2018", "\"year\": 2019", StringComparison.Ordinal));

        var structureOnly = CliRun.In(DisplayLanguage.English, "validate", records);
        var full = CliRun.In(DisplayLanguage.English, "validate", records, "--scheme", Seed("organizational-life", "scheme-bz-001-2018.json"));
        var mismatch = CliRun.In(DisplayLanguage.English, "validate", records, "--scheme", otherYear);

        structureOnly.Stdout.Should().Contain("[CLI.STRUCTURE_ONLY]");
        full.StdoutLines.Should().Equal($"{records}: ok");
        mismatch.ExitCode.Should().Be(ExitCodes.InputInvalid);
        mismatch.Stdout.Should().Contain("[OL.SCHEME_MISMATCH]");
    }

    [Fact]
    public void Validate_MemberPointsDataUnderAnotherScheme_ReportsEveryStandardTheSchemeLacks()
    {
        var data = Seed("member-points", "bz-001-2018-data.json");

        var structureOnly = CliRun.In(DisplayLanguage.English, "validate", data);
        var full = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("scenarios", "evaluation", "documents", "member-points-scheme.json"));

        structureOnly.ExitCode.Should().Be(ExitCodes.Success, "its structure is fine");
        full.ExitCode.Should().Be(ExitCodes.InputInvalid);
        full.StdoutLines[0].Should().Be($"{data}: $.content.declarations[0].standardId: [{MemberPointsErrorCodes.StandardUnknown}] The scheme has no such standard. (value: 'S01')");
        full.StdoutLines.Should().OnlyContain(l => l.StartsWith($"{data}: $.content.declarations[", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_StandardizationDataUnderItsCatalogue_ReportsAnIndicatorTheCatalogueLacks()
    {
        var text = File.ReadAllText(Seed("standardization", "assessments-binzhou-2017-2019.json"));
        var first = text.IndexOf("\"BZ-A1-01\"", StringComparison.Ordinal);
        var broken = temp.File("assessments.json", string.Concat(text.AsSpan(0, first), "\"BZ-A9-99\"", text.AsSpan(first + "\"BZ-A1-01\"".Length)));
        var catalogue = Seed("standardization", "catalogue-binzhou-002.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", Seed("standardization", "assessments-binzhou-2017-2019.json"), broken, "--scheme", catalogue);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().Be($"{Seed("standardization", "assessments-binzhou-2017-2019.json")}: ok");
        run.StdoutLines.Should().Contain(l => l.StartsWith($"{broken}: $.content.assessments[0].scores[0]", StringComparison.Ordinal)
            && l.Contains($"[{StandardizationErrorCodes.IndicatorUnknown}]", StringComparison.Ordinal));
        run.StdoutLines.Should().Contain(l => l.StartsWith($"{broken}: ", StringComparison.Ordinal)
            && l.Contains($"[{StandardizationErrorCodes.ScoreMissing}]", StringComparison.Ordinal), "the assessment now lacks BZ-A1-01");
    }

    [Fact]
    public void Validate_DoubleReviewDataUnderItsScheme_AsOfADate_IsOk()
    {
        var data = Seed("evaluation", "double-review-data-set-2018.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("double-review", "scheme-bz-wc-2017.json"), "--as-of", "2019-01-15");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout);
        run.StdoutLines.Should().Equal($"{data}: ok");
    }

    [Fact]
    public void Validate_AssessmentDataUnderTheSchemeOfAnotherYear_ReportsTheYearAtTheDataSetsPath()
    {
        var data = Seed("assessment", "committee-2024.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", Seed("assessment", "scheme-2023.json"));

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().Contain($"{data}: $.content.year: [{AssessmentErrorCodes.YearMismatch}] The data set is for 2024, the scheme for 2023. (value: '2024')");
    }

    [Fact]
    public void Validate_WithScheme_ChecksFilesOfOtherKindsAsWithoutIt()
    {
        var scheme = Seed("member-points", "binzhou-2018-scheme.json");
        var other = Seed("evaluation", "standardization-data-set-2018.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", other, scheme, "--scheme", scheme);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout);
        run.StdoutLines.Should().Equal(
            $"{other}: $.content: [{StructureOnlyValidator<StandardizationDataSet>.StructureOnly}] Structure checked only: the full check of this document needs its standardization-catalogue (each assessment is checked against the catalogue's indicators); the engine runs it when it evaluates the document.",
            $"{scheme}: ok");
    }

    [Fact]
    public void Validate_SchemeOfAKindNoDataSetNeeds_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "validate", Seed("evaluation", "member-points-data-set-2018.json"), "--scheme", Seed("evaluation", "binzhou-2018.json"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines[0].Should().Be("pbeval: error: --scheme '" + Seed("evaluation", "binzhou-2018.json")
            + "' is a 'evaluation-manifest' document; it must be one of " + string.Join(", ", SchemeChecks.Default.All.Select(c => c.SchemeKind)) + ".");
    }

    [Fact]
    public void Validate_InvalidScheme_ListsItsProblems_AndChecksNoDataSetUnderIt()
    {
        var scheme = temp.File("scheme.json", File.ReadAllText(Seed("member-points", "binzhou-2018-scheme.json"))
            .Replace("\"participationWeight\": 0.5", "\"participationWeight\": 5", StringComparison.Ordinal));
        var data = Seed("evaluation", "member-points-data-set-2018.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", data, "--scheme", scheme);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines[0].Should().StartWith($"{scheme}: $.content.participationWeight");
        run.StdoutLines[^1].Should().Be($"{data}: $: [{ValidateCommand.SchemeInvalid}] Not checked: the --scheme '{scheme}' it needs is not valid (its problems are listed above). (value: '{scheme}')");
    }

    [Fact]
    public void Validate_MissingScheme_IsAFileError() =>
        CliRun.In(DisplayLanguage.English, "validate", Seed("evaluation", "member-points-data-set-2018.json"), "--scheme", temp.Combine("absent.json"))
            .ExitCode.Should().Be(ExitCodes.FileError);

    [Fact]
    public void Validate_AsOfWithoutScheme_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "validate", Seed("evaluation", "member-points-data-set-2018.json"), "--as-of", "2019-01-15");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--as-of applies with --scheme only.");
    }

    [Fact]
    public void SchemeChecks_SchemeKindTwice_IsRefused()
    {
        var check = SchemeChecks.Default.Find("member-points-scheme")!;

        var act = () => new SchemeChecks([check, check]);

        act.Should().Throw<ArgumentException>().WithMessage("*'member-points-scheme'*");
    }
}
