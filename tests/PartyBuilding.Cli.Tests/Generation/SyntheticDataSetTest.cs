using PartyBuilding.Cli.Generation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Tests.Generation;

public sealed class SyntheticDataSetTest
{
    private static readonly SyntheticShape Small = SyntheticShape.Province with { Departments = 4 };

    [Fact]
    public void BuildEvaluation_AssessesEveryBranchAgainstTheFullCatalogue()
    {
        var evaluation = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation();

        var snapshotBranches = evaluation.Inputs.Organizations.Organizations
            .Where(o => o.ParentId is { } parent && parent.Value.StartsWith("PR-0", StringComparison.Ordinal))
            .Select(o => o.Id)
            .ToArray();
        var data = evaluation.Inputs.StandardizationData!;
        var catalogue = evaluation.Inputs.StandardizationCatalogue!;
        catalogue.AllIndicators().Should().HaveCount(52, "article 000's catalogue has 52 indicators");
        data.Assessments.Select(a => a.BranchId).Should().BeEquivalentTo(snapshotBranches);
        data.Assessments.Should().OnlyContain(a => a.Scores.Length == 52 && a.CatalogueId == catalogue.Id);
        data.Roster.Branches.Select(b => b.BranchId).Should().BeEquivalentTo(snapshotBranches);
        StandardizationEvaluator.Evaluate(catalogue, evaluation.Inputs.StandardizationTiers!, data).Results.Should().HaveCount(snapshotBranches.Length);
    }

    [Fact]
    public void BuildEvaluation_DeclaresEveryMemberMonth_AuditsEveryDeclaration_ReviewsEveryQuarter()
    {
        var evaluation = new SyntheticDataSet(Small, 5, _ => { }).BuildEvaluation();

        var points = evaluation.Inputs.MemberPointsData!;
        var members = evaluation.Inputs.Organizations.Members.Count(m => m.BranchId.Value.StartsWith("PR-0", StringComparison.Ordinal));
        points.Roster.Should().HaveCount(members);
        points.MassReviews.Should().HaveCount(4 * members);
        var monthsJoined = points.Roster.Sum(m => m.JoinedOn.Year == SyntheticDataSet.Year ? 13 - m.JoinedOn.Month : 12);
        points.Declarations.Should().HaveCount(monthsJoined);
        points.Audits.Select(a => a.DeclarationId).Should().Equal(points.Declarations.Select(d => d.Id));
        points.Audits.Should().Contain(a => a.Decision == AuditDecision.Reject).And.Contain(a => a.Decision == AuditDecision.Adjust);
        var result = MemberPointsEngine.Evaluate(evaluation.Inputs.MemberPointsScheme!, points, evaluation.AsOf);
        result.Organizations.Should().HaveCount(4);
        result.Members.Should().HaveCount(members);
    }

    [Fact]
    public void BuildEvaluation_RunsTheAnnualEvaluation_WithEveryComponentForEveryOrganization()
    {
        // Ten departments in five districts: every department has a peer in its district for the double review.
        var evaluation = new SyntheticDataSet(SyntheticShape.Province with { Departments = 10 }, 5, _ => { }).BuildEvaluation();

        var result = AnnualEvaluation.Run(evaluation.Inputs, evaluation.AsOf);

        result.Missing.Should().BeEmpty();
        result.Assessment.Organizations.Should().HaveCount(10);
        result.Data.Inputs.Select(i => i.Component.Value).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal("DR", "KEY", "PTS", "ROUTINE", "STD");
        evaluation.InputRecords.Should().BeGreaterThan(evaluation.Inputs.MemberPointsData!.Declarations.Length * 2L);
    }

    [Fact]
    public void Build_WritesDocumentsThatLoadThroughTheManifest_EqualToTheTypedOnes()
    {
        var typed = new SyntheticDataSet(Small, 9, _ => { }).BuildEvaluation();
        var files = new SyntheticDataSet(Small, 9, _ => { }).Build().ToDictionary(d => d.Key, d => d.Value);

        using var manifest = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(files["manifest.json"]));
        var (inputs, asOf) = EvaluationManifestLoader.Load(manifest, name => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(files[name])));

        asOf.Should().Be(typed.AsOf);
        inputs.StandardizationData.Should().Be(typed.Inputs.StandardizationData);
        inputs.MemberPointsData.Should().Be(typed.Inputs.MemberPointsData);
        inputs.MemberPointsScheme.Should().Be(typed.Inputs.MemberPointsScheme);
        inputs.StandardizationCatalogue.Should().Be(typed.Inputs.StandardizationCatalogue);
        inputs.Components.Should().Be(typed.Inputs.Components);
        PartyBuildingJson.Serialize(inputs.Organizations).Should().Be(PartyBuildingJson.Serialize(typed.Inputs.Organizations));
    }

    [Fact]
    public void BuildEvaluation_SameSeed_EqualData_AnotherSeedDifferent()
    {
        var first = new SyntheticDataSet(Small, 2, _ => { }).BuildEvaluation();
        var second = new SyntheticDataSet(Small, 2, _ => { }).BuildEvaluation();
        var third = new SyntheticDataSet(Small, 3, _ => { }).BuildEvaluation();

        second.Inputs.MemberPointsData.Should().Be(first.Inputs.MemberPointsData);
        second.Inputs.StandardizationData.Should().Be(first.Inputs.StandardizationData);
        third.Inputs.MemberPointsData.Should().NotBe(first.Inputs.MemberPointsData);
        third.Inputs.StandardizationData.Should().NotBe(first.Inputs.StandardizationData);
    }
}
