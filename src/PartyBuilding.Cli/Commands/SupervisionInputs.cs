using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// The documents <c>notices</c> and <c>case</c> work on, given as positional FILEs and told apart by their kind
/// (<c>supervision-records</c>, <c>supervision-catalogue</c>, <c>rectification-ledger</c>, <c>accountability-records</c>,
/// <c>organization-snapshot</c>, <c>organization-event-log</c>). Holds no domain logic: it only reads files.
/// </summary>
/// <param name="Command">The command reading them (named in usage errors).</param>
/// <param name="Documents">Each file read: its path, kind and content, in the order given.</param>
internal sealed record SupervisionInputs(string Command, ImmutableArray<(string Path, string Kind, object Content)> Documents)
{
    /// <summary>Checks, before any file is read, that every positional FILE exists.</summary>
    /// <exception cref="CliException">A file does not exist (file error).</exception>
    public static void CheckExist(ImmutableArray<string> paths)
    {
        foreach (var path in paths.Where(p => !File.Exists(p)))
        {
            throw CliException.File(CliMessages.CannotRead(path, CliMessages.NoSuchFile));
        }
    }

    /// <summary>Reads every file and tells its kind; a kind the command does not take is a usage error.</summary>
    /// <param name="command">The command.</param>
    /// <param name="paths">The positional FILEs.</param>
    /// <param name="kinds">The kinds the command takes.</param>
    /// <returns>The documents read.</returns>
    /// <exception cref="CliException">A file cannot be read (file error) or is of a kind the command does not take (usage error).</exception>
    /// <exception cref="PartyBuildingValidationException">A document is not valid JSON of its kind (exit 1, the file named).</exception>
    public static SupervisionInputs Read(string command, ImmutableArray<string> paths, ImmutableArray<string> kinds)
    {
        var documents = ImmutableArray.CreateBuilder<(string, string, object)>();
        foreach (var path in paths)
        {
            var bytes = CliFiles.ReadAllBytes(path);
            var kind = Labelled(path, () => PartyBuildingJson.PeekKind(bytes));
            if (!kinds.Contains(kind))
            {
                throw CliException.Usage(CliMessages.SupervisionFileKind(command, path, kind, string.Join(", ", kinds)));
            }

            var content = Labelled<object>(path, () => kind switch
            {
                "supervision-records" => PartyBuildingJson.Deserialize<Core.Supervision.SupervisionRecords>(bytes),
                "supervision-catalogue" => PartyBuildingJson.Deserialize<Core.Supervision.SupervisionCatalogue>(bytes),
                "accountability-records" => PartyBuildingJson.Deserialize<Core.Supervision.AccountabilityRecords>(bytes),
                "rectification-ledger" => PartyBuildingJson.Deserialize<Core.Responsibilities.RectificationLedger>(bytes),
                "organization-snapshot" => PartyBuildingJson.Deserialize<OrganizationSnapshot>(bytes),
                "organization-event-log" => PartyBuildingJson.Deserialize<OrganizationEventLog>(bytes),
                _ => throw new InvalidOperationException($"kind '{kind}' is accepted but not read"),
            });
            documents.Add((path, kind, content));
        }

        return new SupervisionInputs(command, documents.ToImmutable());
    }

    /// <summary>Gets the one document of a kind.</summary>
    /// <exception cref="CliException">None or more than one was given (usage error).</exception>
    public (string Path, T Content) One<T>(string kind) =>
        Optional<T>(kind) ?? throw CliException.Usage(CliMessages.SupervisionFileMissing(Command, kind));

    /// <summary>Gets the document of a kind, or <see langword="null"/> when none was given.</summary>
    /// <exception cref="CliException">More than one was given (usage error).</exception>
    public (string Path, T Content)? Optional<T>(string kind)
    {
        var found = Documents.Where(d => d.Kind == kind).ToList();
        return found.Count switch
        {
            0 => null,
            1 => (found[0].Path, (T)found[0].Content),
            _ => throw CliException.Usage(CliMessages.SupervisionFileTwice(Command, kind, string.Join(", ", found.Select(d => d.Path)))),
        };
    }

    /// <summary>Gets every document of a kind, in the order given.</summary>
    public ImmutableArray<T> All<T>(string kind) => [.. Documents.Where(d => d.Kind == kind).Select(d => (T)d.Content)];

    /// <summary>
    /// Gets the organization structure on a date from the snapshot and event log given, or <see langword="null"/> without a
    /// snapshot; a date before the snapshot is read on the snapshot's date, the earliest structure it knows (as the
    /// Supervision area checks its references).
    /// </summary>
    /// <exception cref="CliException">An event log without a snapshot, or two of either (usage error).</exception>
    /// <exception cref="PartyBuildingValidationException">The snapshot or the log is not valid (exit 1).</exception>
    public (OrganizationRegistry Registry, OrganizationTree Tree)? Structure(LocalDate asOf)
    {
        var log = Optional<OrganizationEventLog>("organization-event-log");
        if (Optional<OrganizationSnapshot>("organization-snapshot") is not { } snapshot)
        {
            return log is null ? null : throw CliException.Usage(CliMessages.SupervisionFileMissing(Command, "organization-snapshot"));
        }

        var registry = Labelled(snapshot.Path, () => OrganizationRegistry.Create(snapshot.Content, log?.Content));
        var tree = Labelled(snapshot.Path, () => registry.AsOf(asOf < registry.FirstDate ? registry.FirstDate : asOf));
        return (registry, tree);
    }

    /// <summary>Raises a library check's problems as the input error of a file.</summary>
    /// <exception cref="PartyBuildingValidationException">The report has an error (exit 1, the file named).</exception>
    public static void ThrowIfInvalid(string path, ValidationReport report) =>
        Labelled(path, () =>
        {
            report.ThrowIfInvalid(path);
            return true;
        });

    /// <summary>Runs a step, naming the file in the message of any validation failure it raises (as <c>evaluate</c> does).</summary>
    public static T Labelled<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (PartyBuildingValidationException ex)
        {
            throw new PartyBuildingValidationException($"input '{path}'", ex.Problems, ex) { Data = { [EvaluationInputs.SourceKey] = path } };
        }
    }
}
