using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>The family a points standard belongs to (标准归类), after article 002's "four speaks, four haves" and "four qualifieds".</summary>
[JsonConverter(typeof(StrictEnumConverter<StandardGroup>))]
public enum StandardGroup
{
    /// <summary>"Four speaks, four haves" (四讲四有).</summary>
    FourSpeaksFourHaves = 1,

    /// <summary>"Four qualifieds" (四个合格).</summary>
    FourQualifieds = 2,
}

/// <summary>How a standard moves a member's points (积分类别).</summary>
[JsonConverter(typeof(StrictEnumConverter<PointsKind>))]
public enum PointsKind
{
    /// <summary>Base points for routine duties (基础分).</summary>
    Base = 1,

    /// <summary>Bonus points for outstanding conduct (加分).</summary>
    Bonus = 2,

    /// <summary>Points deducted for a failing (扣分); counted negatively.</summary>
    Deduction = 3,
}

/// <summary>The branch's decision on one declared item at its monthly audit (支部审核结论).</summary>
[JsonConverter(typeof(StrictEnumConverter<AuditDecision>))]
public enum AuditDecision
{
    /// <summary>Approved as declared (通过).</summary>
    Approve = 1,

    /// <summary>Approved with adjusted points, with a reason (调整).</summary>
    Adjust = 2,

    /// <summary>Rejected, with a reason; counts nothing (不予认定).</summary>
    Reject = 3,
}

/// <summary>The annual grade of a member (年度定级), best first.</summary>
[JsonConverter(typeof(StrictEnumConverter<MemberGrade>))]
public enum MemberGrade
{
    /// <summary>Excellent (优秀).</summary>
    Excellent = 1,

    /// <summary>Qualified (合格).</summary>
    Qualified = 2,

    /// <summary>Basically qualified (基本合格).</summary>
    BasicallyQualified = 3,

    /// <summary>Unqualified (不合格).</summary>
    Unqualified = 4,
}


/// <summary>What the monthly cycle made of one declaration (申报项处理结果).</summary>
[JsonConverter(typeof(StrictEnumConverter<DeclarationStatus>))]
public enum DeclarationStatus
{
    /// <summary>Audited and counted (possibly reduced by a cap, possibly to zero by a rejection).</summary>
    Counted = 1,

    /// <summary>Not audited yet: counts nothing until the branch audits it.</summary>
    Unaudited = 2,

    /// <summary>Rejected at audit: counts nothing.</summary>
    Rejected = 3,

    /// <summary>Submitted after the declaration deadline under a refusing late policy: counts nothing.</summary>
    Late = 4,

    /// <summary>A repeat of an item already declared (same member, standard and occurrence date): counts nothing.</summary>
    Duplicate = 5,

    /// <summary>Outside the period: another year, submitted before its month began, an occurrence outside its month, or a month before the member joined.</summary>
    OutOfPeriod = 6,
}

/// <summary>How declarations submitted after the deadline are treated (逾期申报).</summary>
[JsonConverter(typeof(StrictEnumConverter<LateDeclarationPolicy>))]
public enum LateDeclarationPolicy
{
    /// <summary>Late declarations count nothing, whatever the audit says.</summary>
    Refuse = 1,

    /// <summary>Late declarations count like timely ones once audited; they stay marked late in the trail.</summary>
    Accept = 2,
}

/// <summary>Why a member received no grade (不定级原因).</summary>
[JsonConverter(typeof(StrictEnumConverter<UngradedReason>))]
public enum UngradedReason
{
    /// <summary>Still probationary at year end and the scheme does not grade probationary members.</summary>
    Probationary = 1,

    /// <summary>In the party for fewer months of the year than the scheme's minimum.</summary>
    TooFewMonths = 2,
}
