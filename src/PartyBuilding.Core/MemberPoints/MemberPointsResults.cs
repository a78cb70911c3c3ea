using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>What the monthly cycle made of one declaration: its status, claimed, audited and counted points, and the trail.</summary>
/// <param name="Id">The declaration.</param>
/// <param name="MemberId">The declaring member.</param>
/// <param name="StandardId">The standard.</param>
/// <param name="Month">The declared month.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Late">Whether it was submitted after the deadline (counted anyway under <see cref="LateDeclarationPolicy.Accept"/>).</param>
/// <param name="Claimed">The claimed magnitude: the standard's points times the quantity.</param>
/// <param name="Audited">The magnitude the latest audit granted (zero when unaudited or rejected).</param>
/// <param name="Counted">The signed points that count after caps (negative for a deduction).</param>
/// <param name="Explanation">The trail: claim, every audit with its reason, the cap cut and the rule that made the status.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeclarationResult(
    DeclarationId Id,
    MemberId MemberId,
    PointsStandardId StandardId,
    YearMonth Month,
    DeclarationStatus Status,
    bool Late,
    Score Claimed,
    Score Audited,
    Score Counted,
    Explanation Explanation);

/// <summary>A member's counted points of one month, by kind.</summary>
/// <param name="Month">The month.</param>
/// <param name="Base">Base points.</param>
/// <param name="Bonus">Bonus points.</param>
/// <param name="Deduction">Deducted points (zero or negative).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MonthlyPoints(YearMonth Month, Score Base, Score Bonus, Score Deduction)
{
    /// <summary>Gets the month's total: base plus bonus plus deduction.</summary>
    public Score Total => Base + Bonus + Deduction;
}

/// <summary>The points one quarter's mass review added to or took from a member.</summary>
/// <param name="Quarter">The quarter, 1..4.</param>
/// <param name="Points">The signed points.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuarterReviewPoints(int Quarter, Score Points);

/// <summary>A member's year: annual points with the monthly breakdown and mass reviews, the grade, and both explanations.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="BranchId">The grading branch: the member's branch on the last day of the year.</param>
/// <param name="OrganizationId">The department-level organization of the grading branch.</param>
/// <param name="Status">The member's standing on the last day of the year.</param>
/// <param name="MonthsInParty">The months of the year the member was in the party.</param>
/// <param name="Points">The annual points: the sum of the months and the quarterly reviews.</param>
/// <param name="Monthly">The twelve months, in order.</param>
/// <param name="Reviews">The quarterly reviews that exist, in order.</param>
/// <param name="DeclaredItems">The number of items the member declared for the year (any status).</param>
/// <param name="PointsExplanation">How the points were made, down to every declaration and audit.</param>
/// <param name="Grade">The grade, or <see langword="null"/> when not graded.</param>
/// <param name="Ungraded">Why no grade was given, or <see langword="null"/> when graded.</param>
/// <param name="GradeExplanation">How the grade was made or, for a member not graded, why not (value 0, naming the scheme's settings in force); <see langword="null"/> only when the engine did not explain it.</param>
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record MemberYearResult(
    MemberId MemberId,
    OrganizationId BranchId,
    OrganizationId OrganizationId,
    MembershipStatus Status,
    int MonthsInParty,
    Score Points,
    ValueArray<MonthlyPoints> Monthly,
    ValueArray<QuarterReviewPoints> Reviews,
    int DeclaredItems,
    Explanation PointsExplanation,
    MemberGrade? Grade = null,
    UngradedReason? Ungraded = null,
    Explanation? GradeExplanation = null);

/// <summary>
/// Member-points statistics of one organization (a branch, a department-level organization or the committee): participation,
/// grade distribution, average points, and a 0..100 indicator score for the annual assessment.
/// </summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Members">Members whose grading branch is in the organization.</param>
/// <param name="Declaring">Members who declared at least one item for the year (participation, 参与度).</param>
/// <param name="Graded">Members who received a grade.</param>
/// <param name="Excellent">Members graded excellent.</param>
/// <param name="Qualified">Members graded qualified.</param>
/// <param name="BasicallyQualified">Members graded basically qualified.</param>
/// <param name="Unqualified">Members graded unqualified.</param>
/// <param name="TotalPoints">The exact sum of the members' annual points.</param>
/// <param name="AveragePoints">The mean annual points, rounded half away from zero at 2 places (zero without members).</param>
/// <param name="Participation">Declaring ÷ members (zero without members).</param>
/// <param name="QualifiedOrBetter">(Excellent + qualified) ÷ graded (zero without graded members).</param>
/// <param name="Score">100 × (w × participation + (1 − w) × qualified-or-better), w the scheme's participation weight, rounded at 2 places.</param>
/// <param name="Explanation">How <see cref="Score"/> was made.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PointsStatistics(
    OrganizationId OrganizationId,
    int Members,
    int Declaring,
    int Graded,
    int Excellent,
    int Qualified,
    int BasicallyQualified,
    int Unqualified,
    Score TotalPoints,
    Score AveragePoints,
    Proportion Participation,
    Proportion QualifiedOrBetter,
    Score Score,
    Explanation Explanation);

/// <summary>The year's member-points result of a working committee: every member, every declaration, and statistics per branch, organization and committee.</summary>
/// <param name="Year">The year.</param>
/// <param name="CommitteeId">The committee.</param>
/// <param name="AsOf">The date the result was computed as of: later submissions and audits are not seen.</param>
/// <param name="Members">Every member, ordered by identifier.</param>
/// <param name="Declarations">Every declaration seen, ordered by identifier.</param>
/// <param name="Branches">Statistics per grading branch, ordered by identifier.</param>
/// <param name="Organizations">Statistics per department-level organization, ordered by identifier.</param>
/// <param name="Committee">Statistics of the whole committee.</param>
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record MemberPointsYearResult(
    AssessmentYear Year,
    OrganizationId CommitteeId,
    LocalDate AsOf,
    ValueArray<MemberYearResult> Members,
    ValueArray<DeclarationResult> Declarations,
    ValueArray<PointsStatistics> Branches,
    ValueArray<PointsStatistics> Organizations,
    PointsStatistics Committee) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "member-points-year-result";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => MemberPointsJson.Metadata;

    /// <summary>Finds a member's result.</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public MemberYearResult? Member(MemberId memberId)
    {
        // A linear scan: a result made with `with` need not keep the engine's order, so nothing may assume it.
        foreach (var member in Members)
        {
            if (member.MemberId == memberId)
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>One row of the grade export for award and promotion use (评先评优、干部使用).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="BranchId">The grading branch.</param>
/// <param name="OrganizationId">The department-level organization of the branch.</param>
/// <param name="Points">The annual points, rounded half away from zero at 2 places.</param>
/// <param name="BranchRank">The rank by points within the branch, 1 for the most (equal points share a rank, the next rank skips).</param>
/// <param name="Grade">The grade, or <see langword="null"/> when not graded.</param>
/// <param name="Ungraded">Why no grade was given, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GradeExportRow(
    MemberId MemberId,
    OrganizationId BranchId,
    OrganizationId OrganizationId,
    Score Points,
    int BranchRank,
    MemberGrade? Grade = null,
    UngradedReason? Ungraded = null);

/// <summary>
/// The year's grades of a committee's members, for award and promotion use: article 003 notes points were not yet linked to
/// them (<see cref="MemberPointsCitations.AwardsAndPromotion"/>).
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="CommitteeId">The committee.</param>
/// <param name="Rows">One row per member, ordered by branch then rank then member.</param>
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record MemberGradeExport(AssessmentYear Year, OrganizationId CommitteeId, ValueArray<GradeExportRow> Rows) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "member-grade-export";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => MemberPointsJson.Metadata;
}
