using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The outcome of one double review: a result for every organization whose rounds are valid and a failure for every
/// rater group whose round is invalid (an organization with a failure has no result).
/// </summary>
/// <remarks>
/// Results and failures are ordered by organization (ordinal) and group, so an outcome is identical whatever the order of
/// its inputs. Built by <see cref="DoubleReviewEngine.Evaluate"/>. Immutable and thread-safe; value-equal.
/// </remarks>
public sealed record DoubleReviewOutcome : IDocumentContent
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="scheme">The name of the scheme applied.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The date the review was evaluated as of.</param>
    /// <param name="results">The results, by organization.</param>
    /// <param name="failures">The invalid rounds, by organization and group.</param>
    /// <param name="half">The half of the year, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="scheme"/> is blank.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    internal DoubleReviewOutcome(
        string scheme,
        AssessmentYear year,
        LocalDate asOf,
        ValueArray<OrganizationReviewResult> results,
        ValueArray<RoundFailure> failures,
        HalfYear? half = null)
    {
        Scheme = Guard.NotBlank(scheme);
        Year = year;
        AsOf = asOf;
        Results = results;
        Failures = failures;
        Half = half;
    }

    /// <inheritdoc />
    public static string DocumentKind => "double-review-outcome";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => DoubleReviewJson.Metadata;

    /// <summary>Gets the name of the scheme applied.</summary>
    public string Scheme { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the date the review was evaluated as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the results, ordered by organization.</summary>
    public ValueArray<OrganizationReviewResult> Results { get; }

    /// <summary>Gets the invalid rounds, ordered by organization and group.</summary>
    public ValueArray<RoundFailure> Failures { get; }

    /// <summary>Gets the half of the year, or <see langword="null"/> for an annual review.</summary>
    public HalfYear? Half { get; }

    /// <summary>Gets the result of an organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The result, or <see langword="null"/> when the organization has none (not reviewed, or a round failed).</returns>
    public OrganizationReviewResult? ResultOf(OrganizationId organization) => Results.FirstOrDefault(r => r.Organization == organization);

}
