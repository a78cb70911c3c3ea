using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Display labels of the enumerations of the <c>Evaluation</c> composition.</summary>
public static class EvaluationLabels
{
    /// <summary>Gets the labels of <see cref="IncompleteOrganizationPolicy"/>.</summary>
    public static LabelTable<IncompleteOrganizationPolicy> IncompleteOrganizationPolicies { get; } = LabelTables.Create(
        (IncompleteOrganizationPolicy.Fail, "数据不全即中止", "Fail"),
        (IncompleteOrganizationPolicy.Exclude, "数据不全不参加排名", "Exclude from ranking"));

    /// <summary>Gets the labels of <see cref="VetoedBranchRule"/>.</summary>
    public static LabelTable<VetoedBranchRule> VetoedBranchRules { get; } = LabelTables.Create(
        (VetoedBranchRule.Count, "被否决支部按原得分计入平均", "Vetoed branches count at their score"),
        (VetoedBranchRule.Zero, "被否决支部按零分计入平均", "Vetoed branches count as zero"),
        (VetoedBranchRule.Exclude, "被否决支部不计入平均", "Vetoed branches are left out of the mean"));

    /// <summary>Gets the labels of <see cref="EvaluationStage"/>.</summary>
    public static LabelTable<EvaluationStage> EvaluationStages { get; } = LabelTables.Create(
        (EvaluationStage.CheckingDocuments, "校验文件", "Checking documents"),
        (EvaluationStage.RunningArea, "计算分项", "Running an area"),
        (EvaluationStage.Assessing, "综合考核与排名", "Assessing and ranking"),
        (EvaluationStage.Completed, "评价完成", "Completed"));
}
