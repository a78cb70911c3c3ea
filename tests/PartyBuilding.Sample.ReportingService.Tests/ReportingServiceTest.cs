using System.Net;
using System.Text.Json.Nodes;

namespace PartyBuilding.Sample.ReportingService.Tests;

/// <summary>
/// Issue 24 (embedding): the sample reporting service accepts a committee's documents, evaluates, serves the ranking,
/// one organization's explanation and the reports, answers bad input with every problem, and archives every published
/// evaluation so that it can be re-run and its receipt confirmed — on SQLite and on a real PostgreSQL.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class ReportingServiceTest(ServiceFixture fixture)
{
    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Publish_TheBundledDocuments_AnswersTheSummaryAndArchivesIt(string backend)
    {
        var service = await fixture.Get(backend);

        service.Status.Should().Be(HttpStatusCode.Created);
        var organizations = service.Summary["organizations"]!.AsArray();
        organizations.Should().HaveCount(97, "96 organizations ranked and BZ-097 left out");
        organizations.Count(o => o!["ranked"]!.GetValue<bool>()).Should().Be(96);
        var receipt = service.Summary["receipt"]!["sha256"]!.GetValue<string>();
        service.Location.Should().Be($"/evaluations/{receipt}");
        var archived = JsonNode.Parse(await service.Client.GetStringAsync(service.Location));
        JsonNode.DeepEquals(archived, service.Summary).Should().BeTrue("the archive serves the summary as published");
        var list = JsonNode.Parse(await service.Client.GetStringAsync("/evaluations"))!.AsArray();
        list.Select(e => e!["id"]!.GetValue<string>()).Should().Contain(receipt);
    }

    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Organization_RankedOrLeftOut_IsExplainedOnItsOwn(string backend)
    {
        var service = await fixture.Get(backend);

        var ranked = JsonNode.Parse(await service.Client.GetStringAsync($"{service.Location}/organizations/BZ-035"))!;
        var leftOut = JsonNode.Parse(await service.Client.GetStringAsync($"{service.Location}/organizations/BZ-097"))!;
        using var unknown = await service.Client.GetAsync($"{service.Location}/organizations/XX-999");

        ranked["ranked"]!.GetValue<bool>().Should().BeTrue();
        ranked["explanation"]!["children"]!.AsArray().Should().NotBeEmpty("the tree goes down to the inputs");
        leftOut["ranked"]!.GetValue<bool>().Should().BeFalse();
        leftOut["notRankedBecause"]!.AsArray().Should().NotBeEmpty();
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Report_JsonAndCsv_CarryTheReceiptAndEveryOrganization(string backend)
    {
        var service = await fixture.Get(backend);
        var receipt = service.Summary["receipt"]!["sha256"]!.GetValue<string>();

        var json = JsonNode.Parse(await service.Client.GetStringAsync($"{service.Location}/report?format=json"))!;
        var zh = await service.Client.GetByteArrayAsync($"{service.Location}/report?format=csv");
        var en = await service.Client.GetStringAsync($"{service.Location}/report?format=csv&lang=en");
        using var unknown = await service.Client.GetAsync($"{service.Location}/report?format=pdf");

        json["kind"]!.GetValue<string>().Should().Be("assessment-result");
        json["content"]!["receipt"]!["sha256"]!.GetValue<string>().Should().Be(receipt);
        zh.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel on a Chinese Windows machine reads UTF-8 with a byte-order mark");
        var lines = System.Text.Encoding.UTF8.GetString(zh).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(98, "a header and 97 organizations");
        lines[0].Should().StartWith("名次,组织,名称");
        en.TrimStart('\uFEFF').Should().StartWith("Rank,Organization,Name");
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Reproduce_AnArchivedEvaluation_ConfirmsItsReceipt(string backend)
    {
        var service = await fixture.Get(backend);

        using var response = await service.Client.PostAsync($"{service.Location}/reproduce", null);
        var reproduction = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using var missing = await service.Client.PostAsync($"/evaluations/{new string('0', 64)}/reproduce", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        reproduction["matches"]!.GetValue<bool>().Should().BeTrue();
        reproduction["reproducedReceipt"]!.GetValue<string>().Should().Be(service.Summary["receipt"]!["sha256"]!.GetValue<string>());
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Publish_DocumentsMissingFromTheRequest_AnswersProblemDetailsListingEachWithPathCodeAndValue(string backend)
    {
        var service = await fixture.Get(backend);

        using var response = await service.Client.PostAsync("/evaluations", ServiceFixture.Json(ServiceFixture.BundledRequest("scheme-2018.json", "given-inputs-2018.json")));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problems = problem["problems"]!.AsArray();
        problems.Select(p => (p!["path"]!.GetValue<string>(), p["code"]!.GetValue<string>(), p["value"]!.GetValue<string>()))
            .Should().BeEquivalentTo([
                ("given-inputs-2018.json", "EVAL.DOCUMENT_UNREADABLE", "given-inputs-2018.json"),
                ("scheme-2018.json", "EVAL.DOCUMENT_UNREADABLE", "scheme-2018.json"),
            ]);
    }

    [Theory]
    [SqliteArchive]
    [PostgreSqlArchive]
    public async Task Publish_ABodyNotOfTheRequestsShape_AnswersEveryProblem(string backend)
    {
        var service = await fixture.Get(backend);

        using var shape = await service.Client.PostAsync("/evaluations", ServiceFixture.Json(new JsonObject { ["documents"] = 3 }));
        using var notJson = await service.Client.PostAsync("/evaluations", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var problems = JsonNode.Parse(await shape.Content.ReadAsStringAsync())!["problems"]!.AsArray();

        shape.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problems.Select(p => (p!["path"]!.GetValue<string>(), p["code"]!.GetValue<string>())).Should().Equal(("manifest", "REQUEST.SHAPE"), ("documents", "REQUEST.SHAPE"));
        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode.Parse(await notJson.Content.ReadAsStringAsync())!["problems"]![0]!["code"]!.GetValue<string>().Should().Be("REQUEST.NOT_JSON");
    }
}
