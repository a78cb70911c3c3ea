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
    public ComplianceReport(LocalDate asOf, ImmutableArray<string> rules = default, ImmutableArray<ComplianceFinding> findings = default)
    {
        AsOf = asOf;
        Rules = rules;
        Findings = findings;
    }

    /// <inheritdoc />
    public static string DocumentKind => "organization-compliance-report";

    /// <summary>Gets the date checked.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Gets the names of the rules applied, in order.</summary>
    public ImmutableArray<string> Rules { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets the findings, ordered by organization and rule.</summary>
    public ImmutableArray<ComplianceFinding> Findings { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets the findings about one organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>Its findings.</returns>
    public ImmutableArray<ComplianceFinding> For(OrganizationId id) => [.. Findings.Where(f => f.OrganizationId == id)];

    /// <inheritdoc />
    public bool Equals(ComplianceReport? other) =>
        other is not null && AsOf == other.AsOf && Rules.SequenceEqual(other.Rules) && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, Rules.Length, Findings.Length);
}
