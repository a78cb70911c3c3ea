using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The stable error codes of the <c>Responsibilities</c> area (prefix <c>RESP.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/responsibilities.md</c> lists each with its rule.</remarks>
public static class ResponsibilitiesErrorCodes
{
    /// <summary>A once rule has no due date, or has a recurrence period.</summary>
    public const string OnceRuleShape = "RESP.DUE_ONCE_SHAPE";

    /// <summary>A recurring rule has no period, or has a due or opening date.</summary>
    public const string RecurringRuleShape = "RESP.DUE_RECURRING_SHAPE";

    /// <summary>A recurring rule asks for fewer than one, or more than 366, records per period.</summary>
    public const string TimesPerPeriodRange = "RESP.DUE_TIMES_RANGE";

    /// <summary>A once rule opens after it is due.</summary>
    public const string OpensAfterDue = "RESP.DUE_OPENS_AFTER_DUE";

    /// <summary>A once rule's due date lies outside the list's assessment year.</summary>
    public const string DueOutsideYear = "RESP.DUE_OUTSIDE_YEAR";

    /// <summary>A four-level list lacks items at one of the four levels.</summary>
    public const string FourLevelIncomplete = "RESP.FOUR_LEVEL_INCOMPLETE";

    /// <summary>A target-responsibility agreement has no signing date.</summary>
    public const string AgreementUnsigned = "RESP.AGREEMENT_UNSIGNED";

    /// <summary>A target-responsibility agreement was signed after its year ended.</summary>
    public const string AgreementSignedLate = "RESP.AGREEMENT_SIGNED_LATE";

    /// <summary>A list of a data set is for another year than the data set.</summary>
    public const string ListYearMismatch = "RESP.LIST_YEAR";

    /// <summary>An evidence record or chain refers to a list or item that does not exist.</summary>
    public const string UnknownItem = "RESP.ITEM_UNKNOWN";

    /// <summary>An evidence record has no description.</summary>
    public const string EvidenceDescriptionBlank = "RESP.EVIDENCE_BLANK";

    /// <summary>An accountability chain skips, repeats or reorders a stage.</summary>
    public const string ChainOrder = "RESP.CHAIN_ORDER";

    /// <summary>A stage of an accountability chain is dated before the previous stage.</summary>
    public const string ChainDate = "RESP.CHAIN_DATE";

    /// <summary>A scheme's code is blank.</summary>
    public const string SchemeCodeBlank = "RESP.SCHEME_CODE";

    /// <summary>A list item names a scheme responsibility that the scheme does not define.</summary>
    public const string DefinitionUnknown = "RESP.DEFINITION_UNKNOWN";

    /// <summary>A list item is at another level than the scheme responsibility it implements.</summary>
    public const string DefinitionLevel = "RESP.DEFINITION_LEVEL";

    /// <summary>
    /// The level weights of the <see cref="ResponsibilityStrategies.LevelWeighted"/> strategy do not add up to one (path
    /// <c>Scoring.Parameters</c>). The other problems of a scoring strategy have <c>COMMON.STRATEGY_*</c> codes.
    /// </summary>
    public const string ScoringWeightsSum = "RESP.SCORING_WEIGHTS_SUM";

    /// <summary>A ledger problem names an area the ledger does not define.</summary>
    public const string LedgerAreaUnknown = "RESP.LEDGER_AREA_UNKNOWN";

    /// <summary>A ledger problem has no rectification measure.</summary>
    public const string LedgerProblemWithoutMeasure = "RESP.LEDGER_NO_MEASURE";

    /// <summary>A measure's completion has no evidence text.</summary>
    public const string LedgerCompletionEvidence = "RESP.LEDGER_EVIDENCE_BLANK";

    /// <summary>A measure is completed before the ledger was established.</summary>
    public const string LedgerCompletedBeforeEstablished = "RESP.LEDGER_COMPLETED_EARLY";

    /// <summary>A look-back re-check is dated before the measure's completion, or the measure has none.</summary>
    public const string LedgerRecheckBeforeCompletion = "RESP.LEDGER_RECHECK_EARLY";

    /// <summary>A ledger's establishment date lies outside its year.</summary>
    public const string LedgerEstablishedOutsideYear = "RESP.LEDGER_ESTABLISHED_YEAR";

    /// <summary>A rectification measure's explicit due date falls before the ledger was established.</summary>
    public const string LedgerDueBeforeEstablished = "RESP.LEDGER_DUE_EARLY";

    /// <summary>A ledger problem's origin has a blank key or a kind not defined.</summary>
    public const string LedgerOriginShape = "RESP.LEDGER_ORIGIN_SHAPE";

    /// <summary>Two problems of a ledger name the same origin (the same supervision finding entered twice).</summary>
    public const string LedgerOriginTwice = "RESP.LEDGER_ORIGIN_TWICE";

    /// <summary>A look-back re-check names an origin that is not its problem's origin.</summary>
    public const string LedgerRecheckOrigin = "RESP.LEDGER_RECHECK_ORIGIN";

    // People's duties (issue 22): a secretary's agreement with its holder, leading-group members' contact branches.

    /// <summary>A contact branch is for another year than the data set.</summary>
    public const string ContactYear = "RESP.CONTACT_YEAR";

    /// <summary>A leading-group member has a second contact branch in the same organization and year (each chooses one).</summary>
    public const string ContactSecondBranch = "RESP.CONTACT_SECOND_BRANCH";

    /// <summary>A contact task requires fewer than one time, or more than 366, or is of kind Other without a name.</summary>
    public const string ContactTaskShape = "RESP.CONTACT_TASK_SHAPE";

    /// <summary>A contact branch lists the same task (the same kind, or the same name of an Other task) twice.</summary>
    public const string ContactTaskTwice = "RESP.CONTACT_TASK_TWICE";

    /// <summary>A contact task's date, or the date the branch was chosen, lies outside the record's year.</summary>
    public const string ContactDateOutsideYear = "RESP.CONTACT_DATE_YEAR";

    /// <summary>Structure check: a list's organization, or a contact branch's organization, is not in the organization structure on the date.</summary>
    public const string OrganizationUnknown = "RESP.ORGANIZATION_UNKNOWN";

    /// <summary>Structure check: a list's holder or a contact branch's member is not a member in the organization structure on the date.</summary>
    public const string PersonUnknown = "RESP.PERSON_UNKNOWN";

    /// <summary>Structure check: a list's holder or a contact branch's member is named otherwise than the organization structure names the member.</summary>
    public const string PersonNameMismatch = "RESP.PERSON_NAME_MISMATCH";

    /// <summary>Structure check: a list's holder is not the secretary of the list's organization on the signing date (or the year's first day).</summary>
    public const string HolderNotSecretary = "RESP.HOLDER_NOT_SECRETARY";

    /// <summary>Structure check: a contact branch's member is not in the leading group (班子成员) of the organization on the date.</summary>
    public const string ContactNotLeadingGroup = "RESP.CONTACT_NOT_LEADING_GROUP";

    /// <summary>Structure check: a contact branch is not a branch under the member's organization on the date.</summary>
    public const string ContactBranchNotUnder = "RESP.CONTACT_BRANCH_NOT_UNDER";

    /// <summary>Year-end review: the person reviewed for a list's organization is not the list's holder.</summary>
    public const string ReviewPersonNotHolder = "RESP.REVIEW_PERSON_NOT_HOLDER";
}
