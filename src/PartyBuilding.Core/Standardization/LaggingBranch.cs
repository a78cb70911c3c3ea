using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>An indicator that holds a lagging branch back: a veto it triggered, or points short of the maximum.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorShortfall
{
    /// <summary>Initializes a shortfall; only the engine builds one.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="aspectId">Its aspect.</param>
    /// <param name="points">The points earned.</param>
    /// <param name="maxPoints">The maximum.</param>
    /// <param name="shortfall">The points missing (zero for a veto).</param>
    /// <param name="veto">Whether the indicator vetoed the branch.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal IndicatorShortfall(
        IndicatorId indicatorId,
        AspectId aspectId,
        Score points,
        Score maxPoints,
        Score shortfall,
        bool veto)
    {
        IndicatorId = indicatorId;
        AspectId = aspectId;
        Points = points;
        MaxPoints = maxPoints;
        Shortfall = shortfall;
        Veto = veto;
    }

    /// <summary>Gets the indicator.</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>Gets its aspect.</summary>
    public AspectId AspectId { get; }

    /// <summary>Gets the points earned.</summary>
    public Score Points { get; }

    /// <summary>Gets the maximum.</summary>
    public Score MaxPoints { get; }

    /// <summary>Gets the points missing (zero for a veto).</summary>
    public Score Shortfall { get; }

    /// <summary>Gets a value indicating whether the indicator vetoed the branch.</summary>
    public bool Veto { get; }
}

/// <summary>A branch named lagging (后进党支部) with what holds it back, for targeted rectification (article 001).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record LaggingBranch
{
    private readonly DeferredExplanation _explanation;
    private readonly DeferredList<IndicatorShortfall> _holdingBack;

    /// <summary>Initializes an entry; only the engine builds one.</summary>
    /// <param name="branchId">The branch.</param>
    /// <param name="departmentId">Its department.</param>
    /// <param name="districtId">Its district.</param>
    /// <param name="score">Its score on the 100-point scale.</param>
    /// <param name="gapToStandard">The points it lacks to the standard threshold; zero when only a veto or an aspect floor holds it back.</param>
    /// <param name="holdingBack">Vetoes first, then indicators by largest shortfall (ties by identifier).</param>
    /// <param name="explanation">The gap to the standard threshold over the score, with the indicators holding the branch back and the rule of targeted rectification (article 001); <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal LaggingBranch(
        OrganizationId branchId,
        OrganizationId departmentId,
        DistrictId districtId,
        Score score,
        Score gapToStandard,
        ValueArray<IndicatorShortfall> holdingBack,
        Explanation? explanation)
    {
        BranchId = branchId;
        DepartmentId = departmentId;
        DistrictId = districtId;
        Score = score;
        GapToStandard = gapToStandard;
        _holdingBack = holdingBack;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the branch.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets its department.</summary>
    public OrganizationId DepartmentId { get; }

    /// <summary>Gets its district.</summary>
    public DistrictId DistrictId { get; }

    /// <summary>Gets its score on the 100-point scale.</summary>
    public Score Score { get; }

    /// <summary>Gets the points it lacks to the standard threshold; zero when only a veto or an aspect floor holds it back.</summary>
    public Score GapToStandard { get; }

    /// <summary>Gets vetoes first, then indicators by largest shortfall (ties by identifier); made when first read.</summary>
    public ValueArray<IndicatorShortfall> HoldingBack => _holdingBack.Value;

    /// <summary>Gets the gap to the standard threshold over the score, with the indicators holding the branch back and the rule of targeted rectification (article 001); built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Sets the indicators holding the branch back to a list made when first read (the engine's, from the branch's result).</summary>
    internal DeferredList<IndicatorShortfall> HoldingRows
    {
        init => _holdingBack = value;
    }
}
