using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A leading-group member's contact branch (联系点) for one year: each member of the leading group chooses one grassroots branch
/// as their contact point and carries out tasks there — research, a heart-to-heart talk, a party lesson among the “六个一”
/// (article 000, <see cref="ResponsibilityCitations.ContactBranches"/>).
/// </summary>
/// <remarks>
/// Part of a <see cref="ResponsibilityDataSet"/> (<see cref="ResponsibilityDataSet.ContactPoints"/>); its tasks' status is in
/// <see cref="ResponsibilityAssessment.ContactPoints"/>, and it is resolved against the organization structure by
/// <see cref="ResponsibilityAssessmentEngine.CheckAgainst"/>: the member is in the leading group of the organization, and the branch
/// is a branch under it. Immutable; value-equal.
/// </remarks>
public sealed record ContactPoint
{
    /// <summary>Initializes a contact point.</summary>
    /// <param name="member">The leading-group member.</param>
    /// <param name="organization">The organization in whose leading group the member serves.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="branch">The contact branch: a branch under <paramref name="organization"/>.</param>
    /// <param name="tasks">The tasks; <c>default</c> reads as none.</param>
    /// <param name="chosenOn">The date the member took up the branch, on which the structure is checked; the year's first day when <see langword="null"/>.</param>
    public ContactPoint(
        DutyHolder member,
        OrganizationId organization,
        AssessmentYear year,
        OrganizationId branch,
        ValueArray<ContactTask> tasks,
        LocalDate? chosenOn = null)
    {
        Member = member;
        Organization = organization;
        Year = year;
        Branch = branch;
        Tasks = tasks;
        ChosenOn = chosenOn;
    }

    /// <summary>Gets the leading-group member.</summary>
    public DutyHolder Member { get; }

    /// <summary>Gets the organization in whose leading group the member serves.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the contact branch.</summary>
    public OrganizationId Branch { get; }

    /// <summary>Gets the tasks.</summary>
    public ValueArray<ContactTask> Tasks { get; }

    /// <summary>Gets the date the member took up the branch, or <see langword="null"/> for the year's first day.</summary>
    public LocalDate? ChosenOn { get; }

    /// <summary>Gets the date on which the member and the branch are checked against the organization structure.</summary>
    /// <returns><see cref="ChosenOn"/>, or the first day of <see cref="Year"/>.</returns>
    public LocalDate CheckedOn() => ChosenOn ?? Year.FirstDay;
}
