using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Which department-level organization a branch's score counts for, and the order of the roll-up's explanation and vetoes.
/// The tree: committee WC; its own branch WC-B01 (no district, like BZ-WC-B01 of the Binzhou seed); departments A (district D1,
/// branches A-B01..A-B03) and N (no district, branch N-B01); S, a branch that is itself a department of district D1.
/// </summary>
public sealed class StandardizationComponentsDepartmentTest
{
    private static readonly OrganizationId Committee = O("WC");
    private static readonly AssessmentYear Year2018 = AssessmentYear.Create(2018);
    private static readonly AssessmentComponentId Std = AssessmentComponentId.Parse("STD");

    [Fact]
    public void DepartmentOf_TheCommitteesOwnBranchWithoutDistrict_IsNotCounted()
    {
        StandardizationComponents.DepartmentOf(Tree(), Committee, O("WC-B01")).Should().BeNull();
    }

    [Fact]
    public void DepartmentOf_ABranchThatIsADepartmentWithADistrict_IsItself()
    {
        StandardizationComponents.DepartmentOf(Tree(), Committee, O("S")).Should().Be(O("S"));
    }

    [Fact]
    public void DepartmentOf_ABranchBelowADepartment_IsTheDepartment_WithOrWithoutADistrict()
    {
        var tree = Tree();

        StandardizationComponents.DepartmentOf(tree, Committee, O("A-B02")).Should().Be(O("A"));
        StandardizationComponents.DepartmentOf(tree, Committee, O("N-B01")).Should().Be(O("N"));
    }

    [Fact]
    public void DepartmentOf_ADepartmentThatIsNoBranch_IsItself_EvenWithoutADistrict()
    {
        var tree = Tree();

        StandardizationComponents.DepartmentOf(tree, Committee, O("N")).Should().Be(O("N"));
        StandardizationComponents.DepartmentOf(tree, Committee, O("A")).Should().Be(O("A"));
    }

    [Fact]
    public void DepartmentOf_OutsideTheCommittee_IsNull()
    {
        var tree = Tree();

        StandardizationComponents.DepartmentOf(tree, Committee, O("WC")).Should().BeNull();
        StandardizationComponents.DepartmentOf(tree, Committee, O("ELSEWHERE")).Should().BeNull();
        StandardizationComponents.DepartmentOf(tree, O("A"), O("A-B01")).Should().BeNull("A-B01 is a child of A, but a branch with no district");
    }

    [Fact]
    public void DepartmentOf_NullTree_ThrowsArgumentNullNamingOrganizations()
    {
        var act = () => StandardizationComponents.DepartmentOf(null!, Committee, O("A-B01"));

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("organizations");
    }

    [Fact]
    public void Article002_HundredPointBranchScores_ExplainedAndVetoedInBranchOrder_WhateverTheInputOrder()
    {
        // A: (80.5 + 90 + 85) / 3 = 85.1666… → 85.17; the children and vetoes follow the branch ids, not the input order.
        // S (a department that is a branch) counts for itself; the committee's own branch WC-B01 is not counted.
        var veto = AssessmentFactorId.Parse("DOWN-STD");
        var outcome = new StandardizationOutcome(
        [
            Branch("A-B03", 80.5m, "B3"),
            Branch("WC-B01", 10m),
            Branch("A-B01", 90m, "B1", "B0"),
            Branch("S", 75m),
            Branch("A-B02", 85m),
        ], [], []);

        var inputs = StandardizationComponents.ToComponentInputs(outcome, Year2018, Tree(), Committee, Std, veto);

        inputs.Select(i => (i.Organization, i.Score)).Should().Equal((O("A"), Score.Of(85.17m)), (O("S"), Score.Of(75m)));
        var explanation = inputs[0].Explanation!;
        explanation.Children.Select(c => c.Value).Should().Equal(90m, 85m, 80.5m);
        explanation.Citation.Should().Be(StandardizationRules.HundredPointScale);
        explanation.Citation.Should().Be(Sources.Article002.At("对所辖党支部实行百分制考核"));
        inputs[0].Vetoes.Should().Equal(
            new VetoFlag(veto, new LocalizedText("支部A-B01因B0、B1被否决", "branch A-B01 vetoed on B0, B1")),
            new VetoFlag(veto, new LocalizedText("支部A-B03因B3被否决", "branch A-B03 vetoed on B3")));
    }

    private static OrganizationId O(string id) => OrganizationId.Parse(id);

    private static BranchScoreResult Branch(string branch, decimal score, params string[] vetoes) =>
        new(O(branch), Year2018, CatalogueId.Parse("C-2018"), Score.Of(score), Score.Of(100m), Score.Of(score),
            [.. vetoes.Select(IndicatorId.Parse)], [], Explanation.Given(new LocalizedText("支部得分", "Branch score"), score));

    private static OrganizationTree Tree()
    {
        var d1 = DistrictId.Parse("D1");
        var leader = MemberId.Parse("A-B01-M001");
        var snapshot = new OrganizationSnapshot(
            new LocalDate(2019, 1, 1),
            [
                new Organization(Committee, OrganizationKind.WorkingCommittee, "工委"),
                new Organization(O("WC-B01"), OrganizationKind.Branch, "工委机关党支部", Committee),
                new Organization(O("A"), OrganizationKind.OrganPartyCommittee, "甲局机关党委", Committee, d1),
                new Organization(O("A-B01"), OrganizationKind.Branch, "甲局第1党支部", O("A")),
                new Organization(O("A-B02"), OrganizationKind.Branch, "甲局第2党支部", O("A")),
                new Organization(O("A-B03"), OrganizationKind.Branch, "甲局第3党支部", O("A")),
                new Organization(O("N"), OrganizationKind.OrganPartyCommittee, "乙局机关党委", Committee),
                new Organization(O("N-B01"), OrganizationKind.Branch, "乙局第1党支部", O("N")),
                new Organization(O("S"), OrganizationKind.Branch, "丙局机关党支部", Committee, d1),
            ],
            [new PartyMember(leader, "责任区负责人", O("A-B01"), MembershipStatus.Full, new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1))],
            districts: [new ResponsibilityDistrict(d1, "第一责任区", Committee, leader)]);
        return OrganizationRegistry.Create(snapshot).AsOf(new LocalDate(2019, 1, 15));
    }
}
