using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>The kind of a party organization (党组织类型); which kind may sit under which is data (<see cref="NestingRules"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<OrganizationKind>))]
public enum OrganizationKind
{
    /// <summary>A working committee of agency organs (机关工委), the root that supervises departments.</summary>
    WorkingCommittee = 1,

    /// <summary>A department's leading party group (党组).</summary>
    LeadingPartyGroup = 2,

    /// <summary>A department's party committee (党委).</summary>
    PartyCommittee = 3,

    /// <summary>An organ party committee (机关党委), the grassroots committee of an organ.</summary>
    OrganPartyCommittee = 4,

    /// <summary>An organ discipline committee (机关纪委).</summary>
    OrganDisciplineCommittee = 5,

    /// <summary>A general branch (党总支).</summary>
    GeneralBranch = 6,

    /// <summary>A party branch (党支部).</summary>
    Branch = 7,

    /// <summary>A joint branch of several small units (联合党支部).</summary>
    JointBranch = 8,

    /// <summary>A temporary branch set up for a task (临时党支部).</summary>
    TemporaryBranch = 9,

    /// <summary>A branch of retired cadres (离退休干部党支部).</summary>
    RetireeBranch = 10,

    /// <summary>A party group within a branch (党小组).</summary>
    PartyGroup = 11,
}
