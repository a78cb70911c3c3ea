using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>One stage of the accountability chain reached on a date.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Date">The date the stage was reached.</param>
/// <param name="Note">A note (the person assigned, the report, the decision), or <see langword="null"/>.</param>
/// <remarks>Immutable.</remarks>
public sealed record AccountabilityStep(AccountabilityStage Stage, LocalDate Date, string? Note = null);
