namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The stable error codes of the <c>OrganizationalLife</c> area (prefix <c>OL.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/errors.md</c> lists them.</remarks>
public static class OrganizationalLifeErrorCodes
{
    /// <summary>The records are for another year or committee than the scheme.</summary>
    public const string SchemeMismatch = "OL.SCHEME_MISMATCH";

    /// <summary>A branch is listed twice, or a member is on two branches' lists or twice on one.</summary>
    public const string DuplicateEntry = "OL.DUPLICATE_ENTRY";

    /// <summary>Two records share an identifier.</summary>
    public const string DuplicateRecord = "OL.DUPLICATE_RECORD";

    /// <summary>A record names an organization that is neither a listed branch nor one of its party groups, or a party-group meeting names a branch.</summary>
    public const string OrganizationUnknown = "OL.ORGANIZATION_UNKNOWN";

    /// <summary>A record or a payment names a member who is not on the branch's list.</summary>
    public const string MemberUnknown = "OL.MEMBER_UNKNOWN";

    /// <summary>A record's date or a payment's month is outside the year, or a payment is dated before its month began.</summary>
    public const string DateOutOfYear = "OL.DATE_OUT_OF_YEAR";

    /// <summary>A member is both present and absent at a meeting, or listed twice.</summary>
    public const string AttendanceConflict = "OL.ATTENDANCE_CONFLICT";

    /// <summary>A party lesson without the one who gave it, or another kind of record with one.</summary>
    public const string LessonGiver = "OL.LESSON_GIVER";

    /// <summary>A member's dues for one month are recorded twice.</summary>
    public const string DuesDuplicate = "OL.DUES_DUPLICATE";

    /// <summary>A scheme requirement is for a talk, repeats a kind, or has a minimum below 1; or a scheme figure is out of range.</summary>
    public const string RequirementInvalid = "OL.REQUIREMENT_INVALID";

    /// <summary>A scheme requirement is looser than the regulation in force at the end of the year.</summary>
    public const string LooserThanRegulation = "OL.LOOSER_THAN_REGULATION";

    /// <summary>A branch of the records is not a branch of the organization structure on the date.</summary>
    public const string NotABranchOfTheStructure = "OL.NOT_A_BRANCH";

    /// <summary>A member of the records is not in the organization structure on the date, or belongs to another branch or has another status there.</summary>
    public const string MemberDisagreesWithStructure = "OL.MEMBER_DISAGREES";

    /// <summary>A member's period of probation within the party (留党察看) is missing, or does not end after it begins.</summary>
    public const string PartyProbationInvalid = "OL.PARTY_PROBATION_INVALID";

    /// <summary>A member's periods of probation within the party (留党察看) in the records are not the registry's decisions bearing on the year.</summary>
    public const string StandingDisagreesWithStructure = "OL.STANDING_DISAGREES";
}
