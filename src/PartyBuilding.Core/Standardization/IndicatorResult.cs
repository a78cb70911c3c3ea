using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How one indicator scored for one branch.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Method">The scoring method's name.</param>
/// <param name="MaxPoints">The indicator's maximum points (a bonus's cap; zero for a veto).</param>
/// <param name="Points">The points earned.</param>
/// <param name="CountsTowardsTotal">Whether the indicator's maximum counts towards the declared total (false for a bonus or a veto).</param>
/// <param name="VetoTriggered">Whether the indicator vetoed the branch.</param>
/// <param name="Explanation">How the points were made, down to the observation, its assessor, date and evidence.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorResult(
    IndicatorId IndicatorId,
    string Method,
    Score MaxPoints,
    Score Points,
    bool CountsTowardsTotal,
    bool VetoTriggered,
    Explanation Explanation)
{
    /// <summary>Gets the points short of the maximum for a counting indicator; zero for a bonus or a veto.</summary>
    public Score Shortfall => CountsTowardsTotal ? MaxPoints - Points : Score.Zero;
}
