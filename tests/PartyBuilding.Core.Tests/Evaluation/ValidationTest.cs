using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Missing inputs and invalid documents are reported, all at once, with the document in the path.</summary>
public sealed class ValidationTest
{
    [Fact]
    public void MissingComponent_UnderFail_IsReportedWithTheAreasReason_AndTheAssessmentsOwnCode()
    {
        var inputs = EvaluationFixtures.Inputs with { Incomplete = IncompleteOrganizationPolicy.Fail };

        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        var problems = act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Should().Contain(p => p.ErrorCode == EvaluationErrorCodes.ComponentMissing && p.AttemptedValue == "BZ-097/DR" && p.Message.Contains("11 of 17 raters took part", StringComparison.Ordinal));
        problems.Should().Contain(p => p.ErrorCode == AssessmentErrorCodes.ComponentInputMissing && p.AttemptedValue == "BZ-097/DR");
    }

    [Fact]
    public void MissingGivenInput_UnderExclude_LeavesTheOrganizationOutWithTheReason()
    {
        var given = EvaluationFixtures.Inputs.GivenInputs!;
        var inputs = EvaluationFixtures.Inputs with
        {
            GivenInputs = given with { Inputs = [.. given.Inputs.Where(i => !(i.Organization.Value == "BZ-005" && i.Component.Value == "KEY"))] },
        };

        var result = AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        result.Excluded.Select(o => o.Value).Should().Equal("BZ-005", "BZ-097");
        result.Missing.Should().Contain(new MissingComponent(OrganizationId.Parse("BZ-005"), AssessmentComponentId.Parse("KEY"), new LocalizedText("直接录入的数据中没有该组织的这一项", "the given inputs have no input for it")));
        result.Assessment.Organizations.Should().HaveCount(95);
    }

    [Fact]
    public void DocumentsThatDisagree_AreAllReported_WithTheDocumentInThePath()
    {
        var inputs = EvaluationFixtures.Inputs;
        var wrong = inputs with
        {
            GivenInputs = inputs.GivenInputs! with { Year = AssessmentYear.Create(2017) },
            DoubleReviewData = null,
            Components = inputs.Components with { Responsibilities = AssessmentComponentId.Parse("LISTS") },
            ResponsibilityScheme = null,
        };

        var act = () => AnnualEvaluation.Run(wrong, EvaluationFixtures.AsOf);

        var problems = act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Select(p => (p.Path, p.ErrorCode)).Should().Contain(
        [
            ("givenInputs.Year", EvaluationErrorCodes.YearMismatch),
            ("doubleReviewData", EvaluationErrorCodes.DocumentMissing),
            ("components.responsibilities", EvaluationErrorCodes.ComponentNotInScheme),
            ("responsibilityScheme", EvaluationErrorCodes.DocumentMissing),
        ]);
    }

    [Fact]
    public void GivenInputForAnOrganizationNotAssessed_IsReportedAtItsPathInTheGivenInputs()
    {
        var given = EvaluationFixtures.Inputs.GivenInputs!;
        var stray = given.Inputs[0] with { Organization = OrganizationId.Parse("BZ-098") };
        var inputs = EvaluationFixtures.Inputs with { GivenInputs = given with { Inputs = [.. given.Inputs, stray] } };

        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new ValidationProblem(
                $"givenInputs.Inputs[{given.Inputs.Length}].Organization",
                EvaluationErrorCodes.OrganizationNotAssessed,
                "'BZ-098' is not a department-level organization of 'BZ-WC' with a district on 2019-01-15.",
                "BZ-098"));
    }

    [Fact]
    public void InvalidAreaDocument_IsReportedWithTheDocumentPrefix()
    {
        var inputs = EvaluationFixtures.Inputs;
        var ballots = inputs.DoubleReviewData!.Ballots;
        var broken = inputs with { DoubleReviewData = inputs.DoubleReviewData.WithBallots([.. ballots, ballots[0]]) };

        var act = () => AnnualEvaluation.Run(broken, EvaluationFixtures.AsOf);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems
            .Should().OnlyContain(p => p.Path.StartsWith("doubleReview.", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_ReportsEveryUnreadableOrInvalidDocumentAtOnce()
    {
        var manifest = Manifest("""
            "organizationSnapshot": "../organizations/binzhou-snapshot.json",
            "assessmentScheme": "broken-scheme.json",
            "givenInputs": "absent.json",
            "doubleReviewScheme": "../double-review/scheme-bz-wc-2017.json"
            """);
        Stream Open(string path) => path == "broken-scheme.json"
            ? new MemoryStream(Encoding.UTF8.GetBytes("""{ "schemaVersion": "1.0", "kind": "assessment-scheme", "content": { "committeeId": "BZ-WC", "surprise": 1 } }"""))
            : EvaluationFixtures.Open(path);

        var act = () => EvaluationManifestLoader.Load(manifest, Open);

        var problems = act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path.StartsWith("broken-scheme.json#$", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Path == "absent.json" && p.ErrorCode == EvaluationErrorCodes.DocumentUnreadable);
        problems.Should().NotContain(p => p.Path.StartsWith("../", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_ReportsAnInvalidManifest_WithThePrefix()
    {
        var act = () => EvaluationManifestLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes("""{ "schemaVersion": "1.0", "kind": "assessment-scheme", "content": {} }""")), EvaluationFixtures.Open);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().Contain(p => p.Path == "manifest#$.kind");
    }

    [Fact]
    public void Manifest_RoundTripsThroughJson()
    {
        var manifest = Manifest("""
            "organizationSnapshot": "a.json",
            "assessmentScheme": "b.json"
            """);

        PartyBuildingJson.Deserialize<EvaluationManifest>(PartyBuildingJson.Serialize(manifest)).Should().Be(manifest);
        manifest.Documents.GivenInputs.Should().BeNull();
        manifest.Incomplete.Should().Be(IncompleteOrganizationPolicy.Fail);
    }

    private static EvaluationManifest Manifest(string documents) => PartyBuildingJson.Deserialize<EvaluationManifest>(
        "{ \"schemaVersion\": \"1.0\", \"kind\": \"evaluation-manifest\", \"content\": { \"committee\": \"BZ-WC\", \"year\": 2018, \"asOf\": \"2019-01-15\", \"documents\": {"
        + documents + "} } }");
}
