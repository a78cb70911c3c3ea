using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>The passages of the source articles the member-points rules come from.</summary>
public static class MemberPointsCitations
{
    /// <summary>Gets article 002 on the 50 standards derived from "four speaks, four haves" and "four qualifieds".</summary>
    public static Citation FiftyStandards { get; } = Sources.Article002.At("依据“四讲四有,四个合格”,把“合格党员”的标准具体细化为50项标准");

    /// <summary>Gets article 002 on the monthly self-declaration of points (党员每月积分个人申报).</summary>
    public static Citation MonthlyDeclaration { get; } = Sources.Article002.At("党员每月积分个人申报,进行自我监督");

    /// <summary>Gets article 002 on the branch's monthly audit of points (支部每月积分审核).</summary>
    public static Citation MonthlyAudit { get; } = Sources.Article002.At("支部每月积分审核");

    /// <summary>Gets article 002 on the masses' quarterly review of members (群众每季党员评议).</summary>
    public static Citation QuarterlyMassReview { get; } = Sources.Article002.At("群众每季党员评议,进行民主监督");

    /// <summary>Gets article 002 on the annual grading into four grades (年度组织定级; 优秀、合格、基本合格、不合格).</summary>
    public static Citation AnnualGrading { get; } = Sources.Article002.At("用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级");

    /// <summary>Gets the library's rule that a standard the scheme names is counted from the records of organizational life instead of declared (本库规则): article 002 has members declare every item.</summary>
    public static Citation FromRecords { get; } = Sources.LibraryRules.At("方案指定的积分标准由组织生活记录计分，不再个人申报（本库规则）");

    /// <summary>Gets article 003 on linking points to awards and promotion (与评先评优、干部使用提拔有机结合).</summary>
    public static Citation AwardsAndPromotion { get; } = Sources.Article003.At("党员积分制管理没有完全做到与岗位党员评先评优、干部使用提拔有机结合");
}
