using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A rectification ledger (整改台账): problems grouped by area, each with measures, a first responsible person and a deadline class
/// (<see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>). A JSON document of kind <c>rectification-ledger</c>.
/// </summary>
/// <remarks>Immutable; equality is by value. Check one with <see cref="RectificationLedgerEngine.Validate"/>.</remarks>
public sealed record RectificationLedger : IDocumentContent
{
    /// <summary>Initializes a ledger.</summary>
    /// <param name="id">The ledger's identifier.</param>
    /// <param name="title">The title.</param>
    /// <param name="year">The year whose deadlines the classes resolve to.</param>
    /// <param name="establishedOn">The date the ledger was set up; measures are open from then.</param>
    /// <param name="areas">The areas; <c>default</c> reads as none.</param>
    /// <param name="problems">The problems; <c>default</c> reads as none.</param>
    /// <param name="citation">Where the ledger comes from, or <see langword="null"/>.</param>
    public RectificationLedger(
        RectificationLedgerId id,
        LocalizedText title,
        AssessmentYear year,
        LocalDate establishedOn,
        ValueArray<RectificationArea> areas,
        ValueArray<RectificationProblem> problems,
        Citation? citation = null)
    {
        Id = id;
        Title = title;
        Year = year;
        EstablishedOn = establishedOn;
        Areas = areas;
        Problems = problems;
        Citation = citation;
    }

    /// <inheritdoc />
    public static string DocumentKind => "rectification-ledger";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => ResponsibilitiesJson.Metadata;

    /// <summary>Gets the ledger's identifier.</summary>
    public RectificationLedgerId Id { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the year whose deadlines the classes resolve to.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the date the ledger was set up.</summary>
    public LocalDate EstablishedOn { get; }

    /// <summary>Gets the areas.</summary>
    public ValueArray<RectificationArea> Areas { get; }

    /// <summary>Gets the problems.</summary>
    public ValueArray<RectificationProblem> Problems { get; }

    /// <summary>Gets where the ledger comes from, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>Resolves a deadline class to a date of the ledger's year.</summary>
    /// <param name="deadline">The class.</param>
    /// <returns>30 November or 31 December of <see cref="Year"/>; <see langword="null"/> for a long-term task.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is not defined.</exception>
    public LocalDate? DeadlineOf(DeadlineClass deadline) => ResolveDeadline(Year, deadline);

    /// <summary>Resolves a deadline class to a date of a year (<see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="deadline">The class.</param>
    /// <returns>30 November or 31 December of <paramref name="year"/>; <see langword="null"/> for a long-term task.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is not defined.</exception>
    public static LocalDate? ResolveDeadline(AssessmentYear year, DeadlineClass deadline) => deadline switch
    {
        DeadlineClass.EndOfNovember => new LocalDate(year.Value, 11, 30),
        DeadlineClass.YearEnd => year.LastDay,
        DeadlineClass.LongTerm => null,
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unknown deadline class."),
    };
}
