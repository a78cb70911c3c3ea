using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins that every built-in rule applies the thresholds it is given instead of the regulations' defaults
/// (<see cref="OrganizationRegulations"/>): a scheme's stricter threshold yields a finding the default would not, and
/// the finding names the given parameter, its value and its citation.
/// </summary>
public sealed class ComplianceRuleThresholdsTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static readonly Citation Scheme = new CitationSource("scheme-test", new LocalizedText("测试方案", "Test scheme"), CitationSourceKind.Scheme).At("组织设置");

    private static DatedParameter<int> Given(string name, int value) => DatedParameter.Constant(name, new LocalDate(2018, 1, 1), value, Scheme);

    private static SnapshotBuilder Branch(int full, bool committee = false) =>
        new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, secretary: true)
            .Org("D1-B01", OrganizationKind.Branch, "D1", committee).Members("D1-B01", full);

    /// <summary>The single finding about <paramref name="org"/>: rule, parameter name, threshold, measured value and citation.</summary>
    private static (string Rule, string Parameter, decimal Threshold, decimal Measured, Citation Citation) Only(SnapshotBuilder builder, ComplianceRule rule, string org)
    {
        var finding = ComplianceChecker.Check(builder.Tree(), [rule]).For(O(org)).Should().ContainSingle().Subject;
        return (finding.Rule, finding.Explanation.Parameters["parameter"], finding.Threshold, finding.Measured, finding.Citation);
    }

    [Fact]
    public void BranchWorkRegulation2018_Article4_GivenMinimumOfFive_ReportsABranchOfFourFullMembers() =>
        Only(Branch(4), new BranchMinimumFullMembersRule(Given("scheme.minimum-full-members", 5)), "D1-B01")
            .Should().Be(("branch-minimum-full-members", "scheme.minimum-full-members", 5m, 4m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenCommitteeThresholdOfFour_ReportsABranchOfFourWithoutCommittee() =>
        Only(Branch(4), new BranchCommitteeRequiredRule(Given("scheme.committee-full-members", 4)), "D1-B01")
            .Should().Be(("branch-committee-required", "scheme.committee-full-members", 4m, 4m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenCommitteeMinimumOfFour_ReportsACommitteeOfThree() =>
        Only(Branch(9, committee: true).Committee("D1-B01", 3), new BranchCommitteeSizeRule(minimum: Given("scheme.committee-minimum", 4)), "D1-B01")
            .Should().Be(("branch-committee-size", "scheme.committee-minimum", 4m, 3m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenCommitteeMaximumOfFour_ReportsACommitteeOfFive() =>
        Only(Branch(9, committee: true).Committee("D1-B01", 5), new BranchCommitteeSizeRule(maximum: Given("scheme.committee-maximum", 4)), "D1-B01")
            .Should().Be(("branch-committee-size", "scheme.committee-maximum", 4m, 5m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenGeneralMaximumOfThree_WarnsAboutACommitteeOfFour() =>
        Only(Branch(9, committee: true).Committee("D1-B01", 4), new BranchCommitteeGeneralSizeRule(generalMaximum: Given("scheme.committee-general-maximum", 3)), "D1-B01")
            .Should().Be(("branch-committee-size-general", "scheme.committee-general-maximum", 3m, 4m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenHardMaximumOfNine_StillWarnsAboutACommitteeOfEight() =>
        Only(Branch(9, committee: true).Committee("D1-B01", 8), new BranchCommitteeGeneralSizeRule(maximum: Given("scheme.committee-maximum", 9)), "D1-B01")
            .Should().Be(("branch-committee-size-general", "branch.committee-general-maximum", 5m, 8m, Sources.BranchWorkRegulation2018.At("第六章（委员会由3至5人组成）")));

    [Fact]
    public void OrganRegulation2019_Article5_GivenCommitteeFormOfTwenty_AdvisesABranchOfTwenty() =>
        Only(Branch(20), new OrganizationFormAdviceRule(committeeMembers: Given("scheme.committee-members", 20)), "D1-B01")
            .Should().Be(("form-advice", "scheme.committee-members", 20m, 20m, Scheme));

    [Fact]
    public void OrganRegulation2019_Article6_GivenGeneralBranchFormOfTen_AdvisesABranchOfTen() =>
        Only(Branch(10), new OrganizationFormAdviceRule(generalBranchMembers: Given("scheme.general-branch-members", 10)), "D1-B01")
            .Should().Be(("form-advice", "scheme.general-branch-members", 10m, 10m, Scheme));

    [Fact]
    public void LibraryRule_GivenPartyGroupMinimumOfTwo_WarnsAboutAGroupOfOne() =>
        Only(Branch(3).Org("D1-B01-G01", OrganizationKind.PartyGroup, "D1-B01").Members("D1-B01-G01", 1),
                new PartyGroupWithoutMembersRule(Given("scheme.party-group-minimum", 2)), "D1-B01-G01")
            .Should().Be(("party-group-empty", "scheme.party-group-minimum", 2m, 1m, Scheme));

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_GivenTwoSecretariesRequired_ReportsABranchWithOne() =>
        Only(Branch(3).Role("D1-B01", "D1-B01-M001", PartyRole.Secretary), new SecretaryRequiredRule(Given("scheme.secretary-minimum", 2)), "D1-B01")
            .Should().Be(("secretary-required", "scheme.secretary-minimum", 2m, 1m, Scheme));

    [Fact]
    public void OrganRegulation2019_Article5_GivenCommitteeTermOfTwoYears_ReportsACommitteeElectedThreeYearsAgo() =>
        Only(new SnapshotBuilder(Day).Org("D1", OrganizationKind.OrganPartyCommittee, "WC", committee: true, elected: new LocalDate(2021, 6, 30), secretary: true),
                new TermOfOfficeRule(committeeYears: Given("scheme.committee-years", 2)), "D1")
            .Should().Be(("term-expired", "scheme.committee-years", 2m, 366m, Scheme));

    [Fact]
    public void OrganRegulation2019_Article6_GivenGeneralBranchTermOfOneYear_ReportsAGeneralBranchElectedIn2023() =>
        Only(new SnapshotBuilder(Day).Org("G1", OrganizationKind.GeneralBranch, "WC", committee: true, elected: new LocalDate(2023, 1, 1), secretary: true),
                new TermOfOfficeRule(generalBranchYears: Given("scheme.general-branch-years", 1)), "G1")
            .Should().Be(("term-expired", "scheme.general-branch-years", 1m, 181m, Scheme));

    [Fact]
    public void OrganRegulation2019_Article7_GivenBranchTermOfOneYear_ReportsABranchElectedIn2023() =>
        Only(new SnapshotBuilder(Day).Org("D1-B01", OrganizationKind.Branch, "WC", elected: new LocalDate(2023, 1, 1)).Members("D1-B01", 3),
                new TermOfOfficeRule(branchYears: Given("scheme.branch-years", 1)), "D1-B01")
            .Should().Be(("term-expired", "scheme.branch-years", 1m, 181m, Scheme));
}
