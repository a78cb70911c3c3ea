using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one occurrence (obligation) of a responsibility item as of a date.</summary>
/// <param name="Number">The occurrence's number in the year, from 1.</param>
/// <param name="Window">The dates within which evidence counts; its end is the deadline.</param>
/// <param name="RequiredCount">How many evidence records the occurrence needs.</param>
/// <param name="EvidenceCount">How many evidence records dated inside the window and on or before the as-of date were found.</param>
/// <param name="Status">The status.</param>
/// <remarks>Immutable.</remarks>
public sealed record OccurrenceStatus(int Number, DateRange Window, int RequiredCount, int EvidenceCount, DutyStatus Status);
