using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A rectification measure (整改措施) of a ledger problem: what is done, who answers for it, by when, and whether it held.</summary>
/// <remarks>Immutable; equality is by value over the re-checks.</remarks>
public sealed record RectificationMeasure
{
    /// <summary>Initializes a measure.</summary>
    /// <param name="id">The measure's identifier, unique within the ledger.</param>
    /// <param name="description">What is done.</param>
    /// <param name="firstResponsible">The first responsible person (整改第一责任人).</param>
    /// <param name="deadline">The deadline class.</param>
    /// <param name="completion">The completion with its evidence, or <see langword="null"/> while open.</param>
    /// <param name="rechecks">The look-back re-checks, in any order; <c>default</c> reads as none.</param>
    public RectificationMeasure(
        RectificationMeasureId id,
        LocalizedText description,
        MemberId firstResponsible,
        DeadlineClass deadline,
        RectificationCompletion? completion = null,
        ValueArray<LookBackCheck> rechecks = default)
    {
        Id = id;
        Description = description;
        FirstResponsible = firstResponsible;
        Deadline = deadline;
        Completion = completion;
        Rechecks = rechecks;
    }

    /// <summary>Gets the measure's identifier.</summary>
    public RectificationMeasureId Id { get; }

    /// <summary>Gets what is done.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the first responsible person.</summary>
    public MemberId FirstResponsible { get; }

    /// <summary>Gets the deadline class.</summary>
    public DeadlineClass Deadline { get; }

    /// <summary>Gets the completion, or <see langword="null"/> while open.</summary>
    public RectificationCompletion? Completion { get; }

    /// <summary>Gets the look-back re-checks.</summary>
    public ValueArray<LookBackCheck> Rechecks { get; }

    /// <summary>Tells whether the measure counts as done on a date: completed on or before it, and not relapsed at the latest re-check since.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when done.</returns>
    public bool IsDoneAsOf(LocalDate asOf)
    {
        if (Completion is not { } completion || completion.Date > asOf)
        {
            return false;
        }

        var latest = Rechecks.Where(r => r.Date >= completion.Date && r.Date <= asOf)
            .OrderBy(r => r.Date).ThenBy(r => r.Outcome).LastOrDefault();
        return latest is null || latest.Outcome == RecheckOutcome.Confirmed;
    }
}
