using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>notices FILE… [--as-of DATE] [--by organization|person] [--org ID] [--person ID] [--format text|csv|json|html] [--out PATH]</c>:
/// lists the findings on rectification notices (整改通知书) not rectified as of a date and the overdue measures of the
/// rectification ledger, grouped by responsible department (整改责任单位) or responsible person (整改责任人), with due dates and
/// days overdue. The FILEs are told apart by kind: the <c>supervision-records</c> and their <c>supervision-catalogue</c>
/// (required), the <c>rectification-ledger</c> of the records (optional: with it a finding stands as the ledger says), and the
/// <c>organization-snapshot</c> with its <c>organization-event-log</c> (optional: the references are checked against it and
/// the names shown). Every state comes from <see cref="SupervisionEngine"/> and <see cref="RectificationLedgerEngine"/>.
/// </summary>
internal sealed class NoticesCommand : ICommand
{
    private static readonly OptionSpec By = new("by", "organization|person", CliMessages.NoticesByHelp) { Completions = ["organization", "person"] };

    private static readonly OptionSpec Org = new("org", "ID", CliMessages.NoticesOrgHelp);

    private static readonly OptionSpec Person = new("person", "ID", CliMessages.NoticesPersonHelp);

    private static readonly ImmutableArray<string> Kinds =
        ["supervision-records", "supervision-catalogue", "rectification-ledger", "organization-snapshot", "organization-event-log"];

    public CommandSpec Spec { get; } = new(
        "notices",
        CliMessages.NoticesSummary,
        "FILE…",
        1,
        5,
        [EvaluationInputs.AsOf, By, Org, Person, NoticeListOutput.Format, NoticeListOutput.Out]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var asOf = EvaluationInputs.OptionalDate(arguments);
        var grouping = arguments.Value(By.Name) switch
        {
            null or "organization" => NoticeGrouping.Organization,
            "person" => NoticeGrouping.Person,
            var other => throw CliException.Usage(CliMessages.NoticesByInvalid(other)),
        };
        OrganizationId? org = arguments.Value(Org.Name) is { } orgText
            ? OrganizationId.TryParse(orgText, out var o) ? o : throw CliException.Usage(CliMessages.OrgInvalid(orgText))
            : null;
        MemberId? person = arguments.Value(Person.Name) is { } personText
            ? MemberId.TryParse(personText, out var p) ? p : throw CliException.Usage(CliMessages.PersonInvalid(personText))
            : null;
        var format = NoticeListOutput.Check(arguments);
        SupervisionInputs.CheckExist(arguments.Positionals);

        var inputs = SupervisionInputs.Read(Spec.Name, arguments.Positionals, Kinds);
        var (recordsPath, records) = inputs.One<SupervisionRecords>("supervision-records");
        var (_, catalogue) = inputs.One<SupervisionCatalogue>("supervision-catalogue");
        var ledger = inputs.Optional<RectificationLedger>("rectification-ledger");
        var date = asOf ?? records.Year.LastDay;
        var structure = inputs.Structure(date);
        if (structure is { } s)
        {
            SupervisionInputs.ThrowIfInvalid(recordsPath, SupervisionEngine.CheckAgainst(records, s.Registry));
        }

        var result = SupervisionInputs.Labelled(recordsPath, () => ledger is { } l
            ? SupervisionEngine.Evaluate(records, catalogue, date, l.Content)
            : SupervisionEngine.Evaluate(records, catalogue, date));
        var status = ledger is { } led ? (led.Content, RectificationLedgerEngine.Evaluate(led.Content, date)) : ((RectificationLedger, RectificationLedgerStatus)?)null;
        var list = NoticeList.From(records, result, status, grouping, structure?.Tree, row =>
            (org is not { } id || row.Department == id || row.Organization == id) && (person is not { } m || row.Person == m));
        NoticeListOutput.Write(list, format, arguments, context, arguments.Positionals);
        return ExitCodes.Success;
    }
}
