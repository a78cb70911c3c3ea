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
}
