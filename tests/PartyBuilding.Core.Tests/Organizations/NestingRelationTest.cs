using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the relations of <see cref="NestingRules.Default"/> (2019 organ regulation): the working committee guides and
/// supervises a department's leading party group or party committee (第三十四条) and leads the organ's grassroots
/// organizations (第三十三、三十四条); the department's party group leads its organ's grassroots organizations (第二条).
/// </summary>
public sealed class NestingRelationTest
{
    [Theory]
    [InlineData(OrganizationKind.LeadingPartyGroup)]
    [InlineData(OrganizationKind.PartyCommittee)]
    public void OrganRegulation2019_Article34_WorkingCommitteeGuidesAndSupervisesTheDepartmentsPartyGroup(OrganizationKind department) =>
        NestingRules.Default.RelationOf(OrganizationKind.WorkingCommittee, department).Should().Be(NestingRelation.GuidesAndSupervises);

    [Theory]
    [InlineData(OrganizationKind.OrganPartyCommittee)]
    [InlineData(OrganizationKind.GeneralBranch)]
    [InlineData(OrganizationKind.Branch)]
    public void OrganRegulation2019_Article34_WorkingCommitteeLeadsTheOrgansGrassrootsOrganizations(OrganizationKind grassroots) =>
        NestingRules.Default.RelationOf(OrganizationKind.WorkingCommittee, grassroots).Should().Be(NestingRelation.Leads);

    [Theory]
    [InlineData(OrganizationKind.LeadingPartyGroup)]
    [InlineData(OrganizationKind.PartyCommittee)]
    public void OrganRegulation2019_Article2_PartyGroupLeadsTheOrganPartyCommittee(OrganizationKind department) =>
        NestingRules.Default.RelationOf(department, OrganizationKind.OrganPartyCommittee).Should().Be(NestingRelation.Leads);

    [Fact]
    public void RelationOf_APairNotAllowed_IsNullAndNotAllowed()
    {
        NestingRules.Default.RelationOf(OrganizationKind.Branch, OrganizationKind.WorkingCommittee).Should().BeNull();
        NestingRules.Default.Allows(OrganizationKind.Branch, OrganizationKind.WorkingCommittee).Should().BeFalse();
        NestingRules.Default.Allows(OrganizationKind.WorkingCommittee, OrganizationKind.LeadingPartyGroup).Should().BeTrue();
    }

    [Fact]
    public void KindNesting_WithoutRelation_Leads() =>
        new KindNesting(OrganizationKind.Branch, OrganizationKind.PartyGroup).Relation.Should().Be(NestingRelation.Leads);
}
