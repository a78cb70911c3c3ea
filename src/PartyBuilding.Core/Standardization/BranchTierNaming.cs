using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The tier a branch is named at for one year (年度命名结果), with the tier it held before and the tier its score alone would give.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BranchTierNaming
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a naming; only the engine builds one.</summary>
    /// <param name="branchId">The branch.</param>
    /// <param name="year">The year of the naming.</param>
    /// <param name="eligibleTier">The tier the tier rule gives for the score, before climbing and vetoes.</param>
    /// <param name="tier">The tier named.</param>
    /// <param name="result">The branch's score result the naming rests on.</param>
    /// <param name="explanation">Why: the eligible tier, the climbing limit, any veto; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    /// <param name="previousTier">The tier named in the branch's latest earlier naming, or <see langword="null"/> for a first naming (which climbs from lagging).</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal BranchTierNaming(
        OrganizationId branchId,
        AssessmentYear year,
        BranchTier eligibleTier,
        BranchTier tier,
        BranchScoreResult result,
        Explanation? explanation,
        BranchTier? previousTier = null)
    {
        BranchId = branchId;
        Year = year;
        EligibleTier = eligibleTier;
        Tier = tier;
        Result = result;
        _explanation = new DeferredExplanation(explanation);
        PreviousTier = previousTier;
    }

    /// <summary>Gets the branch.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets the year of the naming.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the tier the tier rule gives for the score, before climbing and vetoes.</summary>
    public BranchTier EligibleTier { get; }

    /// <summary>Gets the tier named.</summary>
    public BranchTier Tier { get; }

    /// <summary>Gets the branch's score result the naming rests on.</summary>
    public BranchScoreResult Result { get; }

    /// <summary>Gets why: the eligible tier, the climbing limit, any veto; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the tier named in the branch's latest earlier naming, or <see langword="null"/> for a first naming (which climbs from lagging).</summary>
    public BranchTier? PreviousTier { get; }

    /// <summary>Gets a value indicating whether the climbing limit held the branch below its eligible tier.</summary>
    public bool HeldByClimbingLimit => !Result.IsVetoed && Tier.IsLowerThan(EligibleTier);
}
