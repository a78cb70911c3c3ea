using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>What the monthly cycle made of one declaration: its status, claimed, audited and counted points, and the trail.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeclarationResult
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="id">The declaration.</param>
    /// <param name="memberId">The declaring member.</param>
    /// <param name="standardId">The standard.</param>
    /// <param name="month">The declared month.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="late">Whether it was submitted after the deadline (counted anyway under <see cref="LateDeclarationPolicy.Accept"/>).</param>
    /// <param name="claimed">The claimed magnitude: the standard's points times the quantity.</param>
    /// <param name="audited">The magnitude the latest audit granted (zero when unaudited or rejected).</param>
    /// <param name="counted">The signed points that count after caps (negative for a deduction).</param>
    /// <param name="explanation">The trail: claim, every audit with its reason, the cap cut and the rule that made the status; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal DeclarationResult(
        DeclarationId id,
        MemberId memberId,
        PointsStandardId standardId,
        YearMonth month,
        DeclarationStatus status,
        bool late,
        Score claimed,
        Score audited,
        Score counted,
        Explanation? explanation)
    {
        Id = id;
        MemberId = memberId;
        StandardId = standardId;
        Month = month;
        Status = status;
        Late = late;
        Claimed = claimed;
        Audited = audited;
        Counted = counted;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the declaration.</summary>
    public DeclarationId Id { get; }

    /// <summary>Gets the declaring member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the standard.</summary>
    public PointsStandardId StandardId { get; }

    /// <summary>Gets the declared month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the outcome.</summary>
    public DeclarationStatus Status { get; }

    /// <summary>Gets a value indicating whether it was submitted after the deadline (counted anyway under <see cref="LateDeclarationPolicy.Accept"/>).</summary>
    public bool Late { get; }

    /// <summary>Gets the claimed magnitude: the standard's points times the quantity.</summary>
    public Score Claimed { get; }

    /// <summary>Gets the magnitude the latest audit granted (zero when unaudited or rejected).</summary>
    public Score Audited { get; }

    /// <summary>Gets the signed points that count after caps (negative for a deduction).</summary>
    public Score Counted { get; }

    /// <summary>Gets the trail: claim, every audit with its reason, the cap cut and the rule that made the status; built when read.</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the trail to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}

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
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record MemberYearResult
{
    private readonly DeferredExplanation _pointsExplanation;
    private readonly DeferredExplanation _gradeExplanation;
    private readonly DeferredList<MonthlyPoints> _monthly;
    private readonly DeferredList<QuarterReviewPoints> _reviews;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="branchId">The grading branch: the member's branch on the last day of the year.</param>
    /// <param name="organizationId">The department-level organization of the grading branch.</param>
    /// <param name="status">The member's standing on the last day of the year.</param>
    /// <param name="monthsInParty">The months of the year the member was in the party.</param>
    /// <param name="points">The annual points: the sum of the months and the quarterly reviews.</param>
    /// <param name="monthly">The twelve months, in order.</param>
    /// <param name="reviews">The quarterly reviews that exist, in order.</param>
    /// <param name="declaredItems">The number of items the member declared for the year (any status).</param>
    /// <param name="pointsExplanation">How the points were made, down to every declaration and audit; <see langword="null"/> only when the engine sets <see cref="PointsTree"/>.</param>
    /// <param name="grade">The grade, or <see langword="null"/> when not graded.</param>
    /// <param name="ungraded">Why no grade was given, or <see langword="null"/> when graded.</param>
    /// <param name="gradeExplanation">How the grade was made or, for a member not graded, why not (value 0, naming the scheme's settings in force); <see langword="null"/> only when the engine did not explain it.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal MemberYearResult(
        MemberId memberId,
        OrganizationId branchId,
        OrganizationId organizationId,
        MembershipStatus status,
        int monthsInParty,
        Score points,
        ValueArray<MonthlyPoints> monthly,
        ValueArray<QuarterReviewPoints> reviews,
        int declaredItems,
        Explanation? pointsExplanation,
        MemberGrade? grade = null,
        UngradedReason? ungraded = null,
        Explanation? gradeExplanation = null)
    {
        MemberId = memberId;
        BranchId = branchId;
        OrganizationId = organizationId;
        Status = status;
        MonthsInParty = monthsInParty;
        Points = points;
        _monthly = monthly;
        _reviews = reviews;
        DeclaredItems = declaredItems;
        _pointsExplanation = new DeferredExplanation(pointsExplanation);
        Grade = grade;
        Ungraded = ungraded;
        _gradeExplanation = new DeferredExplanation(gradeExplanation);
    }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the grading branch: the member's branch on the last day of the year.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets the department-level organization of the grading branch.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Gets the member's standing on the last day of the year.</summary>
    public MembershipStatus Status { get; }

    /// <summary>Gets the months of the year the member was in the party.</summary>
    public int MonthsInParty { get; }

    /// <summary>Gets the annual points: the sum of the months and the quarterly reviews.</summary>
    public Score Points { get; }

    /// <summary>Gets the twelve months, in order; made when first read.</summary>
    public ValueArray<MonthlyPoints> Monthly => _monthly.Value;

    /// <summary>Gets the quarterly reviews that exist, in order; made when first read.</summary>
    public ValueArray<QuarterReviewPoints> Reviews => _reviews.Value;

    /// <summary>Gets the number of items the member declared for the year (any status).</summary>
    public int DeclaredItems { get; }

    /// <summary>Gets how the points were made, down to every declaration and audit; built when read.</summary>
    public Explanation PointsExplanation => _pointsExplanation.Value;

    /// <summary>Gets the grade, or <see langword="null"/> when not graded.</summary>
    public MemberGrade? Grade { get; }

    /// <summary>Gets why no grade was given, or <see langword="null"/> when graded.</summary>
    public UngradedReason? Ungraded { get; }

    /// <summary>Gets how the grade was made or, for a member not graded, why not (value 0, naming the scheme's settings in force); <see langword="null"/> only when the engine did not explain it. Built when read.</summary>
    public Explanation? GradeExplanation => _gradeExplanation.ValueOrNull;

    /// <summary>Sets the points explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation PointsTree
    {
        init => _pointsExplanation = value;
    }

    /// <summary>Sets the grade explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation GradeTree
    {
        init => _gradeExplanation = value;
    }

    /// <summary>Sets the months to a list made when first read (the engine's, instead of a made list).</summary>
    internal DeferredList<MonthlyPoints> MonthlyRows
    {
        init => _monthly = value;
    }

    /// <summary>Sets the quarterly reviews to a list made when first read (the engine's, instead of a made list).</summary>
    internal DeferredList<QuarterReviewPoints> ReviewRows
    {
        init => _reviews = value;
    }
}

/// <summary>
/// Member-points statistics of one organization (a branch, a department-level organization or the committee): participation,
/// grade distribution, average points, and a 0..100 indicator score for the annual assessment.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PointsStatistics
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes the statistics; only the engine builds them.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="members">Members whose grading branch is in the organization.</param>
    /// <param name="declaring">Members who declared at least one item for the year (participation, 参与度).</param>
    /// <param name="graded">Members who received a grade.</param>
    /// <param name="excellent">Members graded excellent.</param>
    /// <param name="qualified">Members graded qualified.</param>
    /// <param name="basicallyQualified">Members graded basically qualified.</param>
    /// <param name="unqualified">Members graded unqualified.</param>
    /// <param name="totalPoints">The exact sum of the members' annual points.</param>
    /// <param name="averagePoints">The mean annual points, rounded half away from zero at 2 places (zero without members).</param>
    /// <param name="participation">Declaring ÷ members (zero without members).</param>
    /// <param name="qualifiedOrBetter">(Excellent + qualified) ÷ graded (zero without graded members).</param>
    /// <param name="score">100 × (w × participation + (1 − w) × qualified-or-better), w the scheme's participation weight, rounded at 2 places.</param>
    /// <param name="explanation">How <see cref="Score"/> was made; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal PointsStatistics(
        OrganizationId organizationId,
        int members,
        int declaring,
        int graded,
        int excellent,
        int qualified,
        int basicallyQualified,
        int unqualified,
        Score totalPoints,
        Score averagePoints,
        Proportion participation,
        Proportion qualifiedOrBetter,
        Score score,
        Explanation? explanation)
    {
        OrganizationId = organizationId;
        Members = members;
        Declaring = declaring;
        Graded = graded;
        Excellent = excellent;
        Qualified = qualified;
        BasicallyQualified = basicallyQualified;
        Unqualified = unqualified;
        TotalPoints = totalPoints;
        AveragePoints = averagePoints;
        Participation = participation;
        QualifiedOrBetter = qualifiedOrBetter;
        Score = score;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Gets members whose grading branch is in the organization.</summary>
    public int Members { get; }

    /// <summary>Gets members who declared at least one item for the year (participation, 参与度).</summary>
    public int Declaring { get; }

    /// <summary>Gets members who received a grade.</summary>
    public int Graded { get; }

    /// <summary>Gets members graded excellent.</summary>
    public int Excellent { get; }

    /// <summary>Gets members graded qualified.</summary>
    public int Qualified { get; }

    /// <summary>Gets members graded basically qualified.</summary>
    public int BasicallyQualified { get; }

    /// <summary>Gets members graded unqualified.</summary>
    public int Unqualified { get; }

    /// <summary>Gets the exact sum of the members' annual points.</summary>
    public Score TotalPoints { get; }

    /// <summary>Gets the mean annual points, rounded half away from zero at 2 places (zero without members).</summary>
    public Score AveragePoints { get; }

    /// <summary>Gets declaring ÷ members (zero without members).</summary>
    public Proportion Participation { get; }

    /// <summary>Gets (Excellent + qualified) ÷ graded (zero without graded members).</summary>
    public Proportion QualifiedOrBetter { get; }

    /// <summary>Gets 100 × (w × participation + (1 − w) × qualified-or-better), w the scheme's participation weight, rounded at 2 places.</summary>
    public Score Score { get; }

    /// <summary>Gets how <see cref="Score"/> was made; built when read.</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}

/// <summary>The year's member-points result of a working committee: every member, every declaration, and statistics per branch, organization and committee.</summary>
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record MemberPointsYearResult : IDocumentContent
{
    private readonly DeferredList<DeclarationResult> _declarations;

    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="year">The year.</param>
    /// <param name="committeeId">The committee.</param>
    /// <param name="asOf">The date the result was computed as of: later submissions and audits are not seen.</param>
    /// <param name="members">Every member, ordered by identifier.</param>
    /// <param name="declarations">Every declaration seen, ordered by identifier.</param>
    /// <param name="branches">Statistics per grading branch, ordered by identifier.</param>
    /// <param name="organizations">Statistics per department-level organization, ordered by identifier.</param>
    /// <param name="committee">Statistics of the whole committee.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal MemberPointsYearResult(
        AssessmentYear year,
        OrganizationId committeeId,
        LocalDate asOf,
        ValueArray<MemberYearResult> members,
        ValueArray<DeclarationResult> declarations,
        ValueArray<PointsStatistics> branches,
        ValueArray<PointsStatistics> organizations,
        PointsStatistics committee)
    {
        Year = year;
        CommitteeId = committeeId;
        AsOf = asOf;
        Members = members;
        _declarations = declarations;
        Branches = branches;
        Organizations = organizations;
        Committee = committee;
    }

    /// <summary>Gets the year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the committee.</summary>
    public OrganizationId CommitteeId { get; }

    /// <summary>Gets the date the result was computed as of: later submissions and audits are not seen.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets every member, ordered by identifier.</summary>
    public ValueArray<MemberYearResult> Members { get; }

    /// <summary>Gets every declaration seen, ordered by identifier; made when first read.</summary>
    public ValueArray<DeclarationResult> Declarations => _declarations.Value;

    /// <summary>Gets statistics per grading branch, ordered by identifier.</summary>
    public ValueArray<PointsStatistics> Branches { get; }

    /// <summary>Gets statistics per department-level organization, ordered by identifier.</summary>
    public ValueArray<PointsStatistics> Organizations { get; }

    /// <summary>Gets statistics of the whole committee.</summary>
    public PointsStatistics Committee { get; }

    /// <inheritdoc />
    public static string DocumentKind => "member-points-year-result";

    /// <summary>Sets the declarations to a list made when first read (the engine's, from its compact rows).</summary>
    internal DeferredList<DeclarationResult> DeclarationRows
    {
        init => _declarations = value;
    }

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => MemberPointsJson.Metadata;

    /// <summary>Finds a member's result.</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public MemberYearResult? Member(MemberId memberId)
    {
        // A linear scan: only the engine builds a result (in member order), but one read back from JSON need not keep that order.
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
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GradeExportRow
{
    /// <summary>Initializes a row; only the engine builds one.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="branchId">The grading branch.</param>
    /// <param name="organizationId">The department-level organization of the branch.</param>
    /// <param name="points">The annual points, rounded half away from zero at 2 places.</param>
    /// <param name="branchRank">The rank by points within the branch, 1 for the most (equal points share a rank, the next rank skips).</param>
    /// <param name="grade">The grade, or <see langword="null"/> when not graded.</param>
    /// <param name="ungraded">Why no grade was given, or <see langword="null"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal GradeExportRow(
        MemberId memberId,
        OrganizationId branchId,
        OrganizationId organizationId,
        Score points,
        int branchRank,
        MemberGrade? grade = null,
        UngradedReason? ungraded = null)
    {
        MemberId = memberId;
        BranchId = branchId;
        OrganizationId = organizationId;
        Points = points;
        BranchRank = branchRank;
        Grade = grade;
        Ungraded = ungraded;
    }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the grading branch.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets the department-level organization of the branch.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Gets the annual points, rounded half away from zero at 2 places.</summary>
    public Score Points { get; }

    /// <summary>Gets the rank by points within the branch, 1 for the most (equal points share a rank, the next rank skips).</summary>
    public int BranchRank { get; }

    /// <summary>Gets the grade, or <see langword="null"/> when not graded.</summary>
    public MemberGrade? Grade { get; }

    /// <summary>Gets why no grade was given, or <see langword="null"/>.</summary>
    public UngradedReason? Ungraded { get; }
}

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
