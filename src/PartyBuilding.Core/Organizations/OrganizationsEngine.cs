using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The organizations of a working committee on a date: the snapshot with its event log replayed up to the date, in the
/// engine shape every area shares (<see cref="Validate"/> lists every problem, <see cref="Evaluate"/> throws them).
/// </summary>
/// <remarks>
/// The snapshot and the log are validated and the log is replayed once (an event dated D takes effect on D); a log that
/// contradicts itself is rejected with every problem listed (see <see cref="OrganizationRegistry"/>, which answers for
/// several dates). Pure and thread-safe.
/// </remarks>
public static class OrganizationsEngine
{
    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "organization snapshot and event log";

    /// <summary>Checks a snapshot, its event log and a date without building the tree.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="log">The event log; <see cref="OrganizationEventLog.Empty"/> when <see langword="null"/>.</param>
    /// <param name="asOf">The date; not before the snapshot's date.</param>
    /// <returns>
    /// Every problem of the snapshot, the log and the replay, with a path under <c>snapshot.</c> or <c>log.</c> and a code
    /// of <see cref="OrganizationsErrorCodes"/> or <see cref="CommonErrorCodes"/>; a date before the snapshot's is
    /// <see cref="OrganizationsErrorCodes.AsOfBeforeSnapshot"/> at <c>snapshot.AsOf</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(OrganizationSnapshot snapshot, OrganizationEventLog? log, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Run(snapshot, log ?? OrganizationEventLog.Empty, asOf).Report;
    }

    /// <summary>Gets the organization tree as it stood on a date.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="log">The event log; <see cref="OrganizationEventLog.Empty"/> when <see langword="null"/>.</param>
    /// <param name="asOf">The date; not before the snapshot's date.</param>
    /// <returns>The tree, with every event dated on or before <paramref name="asOf"/> applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The snapshot, the log or the date is not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static OrganizationTree Evaluate(OrganizationSnapshot snapshot, OrganizationEventLog? log, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (report, _, tree) = Run(snapshot, log ?? OrganizationEventLog.Empty, asOf);
        report.ThrowIfInvalid(Subject);
        return tree!;
    }

    /// <summary>Validates and replays once: the report of <see cref="Validate"/> and, when it has no error, the tree of <see cref="Evaluate"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="log">The event log.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The report, and the tree or <see langword="null"/>.</returns>
    internal static (ValidationReport Report, OrganizationRegistry? Registry, OrganizationTree? Tree) Run(OrganizationSnapshot snapshot, OrganizationEventLog log, LocalDate asOf)
    {
        var (report, registry) = OrganizationRegistry.Build(snapshot, log);
        if (asOf >= snapshot.AsOf)
        {
            return (report, registry, registry?.AsOf(asOf));
        }

        var date = new ValidationProblem(
            "snapshot.AsOf",
            OrganizationsErrorCodes.AsOfBeforeSnapshot,
            string.Create(CultureInfo.InvariantCulture, $"The evaluation date {asOf:uuuu-MM-dd} is before the snapshot's date {snapshot.AsOf:uuuu-MM-dd}."),
            asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        return (new ValidationReport([.. report.Problems, date]), registry, null);
    }
}
