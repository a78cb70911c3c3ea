using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>A committee's standardization data: its branch roster and the branches' assessments over one or more years. A JSON document of kind <c>standardization-data-set</c>.</summary>
/// <param name="Roster">The branches with their departments and districts.</param>
/// <param name="Assessments">The assessments, at most one per branch and year, in any order.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record StandardizationDataSet(BranchRoster Roster, ValueArray<BranchAssessment> Assessments) : Common.IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-data-set";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;

    /// <summary>
    /// Gets the records of organizational life the derived observations (<see cref="BranchAssessment.Derived"/>) are taken
    /// from, or <see langword="null"/>. Not part of the document: the annual evaluation sets them from its
    /// <c>organizational-life-records</c> document, a caller of <see cref="StandardizationEngine"/> with <c>with</c>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OrganizationalLife.OrganizationalLifeRecords? LifeRecords { get; init; }
}
