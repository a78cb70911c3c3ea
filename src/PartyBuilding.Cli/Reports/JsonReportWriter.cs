using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>The report as JSON, labels in the chosen language, figures as exact numbers.</summary>
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
                json.WriteStartObject();
                json.WriteNumber("rank", row.Rank);
                json.WriteString("organizationId", row.OrganizationId);
                json.WriteString("organizationName", row.OrganizationName);
                WriteOptional(json, "district", row.District);
                WriteOptional(json, "grade", row.Grade?.In(language));
                json.WriteNumber("total", row.Total);
                json.WriteStartObject("components");
                foreach (var column in report.Components.Where(c => row.Components.ContainsKey(c.Key)))
                {
                    json.WriteNumber(column.Key, row.Components[column.Key]);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
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
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
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
