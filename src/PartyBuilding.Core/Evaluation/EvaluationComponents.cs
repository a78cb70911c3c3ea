using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Supervision;

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

    /// <summary>
    /// Gets the component supervision feeds (督导检查), or <see langword="null"/> (the default) when it feeds none: each
    /// department-level organization scores the share of its counted findings not past their due date
    /// (<c>100 × (counted − past due) ÷ counted</c>, 100 with none; the library's own formula). Set, the supervision catalogue
    /// and records must be given; the accountability records are optional.
    /// </summary>
    public AssessmentComponentId? Supervision { get; init; }

    /// <summary>
    /// Gets the scheme's rule raised for a department's supervision findings still open on the evaluation date and not past
    /// their due date (on a notice within its date, or on no notice yet): a veto or forced downgrade raised once, or a deduction
    /// item claimed <see cref="SupervisionPointsEach"/> per finding; <see langword="null"/> for none.
    /// </summary>
    public AssessmentFactorId? SupervisionOpen { get; init; }

    /// <summary>
    /// Gets the scheme's rule raised for a department's findings past their due date on the evaluation date (the notice's date
    /// passed, or the ledger's measure overdue): a veto or forced downgrade raised once, marked as a cause that already lowered
    /// the supervision component, or a deduction item claimed <see cref="SupervisionPointsEach"/> per finding; <see langword="null"/> for none.
    /// </summary>
    public AssessmentFactorId? SupervisionPastDue { get; init; }

    /// <summary>
    /// Gets a value indicating whether the supervision component and its rules also count the findings the rectification
    /// ledger carries (a problem whose origin is the finding). <see langword="false"/> by default: such a finding is counted by
    /// the rectification component and its rule only (不重复扣分, the library's own rule).
    /// </summary>
    public bool SupervisionCountsLedgerFindings { get; init; }

    /// <summary>
    /// Gets the scheme's rules raised by accountability outcomes against a department (问责): for each form of accountability
    /// (<see cref="AccountabilityForm"/>) the rule a case held to account in that form raises against the department
    /// of its subject (the organization held to account, or where the cadre serves). A veto or forced downgrade is raised once; a
    /// deduction item is claimed <see cref="SupervisionPointsEach"/> per case in that form. Empty for none.
    /// </summary>
    public ValueArray<AccountabilityFormRule> AccountabilityForms { get; init; }

    /// <summary>
    /// Gets the points claimed per finding or per case when a supervision or accountability rule is a deduction item;
    /// <see langword="null"/> (the default) for 1 point (示例: the library's illustrative figure; the scheme's item cap bounds the sum).
    /// </summary>
    public Score? SupervisionPointsEach { get; init; }

    /// <summary>Gets the points claimed per finding or case: <see cref="SupervisionPointsEach"/>, else 1.</summary>
    internal Score PointsEach => SupervisionPointsEach ?? Score.Of(1m);
}

/// <summary>The scheme's rule an accountability outcome in one form raises (问责方式对应的考核规则).</summary>
/// <param name="Form">The form of accountability (《中国共产党问责条例》（2019年修订）第八条).</param>
/// <param name="Rule">The scheme's veto, forced downgrade or deduction item.</param>
public sealed record AccountabilityFormRule(AccountabilityForm Form, AssessmentFactorId Rule);
