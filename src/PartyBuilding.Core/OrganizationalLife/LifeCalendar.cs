using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The periods of a year that ended by the as-of date (the months, quarters and the year the check of organizational life
/// reads), with the scheme's requirement of each kind of meeting in force at the end of each, laid out once per check and
/// shared by every branch, so that no branch enumerates the periods or looks the requirements (and their citations) up again.
/// </summary>
/// <remarks>The same periods, in the same order, as <see cref="RecordMeasures.Periods"/>, and the requirements of
/// <see cref="OrganizationalLifeScheme.RequirementOf"/>. Immutable and thread-safe.</remarks>
internal sealed class LifeCalendar
{
    private readonly DateRange[] _months;
    private readonly DateRange[] _quarters;
    private readonly DateRange[] _year;
    private readonly OrganizationalLifeScheme _scheme;
    private readonly Dictionary<(MeetingKind, LifePeriod), (FrequencyRequirement Requirement, Citation Citation)?[]> _requirements = [];

    /// <summary>Lays out the periods of a year ended by a date and the scheme's requirements at their ends.</summary>
    /// <param name="year">The year.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="scheme">The scheme.</param>
    public LifeCalendar(AssessmentYear year, LocalDate asOf, OrganizationalLifeScheme scheme)
    {
        _months = [.. RecordMeasures.Periods(year, LifePeriod.Month, asOf)];
        _quarters = [.. RecordMeasures.Periods(year, LifePeriod.Quarter, asOf)];
        _year = [.. RecordMeasures.Periods(year, LifePeriod.Year, asOf)];
        EndedMonths = [.. year.Months.Where(m => DateRange.Of(m).End <= asOf)];
        _scheme = scheme;
        foreach (var kind in OrganizationalLifeRules.FrequencyKinds)
        {
            foreach (var period in (ReadOnlySpan<LifePeriod>)[LifePeriod.Month, LifePeriod.Quarter, LifePeriod.Year])
            {
                var ranges = Of(period);
                var requirements = new (FrequencyRequirement, Citation)?[ranges.Length];
                for (var i = 0; i < ranges.Length; i++)
                {
                    requirements[i] = scheme.RequirementOf(kind, ranges[i].End);
                }

                _requirements[(kind, period)] = requirements;
            }
        }
    }

    /// <summary>Gets the months of the year ended by the as-of date.</summary>
    public YearMonth[] EndedMonths { get; }

    /// <summary>Gets the periods of a length ended by the as-of date, in order.</summary>
    /// <param name="period">The length.</param>
    /// <returns>The periods (not to be changed).</returns>
    public ReadOnlySpan<DateRange> Of(LifePeriod period) => period switch
    {
        LifePeriod.Month => _months,
        LifePeriod.Quarter => _quarters,
        _ => _year,
    };

    /// <summary>Gets the requirement of a kind in force at the end of a period, with its citation (<see cref="OrganizationalLifeScheme.RequirementOf"/>).</summary>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="period">The length of the period.</param>
    /// <param name="index">The period's index in <see cref="Of"/>.</param>
    /// <returns>The requirement and its citation, or <see langword="null"/> when none is in force.</returns>
    public (FrequencyRequirement Requirement, Citation Citation)? RequirementOf(MeetingKind kind, LifePeriod period, int index) =>
        _requirements.TryGetValue((kind, period), out var requirements) ? requirements[index] : _scheme.RequirementOf(kind, Of(period)[index].End);
}
