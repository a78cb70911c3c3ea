using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>Display labels of the enumerations of the <c>Standardization</c> area.</summary>
public static class StandardizationLabels
{
    /// <summary>Gets the labels of <see cref="CheckMethod"/>.</summary>
    public static LabelTable<CheckMethod> CheckMethods { get; } = LabelTables.Create(
        (CheckMethod.HearingReports, "听汇报", "Hearing reports"),
        (CheckMethod.CheckingFiles, "查档案", "Checking files"),
        (CheckMethod.ReviewingMaterials, "看材料", "Reviewing materials"),
        (CheckMethod.OnSite, "现场查看", "On-site inspection"));

    /// <summary>Gets the labels of <see cref="BranchTier"/>.</summary>
    public static LabelTable<BranchTier> BranchTiers { get; } = LabelTables.Create(
        (BranchTier.Lagging, "后进党支部", "Lagging branch"),
        (BranchTier.Standard, "标准党支部", "Standard branch"),
        (BranchTier.Advanced, "先进党支部", "Advanced branch"),
        (BranchTier.Exemplary, "过硬党支部", "Strong branch"));

    /// <summary>Gets the labels of <see cref="CoverageLevel"/>.</summary>
    public static LabelTable<CoverageLevel> CoverageLevels { get; } = LabelTables.Create(
        (CoverageLevel.Committee, "机关工委", "Working committee"),
        (CoverageLevel.District, "责任区", "Responsibility district"),
        (CoverageLevel.Department, "部门党组织", "Department"));

    /// <summary>Gets the label of a branch's raw points (the sum of its aspects).</summary>
    internal static LocalizedText RawPoints { get; } = new("原始得分", "Raw points");

    /// <summary>Gets the label of the raw points scaled to the 100-point scale.</summary>
    internal static LocalizedText ScaledTo100 { get; } = new("百分制折算", "Scaled to 100 points");

    /// <summary>Gets the label of a branch's standardization score.</summary>
    internal static LocalizedText BranchScore { get; } = new("支部标准化得分", "Branch standardization score");

    /// <summary>Gets the label of an observation derived from the records of organizational life.</summary>
    internal static LocalizedText ObservedFromRecords { get; } = new("观测值（由组织生活记录得出）", "Observed (derived from organizational-life records)");

    /// <summary>Gets the label of an observation the assessors recorded.</summary>
    internal static LocalizedText Observed { get; } = new("观测值", "Observed");

    /// <summary>Gets the label of an observation not recorded, whose default applies.</summary>
    internal static LocalizedText ObservedByDefault { get; } = new("观测值（未记录，取默认）", "Observed (not recorded, default)");

    /// <summary>Gets the label of the tier a score is eligible for.</summary>
    internal static LocalizedText EligibleTier { get; } = new("按得分可评等级", "Tier eligible by score");

    /// <summary>Gets the label of the tier named.</summary>
    internal static LocalizedText TierNamed { get; } = new("命名等级", "Tier named");

    /// <summary>Gets the label of the count of branches named at least the minimum tier.</summary>
    internal static LocalizedText CoveredBranches { get; } = new("达到等级的支部数", "Branches named at least the minimum tier");

    /// <summary>Gets the label of the count of branches on the roster.</summary>
    internal static LocalizedText RosterBranches { get; } = new("支部总数", "Branches on the roster");

    /// <summary>Gets the label of a lagging branch's gap to the standard threshold.</summary>
    internal static LocalizedText GapToStandard { get; } = new("距标准党支部差距", "Gap to a standard branch");

    /// <summary>Gets the label of an indicator short of its maximum.</summary>
    internal static LocalizedText ShortIndicator { get; } = new("失分指标", "Indicator short of its maximum");

    /// <summary>Gets the label of the count of lagging branches that reached standard.</summary>
    internal static LocalizedText RectifiedBranches { get; } = new("达到标准党支部以上的后进支部数", "Lagging branches that reached standard or above");

    /// <summary>Gets the label of one lagging branch followed up.</summary>
    internal static LocalizedText LaggingBranch { get; } = new("后进支部", "Lagging branch");
}
