namespace PartyBuilding.Core.Organizations;

/// <summary>The stable error codes of the <c>Organizations</c> area (prefix <c>ORG.</c>).</summary>
/// <remarks>Codes never change meaning once published.</remarks>
public static class OrganizationsErrorCodes
{
    /// <summary>A name is blank.</summary>
    public const string NameRequired = "ORG.NAME_REQUIRED";

    /// <summary>A parent, branch, successor or role organization is not a known, active organization.</summary>
    public const string OrganizationUnknown = "ORG.ORGANIZATION_UNKNOWN";

    /// <summary>A kind of organization sits under a kind the nesting rules do not allow.</summary>
    public const string NestingNotAllowed = "ORG.NESTING_NOT_ALLOWED";

    /// <summary>An organization without a parent is of a kind that may not be a root.</summary>
    public const string RootNotAllowed = "ORG.ROOT_NOT_ALLOWED";

    /// <summary>Organizations form a cycle of parents, or one is reparented under itself or its own descendant.</summary>
    public const string Cycle = "ORG.CYCLE";

    /// <summary>A member is placed in an organization that cannot hold members (only branches and party groups can).</summary>
    public const string NotABranch = "ORG.NOT_A_BRANCH";

    /// <summary>A member's status and dates disagree (a full member without a date of becoming full, a probationary one with one, or dates out of order).</summary>
    public const string MemberStatusDates = "ORG.MEMBER_STATUS_DATES";

    /// <summary>A date of the snapshot lies after the snapshot's own date.</summary>
    public const string DateAfterSnapshot = "ORG.DATE_AFTER_SNAPSHOT";

    /// <summary>A member is not a known, active member.</summary>
    public const string MemberUnknown = "ORG.MEMBER_UNKNOWN";

    /// <summary>A member holds the same role in the same organization twice.</summary>
    public const string RoleDuplicate = "ORG.ROLE_DUPLICATE";

    /// <summary>An organization would have two secretaries at once.</summary>
    public const string SecretaryTaken = "ORG.SECRETARY_TAKEN";

    /// <summary>A district is not known.</summary>
    public const string DistrictUnknown = "ORG.DISTRICT_UNKNOWN";

    /// <summary>A count is negative.</summary>
    public const string CountNegative = "ORG.COUNT_NEGATIVE";

    /// <summary>An event is dated before the previous event of the log.</summary>
    public const string EventOutOfOrder = "ORG.EVENT_ORDER";

    /// <summary>An event is dated on or before the snapshot's date.</summary>
    public const string EventBeforeSnapshot = "ORG.EVENT_BEFORE_SNAPSHOT";

    /// <summary>An event lacks a field its record needs: an empty identifier, a blank name or an unset enumeration.</summary>
    public const string EventFieldRequired = "ORG.EVENT_FIELD_REQUIRED";

    /// <summary>
    /// A member event gives a membership-change reason of the other direction: a join reason (admission, transfer in) on a
    /// member leaving, a leave reason (transfer out, death, removal, withdrawal, expulsion) on a member joining (the other
    /// events have no reason at all), or an admitted member who joins as a full member (admission makes a probationary member).
    /// </summary>
    public const string EventReasonMismatch = "ORG.EVENT_REASON_MISMATCH";

    /// <summary>An organization is created with an identifier already in use (or used by a dissolved organization).</summary>
    public const string OrganizationExists = "ORG.ORGANIZATION_EXISTS";

    /// <summary>An event concerns an organization that has already been dissolved (e.g. it is dissolved twice).</summary>
    public const string AlreadyDissolved = "ORG.ALREADY_DISSOLVED";

    /// <summary>An organization is dissolved while organizations still sit under it.</summary>
    public const string DissolvedWithChildren = "ORG.DISSOLVED_WITH_CHILDREN";

    /// <summary>An organization is dissolved while members still belong to it and no successor takes them over.</summary>
    public const string DissolvedWithMembers = "ORG.DISSOLVED_WITH_MEMBERS";

    /// <summary>A member joins while already belonging to a branch: a member would be in two branches at once.</summary>
    public const string MemberInTwoBranches = "ORG.MEMBER_TWO_BRANCHES";

    /// <summary>A member is transferred to the branch the member already belongs to.</summary>
    public const string TransferToSameBranch = "ORG.TRANSFER_SAME_BRANCH";

    /// <summary>A full member is confirmed as full again.</summary>
    public const string MemberAlreadyFull = "ORG.MEMBER_ALREADY_FULL";

    /// <summary>A role is ended that the member does not hold.</summary>
    public const string RoleNotHeld = "ORG.ROLE_NOT_HELD";

    /// <summary>A compliance rule name is not known.</summary>
    public const string RuleUnknown = "ORG.RULE_UNKNOWN";

    /// <summary>A probation is extended for a member who is not probationary.</summary>
    public const string NotProbationary = "ORG.NOT_PROBATIONARY";

    /// <summary>A probation is extended by less than a month, or by more than a year with the earlier extensions (party constitution, article 7: 可以延长预备期，但不能超过一年).</summary>
    public const string ProbationExtensionLimit = "ORG.PROBATION_EXTENSION_LIMIT";

    /// <summary>A probation within the party (留党察看) is shorter than a month or longer than two years (留党察看最长不超过两年).</summary>
    public const string PartyProbationPeriod = "ORG.PARTY_PROBATION_PERIOD";

    /// <summary>A decision on an unqualified member has a deadline on or before its date, or a deadline although it is not a decision to correct within a deadline.</summary>
    public const string DecisionDeadline = "ORG.DECISION_DEADLINE";

    /// <summary>The date asked for (the evaluation date) is before the snapshot's date, where the registry starts.</summary>
    public const string AsOfBeforeSnapshot = "ORG.AS_OF_BEFORE_SNAPSHOT";
}
