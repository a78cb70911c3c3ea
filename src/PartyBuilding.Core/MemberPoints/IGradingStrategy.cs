using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>A member to be graded, with the facts a grading strategy may use.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Points">The member's annual points.</param>
/// <param name="MonthsInParty">The months of the year the member was in the party (1..12).</param>
/// <param name="Ceiling">The best grade the member may receive (from hard conditions); <see cref="MemberGrade.Excellent"/> when unrestricted.</param>
/// <param name="CeilingReason">Why the ceiling applies in both languages (the hard condition's standard), or <see langword="null"/> when unrestricted.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GradingCandidate(MemberId MemberId, Score Points, int MonthsInParty, MemberGrade Ceiling, LocalizedText? CeilingReason = null);

/// <summary>The grade a strategy gave a member, with how it came about.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Grade">The grade.</param>
/// <param name="Explanation">The explanation; its value is the grade's number (1 excellent … 4 unqualified).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GradeDecision(MemberId MemberId, MemberGrade Grade, Explanation Explanation);

/// <summary>Grades the members of one branch for the year (年度定级).</summary>
/// <remarks>
/// The engine calls a strategy once per grading branch with that branch's graded members; the result must not depend on
/// their order. Implementations are immutable and thread-safe; a scheme names one through <see cref="MemberPointsStrategies"/>.
/// Follows <see cref="MemberPointsCitations.AnnualGrading"/>.
/// </remarks>
public interface IGradingStrategy
{
    /// <summary>Gets the strategy's registered name.</summary>
    string Name { get; }

    /// <summary>Gets every parameter in force: those the scheme gave and the defaults of those it left out.</summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Grades a branch's members.</summary>
    /// <param name="candidates">The branch's members to grade, in any order, each once.</param>
    /// <returns>One decision per candidate, ordered by member identifier.</returns>
    ImmutableArray<GradeDecision> Grade(ImmutableArray<GradingCandidate> candidates);

    /// <summary>Grades a branch's members without explaining the grades: what the engine needs while it counts.</summary>
    /// <param name="candidates">The branch's members to grade, in any order, each once.</param>
    /// <returns>One grade per candidate, in the order of <paramref name="candidates"/>, equal to those of <see cref="Grade"/>.</returns>
    /// <remarks>
    /// The engine calls this once per grading branch and <see cref="Grade"/> only when a member's grade explanation is read
    /// (explanations on demand, docs/architecture.md). The default calls <see cref="Grade"/>; a strategy overrides it to skip
    /// building the trees.
    /// </remarks>
    ImmutableArray<MemberGrade> GradesOf(ImmutableArray<GradingCandidate> candidates)
    {
        var grades = new Dictionary<MemberId, MemberGrade>(candidates.Length);
        foreach (var decision in Grade(candidates))
        {
            grades[decision.MemberId] = decision.Grade;
        }

        return [.. candidates.Select(c => grades[c.MemberId])];
    }
}
