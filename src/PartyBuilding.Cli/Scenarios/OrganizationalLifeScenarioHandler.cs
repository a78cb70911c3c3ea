using System.Text.Json.Nodes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>organizational-life</c>: the compliance check of a committee's records of organizational life against
/// the branch work regulation, the party constitution and the committee's scheme (<see cref="OrganizationalLifeEngine.Evaluate"/>)
/// on a date.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "records": …, "scheme": …, "asOf": "2019-12-31" }</c> (an organizational-life-records document and an
/// optional organizational-life-scheme, each inline content or a file path; without a scheme, the regulation's frequencies
/// for the records' year and committee). Actual values: <c>{ "findingCount": 3, "branches": { "BZ-001-B02": { "records": 14,
/// "validMeetings": 13, "findings": { "WithoutQuorum/BranchCommitteeMeeting": [ { "kind": "WithoutQuorum", "meeting":
/// "BranchCommitteeMeeting", "organization": "BZ-001-B02", "from": "2019-01-05", "to": "2019-01-05", "members": [], "records":
/// [ "CM-01" ], "months": [] } ], "DuesUnpaid": [], … } } } }</c>. The findings of a branch are keyed by the finding's kind,
/// followed by <c>/</c> and the kind of meeting for a missed meeting or one without quorum; every key that a check can
/// raise is present (an empty array when it raised nothing), so a scenario pins "no finding" as <c>[]</c>. Each array is in
/// the engine's order (period, organization, member, record).
/// </remarks>
internal sealed class OrganizationalLifeScenarioHandler : IScenarioHandler
{
    // The keys every branch has, so that a scenario can pin the side of a threshold that raises nothing as [].
    private static readonly ImmutableArray<string> Keys =
    [
        .. OrganizationalLifeRules.FrequencyKinds.Select(k => Key(LifeFindingKind.MissedMeeting, k)),
        Key(LifeFindingKind.WithoutQuorum, MeetingKind.MembersMeeting),
        Key(LifeFindingKind.WithoutQuorum, MeetingKind.BranchCommitteeMeeting),
        .. Enum.GetValues<LifeFindingKind>().Where(k => k is not (LifeFindingKind.MissedMeeting or LifeFindingKind.WithoutQuorum)).Select(k => Key(k, null)),
    ];

    public string Kind => "organizational-life";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "records", "scheme", "asOf");
        var records = Document<OrganizationalLifeRecords>(scenario, inputs, "records");
        var scheme = OptionalDocument<OrganizationalLifeScheme>(scenario, inputs, "scheme") ?? new OrganizationalLifeScheme(records.Year, records.CommitteeId);
        var result = OrganizationalLifeEngine.Evaluate(records, scheme, Date(inputs, "asOf"));
        return new JsonObject
        {
            ["findingCount"] = result.Findings.Length,
            ["branches"] = Keyed(result.Branches, b => b.BranchId.Value, b => new JsonObject
            {
                ["records"] = b.RecordCount,
                ["validMeetings"] = b.ValidMeetingCount,
                ["findings"] = Findings(b.Findings),
            }),
        };
    }

    private static JsonObject Findings(ValueArray<LifeFinding> findings)
    {
        var byKey = findings.GroupBy(f => Key(f.Kind, f.Kind is LifeFindingKind.MissedMeeting or LifeFindingKind.WithoutQuorum ? f.Meeting : null))
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return Keyed(
            Keys.Union(byKey.Keys, StringComparer.Ordinal),
            k => k,
            k => new JsonArray([.. byKey.GetValueOrDefault(k, []).Select(f => (JsonNode?)Finding(f))]));
    }

    private static JsonObject Finding(LifeFinding finding) => new()
    {
        ["kind"] = Name<LifeFindingKind>(finding.Kind),
        ["meeting"] = Name(finding.Meeting),
        ["organization"] = finding.OrganizationId.Value,
        ["from"] = Iso(finding.Period.Start),
        ["to"] = Iso(finding.Period.End),
        ["members"] = Texts(finding.Members.Select(m => m.Value)),
        ["records"] = Texts(finding.Records.Select(r => r.Value)),
        ["months"] = Texts(finding.Months.Select(m => m.ToString("uuuu-MM", CultureInfo.InvariantCulture))),
    };

    private static string Key(LifeFindingKind kind, MeetingKind? meeting) => meeting is { } m ? $"{kind}/{m}" : kind.ToString();

    private static JsonArray Texts(IEnumerable<string> texts) => new([.. texts.Select(t => (JsonNode?)JsonValue.Create(t))]);

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
