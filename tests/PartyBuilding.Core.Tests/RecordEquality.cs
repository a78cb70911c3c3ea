namespace PartyBuilding.Core.Tests;

/// <summary>
/// Checks value equality member by member (shared by the record equality tests of every area): a record equals itself
/// and a copy, never <see langword="null"/> or <see langword="default"/>, and never a variant that changes one member.
/// </summary>
internal static class RecordEquality
{
    /// <summary>The baseline equals itself and not <see langword="default"/>, and differs from each variant.</summary>
    public static void ShouldDifferFromEach<T>(T baseline, params T[] changed)
        where T : IEquatable<T>
    {
        baseline.Equals(baseline).Should().BeTrue();
        baseline.Equals(default).Should().BeFalse();
        foreach (var other in changed)
        {
            baseline.Equals(other).Should().BeFalse("{0} differs from the baseline in one member", other);
        }
    }

    /// <summary>As <see cref="ShouldDifferFromEach{T}"/>, and the baseline equals a copy built from new values.</summary>
    public static void ShouldEqualCopyAndDifferFromEach<T>(T baseline, T copy, params T[] changed)
        where T : IEquatable<T>
    {
        baseline.Equals(copy).Should().BeTrue("a copy built from new arrays holds the same values");
        ShouldDifferFromEach(baseline, changed);
    }
}
