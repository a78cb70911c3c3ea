using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PartyBuilding.Cli.Documents;

namespace PartyBuilding.Cli.Tests.Documents;

/// <summary>
/// The exported schemas (issue 24, "Schemas with every property constrained") checked by a JSON Schema validator that
/// is not the exporter (JsonSchema.Net): every seed document is valid against the schema of its kind, and the
/// constraints bite on a wrong value.
/// </summary>
public sealed class SeedSchemaTest
{
    /// <summary>Every JSON file under <c>seeds/</c> that is not a scenario, relative to the repository root.</summary>
    public static TheoryData<string> SeedDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var file in SeedJsonFiles().Where(f => !IsScenario(f)))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public void Seed_Document_IsValidAgainstTheExportedSchemaOfItsKind(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepositoryFiles.PathOf(file)));
        var kind = document.RootElement.GetProperty("kind").GetString()!;

        var results = Evaluate(kind, document.RootElement);

        results.IsValid.Should().BeTrue($"{file} must satisfy {kind}.schema.json: {Describe(results)}");
    }

    [Fact]
    public void Seeds_EveryJsonFile_IsAScenarioOrADocumentOfAKnownKind()
    {
        // A seed the theory above would skip: neither a scenario nor a document the catalogue can export a schema for.
        var unknown = SeedJsonFiles()
            .Where(f => !IsScenario(f))
            .Where(f => JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(f)))?["kind"]?.GetValue<string>() is not { } kind
                || DocumentCatalog.Default.Find(kind) is null)
            .ToList();

        unknown.Should().BeEmpty();
        SeedDocuments().Should().HaveCountGreaterThan(30, "the seeds hold every document kind the bundled evaluation reads");
    }

    [Fact]
    public void ExportedSchemas_ConstrainEveryPropertyAndItem()
    {
        var unconstrained = DocumentCatalog.Default.All
            .SelectMany(kind => Unconstrained(SchemaBuilder.Build(kind), $"{kind.Kind}.schema.json#"))
            .ToList();

        unconstrained.Should().BeEmpty("a property the schema leaves as `true` or `{}` accepts anything");
    }

    [Theory]
    [InlineData("committeeId", 5)]
    [InlineData("committeeId", "not an id")]
    [InlineData("year", "2024")]
    [InlineData("year", 2024.5)]
    public void Schema_WrongValueOfAConvertedType_IsInvalidAtItsLocation(string property, object value)
    {
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("seeds/assessment/committee-2024.json")))!;
        document["content"]![property] = JsonValue.Create(value);

        var results = Evaluate("assessment-data-set", JsonSerializer.SerializeToElement(document));

        results.IsValid.Should().BeFalse();
        results.Details!.Where(d => !d.IsValid && d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString())
            .Should().Contain($"/content/{property}");
    }

    [Fact]
    public void Schema_UnknownProperty_IsInvalid()
    {
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("seeds/assessment/committee-2024.json")))!;
        document["content"]!["committe"] = "typo";

        Evaluate("assessment-data-set", JsonSerializer.SerializeToElement(document)).IsValid.Should().BeFalse();
    }

    private static EvaluationResults Evaluate(string kind, JsonElement instance)
    {
        var schemaText = SchemaBuilder.Build(DocumentCatalog.Default.Find(kind)!).ToJsonString();

        // A registry of its own per build: the schemas carry an $id, and the global registry refuses one $id twice.
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://schemas.partybuilding.test/{kind}/"));
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Take(10)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));

    private static IEnumerable<string> Unconstrained(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key is "properties" or "$defs" && child is JsonObject members)
                    {
                        foreach (var (name, member) in members)
                        {
                            foreach (var found in Check(member, $"{path}/{key}/{name}"))
                            {
                                yield return found;
                            }
                        }
                    }
                    else if (key is "items" or "additionalProperties")
                    {
                        foreach (var found in Check(child, $"{path}/{key}"))
                        {
                            yield return found;
                        }
                    }
                    else
                    {
                        foreach (var found in Unconstrained(child, $"{path}/{key}"))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Unconstrained(array[i], $"{path}/{i}"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> Check(JsonNode? schema, string path) =>
        schema is JsonValue value && value.TryGetValue<bool>(out var anything) && anything || schema is JsonObject { Count: 0 }
            ? [path]
            : Unconstrained(schema, path);

    private static IEnumerable<string> SeedJsonFiles()
    {
        var seeds = RepositoryFiles.PathOf("seeds");
        return Directory.EnumerateFiles(seeds, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsScenario(string file) => file.EndsWith(".scenario.json", StringComparison.Ordinal);
}
