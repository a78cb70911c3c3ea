using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one rectification measure as of a date.</summary>
/// <param name="Organization">The organization the problem was found in.</param>
/// <param name="Area">The problem's area.</param>
/// <param name="Problem">The problem.</param>
/// <param name="Measure">The measure.</param>
/// <param name="FirstResponsible">The first responsible person.</param>
/// <param name="DeadlineClass">The deadline class.</param>
/// <param name="Deadline">The resolved deadline, or <see langword="null"/> for a long-term task.</param>
/// <param name="Status">The status.</param>
/// <param name="Rechecks">The number of look-back re-checks dated on or before the as-of date.</param>
/// <remarks>Immutable.</remarks>
public sealed record MeasureStatus(
    OrganizationId Organization,
    RectificationAreaId Area,
    RectificationProblemId Problem,
    RectificationMeasureId Measure,
    MemberId FirstResponsible,
    DeadlineClass DeadlineClass,
    LocalDate? Deadline,
    DutyStatus Status,
    int Rechecks);
