using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A look-back re-check (回头看) of a completed measure (<see cref="ResponsibilityCitations.LookBack"/>).</summary>
/// <param name="Date">The date of the re-check.</param>
/// <param name="Outcome">Whether the rectification holds.</param>
/// <param name="Note">What was found, or <see langword="null"/>.</param>
/// <param name="Origin">The source problem the re-check re-checks (e.g. the supervision finding), which is the ledger problem's
/// <see cref="RectificationProblem.Origin"/>; <see langword="null"/> when not named.</param>
/// <remarks>Immutable.</remarks>
public sealed record LookBackCheck(LocalDate Date, RecheckOutcome Outcome, string? Note = null, ProblemOrigin? Origin = null);
