using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The roll-up of a rectification ledger for one organization as of a date: problems, measures, done, overdue.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Problems">The number of problems.</param>
/// <param name="Measures">The number of measures.</param>
/// <param name="Done">Measures done.</param>
/// <param name="Due">Measures due (open, deadline not passed, or long-term).</param>
/// <param name="Overdue">Measures overdue.</param>
/// <param name="NotYetDue">Measures not yet open.</param>
/// <param name="ProblemsResolved">Problems whose every measure is done.</param>
/// <param name="Explanation">The counts as an explanation tree: measures as the sum of done, due, overdue and not yet due.</param>
/// <remarks>Immutable.</remarks>
public sealed record RectificationRollup(
    OrganizationId Organization,
    int Problems,
    int Measures,
    int Done,
    int Due,
    int Overdue,
    int NotYetDue,
    int ProblemsResolved,
    Explanation Explanation);
