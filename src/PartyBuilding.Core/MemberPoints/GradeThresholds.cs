using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>The point thresholds of the grades (定级分数线), shared by the threshold-based strategies.</summary>
/// <param name="Excellent">The fewest points for excellent.</param>
/// <param name="Qualified">The fewest points for qualified.</param>
/// <param name="BasicallyQualified">The fewest points for basically qualified; below it, unqualified.</param>
/// <param name="Prorate">Whether thresholds are scaled by the months in the party ÷ 12 (rounded half away from zero at 2 places) for members who joined mid-year.</param>
/// <remarks>A member at a threshold exactly reaches it. Immutable and thread-safe.</remarks>
public sealed record GradeThresholds(decimal Excellent, decimal Qualified, decimal BasicallyQualified, bool Prorate)
{
    /// <summary>Gets the threshold of a grade for a member in the party for some months.</summary>
    /// <param name="grade">Excellent, qualified or basically qualified.</param>
    /// <param name="monthsInParty">The months in the party (1..12).</param>
    /// <returns>The threshold, prorated when <see cref="Prorate"/> is set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is unqualified or undefined.</exception>
    public decimal ThresholdOf(MemberGrade grade, int monthsInParty)
    {
        var full = grade switch
        {
            MemberGrade.Excellent => Excellent,
            MemberGrade.Qualified => Qualified,
            MemberGrade.BasicallyQualified => BasicallyQualified,
            _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unqualified has no threshold."),
        };
        return Prorate && monthsInParty < 12 ? ScoreRounding.Default.Apply(full * monthsInParty / 12m) : full;
    }

    /// <summary>Grades points against the thresholds, then applies the candidate's ceiling.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="strategy">The strategy name, for the explanation.</param>
    /// <returns>The grade by points alone, the grade after the ceiling, and the explanation nodes of both steps.</returns>
    /// <remarks>
    /// The threshold node names every threshold parameter in force (given or default, <c>prorate</c> included) and the
    /// thresholds applied to this member; its label names the grade in words. The ceiling node names the hard condition.
    /// </remarks>
    internal (MemberGrade ByPoints, MemberGrade Capped, ImmutableArray<Explanation> Steps) Apply(GradingCandidate candidate, string strategy)
    {
        var points = candidate.Points.Value;
        var byPoints = ByPoints(candidate);
        var used = InForce().Add("applied-excellent", Text(ThresholdOf(MemberGrade.Excellent, candidate.MonthsInParty)))
            .Add("applied-qualified", Text(ThresholdOf(MemberGrade.Qualified, candidate.MonthsInParty)))
            .Add("applied-basically-qualified", Text(ThresholdOf(MemberGrade.BasicallyQualified, candidate.MonthsInParty)));
        var label = Prorate && candidate.MonthsInParty < 12
            ? MemberPointsTexts.Remark(MemberPointsTexts.GradeByThresholds, MemberPointsLabels.MemberGrades[byPoints], MemberPointsTexts.ThresholdsProrated(candidate.MonthsInParty))
            : MemberPointsTexts.Remark(MemberPointsTexts.GradeByThresholds, MemberPointsLabels.MemberGrades[byPoints]);
        var thresholdNode = Explanation.Formula(
            label,
            (int)byPoints,
            strategy,
            used,
            [
                Explanation.Given(MemberPointsTexts.AnnualPoints, points),
                Explanation.Given(MemberPointsTexts.MonthsInParty, candidate.MonthsInParty),
            ]) with
        { Citation = MemberPointsCitations.AnnualGrading };
        var capped = byPoints.CappedAt(candidate.Ceiling);
        if (candidate.Ceiling == MemberGrade.Excellent)
        {
            return (byPoints, capped, [thresholdNode]);
        }

        var ceilingGrade = MemberPointsLabels.MemberGrades[candidate.Ceiling];
        var ceilingLabel = MemberPointsTexts.GradeCeiling;
        var ceilingNode = Explanation.Formula(
            MemberPointsTexts.Remark(MemberPointsTexts.CappedByHardCondition, MemberPointsLabels.MemberGrades[capped]),
            (int)capped,
            "grade-ceiling",
            [],
            [Explanation.Given(
                candidate.CeilingReason is { } reason ? MemberPointsTexts.Remark(ceilingLabel, ceilingGrade, reason) : MemberPointsTexts.Remark(ceilingLabel, ceilingGrade),
                (int)candidate.Ceiling)]);
        return (byPoints, capped, [thresholdNode, ceilingNode]);
    }

    /// <summary>Grades points against the thresholds, before any ceiling, building no explanation.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The grade by points alone, as <see cref="Apply"/> gives it.</returns>
    internal MemberGrade ByPoints(GradingCandidate candidate)
    {
        var points = candidate.Points.Value;
        return points >= ThresholdOf(MemberGrade.Excellent, candidate.MonthsInParty) ? MemberGrade.Excellent
            : points >= ThresholdOf(MemberGrade.Qualified, candidate.MonthsInParty) ? MemberGrade.Qualified
            : points >= ThresholdOf(MemberGrade.BasicallyQualified, candidate.MonthsInParty) ? MemberGrade.BasicallyQualified
            : MemberGrade.Unqualified;
    }

    /// <summary>Gets the threshold parameters in force, by name: the three thresholds and <c>prorate</c>, given or default.</summary>
    /// <returns>The parameters, in ordinal order.</returns>
    internal ImmutableSortedDictionary<string, string> InForce() => ImmutableSortedDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, string>("excellent", Text(Excellent)),
            new KeyValuePair<string, string>("qualified", Text(Qualified)),
            new KeyValuePair<string, string>("basically-qualified", Text(BasicallyQualified)),
            new KeyValuePair<string, string>("prorate", Prorate ? "true" : "false"),
        ]);

    /// <summary>Reads the thresholds from a strategy's parameters: <c>excellent</c> ≥ <c>qualified</c> ≥ <c>basically-qualified</c>, optional <c>prorate</c>.</summary>
    /// <param name="read">The parameters.</param>
    /// <returns>The thresholds (placeholders after a problem, which the registry reports).</returns>
    internal static GradeThresholds Read(StrategyParameters read)
    {
        var excellent = read.Number("excellent", min: -100000m, max: 100000m);
        var qualified = read.Number("qualified", min: -100000m, max: 100000m);
        var basic = read.Number("basically-qualified", min: -100000m, max: 100000m);
        var prorate = read.Boolean("prorate", false);
        if (excellent < qualified)
        {
            read.Fail("excellent", CommonErrorCodes.StrategyParameterInvalid, "the excellent threshold must not be below the qualified threshold.");
        }

        if (qualified < basic)
        {
            read.Fail("qualified", CommonErrorCodes.StrategyParameterInvalid, "the qualified threshold must not be below the basically-qualified threshold.");
        }

        return new GradeThresholds(excellent, qualified, basic, prorate);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
