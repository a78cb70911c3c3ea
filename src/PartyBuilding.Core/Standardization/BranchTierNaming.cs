using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The tier a branch is named at for one year (年度命名结果), with the tier it held before and the tier its score alone would give.</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="Year">The year of the naming.</param>
/// <param name="PreviousTier">The tier named in the branch's latest earlier naming, or <see langword="null"/> for a first naming (which climbs from lagging).</param>
/// <param name="EligibleTier">The tier the tier rule gives for the score, before climbing and vetoes.</param>
/// <param name="Tier">The tier named.</param>
/// <param name="Result">The branch's score result the naming rests on.</param>
/// <param name="Explanation">Why: the eligible tier, the climbing limit, any veto.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BranchTierNaming(
    OrganizationId BranchId,
    AssessmentYear Year,
    BranchTier EligibleTier,
    BranchTier Tier,
    BranchScoreResult Result,
    Explanation Explanation,
    BranchTier? PreviousTier = null)
{
    /// <summary>Gets a value indicating whether the climbing limit held the branch below its eligible tier.</summary>
    public bool HeldByClimbingLimit => !Result.IsVetoed && Tier.IsLowerThan(EligibleTier);
}
