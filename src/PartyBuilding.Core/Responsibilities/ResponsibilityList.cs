using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A responsibility list (责任清单) of one organization for one assessment year: an annual list, a target-responsibility
/// agreement signed at the start of the year, or a four-level list.
/// </summary>
/// <remarks>Immutable; equality is by value over the items. Checked as part of a data set by <see cref="ResponsibilityAssessmentEngine.ValidateData"/>.</remarks>
public sealed record ResponsibilityList
{
    /// <summary>Initializes a list.</summary>
    /// <param name="id">The list's identifier.</param>
    /// <param name="owner">The organization that carries the list.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="kind">The kind of list.</param>
    /// <param name="title">The list's title.</param>
    /// <param name="items">The items; <c>default</c> reads as none.</param>
    /// <param name="signedOn">For a <see cref="ResponsibilityListKind.TargetAgreement"/>: the date it was signed.</param>
    /// <param name="citation">Where the list comes from, or <see langword="null"/>.</param>
    /// <param name="holder">The person who carries the list, or <see langword="null"/>: for a secretary's target agreement, the secretary who signed it.</param>
    public ResponsibilityList(
        ResponsibilityListId id,
        OrganizationId owner,
        AssessmentYear year,
        ResponsibilityListKind kind,
        LocalizedText title,
        ValueArray<ResponsibilityItem> items,
        LocalDate? signedOn = null,
        Citation? citation = null,
        DutyHolder? holder = null)
    {
        Id = id;
        Owner = owner;
        Year = year;
        Kind = kind;
        Title = title;
        Items = items;
        SignedOn = signedOn;
        Citation = citation;
        Holder = holder;
    }

    /// <summary>Gets the list's identifier.</summary>
    public ResponsibilityListId Id { get; }

    /// <summary>Gets the organization that carries the list.</summary>
    public OrganizationId Owner { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the kind of list.</summary>
    public ResponsibilityListKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the items.</summary>
    public ValueArray<ResponsibilityItem> Items { get; }

    /// <summary>Gets the date a target-responsibility agreement was signed, or <see langword="null"/>.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>Gets where the list comes from, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>
    /// Gets the person who carries the list, or <see langword="null"/> when only the organization does. A branch secretary's
    /// target agreement (article 000, <see cref="ResponsibilityCitations.SecretaryAgreement"/>) names the secretary who signed it:
    /// <see cref="ResponsibilityAssessmentEngine.CheckAgainst"/> requires them to be the secretary of <see cref="Owner"/> on
    /// <see cref="SignedOn"/> (or on the first day of the year), and <see cref="ResponsibilityAssessmentEngine.CheckYearEndReview"/> that the
    /// year-end report-and-review of the organization's secretary reviews the same person.
    /// </summary>
    public DutyHolder? Holder { get; }

    /// <summary>Gets the date on which the holder is checked against the organization structure.</summary>
    /// <returns><see cref="SignedOn"/>, or the first day of <see cref="Year"/>.</returns>
    public LocalDate HolderCheckedOn() => SignedOn ?? Year.FirstDay;
}
