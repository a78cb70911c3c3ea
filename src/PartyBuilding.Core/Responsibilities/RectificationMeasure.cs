using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A rectification measure (整改措施) of a ledger problem: what is done, who answers for it, by when, and whether it held.</summary>
/// <remarks>
/// <para>The due date is the deadline class (article 000's three classes, <see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>) as a
/// preset, unless the measure gives an explicit date (<see cref="DueOn"/>): an explicit date wins (<see cref="DueDate"/>).</para>
/// <para>Immutable; equality is by value over the re-checks.</para>
/// </remarks>
public sealed record RectificationMeasure
{
    /// <summary>Initializes a measure.</summary>
    /// <param name="id">The measure's identifier, unique within the ledger.</param>
    /// <param name="description">What is done.</param>
    /// <param name="firstResponsible">The first responsible person (整改第一责任人).</param>
    /// <param name="deadline">The deadline class.</param>
    /// <param name="completion">The completion with its evidence, or <see langword="null"/> while open.</param>
    /// <param name="rechecks">The look-back re-checks, in any order; <c>default</c> reads as none.</param>
    /// <param name="dueOn">An explicit due date, which wins over the deadline class; <see langword="null"/> when the class's date applies.</param>
    /// <param name="responsibleDepartment">The responsible department (整改责任单位), an organization of the structure; <see langword="null"/> when not named.</param>
    public RectificationMeasure(
        RectificationMeasureId id,
        LocalizedText description,
        MemberId firstResponsible,
        DeadlineClass deadline,
        RectificationCompletion? completion = null,
        ValueArray<LookBackCheck> rechecks = default,
        LocalDate? dueOn = null,
        OrganizationId? responsibleDepartment = null)
    {
        Id = id;
        Description = description;
        FirstResponsible = firstResponsible;
        Deadline = deadline;
        Completion = completion;
        Rechecks = rechecks;
        DueOn = dueOn;
        ResponsibleDepartment = responsibleDepartment;
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

    /// <summary>Gets the explicit due date, which wins over the deadline class, or <see langword="null"/> when the class's date applies.</summary>
    public LocalDate? DueOn { get; }

    /// <summary>Gets the responsible department (整改责任单位), or <see langword="null"/> when not named.</summary>
    public OrganizationId? ResponsibleDepartment { get; }

    /// <summary>Resolves the measure's due date in a ledger's year: the explicit date when given, otherwise the deadline class's date
    /// (<see cref="RectificationLedger.ResolveDeadline"/>).</summary>
    /// <param name="year">The ledger's year.</param>
    /// <returns>The due date; <see langword="null"/> for a long-term task without an explicit date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The deadline class is not defined and no explicit date is given.</exception>
    public LocalDate? DueDate(AssessmentYear year) => DueOn ?? RectificationLedger.ResolveDeadline(year, Deadline);

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
