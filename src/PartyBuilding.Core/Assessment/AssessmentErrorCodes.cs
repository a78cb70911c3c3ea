namespace PartyBuilding.Core.Assessment;

/// <summary>The stable error codes of the <c>Assessment</c> area (prefix <c>ASMT.</c>).</summary>
/// <remarks>
/// Codes never change meaning once published; <c>docs/assessment.md</c> lists them. A strategy's name and parameters are
/// checked by the one strategy mechanism with the codes of <see cref="Validation.CommonErrorCodes"/> (<c>COMMON.STRATEGY_*</c>);
/// the former <c>ASMT.STRATEGY_*</c> codes are retired.
/// </remarks>
public static class AssessmentErrorCodes
{
    /// <summary>The scheme has no component.</summary>
    public const string ComponentsEmpty = "ASMT.COMPONENTS_EMPTY";

    /// <summary>The component weights in force on a date do not add up to exactly one.</summary>
    public const string WeightsSum = "ASMT.WEIGHTS_SUM";

    /// <summary>A dated setting (a weight, a cap, a strategy) has no value in force on the date the scheme applies from.</summary>
    public const string ParameterNotInForce = "ASMT.PARAMETER_NOT_IN_FORCE";

    /// <summary>A dated setting (a weight, a cap, a strategy) has two values from the same date.</summary>
    public const string ParameterDateDuplicate = "ASMT.PARAMETER_DATE_DUPLICATE";

    /// <summary>A qualitative grade has no score, or has two.</summary>
    public const string QualitativeScoreMissing = "ASMT.QUALITATIVE_SCORE";

    /// <summary>A score is outside the component scale 0..100, or a cap is negative.</summary>
    public const string ScoreRange = "ASMT.SCORE_RANGE";

    /// <summary>Two precedence rules are triggered by the same item with different effects.</summary>
    public const string RuleConflict = "ASMT.RULE_CONFLICT";

    /// <summary>Two precedence rules of different kinds share a precedence, so their order for the same case is undefined.</summary>
    public const string PrecedenceConflict = "ASMT.PRECEDENCE_CONFLICT";

    /// <summary>A precedence rule lacks its effect (a veto without a maximum band, a downgrade without steps).</summary>
    public const string RuleEffectInvalid = "ASMT.RULE_EFFECT";

    /// <summary>An identifier is used by two items of different lists of the scheme (a bonus and a veto, say).</summary>
    public const string FactorIdShared = "ASMT.FACTOR_ID_SHARED";

    /// <summary>The published scale is outside 0..8.</summary>
    public const string PublishedScale = "ASMT.PUBLISHED_SCALE";

    /// <summary>The model-organ criteria are not usable.</summary>
    public const string CertificationCriteria = "ASMT.CERTIFICATION_CRITERIA";

    /// <summary>The data set belongs to another committee than the scheme.</summary>
    public const string CommitteeMismatch = "ASMT.COMMITTEE_MISMATCH";

    /// <summary>The data set belongs to another year than the scheme.</summary>
    public const string YearMismatch = "ASMT.YEAR_MISMATCH";

    /// <summary>The data set lists no organization.</summary>
    public const string OrganizationsEmpty = "ASMT.ORGANIZATIONS_EMPTY";

    /// <summary>A component input names an organization the data set does not list.</summary>
    public const string OrganizationUnknown = "ASMT.ORGANIZATION_UNKNOWN";

    /// <summary>A component input names a component the scheme does not define.</summary>
    public const string ComponentUnknown = "ASMT.COMPONENT_UNKNOWN";

    /// <summary>An organization has no input for a component of the scheme.</summary>
    public const string ComponentInputMissing = "ASMT.COMPONENT_INPUT_MISSING";

    /// <summary>An organization has two inputs for one component.</summary>
    public const string ComponentInputDuplicate = "ASMT.COMPONENT_INPUT_DUPLICATE";

    /// <summary>A quantitative component was given a grade, or a qualitative one a score, or neither or both.</summary>
    public const string NatureMismatch = "ASMT.NATURE_MISMATCH";

    /// <summary>A component's explanation does not end in its score, or does not add up.</summary>
    public const string ExplanationMismatch = "ASMT.EXPLANATION_MISMATCH";

    /// <summary>A bonus or deduction entry names an item the scheme does not define.</summary>
    public const string FactorUnknown = "ASMT.FACTOR_UNKNOWN";

    /// <summary>A bonus or deduction entry has negative points (deductions are given as positive points deducted).</summary>
    public const string FactorPointsNegative = "ASMT.FACTOR_POINTS_NEGATIVE";

    /// <summary>A veto or downgrade flag names a rule the scheme does not define.</summary>
    public const string VetoUnknown = "ASMT.VETO_UNKNOWN";

    /// <summary>
    /// A veto or downgrade flag says its cause already lowered a component score, and its rule does not allow double
    /// penalty (不重复扣分): the scheme must allow it for that rule, or the flag must not be raised.
    /// </summary>
    public const string DoublePenalty = "ASMT.DOUBLE_PENALTY";

    /// <summary>
    /// The precedence policy cannot be used: an order that is not defined, or a setting the policy governs given elsewhere
    /// (the former ranking parameter <c>vetoed-last</c>).
    /// </summary>
    public const string PrecedencePolicy = "ASMT.PRECEDENCE_POLICY";

    /// <summary>An entry or flag has no reason.</summary>
    public const string ReasonRequired = "ASMT.REASON_REQUIRED";

    /// <summary>The evaluation date is before the date the scheme applies from.</summary>
    public const string AsOfBeforeScheme = "ASMT.AS_OF_BEFORE_SCHEME";
}
