using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The responsibility component of every organization with a list, as of a date, under one scheme.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record ResponsibilityAssessment
{
    /// <summary>Initializes an assessment.</summary>
    /// <param name="schemeCode">The scheme's code.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="organizations">The results, ordered by organization.</param>
    /// <param name="contactPoints">The contact branches' status, ordered by member; <c>default</c> reads as none.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ResponsibilityAssessment(string schemeCode, AssessmentYear year, LocalDate asOf, ValueArray<OrganizationResponsibilityResult> organizations, ValueArray<ContactPointStatus> contactPoints = default)
    {
        SchemeCode = schemeCode;
        Year = year;
        AsOf = asOf;
        Organizations = organizations;
        ContactPoints = contactPoints;
    }

    /// <summary>Gets the scheme's code.</summary>
    public string SchemeCode { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the results, ordered by organization.</summary>
    public ValueArray<OrganizationResponsibilityResult> Organizations { get; }

    /// <summary>
    /// Gets the status of the leading-group members' contact branches (联系点), ordered by member and organization. They do not
    /// enter the organizations' scores: the scheme's strategies score lists.
    /// </summary>
    public ValueArray<ContactPointStatus> ContactPoints { get; }

    /// <summary>Gets the status of one member's contact branches.</summary>
    /// <param name="member">The leading-group member.</param>
    /// <returns>The member's contact branches (one per organization in whose leading group they serve), possibly none.</returns>
    public ImmutableArray<ContactPointStatus> ContactPointsOf(MemberId member) => [.. ContactPoints.Where(c => c.Member.Member == member)];

    /// <summary>Gets the result of one organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The result, or <see langword="null"/> when it has no list.</returns>
    public OrganizationResponsibilityResult? For(OrganizationId organization) => Organizations.FirstOrDefault(o => o.Organization == organization);
}
