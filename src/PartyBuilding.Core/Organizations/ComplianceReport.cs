using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>The compliance findings of every organization of a tree on one date.</summary>
/// <remarks>A document of kind <c>organization-compliance-report</c>. Immutable and thread-safe.</remarks>
public sealed record ComplianceReport : IDocumentContent
{
    /// <summary>Initializes a report.</summary>
    /// <param name="asOf">The date checked.</param>
    /// <param name="rules">The names of the rules applied.</param>
    /// <param name="findings">The findings, ordered by organization and rule.</param>
    public ComplianceReport(LocalDate asOf, ValueArray<string> rules = default, ValueArray<ComplianceFinding> findings = default)
    {
        AsOf = asOf;
        Rules = rules;
        Findings = findings;
    }

    /// <inheritdoc />
    public static string DocumentKind => "organization-compliance-report";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => OrganizationsJson.Metadata;

    /// <summary>Gets the date checked.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Gets the names of the rules applied, in order.</summary>
    public ValueArray<string> Rules { get; init; }

    /// <summary>Gets the findings, ordered by organization and rule.</summary>
    public ValueArray<ComplianceFinding> Findings { get; init; }

    /// <summary>Gets the findings about one organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>Its findings.</returns>
    public ImmutableArray<ComplianceFinding> For(OrganizationId id) => [.. Findings.Where(f => f.OrganizationId == id)];
}
