using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Coverage of one unit (the committee, a district or a department) in one year: how many of its branches are named at
/// each tier, the share named at least at the target's minimum tier, and whether the target is reached.
/// </summary>
/// <param name="Level">The level of the unit.</param>
/// <param name="OrganizationId">The committee or department, or <see langword="null"/> for a district.</param>
/// <param name="DistrictId">The district (a department's own district), or <see langword="null"/> for the committee.</param>
/// <param name="Branches">The branches of the unit on the roster.</param>
/// <param name="NotNamed">Branches with no naming this year (not assessed).</param>
/// <param name="Lagging">Branches named lagging.</param>
/// <param name="Standard">Branches named standard.</param>
/// <param name="Advanced">Branches named advanced.</param>
/// <param name="Exemplary">Branches named exemplary.</param>
/// <param name="Covered">Branches named at least at the minimum tier (standard when there is no target).</param>
/// <param name="Share">Covered ÷ branches, rounded to ten places: the published figure (0 for a unit without branches). The target is not compared with it but with the counts.</param>
/// <param name="Target">The target share this year, exact as the scheme wrote it, or <see langword="null"/> when none applies.</param>
/// <param name="MeetsTarget">Whether the covered branches reach the target, compared exactly in whole numbers (covered × denominator ≥ numerator × branches; a unit without branches reaches only a target of 0), or <see langword="null"/> when none applies.</param>
/// <param name="MeanScore">The mean score of the named branches, rounded half away from zero at two places, or <see langword="null"/> when none was named.</param>
/// <param name="Explanation">The share as a formula of its counts, with the target's citation.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CoverageLine(
    CoverageLevel Level,
    int Branches,
    int NotNamed,
    int Lagging,
    int Standard,
    int Advanced,
    int Exemplary,
    int Covered,
    Proportion Share,
    Explanation Explanation,
    OrganizationId? OrganizationId = null,
    DistrictId? DistrictId = null,
    Share? Target = null,
    bool? MeetsTarget = null,
    Score? MeanScore = null);
