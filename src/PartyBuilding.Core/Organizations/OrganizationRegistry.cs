using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The organizations of a working committee over time: a snapshot plus its event log, answering every question
/// "as of" a date through <see cref="AsOf"/>.
/// </summary>
/// <remarks>
/// <para>The registry validates the snapshot and the log and replays every event once when it is created; a log that
/// contradicts itself (an organization dissolved twice or reparented under its own descendant, an unknown
/// organization or member, events out of order, a member in two branches at once, …) is rejected with every problem
/// listed. Replay is deterministic: the same snapshot and log give the same trees.</para>
/// <para>An event dated D takes effect on D: <c>AsOf(D)</c> includes it, <c>AsOf(D - 1 day)</c> does not.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class OrganizationRegistry
{
    private readonly ImmutableArray<(LocalDate Date, RegistryState State)> _checkpoints;

    private OrganizationRegistry(OrganizationSnapshot snapshot, OrganizationEventLog log, ImmutableArray<(LocalDate, RegistryState)> checkpoints)
    {
        Snapshot = snapshot;
        Log = log;
        _checkpoints = checkpoints;
    }

    /// <summary>Gets the snapshot the registry starts from.</summary>
    public OrganizationSnapshot Snapshot { get; }

    /// <summary>Gets the event log.</summary>
    public OrganizationEventLog Log { get; }

    /// <summary>Gets the first date the registry can answer for: the snapshot's date.</summary>
    public LocalDate FirstDate => Snapshot.AsOf;

    /// <summary>Validates a snapshot and a log and builds the registry (to ask it about several dates; for one date, <see cref="OrganizationsEngine.Evaluate"/>).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="log">The event log; <see cref="OrganizationEventLog.Empty"/> for none.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The snapshot or the log is not valid, or the log contradicts itself; every problem is listed.</exception>
    public static OrganizationRegistry Create(OrganizationSnapshot snapshot, OrganizationEventLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (report, registry) = Build(snapshot, log ?? OrganizationEventLog.Empty);
        report.ThrowIfInvalid("organization registry");
        return registry!;
    }

    /// <summary>Validates a snapshot and a log and replays the log once: every problem of both and of the replay, and the registry when there is none.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="log">The event log.</param>
    /// <returns>The report (paths start with <c>snapshot.</c> or <c>log.</c>) and the registry, <see langword="null"/> when the report has an error.</returns>
    internal static (ValidationReport Report, OrganizationRegistry? Registry) Build(OrganizationSnapshot snapshot, OrganizationEventLog log)
    {
        var (report, checkpoints) = Replay(snapshot, log);
        return (report, report.IsValid ? new OrganizationRegistry(snapshot, log, checkpoints) : null);
    }

    /// <summary>Gets the organization tree as it stood on a date.</summary>
    /// <param name="date">The date, on or after <see cref="FirstDate"/>.</param>
    /// <returns>The tree, with every event dated on or before <paramref name="date"/> applied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the snapshot's date.</exception>
    public OrganizationTree AsOf(LocalDate date)
    {
        if (date < FirstDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"The registry starts on {FirstDate:uuuu-MM-dd}."));
        }

        var state = CheckpointOn(date);
        return new OrganizationTree(date, state.Organizations, state.Members, state.Roles.ToImmutableArray(), Snapshot.Districts, state.History);
    }

    /// <summary>
    /// Gets a function that answers <see cref="AsOf"/> for a check that visits many dates, building each date's tree once; a date
    /// before <see cref="FirstDate"/> gets the first date's tree, the earliest structure the registry knows.
    /// </summary>
    /// <returns>The function; not thread-safe (one per check).</returns>
    internal Func<LocalDate, OrganizationTree> TreesByDate()
    {
        var trees = new Dictionary<LocalDate, OrganizationTree>();
        return date =>
        {
            var day = LocalDate.Max(date, FirstDate);
            return trees.TryGetValue(day, out var known) ? known : trees[day] = AsOf(day);
        };
    }

    /// <summary>Gets a member's standing on a date (<see cref="OrganizationTree.StandingOf"/> of the tree on that date).</summary>
    /// <param name="id">The member.</param>
    /// <param name="date">The date, on or after <see cref="FirstDate"/>.</param>
    /// <returns>The standing, or <see langword="null"/> when the member is not a current member on the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the snapshot's date.</exception>
    public MemberStanding? StandingOf(MemberId id, LocalDate date) => AsOf(date).StandingOf(id);

    /// <summary>Gets the events of the log that concern an organization, in log order (as subject, parent, successor).</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The events.</returns>
    public ImmutableArray<OrganizationEvent> HistoryOf(OrganizationId id) =>
        [.. Log.Events.Where(e => e.Concerns(id))];

    /// <summary>
    /// Finds the state of the last checkpoint on or before a date by bisection (the checkpoints are one a date, in date order,
    /// the first on the snapshot's date): a check that visits many dates of a long log does not scan the log for each.
    /// </summary>
    private RegistryState CheckpointOn(LocalDate date)
    {
        var (low, high) = (0, _checkpoints.Length - 1);
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_checkpoints[middle].Date <= date)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _checkpoints[low].State;
    }

    private static (ValidationReport Report, ImmutableArray<(LocalDate, RegistryState)> Checkpoints) Replay(OrganizationSnapshot snapshot, OrganizationEventLog log)
    {
        var shape = ValidationReport.Combine(
        [
            new OrganizationSnapshotValidator().Check(snapshot, "snapshot"),
            new OrganizationEventLogValidator().Check(log, "log"),
        ]);
        if (!shape.IsValid)
        {
            return (shape, []);
        }

        var problems = new List<ValidationProblem>();
        var districts = snapshot.Districts.Select(d => d.Id).ToHashSet();
        var state = RegistryState.From(snapshot);
        var checkpoints = ImmutableArray.CreateBuilder<(LocalDate, RegistryState)>();
        checkpoints.Add((snapshot.AsOf, state));
        for (var i = 0; i < log.Events.Length; i++)
        {
            var e = log.Events[i];
            var path = $"log.Events[{i}]";
            if (e.Date <= snapshot.AsOf)
            {
                problems.Add(new ValidationProblem(
                    path + ".Date",
                    OrganizationsErrorCodes.EventBeforeSnapshot,
                    string.Create(CultureInfo.InvariantCulture, $"Events must come after the snapshot's date {snapshot.AsOf:uuuu-MM-dd}."),
                    e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
                continue;
            }

            state = state.Apply(e, path, snapshot.Nesting, districts, problems);
            if (checkpoints[^1].Item1 == e.Date)
            {
                checkpoints[^1] = (e.Date, state);
            }
            else
            {
                checkpoints.Add((e.Date, state));
            }
        }

        return (new ValidationReport([.. shape.Problems, .. problems]), checkpoints.ToImmutable());
    }
}
