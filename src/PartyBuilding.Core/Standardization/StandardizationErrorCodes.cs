namespace PartyBuilding.Core.Standardization;

/// <summary>The stable error codes of the <c>Standardization</c> area (prefix <c>STD.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/standardization.md</c> lists them.</remarks>
public static class StandardizationErrorCodes
{
    /// <summary>A catalogue has no aspects, or an aspect has no indicators.</summary>
    public const string Empty = "STD.EMPTY";

    /// <summary>Two aspects of a catalogue share an identifier.</summary>
    public const string DuplicateAspect = "STD.ASPECT_DUPLICATE";

    /// <summary>Two indicators of a catalogue share an identifier (across all aspects).</summary>
    public const string DuplicateIndicator = "STD.INDICATOR_DUPLICATE";

    /// <summary>The declared total of a catalogue is not positive.</summary>
    public const string DeclaredTotalInvalid = "STD.DECLARED_TOTAL_INVALID";

    /// <summary>The maximum points of the indicators that count towards the total do not add up to the declared total.</summary>
    public const string TotalMismatch = "STD.TOTAL_MISMATCH";





    /// <summary>An indicator's maximum points do not suit its method (negative, zero for a scored method, non-zero for a veto, not above a deduction's floor).</summary>
    public const string MaxPointsInvalid = "STD.MAX_POINTS_INVALID";

    /// <summary>An indicator does not name how it is checked (听汇报、查档案、看材料、现场).</summary>
    public const string CheckMethodMissing = "STD.CHECK_METHOD_MISSING";

    /// <summary>A catalogue cites a source code that is not one of <see cref="Common.Sources.All"/>, or a file that is not that source's.</summary>
    public const string SourceUnknown = "STD.SOURCE_UNKNOWN";

    /// <summary>A branch assessment is for another catalogue than the one it is scored against.</summary>
    public const string CatalogueMismatch = "STD.CATALOGUE_MISMATCH";

    /// <summary>A branch assessment scores an indicator the catalogue does not have.</summary>
    public const string IndicatorUnknown = "STD.INDICATOR_UNKNOWN";

    /// <summary>A branch assessment scores the same indicator twice.</summary>
    public const string ScoreDuplicate = "STD.SCORE_DUPLICATE";

    /// <summary>A branch assessment leaves out an indicator that must be scored.</summary>
    public const string ScoreMissing = "STD.SCORE_MISSING";

    /// <summary>An observed value does not suit the indicator's method (e.g. a rate above 1, a fractional count).</summary>
    public const string ObservationInvalid = "STD.OBSERVATION_INVALID";

    /// <summary>An indicator score names no assessor.</summary>
    public const string AssessorMissing = "STD.ASSESSOR_MISSING";

    /// <summary>An indicator score is dated outside the assessment year.</summary>
    public const string DateOutsideYear = "STD.DATE_OUTSIDE_YEAR";

    /// <summary>An indicator score is dated after the as-of date of the evaluation.</summary>
    public const string ScoredAfterAsOf = "STD.SCORED_AFTER_AS_OF";

    /// <summary>A tier scheme allows a branch to rise by fewer than one tier a year.</summary>
    public const string MaxRiseInvalid = "STD.MAX_RISE_INVALID";

    /// <summary>Coverage targets repeat a campaign year or start below year one.</summary>
    public const string CoverageTargetInvalid = "STD.COVERAGE_TARGET_INVALID";

    /// <summary>A roster lists the same branch twice.</summary>
    public const string RosterDuplicate = "STD.ROSTER_DUPLICATE";

    /// <summary>Branch results given for one naming round are of another year, or name a branch twice.</summary>
    public const string RoundInvalid = "STD.ROUND_INVALID";

    /// <summary>A branch result or naming refers to a branch that the roster does not list.</summary>
    public const string BranchNotInRoster = "STD.BRANCH_NOT_IN_ROSTER";

    /// <summary>An indicator of a branch assessment is both scored (a typed-in observed value) and derived from the records of organizational life.</summary>
    public const string ObservedAndDerived = "STD.OBSERVED_AND_DERIVED";

    /// <summary>A branch assessment derives an observed value from the records of organizational life, but no records are given.</summary>
    public const string DerivationWithoutRecords = "STD.DERIVATION_WITHOUT_RECORDS";

    /// <summary>The records of organizational life a derived value is taken from are for another year, or do not list the assessed branch.</summary>
    public const string DerivationNotRecorded = "STD.DERIVATION_NOT_RECORDED";

    /// <summary>A derivation names no kind of meeting, or an undefined measure, kind or period.</summary>
    public const string DerivationInvalid = "STD.DERIVATION_INVALID";
}
