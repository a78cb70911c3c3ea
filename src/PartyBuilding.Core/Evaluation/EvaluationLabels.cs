using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Display labels of the enumerations of the <c>Evaluation</c> composition.</summary>
public static class EvaluationLabels
{
    /// <summary>Gets the labels of <see cref="IncompleteOrganizationPolicy"/>.</summary>
    public static LabelTable<IncompleteOrganizationPolicy> IncompleteOrganizationPolicies { get; } = LabelTables.Create(
        (IncompleteOrganizationPolicy.Fail, "数据不全即中止", "Fail"),
        (IncompleteOrganizationPolicy.Exclude, "数据不全不参加排名", "Exclude from ranking"));
}
