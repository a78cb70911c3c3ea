using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>branch-quota</c> grading strategy: grades by thresholds as <see cref="AbsoluteThresholdGradingStrategy"/> does, but
/// at most a quota of each branch's graded members are excellent; eligible members beyond the quota are qualified.
/// </summary>
/// <remarks>
/// <para>Parameters: the thresholds (<c>excellent</c>, <c>qualified</c>, <c>basically-qualified</c>, optional <c>prorate</c>),
/// <c>excellent-quota</c> (an exact <see cref="Share"/> of the branch's graded members, a fraction such as <c>1/3</c> or a
/// decimal such as <c>0.3</c>) and optional <c>tie-rule</c>.</para>
/// <para>The number of places is ⌊quota × graded members⌋, computed exactly in whole numbers (1/3 of 9 is 3 places). Eligible members (excellent by points and not capped below it)
/// are ranked by points, highest first. When members tied on points straddle the last place, <c>tie-rule</c> decides:
/// <c>exclude-tied</c> (default) gives none of the tied members the place, so the quota is never exceeded;
/// <c>include-tied</c> gives all of them the place, so the quota may be exceeded by the tie. Follows
/// <see cref="MemberPointsCitations.AnnualGrading"/> for the four grades; the quota and the tie rule are the scheme's own
/// choices (article 002 states no quota). Every member excellent by thresholds gets a quota node naming the quota, the
/// places, the eligible members, whether they tie at the boundary and the tie rule in force, given or default (issue 19,
/// item 7). Immutable and thread-safe.</para>
/// </remarks>
public sealed class BranchQuotaGradingStrategy : IGradingStrategy
{
    /// <summary>The tie rule that leaves the tied members out at the boundary: <c>exclude-tied</c>.</summary>
    public const string ExcludeTied = "exclude-tied";

    /// <summary>The tie rule that lets every tied member in at the boundary: <c>include-tied</c>.</summary>
    public const string IncludeTied = "include-tied";

    private const string StrategyName = MemberPointsStrategies.BranchQuota;

    private readonly ImmutableSortedDictionary<string, string> _quotaParameters;

    private BranchQuotaGradingStrategy(
        GradeThresholds thresholds, Share excellentQuota, string tieRule, bool tieRuleIsDefault, ValueDictionary<string> parameters)
    {
        Thresholds = thresholds;
        ExcellentQuota = excellentQuota;
        TieRule = tieRule;
        TieRuleIsDefault = tieRuleIsDefault;
        Parameters = parameters;
        _quotaParameters = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            [
                new KeyValuePair<string, string>("excellent-quota", excellentQuota.ToString()),
                new KeyValuePair<string, string>("tie-rule", tieRule),
            ]);
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the thresholds.</summary>
    public GradeThresholds Thresholds { get; }

    /// <summary>Gets the largest share of a branch's graded members that can be excellent, exact (1/3 is a third).</summary>
    public Share ExcellentQuota { get; }

    /// <summary>Gets the tie rule at the boundary: <see cref="ExcludeTied"/> or <see cref="IncludeTied"/>.</summary>
    public string TieRule { get; }

    /// <summary>Gets whether the scheme left the tie rule out, so the default <see cref="ExcludeTied"/> is in force.</summary>
    public bool TieRuleIsDefault { get; }

    /// <summary>Gets the number of excellent places for a branch.</summary>
    /// <param name="gradedMembers">The branch's graded members.</param>
    /// <returns>⌊quota × members⌋, exact: 3 for 1/3 of 9, 2 for 1/3 of 8.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gradedMembers"/> is negative.</exception>
    public int PlacesFor(int gradedMembers) => ExcellentQuota.FloorOf(gradedMembers);

    /// <summary>Creates the strategy from its parameters (the factory <see cref="MemberPointsStrategies.Default"/> registers).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy.</returns>
    internal static BranchQuotaGradingStrategy Create(StrategyParameters parameters)
    {
        var thresholds = GradeThresholds.Read(parameters);
        var quota = parameters.Share("excellent-quota");
        var tie = parameters.OneOf("tie-rule", ExcludeTied, ExcludeTied, IncludeTied);
        return new(thresholds, quota, tie, parameters.IsDefault("tie-rule"), parameters.InForce);
    }

    /// <inheritdoc />
    public ImmutableArray<GradeDecision> Grade(ImmutableArray<GradingCandidate> candidates)
    {
        candidates = Guard.NotDefault(candidates);
        var ordered = candidates.OrderBy(c => c.MemberId).ToArray();
        var firstPass = ordered.Select(c => Thresholds.Apply(c, StrategyName)).ToArray();
        var quota = QuotaOf(ordered, [.. firstPass.Select(f => f.Capped)]);
        var quotaParameters = _quotaParameters.Add("excellent-places", quota.Places.ToString(CultureInfo.InvariantCulture))
            .Add("eligible-members", quota.Eligible.ToString(CultureInfo.InvariantCulture))
            .Add("tie-at-boundary", quota.TieAtBoundary ? "true" : "false");
        var tieRemark = MemberPointsTexts.TieAtBoundary(TieRule, TieRuleIsDefault);
        var ruleRemark = MemberPointsTexts.NoTieAtBoundary(TieRule, TieRuleIsDefault);
        var decisions = ImmutableArray.CreateBuilder<GradeDecision>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var candidate = ordered[i];
            var (_, grade, steps) = firstPass[i];
            if (grade == MemberGrade.Excellent)
            {
                var points = candidate.Points.Value;
                var inQuota = quota.Admits(points);
                var final = inQuota ? MemberGrade.Excellent : MemberGrade.Qualified;
                var label = MemberPointsTexts.Remark(MemberPointsTexts.ExcellentQuota, inQuota ? MemberPointsTexts.WithinQuota : MemberPointsTexts.BeyondQuota, quota.TieAtBoundary ? tieRemark : ruleRemark);
                var quotaNode = Explanation.Formula(
                    label,
                    (int)final,
                    StrategyName,
                    quotaParameters,
                    [
                        Explanation.Given(MemberPointsTexts.AnnualPoints, points),
                        Explanation.Given(MemberPointsTexts.GradedMembersOfBranch, ordered.Length),
                    ]) with
                {
                    Citation = MemberPointsCitations.AnnualGrading,
                };
                steps = steps.Add(quotaNode);
                grade = final;
            }

            decisions.Add(new GradeDecision(candidate.MemberId, grade, AbsoluteThresholdGradingStrategy.Decide(candidate, grade, StrategyName, Parameters, steps)));
        }

        return decisions.MoveToImmutable();
    }

    /// <inheritdoc />
    public ImmutableArray<MemberGrade> GradesOf(ImmutableArray<GradingCandidate> candidates)
    {
        candidates = Guard.NotDefault(candidates);
        var capped = new MemberGrade[candidates.Length];
        for (var i = 0; i < capped.Length; i++)
        {
            capped[i] = Thresholds.ByPoints(candidates[i]).CappedAt(candidates[i].Ceiling);
        }

        var quota = QuotaOf(candidates, capped);
        var grades = ImmutableArray.CreateBuilder<MemberGrade>(capped.Length);
        for (var i = 0; i < capped.Length; i++)
        {
            grades.Add(capped[i] == MemberGrade.Excellent && !quota.Admits(candidates[i].Points.Value) ? MemberGrade.Qualified : capped[i]);
        }

        return grades.MoveToImmutable();
    }

    /// <summary>Works out a branch's excellent places: who is eligible, and the lowest points that still get a place.</summary>
    /// <param name="members">The branch's graded members.</param>
    /// <param name="capped">Each member's grade by thresholds after the ceiling, in the same order.</param>
    private Quota QuotaOf(IReadOnlyList<GradingCandidate> members, MemberGrade[] capped)
    {
        var places = PlacesFor(members.Count);

        // Ties are ordered by position; the points at any position, and so the cut, do not depend on that order.
        var eligible = Enumerable.Range(0, members.Count).Where(i => capped[i] == MemberGrade.Excellent)
            .OrderByDescending(i => members[i].Points).ThenBy(i => i).ToArray();
        decimal? cut = null;
        var tieAtBoundary = false;
        if (eligible.Length > places)
        {
            var lastIn = places > 0 ? members[eligible[places - 1]].Points.Value : (decimal?)null;
            var firstOut = members[eligible[places]].Points.Value;
            tieAtBoundary = lastIn == firstOut;
            cut = lastIn ?? decimal.MaxValue;
        }

        return new Quota(places, eligible.Length, cut, tieAtBoundary, string.Equals(TieRule, ExcludeTied, StringComparison.Ordinal));
    }

    /// <summary>A branch's excellent places: how many, how many are eligible, the cut and whether tied members straddle it.</summary>
    private readonly record struct Quota(int Places, int Eligible, decimal? Cut, bool TieAtBoundary, bool ExcludeTied)
    {
        /// <summary>Tells whether a member eligible by thresholds with these points gets a place.</summary>
        public bool Admits(decimal points) => Cut is not { } c || (TieAtBoundary && ExcludeTied ? points > c : points >= c);
    }
}
