namespace PartyBuilding.Core.Common;

/// <summary>
/// A quarter of an assessment year (季度), the period of quarterly duties such as the mass review of members
/// (群众每季评议) and quarterly inspections of responsibility lists.
/// </summary>
/// <remarks>Quarter 1 is January to March, quarter 4 October to December. Immutable and thread-safe.</remarks>
public readonly record struct AssessmentQuarter : IComparable<AssessmentQuarter>
{
    private AssessmentQuarter(AssessmentYear year, int number)
    {
        Year = year;
        Number = number;
    }

    /// <summary>Gets the year the quarter belongs to.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the quarter number, 1 to 4.</summary>
    public int Number { get; }

    /// <summary>Gets the first month of the quarter.</summary>
    public YearMonth FirstMonth => new(Year.Value, ((Number - 1) * 3) + 1);

    /// <summary>Gets the last month of the quarter.</summary>
    public YearMonth LastMonth => new(Year.Value, Number * 3);

    /// <summary>Gets the three months of the quarter, in order.</summary>
    public ImmutableArray<YearMonth> Months => [FirstMonth, FirstMonth.PlusMonths(1), LastMonth];

    /// <summary>Gets the first day of the quarter.</summary>
    public LocalDate FirstDay => FirstMonth.OnDayOfMonth(1);

    /// <summary>Gets the last day of the quarter.</summary>
    public LocalDate LastDay => DateRange.Of(LastMonth).End;

    /// <summary>Gets the quarter as a date range.</summary>
    public DateRange Range => DateRange.Create(FirstDay, LastDay);

    /// <summary>Gets the following quarter, crossing into the next year after quarter 4.</summary>
    public AssessmentQuarter Next => Number == 4 ? new(Year.Next, 1) : new(Year, Number + 1);

    /// <summary>Gets the preceding quarter, crossing into the previous year before quarter 1.</summary>
    public AssessmentQuarter Previous => Number == 1 ? new(Year.Previous, 4) : new(Year, Number - 1);

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="number">The quarter number, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1..4.</exception>
    public static AssessmentQuarter Create(AssessmentYear year, int number) => new(year, Guard.InRange(number, 1, 4));

    /// <summary>Gets the quarter a month falls in.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The quarter.</returns>
    public static AssessmentQuarter Of(YearMonth month) => new(AssessmentYear.Create(month.Year), ((month.Month - 1) / 3) + 1);

    /// <summary>Gets the quarter a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The quarter.</returns>
    public static AssessmentQuarter Of(LocalDate date) => Of(date.ToYearMonth());

    /// <summary>Tells whether a date falls in this quarter.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(LocalDate date) => Of(date) == this;

    /// <inheritdoc />
    public int CompareTo(AssessmentQuarter other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Number.CompareTo(other.Number);
    }

    /// <summary>Formats the quarter.</summary>
    /// <returns>For example <c>2024-Q3</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year.Value}-Q{Number}");
}
