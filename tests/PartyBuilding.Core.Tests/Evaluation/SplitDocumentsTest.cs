using System.Text;
using System.Text.Json.Nodes;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// A manifest may split the member-points data set and the organizational-life records across several documents
/// (<see cref="EvaluationDocuments.Parts"/>): the parts are appended to the first document, and a split data set evaluates
/// exactly as the whole one, receipt included.
/// </summary>
public sealed class SplitDocumentsTest
{
    private const string MemberPointsPath = "member-points-data-set-2018.json";
    private const string LifePath = "../organizational-life/records-bz-001-2018.json";

    [Fact]
    public void Parts_OfTheMemberPointsDataAndTheLifeRecords_EvaluateAsTheWholeDocuments_WithTheSameReceipt()
    {
        var whole = Load(Manifest());
        var points = Read<MemberPointsDataSet>(MemberPointsPath);
        var life = Read<OrganizationalLifeRecords>(LifePath);
        points.Declarations.Length.Should().BeGreaterThan(2);
        life.Meetings.Length.Should().BeGreaterThan(2);
        var half = points.Declarations.Length / 2;
        var files = new Dictionary<string, string>
        {
            [MemberPointsPath] = Json(points with { Declarations = [.. points.Declarations.Take(half)], Audits = [], MassReviews = [] }),
            ["points-part-1.json"] = Json(points with { Branches = [], Roster = [], Declarations = [.. points.Declarations.Skip(half)], MassReviews = [] }),
            ["points-part-2.json"] = Json(points with { Branches = [], Roster = [], Declarations = [], Audits = [] }),
            [LifePath] = Json(life with { Meetings = [.. life.Meetings.Take(1)], Dues = [] }),
            ["life-part-1.json"] = Json(life with { Branches = [], Meetings = [.. life.Meetings.Skip(1)], Carryover = null }),
        };

        var split = Load(Manifest(new JsonObject
        {
            ["memberPointsData"] = new JsonArray("points-part-1.json", "points-part-2.json"),
            ["organizationalLifeRecords"] = new JsonArray("life-part-1.json"),
        }), files);

        split.Inputs.MemberPointsData.Should().Be(points);
        split.Inputs.OrganizationalLifeRecords!.Meetings.Should().Equal(life.Meetings);
        var result = AnnualEvaluation.Run(split.Inputs, split.AsOf);
        var expected = AnnualEvaluation.Run(whole.Inputs, whole.AsOf);
        result.Assessment.Organizations.Should().Equal(expected.Assessment.Organizations);
        result.Assessment.Receipt.Should().Be(expected.Assessment.Receipt);
    }

    [Fact]
    public void Parts_APartForAnotherYear_IsAPartMismatch_AtItsPlaceInTheManifest()
    {
        var points = Read<MemberPointsDataSet>(MemberPointsPath);
        var files = new Dictionary<string, string> { ["other-year.json"] = Json(points with { Year = AssessmentYear.Create(2017) }) };

        var act = () => Load(Manifest(new JsonObject { ["memberPointsData"] = new JsonArray("other-year.json") }), files);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("documents.parts.memberPointsData[0]");
        problem.ErrorCode.Should().Be(EvaluationErrorCodes.PartMismatch);
        problem.Message.Should().Contain("'Year'");
        problem.AttemptedValue.Should().Be("other-year.json");
    }

    [Fact]
    public void Parts_ALifeRecordsPartWithACarryover_IsAPartMismatch_OnlyTheFirstDocumentCarriesOne()
    {
        var life = Read<OrganizationalLifeRecords>(LifePath);
        var files = new Dictionary<string, string>
        {
            ["carryover.json"] = Json(life with { Carryover = new LifeCarryover(new YearMonth(2017, 7)) }),
        };

        var act = () => Load(Manifest(new JsonObject { ["organizationalLifeRecords"] = new JsonArray("carryover.json") }), files);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Path, problem.ErrorCode).Should().Be(("documents.parts.organizationalLifeRecords[0]", EvaluationErrorCodes.PartMismatch));
        problem.Message.Should().Contain("'carryover'");
    }

    [Theory]
    [InlineData("doubleReviewData")]
    [InlineData("assessmentScheme")]
    [InlineData("noSuchDocument")]
    public void Parts_OfADocumentThatCannotBeSplit_AreNotAllowed(string name)
    {
        var act = () => Load(Manifest(new JsonObject { [name] = new JsonArray("x.json") }));

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Path, problem.ErrorCode, problem.AttemptedValue).Should().Be(($"documents.parts.{name}", EvaluationErrorCodes.PartsNotAllowed, name));
    }

    [Fact]
    public void Parts_WithoutTheFirstDocument_AreNotAllowed_NothingIsSilentlyDropped()
    {
        var manifest = Manifest(new JsonObject { ["memberPointsData"] = new JsonArray(MemberPointsPath) });
        manifest["content"]!["documents"]!.AsObject().Remove("memberPointsData");

        var act = () => Load(manifest);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Path, problem.ErrorCode).Should().Be(("documents.parts.memberPointsData", EvaluationErrorCodes.PartsNotAllowed));
    }

    private static JsonObject Manifest(JsonObject? parts = null)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(EvaluationFixtures.ManifestPath))!.AsObject();
        if (parts is not null)
        {
            manifest["content"]!["documents"]!["parts"] = parts;
        }

        return manifest;
    }

    private static (AnnualEvaluationInputs Inputs, LocalDate AsOf) Load(JsonObject manifest, Dictionary<string, string>? files = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(manifest.ToJsonString()));
        return EvaluationManifestLoader.Load(stream, path =>
            files is not null && files.TryGetValue(path, out var json) ? new MemoryStream(Encoding.UTF8.GetBytes(json)) : EvaluationFixtures.Open(path));
    }

    private static T Read<T>(string path)
        where T : class, IDocumentContent
    {
        using var stream = EvaluationFixtures.Open(path);
        return PartyBuildingJson.Deserialize<T>(stream);
    }

    private static string Json<T>(T content)
        where T : class, IDocumentContent => PartyBuildingJson.Serialize(content);
}
