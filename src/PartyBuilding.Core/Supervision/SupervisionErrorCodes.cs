namespace PartyBuilding.Core.Supervision;

/// <summary>The stable error codes of the <c>Supervision</c> area (prefix <c>SUP.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/errors.md</c> lists them.</remarks>
public static class SupervisionErrorCodes
{
    /// <summary>Two aspects, points, groups, visits, findings, or circulars and notices share an identifier.</summary>
    public const string DuplicateId = "SUP.DUPLICATE_ID";

    /// <summary>A catalogue point names an aspect the catalogue does not define.</summary>
    public const string AspectUnknown = "SUP.ASPECT_UNKNOWN";

    /// <summary>A catalogue aspect has no key point.</summary>
    public const string AspectEmpty = "SUP.ASPECT_EMPTY";

    /// <summary>A supervision group has no leader or more than one, or a person without a name.</summary>
    public const string GroupMembers = "SUP.GROUP_MEMBERS";

    /// <summary>A visit names a supervision group the records do not list.</summary>
    public const string GroupUnknown = "SUP.GROUP_UNKNOWN";

    /// <summary>A visit is dated outside the records' year.</summary>
    public const string DateOutOfYear = "SUP.DATE_OUT_OF_YEAR";

    /// <summary>A visit names no method, or a method twice or one not defined.</summary>
    public const string Methods = "SUP.METHODS";

    /// <summary>A finding is measured against no point, indicator or rule of organizational life, or against more than one.</summary>
    public const string FindingTarget = "SUP.FINDING_TARGET";

    /// <summary>A finding names a key point the catalogue does not list.</summary>
    public const string PointUnknown = "SUP.POINT_UNKNOWN";

    /// <summary>A finding names a standardization indicator that is not among the known indicators.</summary>
    public const string IndicatorUnknown = "SUP.INDICATOR_UNKNOWN";

    /// <summary>A finding has no evidence, or a piece of evidence without a reference or of a kind not defined.</summary>
    public const string Evidence = "SUP.EVIDENCE";

    /// <summary>A circular or a notice names a finding the records do not hold.</summary>
    public const string FindingUnknown = "SUP.FINDING_UNKNOWN";

    /// <summary>A notice covers a finding of a visit to another organization.</summary>
    public const string FindingOfAnotherOrganization = "SUP.FINDING_OF_ANOTHER_ORGANIZATION";

    /// <summary>A finding is on two notices, or twice on one, without the later one saying it repeats the earlier; or a notice repeats one that did not cover the finding or was not issued before it.</summary>
    public const string FindingOnTwoNotices = "SUP.FINDING_ON_TWO_NOTICES";

    /// <summary>A circular or a notice covers no finding.</summary>
    public const string NoticeEmpty = "SUP.NOTICE_EMPTY";

    /// <summary>A notice item gives no due date or both a preset and a date.</summary>
    public const string DueShape = "SUP.DUE_SHAPE";

    /// <summary>A circular or notice is issued before a visit whose finding it covers, or a due date falls before the notice's issue.</summary>
    public const string DateOrder = "SUP.DATE_ORDER";

    /// <summary>An organization of the records is not in the organization structure on the date, or a finding's organization is not the visited one or within it.</summary>
    public const string OrganizationUnknown = "SUP.ORGANIZATION_UNKNOWN";

    // ---- Into the rectification ledger (issue 22, "from findings to action") ----

    /// <summary>The notice to carry into the ledger is not one of the records' notices.</summary>
    public const string LedgerNoticeUnknown = "SUP.LEDGER_NOTICE_UNKNOWN";

    /// <summary>A notice item carried into the ledger has no responsible person: neither the item nor the default names one.</summary>
    public const string LedgerResponsible = "SUP.LEDGER_RESPONSIBLE";

    /// <summary>The rectification ledger is not of the records' year.</summary>
    public const string LedgerYear = "SUP.LEDGER_YEAR";

    /// <summary>A ledger problem's origin names a supervision finding the records do not hold.</summary>
    public const string LedgerFindingUnknown = "SUP.LEDGER_FINDING_UNKNOWN";

    /// <summary>A ledger problem from a supervision finding is not of the finding's organization.</summary>
    public const string LedgerOrganization = "SUP.LEDGER_ORGANIZATION";

    /// <summary>A notice item's responsible person is not a member in the organization structure on the notice's date.</summary>
    public const string ResponsibleUnknown = "SUP.RESPONSIBLE_UNKNOWN";

    // Accountability cases (问责案例), issue 22.

    /// <summary>Two accountability cases share an identifier.</summary>
    public const string CaseDuplicateId = "SUP.CASE_DUPLICATE_ID";

    /// <summary>A case's subject is a cadre without a member identifier, name or post, or an organization with one, or of a kind not defined.</summary>
    public const string CaseSubject = "SUP.CASE_SUBJECT";

    /// <summary>A case is decided outside the records' year.</summary>
    public const string CaseDateOutOfYear = "SUP.CASE_DATE_OUT_OF_YEAR";

    /// <summary>A case rests on no fact, or a fact names none or more than one of a finding, a measure with its problem, and a veto.</summary>
    public const string CaseFactShape = "SUP.CASE_FACT_SHAPE";

    /// <summary>A fact names a finding, a ledger problem and measure, or a veto that the documents given do not hold.</summary>
    public const string CaseFactUnknown = "SUP.CASE_FACT_UNKNOWN";

    /// <summary>A fact is later than the case's decision: a finding of a later visit, or a measure not yet overdue (done, or not past its due date) on the decision date.</summary>
    public const string CaseFactNotYet = "SUP.CASE_FACT_NOT_YET";

    /// <summary>A fact concerns an organization that is neither the subject's organization nor within it in the organization structure on the decision date.</summary>
    public const string CaseFactOfAnotherOrganization = "SUP.CASE_FACT_OF_ANOTHER_ORGANIZATION";

    /// <summary>A case at the stage of holding to account (问责) has no form of accountability, or one before it has any, or a form is repeated or not defined, or the stage is not defined.</summary>
    public const string CaseOutcome = "SUP.CASE_OUTCOME";

    /// <summary>A form of accountability is not one the regulation in force on the decision date allows for the subject's kind (e.g. 诫勉 for an organization, 改组 for a cadre), or no regulation of forms is in force on that date.</summary>
    public const string CaseFormNotAllowed = "SUP.CASE_FORM_NOT_ALLOWED";

    /// <summary>A cadre is not a member of the organization structure on the decision date, or the structure gives the member another name.</summary>
    public const string CasePersonUnknown = "SUP.CASE_PERSON_UNKNOWN";
}
