using System.Text;
using System.Text.Json;
using NodaTime;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>case FILE… (--id ID | --stats) [--as-of DATE] [--format text|json] [--depth N]</c>: explains one accountability case
/// (问责案例) as its explanation tree from <see cref="AccountabilityEngine.Evaluate"/> — the subject, each fact, the stage of the
/// chain, the decision and each form with the regulation's article — and then, for each fact, the record it rests on as its own
/// engine explains it on the decision date: a finding's node of <see cref="SupervisionEngine.Evaluate(SupervisionRecords, SupervisionCatalogue, LocalDate)"/>
/// (visit, methods, evidence, circulars, the notice and due date, the ledger problem; with the <c>supervision-catalogue</c>),
/// an overdue measure's status of <see cref="RectificationLedgerEngine.Evaluate"/> (due date, completion, look-backs, origin).
/// With <c>--stats</c> it prints the year's statistics (cases by subject and by form, cadres dealt with and disciplined). A
/// command of its own rather than an option of <c>explain</c>: <c>explain</c> runs the annual evaluation of a manifest and
/// needs <c>--org</c>, while a case is read from the accountability records and the documents its facts name.
/// </summary>
internal sealed class CaseCommand : ICommand
{
    private static readonly OptionSpec Id = new("id", "ID", CliMessages.CaseIdHelp);

    private static readonly OptionSpec Stats = new("stats", null, CliMessages.CaseStatsHelp);

    private static readonly ImmutableArray<string> Formats = ["text", "json"];

    private static readonly OptionSpec Format = new("format", "text|json", CliMessages.CaseFormatHelp) { Completions = Formats };

    private static readonly ImmutableArray<string> Kinds =
        ["accountability-records", "supervision-records", "supervision-catalogue", "rectification-ledger", "organization-snapshot", "organization-event-log"];

    public CommandSpec Spec { get; } = new(
        "case",
        CliMessages.CaseSummary,
        "FILE…",
        1,
        int.MaxValue,
        [Id, Stats, EvaluationInputs.AsOf, Format, ExplanationOutput.Depth]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        AccountabilityCaseId? id = arguments.Value(Id.Name) is { } idText
            ? AccountabilityCaseId.TryParse(idText, out var parsed) ? parsed : throw CliException.Usage(CliMessages.CaseIdInvalid(idText))
            : null;
        if ((id is null) == !arguments.Has(Stats.Name))
        {
            throw CliException.Usage(CliMessages.CaseIdOrStats);
        }

        var format = arguments.Value(Format.Name) ?? "text";
        if (!Formats.Contains(format))
        {
            throw CliException.Usage(CliMessages.FormatInvalid(string.Join(", ", Formats), format));
        }

        var asOf = EvaluationInputs.OptionalDate(arguments);
        int? depth = arguments.Has(ExplanationOutput.Depth.Name) ? arguments.Integer(ExplanationOutput.Depth.Name, 0, 0, ExplanationOutput.MaxDepth) : null;
        SupervisionInputs.CheckExist(arguments.Positionals);

        var inputs = SupervisionInputs.Read(Spec.Name, arguments.Positionals, Kinds);
        var (path, records) = inputs.One<AccountabilityRecords>("accountability-records");
        var basis = new AccountabilityBasis(inputs.All<SupervisionRecords>("supervision-records"), inputs.All<RectificationLedger>("rectification-ledger"));
        var date = asOf ?? records.Year.LastDay;
        if (inputs.Structure(date) is { } structure)
        {
            SupervisionInputs.ThrowIfInvalid(path, AccountabilityEngine.CheckAgainst(records, basis, structure.Registry));
        }

        var result = SupervisionInputs.Labelled(path, () => AccountabilityEngine.Evaluate(records, basis, date));
        var output = new Output(result, format, depth, context.Language);
        if (id is not { } caseId)
        {
            output.Write(context.Stdout, CliMessages.CaseStatsTitle(result.CommitteeId.Value, result.Year.Value, Iso(result.AsOf)), result.Statistics.Explanation, []);
            return ExitCodes.Success;
        }

        var found = result.For(caseId) ?? throw CliException.Input(CliMessages.CaseNotFound(caseId.Value, Iso(result.AsOf), string.Join(", ", result.Cases.Select(c => c.Case))));
        var decided = records.Cases.First(c => c.Id == caseId);
        var catalogue = inputs.Optional<SupervisionCatalogue>("supervision-catalogue")?.Content;
        output.Write(context.Stdout, CliMessages.CaseTitle(caseId.Value, Iso(found.DecidedOn)), found.Explanation, [.. Sources(decided, basis, catalogue, inputs)]);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The record behind each fact as its own engine explains it on the decision date: a finding's node of the supervision
    /// result (only with the catalogue, which the supervision engine needs; with the ledger of the records' year when one
    /// fits them), an overdue measure's status in its ledger. A veto has no record here (the caller lists the vetoes).
    /// </summary>
    /// <exception cref="Core.Validation.PartyBuildingValidationException">The catalogue does not fit the supervision records (exit 1, the file named).</exception>
    private static IEnumerable<(string Fact, Explanation Explanation)> Sources(AccountabilityCase decided, AccountabilityBasis basis, SupervisionCatalogue? catalogue, SupervisionInputs inputs)
    {
        foreach (var fact in decided.Facts)
        {
            if (fact is { Finding: { } finding } && catalogue is not null
                && basis.Supervision.FirstOrDefault(r => r.Visits.Any(v => v.Findings.Any(f => f.Id == finding))) is { } supervision)
            {
                var ledger = basis.Ledgers.FirstOrDefault(l => l.Year == supervision.Year && SupervisionEngine.CheckLedger(supervision, l).IsValid);
                var path = inputs.Documents.First(d => ReferenceEquals(d.Content, supervision)).Path;
                var result = SupervisionInputs.Labelled(path, () => ledger is null
                    ? SupervisionEngine.Evaluate(supervision, catalogue, decided.DecidedOn)
                    : SupervisionEngine.Evaluate(supervision, catalogue, decided.DecidedOn, ledger));
                if (result.Organizations.Select(o => o.Explanation.Find(finding.Value)).FirstOrDefault(n => n is not null) is { } node)
                {
                    yield return (finding.Value, node);
                }
            }
            else if (fact is { Problem: { } problem, Measure: { } measure }
                && basis.Ledgers.FirstOrDefault(l => l.Problems.Any(p => p.Id == problem && p.Measures.Any(m => m.Id == measure))) is { } ledger)
            {
                var status = RectificationLedgerEngine.Evaluate(ledger, decided.DecidedOn).Measures.First(m => m.Problem == problem && m.Measure == measure);
                yield return ($"{problem}/{measure}", status.Explanation);
            }
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a tree and the records behind it, as text (the trees one after another) or as one JSON document.</summary>
    private sealed record Output(AccountabilityResult Result, string Format, int? Depth, DisplayLanguage Language)
    {
        /// <summary>Counts are whole numbers: the trees are shown without decimal places.</summary>
        private const int Scale = 0;

        public void Write(TextWriter output, LocalizedText title, Explanation tree, ImmutableArray<(string Fact, Explanation Explanation)> sources)
        {
            if (Format == "json")
            {
                WriteJson(output, title, tree, sources);
                return;
            }

            ExplanationOutput.WriteTree(output, tree, Scale, Depth, Language);
            if (sources.IsEmpty)
            {
                return;
            }

            output.WriteLine(CliMessages.CaseSources.In(Language));
            foreach (var (_, explanation) in sources)
            {
                ExplanationOutput.WriteTree(output, explanation, Scale, Depth, Language);
            }
        }

        private void WriteJson(TextWriter output, LocalizedText title, Explanation tree, ImmutableArray<(string Fact, Explanation Explanation)> sources)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("title", title.In(Language));
                json.WriteString("committee", Result.CommitteeId.Value);
                json.WriteNumber("year", Result.Year.Value);
                json.WriteString("asOf", Iso(Result.AsOf));
                json.WritePropertyName("explanation");
                ExplanationOutput.WriteTree(json, tree, Scale, Depth, Language);
                json.WriteStartArray("sources");
                foreach (var (fact, explanation) in sources)
                {
                    json.WriteStartObject();
                    json.WriteString("fact", fact);
                    json.WritePropertyName("explanation");
                    ExplanationOutput.WriteTree(json, explanation, Scale, Depth, Language);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(stream.ToArray()));
            output.Write('\n');
        }
    }
}
