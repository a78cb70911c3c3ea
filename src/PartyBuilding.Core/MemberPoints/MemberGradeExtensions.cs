namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// Compares <see cref="MemberGrade"/>s by name, so that the engine does no arithmetic on the enumeration: a higher number
/// is a worse grade (<see cref="MemberGrade.Excellent"/> = 1 … <see cref="MemberGrade.Unqualified"/> = 4), as for
/// <see cref="Assessment.GradeBand"/>.
/// </summary>
internal static class MemberGradeExtensions
{
    /// <summary>Gets whether a grade is worse than another.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="other">The grade compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="grade"/> is strictly worse, e.g. qualified is worse than excellent.</returns>
    public static bool IsWorseThan(this MemberGrade grade, MemberGrade other) => grade > other;

    /// <summary>Caps a grade at a best grade (a hard condition's ceiling): the worse of the two.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="best">The best grade allowed.</param>
    /// <returns><paramref name="grade"/>, or <paramref name="best"/> when <paramref name="best"/> is worse.</returns>
    public static MemberGrade CappedAt(this MemberGrade grade, MemberGrade best) => best.IsWorseThan(grade) ? best : grade;
}
