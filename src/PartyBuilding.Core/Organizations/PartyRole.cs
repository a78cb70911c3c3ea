using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A role a member holds in an organization.</summary>
[JsonConverter(typeof(StrictEnumConverter<PartyRole>))]
public enum PartyRole
{
    /// <summary>The secretary (书记), the first responsible person (第一责任人).</summary>
    Secretary = 1,

    /// <summary>A deputy secretary (副书记).</summary>
    DeputySecretary = 2,

    /// <summary>The committee member for organization (组织委员).</summary>
    OrganizationCommitteeMember = 3,

    /// <summary>The committee member for propaganda (宣传委员).</summary>
    PropagandaCommitteeMember = 4,

    /// <summary>The committee member for discipline inspection (纪检委员).</summary>
    DisciplineCommitteeMember = 5,

    /// <summary>Another committee member (委员).</summary>
    CommitteeMember = 6,

    /// <summary>A full-time party-affairs cadre (专职党务干部), counted for the staffing ratio.</summary>
    FullTimePartyAffairsCadre = 7,

    /// <summary>A member of the leading group (班子成员) with "one post, two duties" (一岗双责).</summary>
    LeadingGroupMember = 8,

    /// <summary>The leader of a party group (党小组组长).</summary>
    GroupLeader = 9,
}
