using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report as JSON, labels in the chosen language, figures as exact numbers: the title, period, committee, year,
/// evaluation date and receipt; the components; the ranking (each organization with its grade by total and its
/// <c>precedence</c> array); <c>notRanked</c> (each organization with its missing components and reasons); the notes;
/// the distributions.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public string Extension => ".json";

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title.In(language));
            if (report.Period is not null)
            {
                json.WriteString("period", report.Period);
            }

            if (report.Provenance is { } provenance)
            {
                WriteProvenance(json, provenance);
            }

            json.WriteStartArray("components");
            foreach (var column in report.Components)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label.In(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("ranking");
            foreach (var row in report.Rows)
            {
                WriteRow(json, report, row, language);
            }

            json.WriteEndArray();
            WriteNotRanked(json, report, language);
            json.WriteStartArray("notes");
            foreach (var note in report.Notes)
            {
                json.WriteStringValue(note.In(language));
            }

            json.WriteEndArray();
            WriteDistributions(json, report, language);
            if (report.Life is { } life)
            {
                WriteLife(json, life, language);
            }

            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteProvenance(Utf8JsonWriter json, ReportProvenance provenance)
    {
        json.WriteStartObject("committee");
        json.WriteString("id", provenance.CommitteeId);
        WriteOptional(json, "name", provenance.CommitteeName);
        json.WriteEndObject();
        json.WriteString("year", provenance.Year);
        json.WriteString("evaluationDate", provenance.EvaluationDate);
        json.WriteStartObject("receipt");
        json.WriteString("algorithm", provenance.ReceiptAlgorithm);
        json.WriteString("sha256", provenance.ReceiptHash);
        json.WriteString("libraryVersion", provenance.LibraryVersion);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, EvaluationReport report, RankingRow row, DisplayLanguage language)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", row.Rank);
        json.WriteString("organizationId", row.OrganizationId);
        json.WriteString("organizationName", row.OrganizationName);
        WriteOptional(json, "district", row.District);
        WriteOptional(json, "grade", row.Grade?.In(language));
        json.WriteNumber("total", row.Total);
        WriteOptional(json, "scoreGrade", row.ScoreGrade?.In(language));
        json.WriteStartArray("precedence");
        foreach (var mark in row.Precedence)
        {
            json.WriteStartObject();
            json.WriteString("kind", mark.Veto ? "veto" : "downgrade");
            json.WriteString("mark", ReportLabels.Mark(mark, language));
            json.WriteString("rule", mark.RuleId);
            json.WriteString("label", mark.Label.In(language));
            json.WriteString("before", mark.Before.In(language));
            json.WriteString("after", mark.After.In(language));
            json.WriteString("reason", mark.Reason.In(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("components");
        foreach (var column in report.Components.Where(c => row.Components.ContainsKey(c.Key)))
        {
            json.WriteNumber(column.Key, row.Components[column.Key]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotRanked(Utf8JsonWriter json, EvaluationReport report, DisplayLanguage language)
    {
        json.WriteStartArray("notRanked");
        foreach (var organization in report.NotRanked.GroupBy(r => r.OrganizationId))
        {
            var first = organization.First();
            json.WriteStartObject();
            json.WriteString("organizationId", first.OrganizationId);
            json.WriteString("organizationName", first.OrganizationName);
            WriteOptional(json, "district", first.District);
            json.WriteStartArray("missing");
            foreach (var missing in organization)
            {
                json.WriteStartObject();
                json.WriteString("component", missing.ComponentKey);
                json.WriteString("componentLabel", missing.Component.In(language));
                json.WriteString("reason", missing.Reason.In(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDistributions(Utf8JsonWriter json, EvaluationReport report, DisplayLanguage language)
    {
        json.WriteStartArray("distributions");
        foreach (var distribution in report.Distributions)
        {
            json.WriteStartObject();
            if (distribution.Key.Length > 0)
            {
                json.WriteString("key", distribution.Key);
            }

            json.WriteString("title", distribution.Title.In(language));
            json.WriteStartArray("bars");
            foreach (var bar in distribution.Bars)
            {
                json.WriteStartObject();
                json.WriteString("label", bar.Label.In(language));
                json.WriteNumber("count", bar.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// <c>lifeCompliance</c>: <c>{ "title", "asOf", "kinds": [{ "key", "label" }], "rows": [{ "organizationId", "organizationName",
    /// "level": "organization"|"branch", "branches", "records", "validMeetings", "findings": { kind: count }, "total",
    /// "items": [{ "kind", "label", "meeting", "organizationId", "from", "to", "members", "records", "summary" }] }], "note" }</c>
    /// (<c>items</c> on branch rows only).
    /// </summary>
    private static void WriteLife(Utf8JsonWriter json, LifeCompliance life, DisplayLanguage language)
    {
        json.WriteStartObject("lifeCompliance");
        json.WriteString("title", LifeCompliance.Title.In(language));
        json.WriteString("asOf", life.AsOf);
        json.WriteStartArray("kinds");
        foreach (var kind in LifeCompliance.Kinds)
        {
            json.WriteStartObject();
            json.WriteString("key", kind.ToString());
            json.WriteString("label", Core.OrganizationalLife.OrganizationalLifeLabels.FindingKinds[kind].In(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in life.Rows)
        {
            json.WriteStartObject();
            json.WriteString("organizationId", row.OrganizationId);
            json.WriteString("organizationName", row.OrganizationName);
            json.WriteString("level", row.IsBranch ? "branch" : "organization");
            json.WriteNumber("branches", row.Branches);
            json.WriteNumber("records", row.Records);
            json.WriteNumber("validMeetings", row.ValidMeetings);
            json.WriteStartObject("findings");
            foreach (var (kind, count) in LifeCompliance.Kinds.Zip(row.Counts))
            {
                json.WriteNumber(kind.ToString(), count);
            }

            json.WriteEndObject();
            json.WriteNumber("total", row.Counts.Sum());
            if (row.IsBranch)
            {
                WriteLifeFindings(json, row, language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("note", LifeCompliance.Note.In(language));
        json.WriteEndObject();
    }

    private static void WriteLifeFindings(Utf8JsonWriter json, LifeComplianceRow row, DisplayLanguage language)
    {
        json.WriteStartArray("items");
        foreach (var finding in row.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", finding.Kind);
            json.WriteString("label", finding.Label.In(language));
            WriteOptional(json, "meeting", finding.Meeting?.In(language));
            json.WriteString("organizationId", finding.OrganizationId);
            json.WriteString("from", finding.From);
            json.WriteString("to", finding.To);
            json.WriteStartArray("members");
            foreach (var member in finding.Members)
            {
                json.WriteStringValue(member);
            }

            json.WriteEndArray();
            json.WriteStartArray("records");
            foreach (var record in finding.Records)
            {
                json.WriteStringValue(record);
            }

            json.WriteEndArray();
            json.WriteString("summary", finding.Summary.In(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
