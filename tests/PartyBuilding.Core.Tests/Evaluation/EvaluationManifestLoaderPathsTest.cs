using System.Text;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The manifest loader names each document by its manifest field, reads only the documents listed, and guards its arguments.</summary>
public sealed class EvaluationManifestLoaderPathsTest
{
    /// <summary>The manifest fields in the order the loader reads them.</summary>
    private static readonly string[] Fields =
    [
        "organizationSnapshot", "assessmentScheme", "organizationEvents", "doubleReviewScheme", "doubleReviewData", "standardizationCatalogue",
        "standardizationTiers", "standardizationData", "memberPointsScheme", "memberPointsData", "responsibilityScheme", "responsibilityData",
        "rectificationLedger", "givenInputs",
    ];

    [Fact]
    public void Load_BlankPaths_AreEachReportedAtTheirManifestField()
    {
        var manifest = Manifest(string.Join(", ", Fields.Select(f => $"\"{f}\": \" \"")));
        var opened = new List<string>();

        var act = () => EvaluationManifestLoader.Load(manifest, path =>
        {
            opened.Add(path);
            return EvaluationFixtures.Open(path);
        });

        var thrown = act.Should().Throw<PartyBuildingValidationException>().Which;
        thrown.Problems.Should().Equal(Fields.Select(f =>
            new ValidationProblem($"documents.{f}", CommonErrorCodes.Required, $"The path of 'documents.{f}' is blank.", " ")));
        thrown.Message.Should().StartWith("The evaluation documents is not valid: 14 problems.");
        opened.Should().BeEmpty();
    }

    [Fact]
    public void Load_OpenerReturningNoStream_ReportsEachDocumentUnreadable_NamingItsField()
    {
        var manifest = Manifest(string.Join(", ", Fields.Select(f => $"\"{f}\": \"{f}.json\"")));

        var act = () => EvaluationManifestLoader.Load(manifest, _ => null!);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().Equal(Fields.Select(f =>
            new ValidationProblem(
                $"{f}.json",
                EvaluationErrorCodes.DocumentUnreadable,
                $"The document 'documents.{f}' cannot be read: The opener returned no stream for '{f}.json'.",
                $"{f}.json")));
    }

    [Fact]
    public void Load_OnlyTheRequiredDocuments_ReadsThemAndLeavesTheOthersUnset()
    {
        var manifest = Manifest("""
            "organizationSnapshot": "../organizations/binzhou-snapshot.json",
            "assessmentScheme": "scheme-2018.json"
            """);
        var opened = new List<string>();

        var inputs = EvaluationManifestLoader.Load(manifest, path =>
        {
            opened.Add(path);
            return EvaluationFixtures.Open(path);
        });

        opened.Should().Equal("../organizations/binzhou-snapshot.json", "scheme-2018.json");
        inputs.Organizations.Should().NotBeNull();
        inputs.Scheme.Should().NotBeNull();
        new object?[]
        {
            inputs.OrganizationEvents, inputs.DoubleReviewScheme, inputs.DoubleReviewData, inputs.StandardizationCatalogue, inputs.StandardizationTiers,
            inputs.StandardizationData, inputs.MemberPointsScheme, inputs.MemberPointsData, inputs.ResponsibilityScheme, inputs.ResponsibilityData,
            inputs.RectificationLedger, inputs.GivenInputs,
        }.Should().OnlyContain(d => d == null);
    }

    [Fact]
    public void Load_InvalidManifestStream_NamesTheEvaluationManifestInTheMessage()
    {
        using var manifest = new MemoryStream(Encoding.UTF8.GetBytes("""{ "schemaVersion": "1.0", "kind": "assessment-scheme", "content": {} }"""));

        var act = () => EvaluationManifestLoader.Load(manifest, EvaluationFixtures.Open);

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The evaluation manifest is not valid: *")
            .Which.Problems.Should().OnlyContain(p => p.Path.StartsWith("manifest#", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NullArguments_ThrowArgumentNullNamingTheParameter()
    {
        using var stream = new MemoryStream();
        var nullManifestStream = () => EvaluationManifestLoader.Load((Stream)null!, EvaluationFixtures.Open);
        var nullOpenerWithStream = () => EvaluationManifestLoader.Load(stream, null!);
        var nullManifest = () => EvaluationManifestLoader.Load((EvaluationManifest)null!, EvaluationFixtures.Open);
        var nullOpener = () => EvaluationManifestLoader.Load(Manifest("\"organizationSnapshot\": \"a.json\", \"assessmentScheme\": \"b.json\""), null!);

        nullManifestStream.Should().ThrowExactly<ArgumentNullException>().WithParameterName("manifest");
        nullOpenerWithStream.Should().ThrowExactly<ArgumentNullException>().WithParameterName("open");
        nullManifest.Should().ThrowExactly<ArgumentNullException>().WithParameterName("manifest");
        nullOpener.Should().ThrowExactly<ArgumentNullException>().WithParameterName("open");
    }

    private static EvaluationManifest Manifest(string documents) => PartyBuildingJson.Deserialize<EvaluationManifest>(
        "{ \"schemaVersion\": \"1.0\", \"kind\": \"evaluation-manifest\", \"content\": { \"committee\": \"BZ-WC\", \"year\": 2018, \"asOf\": \"2019-01-15\", \"documents\": {"
        + documents + "} } }");
}
