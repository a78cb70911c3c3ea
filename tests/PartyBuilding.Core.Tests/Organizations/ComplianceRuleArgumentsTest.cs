using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the argument checks the compliance rules document: blank names and missing parameters are refused when a rule
/// is made, and the public helpers refuse a missing tree or organization, each naming the argument.
/// </summary>
public sealed class ComplianceRuleArgumentsTest
{
    private static readonly Citation Cited = Sources.BranchWorkRegulation2018.At("第四条");

    private static DatedParameter<int> Limit() => DatedParameter.Constant("limit", new LocalDate(2018, 10, 28), 50, Cited);

    private static DatedParameter<Share> OnePercent() => DatedParameter.Constant("share", new LocalDate(2019, 12, 29), Share.FromDecimal(0.01m), Cited);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void BranchMemberLimitRule_BlankName_IsRefusedNamingTheName(string? name)
    {
        var act = () => new BranchMemberLimitRule(name!, ComplianceSeverity.Warning, Limit());

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void BranchMemberLimitRule_NullLimit_IsRefusedNamingTheLimit()
    {
        var act = () => new BranchMemberLimitRule("branch-over-limit", ComplianceSeverity.Warning, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("limit");
    }

    [Fact]
    public void BranchMemberLimitRule_GivenNameAndSeverity_AreKept()
    {
        var rule = new BranchMemberLimitRule("branch-over-limit", ComplianceSeverity.Advice, Limit());

        (rule.Name, rule.Severity).Should().Be(("branch-over-limit", ComplianceSeverity.Advice));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void StaffingRatioRule_BlankName_IsRefusedNamingTheName(string? name)
    {
        var act = () => new StaffingRatioRule(name!, ComplianceSeverity.Warning, OnePercent());

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void StaffingRatioRule_NullShare_IsRefusedNamingTheShare()
    {
        var act = () => new StaffingRatioRule("staffing", ComplianceSeverity.Warning, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("share");
    }

    [Fact]
    public void StaffingRatioRule_PartyAffairsCadresOfNullTree_ThrowsArgumentNullNamingTheTree()
    {
        var act = () => StaffingRatioRule.PartyAffairsCadres(null!, O("D1"));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tree");
    }

    [Fact]
    public void BranchCommitteeSizeRule_CommitteeSizeOfNullTree_ThrowsArgumentNullNamingTheTree()
    {
        var act = () => BranchCommitteeSizeRule.CommitteeSize(null!, O("D1-B01"));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tree");
    }

    [Fact]
    public void TermOfOfficeRule_TermEndsOfNullOrganization_ThrowsArgumentNullNamingTheOrganization()
    {
        var act = () => new TermOfOfficeRule().TermEnds(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("organization");
    }
}
