using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// One standard of a member-points scheme (积分标准): what a member does or fails to do, how many points it moves, how
/// often it may count and the evidence the branch needs to accept it.
/// </summary>
/// <param name="Id">The standard's identifier, unique in its scheme.</param>
/// <param name="Group">The family: "four speaks, four haves" or "four qualifieds".</param>
/// <param name="Dimension">The dimension within the family, e.g. 讲政治有信念 or 政治合格.</param>
/// <param name="Text">What the standard asks.</param>
/// <param name="Kind">Base, bonus or deduction.</param>
/// <param name="Points">The points of one occurrence, as a positive magnitude; a deduction counts negatively.</param>
/// <param name="Evidence">The evidence the branch needs to accept a declaration (佐证材料).</param>
/// <param name="MonthlyCap">The most points (magnitude) the standard can move in one month, or <see langword="null"/> for no cap.</param>
/// <param name="YearlyCap">The most points (magnitude) the standard can move in the year, or <see langword="null"/> for no cap.</param>
/// <param name="Illustrative">Whether the text is illustrative (the source article gives none).</param>
/// <remarks>The catalogue follows <see cref="MemberPointsCitations.FiftyStandards"/>. Immutable and thread-safe.</remarks>
public sealed record PointsStandard(
    PointsStandardId Id,
    StandardGroup Group,
    LocalizedText Dimension,
    LocalizedText Text,
    PointsKind Kind,
    Score Points,
    LocalizedText Evidence,
    Score? MonthlyCap = null,
    Score? YearlyCap = null,
    bool Illustrative = false)
{
    /// <summary>Gets the signed points of <paramref name="magnitude"/> for this standard's kind: negative for a deduction.</summary>
    /// <param name="magnitude">A non-negative number of points.</param>
    /// <returns>The signed points.</returns>
    public Score WithSign(Score magnitude) => Kind == PointsKind.Deduction ? -magnitude : magnitude;
}

/// <summary>
/// A hard condition of annual grading (否决条件): a member with a counted declaration of a named deduction standard can be
/// graded no better than <see cref="MaxGrade"/>, whatever the points.
/// </summary>
/// <param name="StandardId">The deduction standard that triggers the condition.</param>
/// <param name="MaxGrade">The best grade a member meeting the condition can receive.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record HardCondition(PointsStandardId StandardId, MemberGrade MaxGrade);
