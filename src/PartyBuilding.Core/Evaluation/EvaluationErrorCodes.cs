namespace PartyBuilding.Core.Evaluation;

/// <summary>The stable error codes of the <c>Evaluation</c> composition (prefix <c>EVAL.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/evaluation.md</c> lists them.</remarks>
public static class EvaluationErrorCodes
{
    /// <summary>A document belongs to another committee than the evaluation.</summary>
    public const string CommitteeMismatch = "EVAL.COMMITTEE_MISMATCH";

    /// <summary>A document belongs to another year than the evaluation.</summary>
    public const string YearMismatch = "EVAL.YEAR_MISMATCH";

    /// <summary>An area is mapped to a component but one of its documents is not given.</summary>
    public const string DocumentMissing = "EVAL.DOCUMENT_MISSING";

    /// <summary>An area's documents are given but the area is mapped to no component.</summary>
    public const string DocumentUnused = "EVAL.DOCUMENT_UNUSED";

    /// <summary>A document cannot be opened or read.</summary>
    public const string DocumentUnreadable = "EVAL.DOCUMENT_UNREADABLE";

    /// <summary>A document's parts (<c>documents.parts</c>) name a document that cannot be split, or one the manifest does not list.</summary>
    public const string PartsNotAllowed = "EVAL.PARTS_NOT_ALLOWED";

    /// <summary>A part of a split document is not for the committee or year of the document it continues, or carries what only the first document may.</summary>
    public const string PartMismatch = "EVAL.PART_MISMATCH";

    /// <summary>An area is mapped to a component the assessment scheme does not define.</summary>
    public const string ComponentNotInScheme = "EVAL.COMPONENT_NOT_IN_SCHEME";

    /// <summary>A component is fed by two sources (two areas, or an area and the given inputs).</summary>
    public const string ComponentFedTwice = "EVAL.COMPONENT_FED_TWICE";

    /// <summary>A veto or downgrade rule named for an area is not a precedence rule of the assessment scheme (for the supervision and accountability rules: nor a deduction item).</summary>
    public const string RuleUnknown = "EVAL.RULE_UNKNOWN";

    /// <summary>An organization has no input for a component of the scheme (the area gave no result for it).</summary>
    public const string ComponentMissing = "EVAL.COMPONENT_MISSING";

    /// <summary>The organization registry lists no department-level organization of the committee on the evaluation date.</summary>
    public const string OrganizationsEmpty = "EVAL.ORGANIZATIONS_EMPTY";

    /// <summary>A directly given input names an organization that is not assessed on the evaluation date (not in the registry, dissolved, or without a district).</summary>
    public const string OrganizationNotAssessed = "EVAL.ORGANIZATION_NOT_ASSESSED";

    /// <summary>An organization referenced by a document does not exist in the registry on the evaluation date.</summary>
    public const string OrganizationUnknown = "EVAL.ORGANIZATION_UNKNOWN";

    /// <summary>A document names as a branch an organization that the registry records as another kind.</summary>
    public const string NotABranch = "EVAL.NOT_A_BRANCH";

    /// <summary>A member referenced by a document is not a member in the registry on the evaluation date.</summary>
    public const string MemberUnknown = "EVAL.MEMBER_UNKNOWN";

    /// <summary>A member who casts a vote or stands in an electorate has no vote on the evaluation date: a probationary member (党章 第七条).</summary>
    public const string NoVotingRights = "EVAL.NO_VOTING_RIGHTS";

    /// <summary>A document places a member in an organization or branch that the registry does not place the member in.</summary>
    public const string MemberNotInOrganization = "EVAL.MEMBER_NOT_IN_ORGANIZATION";

    /// <summary>A member with a vote in an organization under review is missing from its electorate.</summary>
    public const string ElectorateIncomplete = "EVAL.ELECTORATE_INCOMPLETE";

    /// <summary>The double-review data set of the annual evaluation reviews a person (a secretary's report-and-review, 述职评议) instead of an organization.</summary>
    public const string DoubleReviewOfAPerson = "EVAL.DOUBLE_REVIEW_PERSON";

    /// <summary>A document's copy of a member's facts (the date joined, full or probationary) disagrees with the registry.</summary>
    public const string MemberFactMismatch = "EVAL.MEMBER_FACT_MISMATCH";

    /// <summary>A district referenced by a document is not a responsibility district of the registry.</summary>
    public const string DistrictUnknown = "EVAL.DISTRICT_UNKNOWN";

    /// <summary>A document's copy of an organization's responsibility district disagrees with the registry.</summary>
    public const string DistrictMismatch = "EVAL.DISTRICT_MISMATCH";

    /// <summary>A document's copy of a branch's department-level organization disagrees with the registry.</summary>
    public const string DepartmentMismatch = "EVAL.DEPARTMENT_MISMATCH";

    /// <summary>The double-review scheme's annual proportion differs from the weight of the double-review component in force in the assessment scheme.</summary>
    public const string ProportionMismatch = "EVAL.PROPORTION_MISMATCH";

    /// <summary>The rule for vetoed branches in a department's standardization roll-up is not a defined value.</summary>
    public const string VetoedBranchRuleUnknown = "EVAL.VETOED_BRANCH_RULE_UNKNOWN";

    /// <summary>A form of accountability is mapped to a scheme rule more than once (<see cref="EvaluationComponents.AccountabilityForms"/>).</summary>
    public const string AccountabilityFormTwice = "EVAL.ACCOUNTABILITY_FORM_TWICE";
}
