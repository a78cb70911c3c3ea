using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>
/// An assessment year (考核年度): the calendar year, 1 January to 31 December, over which a working committee
/// evaluates its organizations.
/// </summary>
/// <remarks>Years 1949 to 9998 are supported (ISO calendar). Immutable and thread-safe.</remarks>
[JsonConverter(typeof(AssessmentYearConverter))]
public readonly record struct AssessmentYear : IComparable<AssessmentYear>
{
    /// <summary>The earliest supported year.</summary>
    public const int MinValue = 1949;

    /// <summary>The latest supported year.</summary>
    public const int MaxValue = 9998;

    private AssessmentYear(int value) => Value = value;

    /// <summary>Gets the calendar year number.</summary>
    public int Value { get; }

    /// <summary>Gets 1 January of the year.</summary>
    public LocalDate FirstDay => new(Value, 1, 1);

    /// <summary>Gets 31 December of the year.</summary>
    public LocalDate LastDay => new(Value, 12, 31);

    /// <summary>Gets the whole year as a date range.</summary>
    public DateRange Range => DateRange.Create(FirstDay, LastDay);

    /// <summary>Gets the twelve months of the year, in order.</summary>
    public ImmutableArray<YearMonth> Months
    {
        get
        {
            var year = Value;
            return [.. Enumerable.Range(1, 12).Select(m => new YearMonth(year, m))];
        }
    }

    /// <summary>Gets the four quarters of the year, in order.</summary>
    public ImmutableArray<AssessmentQuarter> Quarters
    {
        get
        {
            var year = this;
            return [.. Enumerable.Range(1, 4).Select(q => AssessmentQuarter.Create(year, q))];
        }
    }

    /// <summary>Gets the following year.</summary>
    public AssessmentYear Next => Create(Value + 1);

    /// <summary>Gets the preceding year.</summary>
    public AssessmentYear Previous => Create(Value - 1);

    /// <summary>Creates an assessment year.</summary>
    /// <param name="year">The calendar year, <see cref="MinValue"/> to <see cref="MaxValue"/>.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static AssessmentYear Create(int year) => new(Guard.InRange(year, MinValue, MaxValue));

    /// <summary>Gets the assessment year a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is out of range.</exception>
    public static AssessmentYear Of(LocalDate date) => Create(date.Year);

    /// <summary>Tells whether a date falls in this year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is in the year.</returns>
    public bool Contains(LocalDate date) => date.Year == Value;

    /// <summary>Tells whether a month falls in this year.</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when the month is in the year.</returns>
    public bool Contains(YearMonth month) => month.Year == Value;

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(AssessmentYear left, AssessmentYear right) => left.Value < right.Value;

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later.</returns>
    public static bool operator >(AssessmentYear left, AssessmentYear right) => left.Value > right.Value;

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier or the same.</returns>
    public static bool operator <=(AssessmentYear left, AssessmentYear right) => left.Value <= right.Value;

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later or the same.</returns>
    public static bool operator >=(AssessmentYear left, AssessmentYear right) => left.Value >= right.Value;

    /// <inheritdoc />
    public int CompareTo(AssessmentYear other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
