namespace PartyBuilding.Core.DoubleReview;

/// <summary>The stable error codes of the <c>DoubleReview</c> area (prefix <c>DR.</c>).</summary>
/// <remarks>
/// Codes never change meaning once published; <c>docs/double-review.md</c> lists them. Problems with an aggregation
/// strategy have the shared codes <see cref="Validation.CommonErrorCodes.StrategyUnknown"/> and
/// <c>COMMON.STRATEGY_PARAMETER_*</c> (they replaced <c>DR.STRATEGY_UNKNOWN</c> and <c>DR.STRATEGY_PARAMETER</c>).
/// </remarks>
public static class DoubleReviewErrorCodes
{
    /// <summary>The scheme has no rater group.</summary>
    public const string NoRaterGroups = "DR.SCHEME_NO_GROUPS";

    /// <summary>A rater group or component appears twice in the scheme.</summary>
    public const string DuplicatePart = "DR.SCHEME_DUPLICATE_PART";

    /// <summary>The weights of the scheme's rater groups and components do not add up to exactly one.</summary>
    public const string WeightsDoNotSumToOne = "DR.WEIGHTS_SUM";

    /// <summary>A rater group or component has a weight of zero.</summary>
    public const string WeightZero = "DR.WEIGHT_ZERO";

    /// <summary>A rating scale is malformed: grades missing or repeated, scores out of 0–100 or not decreasing, or an empty points range.</summary>
    public const string RatingScaleInvalid = "DR.SCALE_INVALID";

    /// <summary>The grade bands do not give every score from 0 to 100 exactly one grade.</summary>
    public const string GradeBandsInvalid = "DR.GRADE_BANDS";

    /// <summary>The scheme does not apply yet on the as-of date.</summary>
    public const string SchemeNotInForce = "DR.SCHEME_NOT_IN_FORCE";

    /// <summary>The data set's period does not fit the scheme's cadence (a half-year for half-yearly schemes, none for annual ones), or the year differs.</summary>
    public const string PeriodMismatch = "DR.PERIOD_MISMATCH";

    /// <summary>The as-of date is before the review period starts.</summary>
    public const string AsOfBeforePeriod = "DR.AS_OF_BEFORE_PERIOD";

    /// <summary>An organization under review has no members in its electorate.</summary>
    public const string ElectorateEmpty = "DR.ELECTORATE_EMPTY";

    /// <summary>A rater group of the scheme has no eligible rater for an organization.</summary>
    public const string NoEligibleRaters = "DR.NO_ELIGIBLE_RATERS";

    /// <summary>A ballot rates an organization that is not under review.</summary>
    public const string SubjectUnknown = "DR.SUBJECT_UNKNOWN";

    /// <summary>A ballot belongs to a rater group the scheme does not use.</summary>
    public const string GroupNotInScheme = "DR.GROUP_NOT_IN_SCHEME";

    /// <summary>A ballot names its rater in the wrong way for its group (a person for an organization's group or the reverse), or not at all.</summary>
    public const string RaterKind = "DR.RATER_KIND";

    /// <summary>The rater may not rate in this group: not a member of the organization, not on the committee, or outside the peer scope.</summary>
    public const string RaterNotEligible = "DR.RATER_NOT_ELIGIBLE";

    /// <summary>An organization rates itself in the peer rating, or a person under review (述职评议) rates themselves.</summary>
    public const string SelfRating = "DR.SELF_RATING";

    /// <summary>A rater cast a second ballot for the same organization in the same group.</summary>
    public const string DuplicateBallot = "DR.DUPLICATE_BALLOT";

    /// <summary>A ballot's rating does not fit the group's scale: a grade where points are expected, the reverse, both or none.</summary>
    public const string RatingKind = "DR.RATING_KIND";

    /// <summary>A ballot's points are outside the group's scale.</summary>
    public const string PointsOutOfRange = "DR.POINTS_RANGE";

    /// <summary>A committee leader's ballot has no comment (点评).</summary>
    public const string CommentRequired = "DR.COMMENT_REQUIRED";

    /// <summary>A round-one ballot was not collected by the supervision group of the organization's district.</summary>
    public const string SupervisionGroupMismatch = "DR.SUPERVISION_GROUP";

    /// <summary>A component score is given for a component the scheme does not use, or for an organization not under review.</summary>
    public const string ComponentUnexpected = "DR.COMPONENT_UNEXPECTED";

    /// <summary>An organization under review lacks the score of a component the scheme uses, or has it twice.</summary>
    public const string ComponentMissing = "DR.COMPONENT_MISSING";

    /// <summary>A component score is outside 0–100.</summary>
    public const string ComponentOutOfRange = "DR.COMPONENT_RANGE";

    /// <summary>An organization under review, or the organization a person under review leads, is not in the organization structure on the date of the check.</summary>
    public const string OrganizationUnknown = "DR.ORGANIZATION_UNKNOWN";

    /// <summary>A person under review (述职评议) is not a member in the organization structure on the date of the check.</summary>
    public const string PersonUnknown = "DR.PERSON_UNKNOWN";

    /// <summary>A person under review is named otherwise than the organization structure names the member.</summary>
    public const string PersonNameMismatch = "DR.PERSON_NAME_MISMATCH";

    /// <summary>A person under review is not the secretary of the organization they are reviewed for, on the date of the check (<see cref="DoubleReviewRules.SecretaryReviewCitation"/>).</summary>
    public const string PersonNotSecretary = "DR.PERSON_NOT_SECRETARY";
}
