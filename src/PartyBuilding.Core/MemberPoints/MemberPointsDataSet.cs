using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>A period during which a member belongs to a branch (所在支部).</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="From">The first day in the branch.</param>
/// <param name="To">The last day in the branch, or <see langword="null"/> while it lasts.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BranchAssignment(OrganizationId BranchId, LocalDate From, LocalDate? To = null)
{
    /// <summary>Tells whether the assignment covers a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> ≤ <see cref="To"/>.</returns>
    public bool Covers(LocalDate date) => date >= From && (To is null || date <= To.Value);
}

/// <summary>
/// The membership facts the member-points cycle needs about one member (党员名册条目), supplied by the caller: when the
/// member joined, when probation ends, and the branches the member belonged to over the year.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="JoinedOn">The date the member joined the party (or, for a probationary member, was admitted).</param>
/// <param name="Assignments">The member's branch assignments; one must cover the last day of the year.</param>
/// <param name="ProbationEndsOn">The day the member becomes a full member, or <see langword="null"/> for a full member.</param>
/// <remarks>Points follow the member across transfers; the grading branch is the one at year end. Immutable and thread-safe.</remarks>
public sealed record MemberRosterEntry(
    MemberId MemberId,
    LocalDate JoinedOn,
    ValueArray<BranchAssignment> Assignments,
    LocalDate? ProbationEndsOn = null)
{
    /// <summary>Gets the member's standing on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see cref="MembershipStatus.Probationary"/> before <see cref="ProbationEndsOn"/>, otherwise full.</returns>
    public MembershipStatus StatusOn(LocalDate date) =>
        ProbationEndsOn is { } end && date < end ? MembershipStatus.Probationary : MembershipStatus.Full;

    /// <summary>Gets the branch the member belongs to on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The branch, or <see langword="null"/> when no assignment covers the date.</returns>
    public OrganizationId? BranchOn(LocalDate date)
    {
        foreach (var assignment in Assignments)
        {
            if (assignment.Covers(date))
            {
                return assignment.BranchId;
            }
        }

        return null;
    }
}

/// <summary>A branch and the party organization above it, for distributions per organization.</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="ParentId">The department-level party organization the branch belongs to.</param>
public sealed record BranchParent(OrganizationId BranchId, OrganizationId ParentId);

/// <summary>One item a member declares for a month (个人申报).</summary>
/// <param name="Id">The declaration's identifier.</param>
/// <param name="MemberId">The declaring member.</param>
/// <param name="StandardId">The standard declared against.</param>
/// <param name="Month">The month the item is declared for.</param>
/// <param name="OccurredOn">The date of the deed or failing; with the member and standard it identifies the item, for duplicates.</param>
/// <param name="SubmittedOn">The date the member submitted the declaration.</param>
/// <param name="Quantity">How many occurrences are declared (the claim is the standard's points times this).</param>
/// <param name="Note">The member's description, or <see langword="null"/>.</param>
/// <remarks>See <see cref="MemberPointsCitations.MonthlyDeclaration"/>. Immutable and thread-safe.</remarks>
public sealed record Declaration(
    DeclarationId Id,
    MemberId MemberId,
    PointsStandardId StandardId,
    YearMonth Month,
    LocalDate OccurredOn,
    LocalDate SubmittedOn,
    int Quantity = 1,
    string? Note = null);

/// <summary>The branch's audit of one declared item (支部审核记录); a later audit of the same item supersedes an earlier one, and both stay in the trail.</summary>
/// <param name="DeclarationId">The audited declaration.</param>
/// <param name="AuditedOn">The date of the audit.</param>
/// <param name="Decision">Approve, adjust or reject.</param>
/// <param name="Points">For an adjustment, the points granted (a non-negative magnitude); otherwise <see langword="null"/>.</param>
/// <param name="Reason">The reason; required for an adjustment and a rejection.</param>
/// <param name="Auditor">The member who audited, or <see langword="null"/>.</param>
/// <remarks>See <see cref="MemberPointsCitations.MonthlyAudit"/>. Immutable and thread-safe.</remarks>
public sealed record AuditRecord(
    DeclarationId DeclarationId,
    LocalDate AuditedOn,
    AuditDecision Decision,
    Score? Points = null,
    string? Reason = null,
    MemberId? Auditor = null);

/// <summary>The masses' ratings of one member for one quarter (群众每季评议), as counts of raters per rating.</summary>
/// <param name="MemberId">The member reviewed.</param>
/// <param name="Quarter">The quarter of the data set's year, 1..4.</param>
/// <param name="Good">Raters who rated good (好).</param>
/// <param name="FairlyGood">Raters who rated fairly good (较好).</param>
/// <param name="Average">Raters who rated average (一般).</param>
/// <param name="Poor">Raters who rated poor (差).</param>
/// <remarks>See <see cref="MemberPointsCitations.QuarterlyMassReview"/>. Immutable and thread-safe.</remarks>
public sealed record MassReview(MemberId MemberId, int Quarter, int Good, int FairlyGood, int Average, int Poor)
{
    /// <summary>Gets the number of raters.</summary>
    public int Raters => Good + FairlyGood + Average + Poor;
}

/// <summary>One year of member-points data of a working committee (积分台账): roster, declarations, audits and mass reviews.</summary>
/// <param name="Year">The assessment year.</param>
/// <param name="CommitteeId">The working committee the data belongs to.</param>
/// <param name="Branches">Every branch members are assigned to, with its parent organization.</param>
/// <param name="Roster">The members.</param>
/// <param name="Declarations">The declared items.</param>
/// <param name="Audits">The audit records.</param>
/// <param name="MassReviews">The quarterly mass-review ratings.</param>
/// <remarks>Immutable and thread-safe; value-equal (lists compared item by item, in order). The order of items does not change the result.</remarks>
public sealed record MemberPointsDataSet(
    AssessmentYear Year,
    OrganizationId CommitteeId,
    ValueArray<BranchParent> Branches,
    ValueArray<MemberRosterEntry> Roster,
    ValueArray<Declaration> Declarations = default,
    ValueArray<AuditRecord> Audits = default,
    ValueArray<MassReview> MassReviews = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "member-points-data-set";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => MemberPointsJson.Metadata;

    /// <summary>
    /// Gets the records of organizational life the scheme's <see cref="PointsScheme.FromRecords"/> standards are counted
    /// from, or <see langword="null"/>. Not part of the document: the annual evaluation sets them from its
    /// <c>organizational-life-records</c> document, a caller of <see cref="MemberPointsEngine"/> with <c>with</c>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OrganizationalLife.OrganizationalLifeRecords? LifeRecords { get; init; }
}
