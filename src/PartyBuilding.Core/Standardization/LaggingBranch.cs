using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>An indicator that holds a lagging branch back: a veto it triggered, or points short of the maximum.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="AspectId">Its aspect.</param>
/// <param name="Points">The points earned.</param>
/// <param name="MaxPoints">The maximum.</param>
/// <param name="Shortfall">The points missing (zero for a veto).</param>
/// <param name="Veto">Whether the indicator vetoed the branch.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorShortfall(IndicatorId IndicatorId, AspectId AspectId, Score Points, Score MaxPoints, Score Shortfall, bool Veto);

/// <summary>A branch named lagging (后进党支部) with what holds it back, for targeted rectification (article 001).</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="DepartmentId">Its department.</param>
/// <param name="DistrictId">Its district.</param>
/// <param name="Score">Its score on the 100-point scale.</param>
/// <param name="GapToStandard">The points it lacks to the standard threshold; zero when only a veto or an aspect floor holds it back.</param>
/// <param name="HoldingBack">Vetoes first, then indicators by largest shortfall (ties by identifier).</param>
/// <param name="Explanation">The gap to the standard threshold over the score, with the indicators holding the branch back and the rule of targeted rectification (article 001).</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record LaggingBranch(
    OrganizationId BranchId,
    OrganizationId DepartmentId,
    DistrictId DistrictId,
    Score Score,
    Score GapToStandard,
    ValueArray<IndicatorShortfall> HoldingBack,
    Explanation Explanation);
