using PartyBuilding.Core.Assessment;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Which component of the assessment scheme each area feeds, and which precedence rules the areas raise.</summary>
/// <param name="DoubleReview">The component the double review feeds; <see langword="null"/> when it feeds none.</param>
/// <param name="Standardization">The component branch standardization feeds.</param>
/// <param name="StandardizationVeto">The scheme's rule raised when a branch of the organization is vetoed.</param>
/// <param name="MemberPoints">The component member-points statistics feed.</param>
/// <param name="Responsibilities">The component the responsibility lists feed.</param>
/// <param name="Rectification">The component the rectification ledger feeds.</param>
/// <param name="RectificationOverdue">The scheme's rule raised when a rectification measure is overdue.</param>
/// <param name="StandardizationVetoedBranches">How a vetoed branch counts in its department's standardization mean; <see cref="VetoedBranchRule.Count"/> by default.</param>
public sealed record EvaluationComponents(
    AssessmentComponentId? DoubleReview = null,
    AssessmentComponentId? Standardization = null,
    AssessmentFactorId? StandardizationVeto = null,
    AssessmentComponentId? MemberPoints = null,
    AssessmentComponentId? Responsibilities = null,
    AssessmentComponentId? Rectification = null,
    AssessmentFactorId? RectificationOverdue = null,
    VetoedBranchRule StandardizationVetoedBranches = VetoedBranchRule.Count)
{
    /// <summary>
    /// Gets the component the compliance check of organizational life feeds (组织生活合规), or <see langword="null"/> (the
    /// default) when it feeds none: each department-level organization scores the share of the rules met across its branches
    /// (<c>100 × met ÷ checked</c>, the library's own formula). Set, the records and the scheme of organizational life must be given.
    /// </summary>
    public AssessmentComponentId? OrganizationalLife { get; init; }
}
