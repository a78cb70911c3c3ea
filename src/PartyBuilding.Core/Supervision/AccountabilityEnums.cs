using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Whom an accountability case holds to account (问责对象): a party organization or a leading cadre of the party
/// (《中国共产党问责条例》（2019年修订）第五条: 问责对象是党组织、党的领导干部).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<AccountabilitySubjectKind>))]
public enum AccountabilitySubjectKind
{
    /// <summary>A party organization (党组织).</summary>
    PartyOrganization = 1,

    /// <summary>A leading cadre of the party (党的领导干部), a person.</summary>
    LeadingCadre = 2,
}

/// <summary>
/// A form of accountability (问责方式) of 《中国共产党问责条例》（2019年修订）第八条: 检查, 通报 and 改组 for a party organization;
/// 通报, 诫勉, 组织调整或者组织处理 and 纪律处分 for a leading cadre; used alone or combined
/// (<see cref="AccountabilityRules.OrganizationForms"/>, <see cref="AccountabilityRules.CadreForms"/>).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<AccountabilityForm>))]
public enum AccountabilityForm
{
    /// <summary>Inspection (检查): the organization is ordered to make a written self-examination and rectify; for organizations only.</summary>
    Inspection = 1,

    /// <summary>Circular (通报): ordered to rectify and circulated within a scope; for organizations and cadres.</summary>
    Circular = 2,

    /// <summary>Reorganization (改组) of an organization that seriously breached discipline and cannot correct itself; for organizations only.</summary>
    Reorganization = 3,

    /// <summary>Admonition (诫勉), by talk or in writing; for cadres only.</summary>
    Admonition = 4,

    /// <summary>Organizational adjustment or handling (组织调整或者组织处理): suspension, reassignment, ordered resignation, removal, demotion; for cadres only.</summary>
    OrganizationalAdjustment = 5,

    /// <summary>Disciplinary sanction (纪律处分) under the party's disciplinary regulation; for cadres only.</summary>
    DisciplinarySanction = 6,
}

/// <summary>What a fact of an accountability case is (问责事实的类别).</summary>
[JsonConverter(typeof(StrictEnumConverter<AccountabilityFactKind>))]
public enum AccountabilityFactKind
{
    /// <summary>A finding of a supervision visit (督导发现的问题).</summary>
    SupervisionFinding = 1,

    /// <summary>A rectification measure of a ledger that was overdue when the case was decided (逾期未完成的整改措施).</summary>
    OverdueMeasure = 2,

    /// <summary>A veto raised against an organization in an annual assessment (一票否决事项).</summary>
    Veto = 3,
}
