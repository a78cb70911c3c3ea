using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 22 (the tool): <c>notices</c> lists the findings on rectification notices not rectified by a date and the overdue
/// measures of the ledger, by responsible department or person, with due dates and days overdue — states from the
/// Supervision and Responsibilities engines, options refused before any file is read.
/// </summary>
public sealed partial class NoticesCommandTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Seed(string area, string file) => Path.Combine(Seeds.Directory, area, file);

    private static string Records => Seed("supervision", "records-bz-2018.json");

    private static string Catalogue => Seed("supervision", "catalogue-004-shape.json");

    private static string Ledger => Seed("supervision", "ledger-bz-2018.json");

    /// <summary>The records, catalogue and ledger of the seed with the bundled structure (names shown, references checked).</summary>
    private static string[] All => [Records, Catalogue, Ledger, Seed("organizations", "binzhou-snapshot.json"), Seed("organizations", "binzhou-reform-2019.json")];

    [Fact]
    public void Notices_Golden_ByDepartment_InChinese()
    {
        var run = CliRun.Of(["notices", .. All, "--as-of", "2018-12-01"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify("notices/bz-2018-12-01.zh.txt", run.Stdout);
        EnglishWords(run.Stdout).Should().BeEmpty("zh-CN output names no English label or enum name");
    }

    [Fact]
    public void Notices_Golden_ByPerson_InEnglish()
    {
        var run = CliRun.Of(["notices", .. All, "--as-of", "2018-12-01", "--by", "person", "--lang", "en"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify("notices/bz-2018-12-01-person.en.txt", run.Stdout);
        run.Stdout.Should().NotContain("整改").And.NotContain("期限", "the labels are English; only the structure's names stay Chinese");
    }

    [Theory]
    [InlineData("csv", "zh")]
    [InlineData("json", "zh")]
    [InlineData("html", "en")]
    public void Notices_Golden_InEachFormat(string format, string language)
    {
        var run = CliRun.Of(["notices", .. All, "--as-of", "2018-12-01", "--format", format, "--lang", language]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify($"notices/bz-2018-12-01.{language}.{format}", run.Stdout);
    }

    [Fact]
    public void Notices_DaysOverdue_CountFromTheDueDate_NotBeforeItPasses()
    {
        // F05 is due on 2018-11-30 (notice N03, explicit date): on that day it is within its due date, the next day one day overdue.
        var onTheDay = Rows(CliRun.Of("notices", Records, Catalogue, Ledger, "--as-of", "2018-11-30", "--format", "json"));
        var dayAfter = Rows(CliRun.Of("notices", Records, Catalogue, Ledger, "--as-of", "2018-12-01", "--format", "json"));

        var item = onTheDay.Single(r => r.GetProperty("finding").GetString() == "F05" && r.GetProperty("notice").GetString() == "N03");
        item.GetProperty("state").GetString().Should().Be(nameof(FindingState.Open));
        item.GetProperty("daysOverdue").ValueKind.Should().Be(JsonValueKind.Null);
        onTheDay.Should().NotContain(r => r.GetProperty("measure").GetString() == "SUP-F05-M1", "the measure is not overdue on its due date");

        var overdue = dayAfter.Single(r => r.GetProperty("finding").GetString() == "F05" && r.GetProperty("notice").GetString() == "N03");
        overdue.GetProperty("state").GetString().Should().Be(nameof(FindingState.Overdue));
        overdue.GetProperty("daysOverdue").GetInt32().Should().Be(1);
        dayAfter.Single(r => r.GetProperty("measure").GetString() == "SUP-F05-M1").GetProperty("daysOverdue").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Notices_WithoutTheLedger_APastDueFindingIsListed_WithTheLedgerARectifiedOneIsNot()
    {
        // F03 was due on 2018-08-31; the ledger shows it done on 2018-08-28.
        var without = CliRun.Of("notices", Records, Catalogue, "--format", "json");
        var with = CliRun.Of("notices", Records, Catalogue, Ledger, "--format", "json");

        var f03 = Rows(without).Single(r => r.GetProperty("finding").GetString() == "F03");
        f03.GetProperty("state").GetString().Should().Be(nameof(FindingState.PastDue));
        f03.GetProperty("stateLabel").GetString().Should().Be("已过整改期限");
        f03.GetProperty("daysOverdue").GetInt32().Should().Be(122, "2018-08-31 to 2018-12-31, the last day of the records' year by default");
        without.Stdout.Should().Contain("未给出整改台账");
        Rows(with).Should().NotContain(r => r.GetProperty("finding").GetString() == "F03");
    }

    [Fact]
    public void Notices_OrgAndPerson_KeepOnlyTheirItems()
    {
        var org = Rows(CliRun.Of("notices", Records, Catalogue, Ledger, "--as-of", "2018-12-01", "--org", "BZ-002", "--format", "json"));
        var person = Rows(CliRun.Of("notices", Records, Catalogue, Ledger, "--as-of", "2018-12-01", "--person", "BZ-001-B02-M001", "--format", "json"));
        var nobody = CliRun.Of("notices", Records, Catalogue, Ledger, "--person", "BZ-009-B01-M001");

        org.Select(r => r.GetProperty("finding").GetString()).Should().Equal("F04");
        person.Select(r => r.GetProperty("finding").GetString()).Should().Equal("F06");
        nobody.ExitCode.Should().Be(ExitCodes.Success);
        nobody.StdoutLines[^1].Should().Be("无");
    }

    [Fact]
    public void Notices_OutCsv_StartsWithAByteOrderMark_AndSaysWhereOnStderr()
    {
        var path = temp.Combine("notices.csv");
        var run = CliRun.Of("notices", Records, Catalogue, Ledger, "--out", path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(path);
        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().StartWith("类别,整改责任单位,").And.Contain("\r\n");
    }

    [Theory]
    [InlineData("--by", "team", "--by 必须是 organization 或 person，而不是“team”。")]
    [InlineData("--format", "pdf", "--format 必须是 text, csv, json, html 之一，而不是“pdf”。")]
    [InlineData("--org", "??", "--org 必须是组织标识")]
    [InlineData("--as-of", "2018-13-01", "--as-of 必须是日期")]
    [InlineData("--out", "r.xlsx", "--out“r.xlsx”的扩展名不是任何报告格式的扩展名")]
    public void Notices_BadOption_IsRefusedBeforeAnyFileIsRead_InTheUsersLanguage(string option, string value, string message)
    {
        var run = CliRun.Of("notices", "no-such-records.json", option, value);

        run.ExitCode.Should().Be(ExitCodes.UsageError, "a bad option is refused before the missing file is noticed");
        run.StderrLines[0].Should().StartWith("pbeval：错误：").And.Contain(message);
    }

    [Fact]
    public void Notices_FilesOfTheWrongKindOrMissingOne_AreUsageErrors()
    {
        var noCatalogue = CliRun.In(DisplayLanguage.English, "notices", Records);
        var wrongKind = CliRun.In(DisplayLanguage.English, "notices", Records, Catalogue, Seed("supervision", "accountability-bz-2019.json"));
        var twice = CliRun.In(DisplayLanguage.English, "notices", Records, Catalogue, Catalogue);

        noCatalogue.ExitCode.Should().Be(ExitCodes.UsageError);
        noCatalogue.StderrLines[0].Should().Be("pbeval: error: 'notices' needs a supervision-catalogue document.");
        wrongKind.ExitCode.Should().Be(ExitCodes.UsageError);
        wrongKind.StderrLines[0].Should().Contain("(kind accountability-records); it takes supervision-records, supervision-catalogue,");
        twice.ExitCode.Should().Be(ExitCodes.UsageError);
        twice.StderrLines[0].Should().StartWith("pbeval: error: 'notices' takes one supervision-catalogue document");
    }

    [Fact]
    public void Notices_WithTheStructure_AnOrganizationNotInItIsAnInputError()
    {
        var records = temp.File("records.json", File.ReadAllText(Records).Replace("BZ-002", "BZ-999", StringComparison.Ordinal));

        var run = CliRun.In(DisplayLanguage.English, ["notices", records, Catalogue, Seed("organizations", "binzhou-snapshot.json")]);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stderr.Should().Contain($"[{SupervisionErrorCodes.OrganizationUnknown}]").And.Contain("BZ-999");
    }

    private static List<JsonElement> Rows(CliRun run)
    {
        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        return [.. document.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("noticeItems").EnumerateArray().Concat(g.GetProperty("overdueMeasures").EnumerateArray()))
            .Select(r => r.Clone())];
    }

    /// <summary>Lower-case English words of three letters or more (identifiers such as BZ-001 or SUP-F05 are upper case).</summary>
    internal static IEnumerable<string> EnglishWords(string text) => EnglishWord().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex("(?<![A-Za-z0-9-])[a-z]{3,}")]
    private static partial Regex EnglishWord();
}
