using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

public sealed class ExplainCommandTest
{
    [Fact]
    public void Explain_PrintsTheTreeWithCitationsVetoRanksAndReceipt()
    {
        var run = CliRun.Of("explain", "--org", "BZ-003", "--year", "2024", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().StartWith("Annual assessment score (published): 94.15");
        run.Stdout.Should().Contain("Binzhou municipal organs: an integrated pattern of party-building work [article-002]");
        run.Stdout.Should().Contain("Veto VETO-DISCIPLINE: Good → Average");
        run.Stdout.Should().Contain("band Average; rank 7 of 10 in BZ-WC, 4 in district D1"); // default policy: final band, then total
        run.StdoutLines[0].Should().Contain("the total earns Good").And.Contain("Good → Average").And.Contain("by final band, then total");
        run.StdoutLines[^1].Should().StartWith("receipt SHA-256/canonical-json-v2 ");
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
        run.StdoutLines[0].Should().StartWith("Annual assessment score (published): 96.24");
        run.Stdout.Should().Contain("[article-002]");
        run.Stdout.Should().Contain("rank 11 of 96 in BZ-WC, 4 in district D2");
        run.StdoutLines.Length.Should().BeGreaterThan(40, "the tree goes down through the rater groups to the ballots");
    }

    [Fact]
    public void Explain_Member_PrintsThePointsRollUpAndTheGrade_WithCitations()
    {
        var run = CliRun.Of("explain", "--org", "BZ-035", "--member", "BZ-035-B01-M004", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().Be("member BZ-035-B01-M004, branch BZ-035-B01 of BZ-035; Full member, 12 months in the party in 2018, 33 items declared");
        run.StdoutLines[1].Should().Be("Annual points: 57.95  [sum]");
        run.Stdout.Should().Contain("Points of 2018-01: 5  [sum]")
            .And.Contain("Branch audit: Approved: 1  ← ")
            .And.Contain("Binzhou municipal organs: an integrated pattern of party-building work [article-002]")
            .And.Contain("Mass review, quarter 4 (rating points averaged over the raters, rounded half away from zero at 2 places): 0.70  [rating-table")
            .And.Contain("Binzhou municipal organs: an integrated pattern of party-building work [article-002]")
            .And.Contain("Annual grade (Excellent): 1  [branch-quota")
            .And.Contain("Excellent quota of the branch (within the quota: excellent; ");
        run.StdoutLines[^1].Should().Be("points 57.95; grade Excellent");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Explain_Member_InChinese_ByDefault_AndAHardConditionCapsTheGrade()
    {
        var run = CliRun.Of("explain", "--org", "BZ-096", "--member", "BZ-096-B01-M004");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines[0].Should().StartWith("党员 BZ-096-B01-M004，BZ-096 BZ-096-B01 支部；正式党员");
        run.StdoutLines[^1].Should().EndWith("评定等次 不合格");
    }

    [Fact]
    public void Explain_OrganizationNotRanked_SaysWhy_AndItsMembersAreStillExplained()
    {
        var organization = CliRun.Of("explain", "--org", "BZ-097");
        var member = CliRun.Of("explain", "--org", "BZ-097", "--member", "BZ-097-B01-M001", "--lang", "en");

        organization.ExitCode.Should().Be(ExitCodes.InputInvalid);
        organization.StderrLines.Should().Equal("pbeval：错误：组织“BZ-097”未参加排名：缺少 DR（双述双评无效：第一轮（向全体党员述职）党员民主测评参评人数未达规定比例：17人中11人参评，应达80%（至少14人），本轮无效）。");
        member.ExitCode.Should().Be(ExitCodes.Success, member.Stderr);
        member.StdoutLines[^1].Should().Be("points 50.85; grade Qualified");
    }

    [Fact]
    public void Explain_UnknownMember_IsAOneLineInputError()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-035", "--member", "BZ-035-B01-M999");

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Equal("pbeval: error: member 'BZ-035-B01-M999' is not in the member-points data of BZ-WC for 2018; it has 1780 members.");
    }

    [Fact]
    public void Explain_MemberOfAnotherOrganization_SaysWhereTheMemberBelongs()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-001", "--member", "BZ-035-B01-M001");

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StderrLines.Should().Equal("pbeval: error: member 'BZ-035-B01-M001' belongs to 'BZ-035' (branch BZ-035-B01), not to 'BZ-001'.");
    }

    [Fact]
    public void Explain_MemberOfAnAssessmentDataSet_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-001", "--member", "BZ-001-B01-M001", "--year", "2024");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--member needs member-points data");
    }

    [Fact]
    public void Explain_MalformedMemberId_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-035", "--member", "not a member");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--member must be a member identifier");
    }

    [Fact]
    public void Explain_UnknownOrganization_SaysWhichAreThere()
    {
        var run = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-999", "--year", "2024");

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
