using System.Security.Cryptography;
using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Tests.Evaluation;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Core.Tests.Golden;

/// <summary>
/// The bundled annual evaluation (seeds/evaluation/binzhou-2018.json) pinned whole by golden files under
/// <c>Approved/evaluation/</c>: the published ranking with the receipt; every ranked organization's explanation tree in both
/// languages down to the component scores (<see cref="OrganizationDepth"/>; a full tree reaches the ballots and is
/// about 150 kB); and the full trees of a sample (the first ranked, the first vetoed and the first downgraded
/// organization). A refactoring that keeps them unchanged keeps what the evaluation publishes. Regenerate with
/// <c>eng/approve.sh</c> (see docs/quality.md, "Golden files").
/// </summary>
public sealed class BundledEvaluationGoldenTest
{
    private const string Folder = "evaluation";

    /// <summary>The depth to which every organization's tree is pinned: total, components, their scores and the first node under them.</summary>
    private const int OrganizationDepth = 5;

    /// <summary>Gets the ranked organizations of the bundled run.</summary>
    public static TheoryData<string> Organizations =>
        [.. EvaluationFixtures.Result.Assessment.Organizations.Select(o => o.Organization.Value)];

    [Fact]
    public void BundledEvaluation_Ranking_MatchesTheApprovedFile()
    {
        Approvals.Verify($"{Folder}/ranking.txt", Ranking());
    }

    [Theory]
    [MemberData(nameof(Organizations))]
    public void BundledEvaluation_OrganizationExplanation_MatchesTheApprovedFile(string organization)
    {
        var assessed = EvaluationFixtures.Result.Assessment[OrganizationId.Parse(organization)];

        Approvals.Verify(OrganizationFile(organization), GoldenTrees.Render(assessed.Explanation, OrganizationDepth));
    }

    [Theory]
    [MemberData(nameof(Sample))]
    public void BundledEvaluation_SampledOrganizationFullExplanation_MatchesTheApprovedFile(string organization)
    {
        var assessed = EvaluationFixtures.Result.Assessment[OrganizationId.Parse(organization)];

        Approvals.Verify(FullFile(organization), GoldenTrees.Render(assessed.Explanation));
    }

    /// <summary>Gets the organizations whose full trees are pinned: the first ranked, the first vetoed, the first downgraded.</summary>
    public static TheoryData<string> Sample => [.. SampleOrganizations()];

    [Fact]
    public void BundledEvaluation_ApprovedFiles_HaveATestEach()
    {
        Approvals.NoStaleFiles(
            Folder,
            [
                $"{Folder}/ranking.txt",
                .. EvaluationFixtures.Result.Assessment.Organizations.Select(o => OrganizationFile(o.Organization.Value)),
                .. SampleOrganizations().Select(FullFile),
            ]);
    }

    private static IEnumerable<string> SampleOrganizations()
    {
        var ranked = EvaluationFixtures.Result.Assessment.Organizations.OrderBy(o => o.CommitteeRank).ThenBy(o => o.Organization).ToList();
        return new[] { ranked.FirstOrDefault(), ranked.FirstOrDefault(o => o.Vetoed), ranked.FirstOrDefault(o => o.Downgraded) }
            .OfType<OrganizationAssessment>().Select(o => o.Organization.Value).Distinct();
    }

    private static string OrganizationFile(string organization) => $"{Folder}/organizations/{organization}.txt";

    private static string FullFile(string organization) => $"{Folder}/full/{organization}.txt";

    private static string Ranking()
    {
        var result = EvaluationFixtures.Result;
        var assessment = result.Assessment;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"committee {assessment.CommitteeId} year {assessment.Year.Value} as of {result.AsOf:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"banding {assessment.Banding.Name} {Parameters(assessment.Banding.Parameters)}\n");
        text.Append(CultureInfo.InvariantCulture, $"ranking {assessment.Ranking.Name} {Parameters(assessment.Ranking.Parameters)}\n");
        text.Append(CultureInfo.InvariantCulture, $"policy {assessment.Policy.Order}\n");
        text.Append(CultureInfo.InvariantCulture, $"receipt {assessment.Receipt.Algorithm} {ReceiptWithoutVersion()} (SHA-256 with the library version written as <version>)\n");
        text.Append("\n# committee rank | district rank | organization | district | published total | exact total | regular | bonus | deduction | score band | band | score rank | ranked by | rules\n");
        foreach (var o in assessment.Organizations.OrderBy(o => o.CommitteeRank).ThenBy(o => o.Organization))
        {
            var rules = string.Join(", ", o.Rules.Select(r => $"{r.Rule.Value} {r.Kind} {r.Before}->{r.After}"));
            text.Append(CultureInfo.InvariantCulture, $"{o.CommitteeRank} | {o.DistrictRank} | {o.Organization} | {o.District} | {o.PublishedTotal.Value} | {o.Total.Value} | {o.RegularScore.Value} | {o.Bonus.Value} | {o.Deduction.Value} | {o.ScoreBand} | {o.Band} | {o.ScoreRank} | {o.RankedBy} | {rules}\n");
            text.Append(CultureInfo.InvariantCulture, $"    components: {string.Join(", ", o.Components.Select(c => $"{c.Component.Value}={c.Score.Value}x{c.Weight.Value}={c.Contribution.Value}{(c.Grade is { } g ? " " + g : "")}"))}\n");
        }

        text.Append("\n# missing (organization | component | reason)\n");
        foreach (var m in result.Missing)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Organization} | {m.Component.Value} | {m.Reason.English}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n# excluded\n{string.Join(", ", result.Excluded)}\n");
        return text.ToString();
    }

    private static string Parameters(ValueDictionary<string> parameters) =>
        string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value}"));

    // The receipt hashes the library version, which changes with every commit (its '+' is written \u002B in the JSON);
    // the rest of the canonical JSON is pinned, every input document's digest included.
    private static string ReceiptWithoutVersion()
    {
        var documents = AnnualEvaluation.Digests(EvaluationFixtures.Inputs, EvaluationAreas.BuiltIn);
        var json = Encoding.UTF8.GetString(AssessmentReceipts.CanonicalJson(EvaluationFixtures.Result.Data, EvaluationFixtures.Inputs.Scheme, EvaluationFixtures.AsOf, documents))
            .Replace(AssessmentReceipts.LibraryVersion, "<version>", StringComparison.Ordinal)
            .Replace(System.Text.Json.JsonEncodedText.Encode(AssessmentReceipts.LibraryVersion).ToString(), "<version>", StringComparison.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant();
    }
}
