namespace PartyBuilding.Core.MemberPoints;

/// <summary>The stable error codes of the <c>MemberPoints</c> area (prefix <c>PTS.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/member-points.md</c> lists them.</remarks>
public static class MemberPointsErrorCodes
{
    /// <summary>A scheme has no standards.</summary>
    public const string NoStandards = "PTS.NO_STANDARDS";

    /// <summary>A standard's points are not positive.</summary>
    public const string PointsNotPositive = "PTS.POINTS_NOT_POSITIVE";

    /// <summary>A cap is not positive, is below the standard's points, or a monthly cap exceeds the yearly cap.</summary>
    public const string CapInvalid = "PTS.CAP_INVALID";

    /// <summary>A text (name, evidence, reason) is missing.</summary>
    public const string TextMissing = "PTS.TEXT_MISSING";

    /// <summary>A scheme setting (deadline day, minimum months, weight) is out of range.</summary>
    public const string SettingOutOfRange = "PTS.SETTING_RANGE";

    /// <summary>A hard condition names a standard the scheme does not have, or one that is not a deduction.</summary>
    public const string HardConditionStandard = "PTS.HARD_CONDITION_STANDARD";

    /// <summary>A data set is for another year than its scheme.</summary>
    public const string YearMismatch = "PTS.YEAR_MISMATCH";

    /// <summary>A declaration or review names a member who is not on the roster.</summary>
    public const string MemberUnknown = "PTS.MEMBER_UNKNOWN";

    /// <summary>A declaration names a standard the scheme does not have.</summary>
    public const string StandardUnknown = "PTS.STANDARD_UNKNOWN";

    /// <summary>A declaration's quantity is not positive.</summary>
    public const string QuantityNotPositive = "PTS.QUANTITY";

    /// <summary>An audit names a declaration that does not exist.</summary>
    public const string DeclarationUnknown = "PTS.DECLARATION_UNKNOWN";

    /// <summary>An audit is dated before the declaration it audits was submitted.</summary>
    public const string AuditBeforeSubmission = "PTS.AUDIT_BEFORE_SUBMISSION";

    /// <summary>Two audits of one declaration carry the same date, so their order is unknown.</summary>
    public const string AuditSameDay = "PTS.AUDIT_SAME_DAY";

    /// <summary>An adjustment lacks its points or an approval or rejection carries points.</summary>
    public const string AuditPoints = "PTS.AUDIT_POINTS";

    /// <summary>An adjustment or a rejection lacks its reason.</summary>
    public const string AuditReasonMissing = "PTS.AUDIT_REASON";

    /// <summary>A roster entry has no branch assignment covering the last day of the year.</summary>
    public const string NoBranchAtYearEnd = "PTS.NO_BRANCH_AT_YEAR_END";

    /// <summary>A member's branch assignments overlap, or one ends before it starts.</summary>
    public const string AssignmentInvalid = "PTS.ASSIGNMENT_INVALID";

    /// <summary>A branch assignment names a branch missing from the data set's branch list.</summary>
    public const string BranchUnknown = "PTS.BRANCH_UNKNOWN";

    /// <summary>A member joined the party after the year ended, or a probation ends before joining.</summary>
    public const string MembershipDates = "PTS.MEMBERSHIP_DATES";

    /// <summary>A mass review is outside quarters 1..4, has a negative count, has no raters, or repeats a member's quarter.</summary>
    public const string ReviewInvalid = "PTS.REVIEW_INVALID";

    /// <summary>A rule counting a standard from the records of organizational life names an unknown standard, repeats one, names no kind of meeting or an undefined one.</summary>
    public const string RecordRuleInvalid = "PTS.RECORD_RULE_INVALID";

    /// <summary>The scheme counts standards from the records of organizational life, but no records are given, or they are for another year.</summary>
    public const string DerivationWithoutRecords = "PTS.DERIVATION_WITHOUT_RECORDS";

    /// <summary>A member the records of organizational life list declares a standard the scheme counts from those records.</summary>
    public const string DeclaredAndDerived = "PTS.DECLARED_AND_DERIVED";
}
