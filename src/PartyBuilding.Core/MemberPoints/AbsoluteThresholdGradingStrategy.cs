using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>absolute-thresholds</c> grading strategy: each member's grade follows from the points alone (a member at a
/// threshold reaches it), then any hard-condition ceiling applies.
/// </summary>
/// <remarks>
/// Parameters: <c>excellent</c>, <c>qualified</c>, <c>basically-qualified</c> (point thresholds, non-increasing) and
/// optionally <c>prorate</c> (<c>true</c> scales thresholds for members who joined mid-year; <c>false</c> by default).
/// Every parameter in force, given or default, is named in <see cref="Parameters"/> and in the explanation nodes that use
/// it. The thresholds are the scheme's own figures: article 002 names the four grades, not their thresholds. Follows
/// <see cref="MemberPointsCitations.AnnualGrading"/>. Immutable and thread-safe.
/// </remarks>
public sealed class AbsoluteThresholdGradingStrategy : IGradingStrategy
{
    private const string StrategyName = MemberPointsStrategies.AbsoluteThresholds;

    private AbsoluteThresholdGradingStrategy(GradeThresholds thresholds, ValueDictionary<string> parameters)
    {
        Thresholds = thresholds;
        Parameters = parameters;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the thresholds.</summary>
    public GradeThresholds Thresholds { get; }

    /// <summary>Creates the strategy from its parameters (the factory <see cref="MemberPointsStrategies.Default"/> registers).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy.</returns>
    internal static AbsoluteThresholdGradingStrategy Create(StrategyParameters parameters)
    {
        var thresholds = GradeThresholds.Read(parameters);
        return new(thresholds, parameters.InForce);
    }

    /// <inheritdoc />
    public ImmutableArray<GradeDecision> Grade(ImmutableArray<GradingCandidate> candidates)
    {
        candidates = Guard.NotDefault(candidates);
        var decisions = ImmutableArray.CreateBuilder<GradeDecision>(candidates.Length);
        foreach (var candidate in candidates.OrderBy(c => c.MemberId))
        {
            var (_, grade, steps) = Thresholds.Apply(candidate, StrategyName);
            decisions.Add(new GradeDecision(candidate.MemberId, grade, Decide(candidate, grade, StrategyName, Parameters, steps)));
        }

        return decisions.MoveToImmutable();
    }

    /// <inheritdoc />
    public ImmutableArray<MemberGrade> GradesOf(ImmutableArray<GradingCandidate> candidates)
    {
        candidates = Guard.NotDefault(candidates);
        var grades = ImmutableArray.CreateBuilder<MemberGrade>(candidates.Length);
        foreach (var candidate in candidates)
        {
            grades.Add(Thresholds.ByPoints(candidate).CappedAt(candidate.Ceiling));
        }

        return grades.MoveToImmutable();
    }

    /// <summary>Builds the root of a member's grade explanation: the grade in words, the strategy and every parameter in force.</summary>
    internal static Explanation Decide(
        GradingCandidate candidate, MemberGrade grade, string strategy, ValueDictionary<string> parameters, IEnumerable<Explanation> steps) =>
        Explanation.Formula(
            MemberPointsTexts.Remark(MemberPointsTexts.AnnualGrade, MemberPointsLabels.MemberGrades[grade]),
            (int)grade,
            strategy,
            parameters,
            steps) with
        {
            Key = candidate.MemberId.Value + "/grade",
            Citation = MemberPointsCitations.AnnualGrading,
        };
}
