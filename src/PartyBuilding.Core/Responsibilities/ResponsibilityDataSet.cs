using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The responsibility data of one assessment year: the organizations' lists, the dated evidence of what was done, the
/// accountability chains of items, and the leading-group members' contact branches. A JSON document of kind <c>responsibility-data-set</c>.
/// </summary>
/// <remarks>Immutable; equality is by value. Check one with <see cref="ResponsibilityAssessmentEngine.ValidateData"/> or <see cref="ResponsibilityAssessmentEngine.Validate"/>.</remarks>
public sealed record ResponsibilityDataSet : IDocumentContent
{
    /// <summary>Initializes a data set.</summary>
    /// <param name="year">The assessment year.</param>
    /// <param name="lists">The lists; <c>default</c> reads as none.</param>
    /// <param name="evidence">The evidence records, in any order; <c>default</c> reads as none.</param>
    /// <param name="chains">The accountability chains; <c>default</c> reads as none.</param>
    /// <param name="contactPoints">The leading-group members' contact branches (联系点); <c>default</c> reads as none.</param>
    public ResponsibilityDataSet(
        AssessmentYear year,
        ValueArray<ResponsibilityList> lists,
        ValueArray<EvidenceRecord> evidence = default,
        ValueArray<AccountabilityChain> chains = default,
        ValueArray<ContactPoint> contactPoints = default)
    {
        Year = year;
        Lists = lists;
        Evidence = evidence;
        Chains = chains;
        ContactPoints = contactPoints;
    }

    /// <inheritdoc />
    public static string DocumentKind => "responsibility-data-set";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => ResponsibilitiesJson.Metadata;

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the lists.</summary>
    public ValueArray<ResponsibilityList> Lists { get; }

    /// <summary>Gets the evidence records.</summary>
    public ValueArray<EvidenceRecord> Evidence { get; }

    /// <summary>Gets the accountability chains.</summary>
    public ValueArray<AccountabilityChain> Chains { get; }

    /// <summary>Gets the leading-group members' contact branches (联系点, article 000, <see cref="ResponsibilityCitations.ContactBranches"/>).</summary>
    public ValueArray<ContactPoint> ContactPoints { get; }
}
