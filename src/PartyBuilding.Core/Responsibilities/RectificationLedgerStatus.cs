using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of a rectification ledger as of a date: every measure, and the roll-up per organization.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record RectificationLedgerStatus
{
    /// <summary>Initializes a ledger status.</summary>
    /// <param name="ledgerId">The ledger.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="measures">The measures' statuses, ordered by organization, problem and measure.</param>
    /// <param name="organizations">The roll-ups, ordered by organization.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RectificationLedgerStatus(
        RectificationLedgerId ledgerId,
        LocalDate asOf,
        ValueArray<MeasureStatus> measures,
        ValueArray<RectificationRollup> organizations)
    {
        LedgerId = ledgerId;
        AsOf = asOf;
        Measures = measures;
        Organizations = organizations;
    }

    /// <summary>Gets the ledger.</summary>
    public RectificationLedgerId LedgerId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the measures' statuses.</summary>
    public ValueArray<MeasureStatus> Measures { get; }

    /// <summary>Gets the roll-ups per organization.</summary>
    public ValueArray<RectificationRollup> Organizations { get; }

    /// <summary>Gets the overdue measures.</summary>
    public ValueArray<MeasureStatus> Overdue => [.. Measures.Where(m => m.Status == DutyStatus.Overdue)];

    /// <summary>Gets the roll-up of one organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The roll-up, or <see langword="null"/> when the ledger has no problem of it.</returns>
    public RectificationRollup? For(OrganizationId organization) => Organizations.FirstOrDefault(o => o.Organization == organization);
}
