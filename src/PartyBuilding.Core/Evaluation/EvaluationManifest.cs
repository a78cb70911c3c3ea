using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The document that lists one committee's evaluation: committee, year, evaluation date and the paths of its documents (document <c>evaluation-manifest</c>).</summary>
/// <param name="Committee">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Documents">The paths of the documents, relative to the manifest.</param>
/// <param name="Components">Which component each area feeds; <see langword="null"/> when no area feeds one.</param>
/// <param name="Incomplete">What to do with an organization lacking an input.</param>
public sealed record EvaluationManifest(
    OrganizationId Committee,
    AssessmentYear Year,
    LocalDate AsOf,
    EvaluationDocuments Documents,
    EvaluationComponents? Components = null,
    IncompleteOrganizationPolicy Incomplete = IncompleteOrganizationPolicy.Fail) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "evaluation-manifest";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => EvaluationJson.Metadata;
}

/// <summary>The paths of an evaluation's documents, relative to the manifest (e.g. <c>../organizations/binzhou-snapshot.json</c>).</summary>
/// <param name="OrganizationSnapshot">The organization snapshot (<c>organization-snapshot</c>).</param>
/// <param name="AssessmentScheme">The assessment scheme (<c>assessment-scheme</c>).</param>
/// <param name="OrganizationEvents">The organization event log (<c>organization-event-log</c>).</param>
/// <param name="DoubleReviewScheme">The double-review scheme (<c>double-review-scheme</c>).</param>
/// <param name="DoubleReviewData">The double-review data set (<c>double-review-data-set</c>).</param>
/// <param name="StandardizationCatalogue">The standardization catalogue (<c>standardization-catalogue</c>).</param>
/// <param name="StandardizationTiers">The standardization tier scheme (<c>standardization-tier-scheme</c>).</param>
/// <param name="StandardizationData">The standardization data set (<c>standardization-data-set</c>).</param>
/// <param name="MemberPointsScheme">The member-points scheme (<c>member-points-scheme</c>).</param>
/// <param name="MemberPointsData">The member-points data set (<c>member-points-data-set</c>).</param>
/// <param name="ResponsibilityScheme">The responsibility scheme (<c>responsibility-scheme</c>).</param>
/// <param name="ResponsibilityData">The responsibility data set (<c>responsibility-data-set</c>).</param>
/// <param name="RectificationLedger">The rectification ledger (<c>rectification-ledger</c>).</param>
/// <param name="GivenInputs">Directly given component inputs (<c>assessment-data-set</c>).</param>
/// <param name="OrganizationalLifeRecords">The records of organizational life (<c>organizational-life-records</c>).</param>
/// <param name="OrganizationalLifeScheme">The organizational-life scheme (<c>organizational-life-scheme</c>).</param>
/// <param name="SupervisionCatalogue">The supervision catalogue (<c>supervision-catalogue</c>).</param>
/// <param name="SupervisionRecords">The supervision records (<c>supervision-records</c>).</param>
/// <param name="AccountabilityRecords">The accountability records (<c>accountability-records</c>).</param>
/// <param name="Parts">
/// Further documents of a data set split across several files (数据分卷), by the name of the document they continue (e.g.
/// <c>memberPointsData</c> → the declarations of each month): each is a whole document of the same kind, committee and year,
/// and its lists are appended to the named document's in the order given. Only <c>memberPointsData</c> and
/// <c>organizationalLifeRecords</c> may be split; empty by default.
/// </param>
public sealed record EvaluationDocuments(
    string OrganizationSnapshot,
    string AssessmentScheme,
    string? OrganizationEvents = null,
    string? DoubleReviewScheme = null,
    string? DoubleReviewData = null,
    string? StandardizationCatalogue = null,
    string? StandardizationTiers = null,
    string? StandardizationData = null,
    string? MemberPointsScheme = null,
    string? MemberPointsData = null,
    string? ResponsibilityScheme = null,
    string? ResponsibilityData = null,
    string? RectificationLedger = null,
    string? GivenInputs = null,
    string? OrganizationalLifeRecords = null,
    string? OrganizationalLifeScheme = null,
    string? SupervisionCatalogue = null,
    string? SupervisionRecords = null,
    string? AccountabilityRecords = null,
    ValueDictionary<ValueArray<string>> Parts = default);
