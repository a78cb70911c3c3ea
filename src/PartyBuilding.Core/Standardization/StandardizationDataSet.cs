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

    /// <summary>
    /// Gets the scheme of organizational life whose reading of “半数以上” (<see cref="OrganizationalLife.OrganizationalLifeScheme.QuorumReading"/>)
    /// decides whether a meeting of <see cref="LifeRecords"/> had its quorum, or <see langword="null"/> for the library's default
    /// reading (more than half). Not part of the document: the annual evaluation sets it from its <c>organizational-life-scheme</c>
    /// document, so that a derived value and the compliance check judge a meeting by the one rule.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OrganizationalLife.OrganizationalLifeScheme? LifeScheme { get; init; }
}
