namespace PartyBuilding.Cli.Tests.Commands;

public sealed class ExplainCommandTest
{
    [Fact]
    public void Explain_PrintsTheTreeWithCitationsVetoRanksAndReceipt()
    {
        var run = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().StartWith("Annual assessment score (published): 94.15");
        run.Stdout.Should().Contain("“双述双评”按比例计入年度考核 [article-002]");
        run.Stdout.Should().Contain("Veto VETO-DISCIPLINE: Good → Average");
        run.Stdout.Should().Contain("band Average; rank 10 of 10 in BZ-WC, 5 in district D1");
        run.StdoutLines[^1].Should().StartWith("receipt SHA-256/canonical-json-v1 ");
    }

    [Fact]
    public void Explain_InChinese_ByDefault()
    {
        var run = CliRun.Of("explain", "--org", "BZ-001", "--year", "2024");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().Contain("档次 好；全委排名 1/10");
    }

    [Fact]
    public void Explain_BundledManifest_ReachesDownToTheDoubleReviewBallots()
    {
        var run = CliRun.Of("explain", "--org", "BZ-035", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().StartWith("Annual assessment score (published): 96.48");
        run.Stdout.Should().Contain("[article-002]");
        run.Stdout.Should().Contain("rank 1 of 96 in BZ-WC");
        run.StdoutLines.Length.Should().BeGreaterThan(40, "the tree goes down through the rater groups to the ballots");
    }

    [Fact]
    public void Explain_UnknownOrganization_SaysWhichAreThere()
    {
        var run = CliRun.Of("explain", "--org", "BZ-999", "--year", "2024");

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stderr.Should().Contain("organization 'BZ-999' is not in the data set").And.Contain("BZ-001");
    }

    [Fact]
    public void Explain_WithoutOrg_IsAUsageError()
    {
        var run = CliRun.Of("explain");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--org");
    }

    [Fact]
    public void Explain_MalformedOrgId_IsAUsageError()
    {
        var run = CliRun.Of("explain", "--org", "not an id");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
    }
}
