using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>absolute-thresholds</c> grading strategy: each member's grade follows from the points alone (a member at a
/// threshold reaches it), then any hard-condition ceiling applies.
/// </summary>
/// <remarks>
/// Parameters: <c>excellent</c>, <c>qualified</c>, <c>basicallyQualified</c> (point thresholds, non-increasing) and
/// optionally <c>prorate</c> (<c>true</c> scales thresholds for members who joined mid-year). Follows
/// <see cref="MemberPointsCitations.AnnualGrading"/>. Immutable and thread-safe.
/// </remarks>
public sealed class AbsoluteThresholdGradingStrategy : IGradingStrategy
{
    /// <summary>The registered name: <c>absolute-thresholds</c>.</summary>
    public const string StrategyName = "absolute-thresholds";

    internal AbsoluteThresholdGradingStrategy(GradeThresholds thresholds, ImmutableSortedDictionary<string, string> parameters)
    {
        Thresholds = thresholds;
        Parameters = parameters;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets the thresholds.</summary>
    public GradeThresholds Thresholds { get; }

    /// <inheritdoc />
    public ImmutableArray<GradeDecision> Grade(ImmutableArray<GradingCandidate> candidates)
    {
        candidates = Guard.NotDefault(candidates);
        var decisions = ImmutableArray.CreateBuilder<GradeDecision>(candidates.Length);
        foreach (var candidate in candidates.OrderBy(c => c.MemberId))
        {
            var (_, grade, steps) = Thresholds.Apply(candidate, StrategyName, Parameters);
            decisions.Add(new GradeDecision(candidate.MemberId, grade, Decide(candidate, grade, steps)));
        }

        return decisions.MoveToImmutable();
    }

    internal static Explanation Decide(GradingCandidate candidate, MemberGrade grade, IEnumerable<Explanation> steps) =>
        Explanation.Formula(
            new LocalizedText("年度定级", "Annual grade"),
            (int)grade,
            "grade",
            [new("grade", grade.ToString())],
            steps) with
        {
            Key = candidate.MemberId.Value + "/grade",
            Note = MemberPointsLabels.MemberGrades[grade].ToString(),
            Citation = MemberPointsCitations.AnnualGrading,
        };
}
