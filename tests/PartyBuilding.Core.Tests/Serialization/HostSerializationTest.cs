using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Tests.Evaluation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// Issue 24 (embedding): a web host writes the library's results with its own serializer. Under the reflection-based
/// defaults of ASP.NET Core (<see cref="JsonSerializerDefaults.Web"/>) the results of the bundled evaluation are written
/// without an object cycle (<c>Share.Complement</c> used to loop), and with the library's metadata registered in front
/// of the host's they are written in the library's own shape.
/// </summary>
public sealed class HostSerializationTest
{
    private static readonly AnnualEvaluationResult Result = EvaluationFixtures.Result;

    [Fact]
    public void ReflectionWebDefaults_WriteTheBundledEvaluation_WithoutAnObjectCycle()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        var organization = JsonSerializer.SerializeToNode(Result.Assessment.Organizations[0], host)!;
        var whole = () => JsonSerializer.SerializeToUtf8Bytes(Result, host);

        whole.Should().NotThrow("Results.Json(result) of a minimal API must not answer HTTP 500");
        organization["total"]!.GetValue<decimal>().Should().Be(Result.Assessment.Organizations[0].Total.Value, "a score is an exact number, as in documents");
        organization["band"]!.GetValue<string>().Should().Be(Result.Assessment.Organizations[0].Band.ToString(), "an enumeration is written by name");
        organization["organization"]!.GetValue<string>().Should().Be(Result.Assessment.Organizations[0].Organization.Value, "an identifier is its text");
    }

    [Fact]
    public void RegisteredMetadata_WritesAnOrganizationsResult_AsTheLibrarysOwnDocumentDoes()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        host.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver);
        var library = JsonNode.Parse(PartyBuildingJson.Serialize(Result.Assessment))!["content"]!["organizations"]!.AsArray();

        for (var i = 0; i < library.Count; i++)
        {
            var written = JsonSerializer.SerializeToNode(Result.Assessment.Organizations[i], host);

            JsonNode.DeepEquals(written, library[i]).Should().BeTrue($"organization {i} is written in the library's shape");
        }
    }

    [Fact]
    public void RegisteredMetadata_WritesTheWholeEvaluationAndItsDates_InTheLibrarysShape()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        host.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver);

        var written = JsonSerializer.SerializeToNode(Result, host)!;

        written["asOf"]!.GetValue<string>().Should().Be(Result.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        written["assessment"]!["organizations"]!.AsArray().Should().HaveCount(Result.Assessment.Organizations.Length);
    }

    [Fact]
    public void RegisteredMetadata_ReadsBackAnOrganizationsResult_Equal()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        host.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver);
        var organization = Result.Assessment.Organizations[0];

        var back = JsonSerializer.Deserialize<OrganizationAssessment>(JsonSerializer.Serialize(organization, host), host);

        back.Should().Be(organization);
    }
}
