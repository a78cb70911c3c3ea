using System.Text.Json;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using Xunit.Abstractions;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Issue 24 (embedding): the compact web-safe result contract. The summary of the bundled evaluation carries every
/// organization's ranks, bands, published figures and precedence marks, the organization not ranked with its reasons,
/// and the receipt; it is kilobytes where the whole result is megabytes, and one organization's explanation is fetched
/// on its own.
/// </summary>
public sealed class EvaluationSummaryTest(ITestOutputHelper output)
{
    private static readonly AnnualEvaluationResult Result = EvaluationFixtures.Result;

    private static readonly EvaluationSummary Summary = EvaluationSummary.Of(Result, EvaluationFixtures.Inputs.Scheme);

    private static JsonSerializerOptions Host()
    {
        var host = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        host.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver);
        return host;
    }

    [Fact]
    public void Of_RankedOrganizations_ContributionsBonusAndDeductionAddUpToThePublishedTotal()
    {
        var ranked = Summary.Organizations.Where(o => o.Ranked).ToList();

        ranked.Should().HaveCount(Result.Assessment.Organizations.Length);
        foreach (var line in ranked)
        {
            var sum = line.Components.Sum(c => c.Contribution.Value) + line.Bonus!.Value.Value - line.Deduction!.Value.Value;
            sum.Should().Be(line.Total!.Value.Value, $"{line.Organization}'s published table adds up");
            line.Total.Value.Should().Be(Result.Assessment[line.Organization].PublishedTotal);
            line.Components.Select(c => c.Contribution.Value.Scale).Should().AllSatisfy(s => s.Should().Be((byte)Summary.PublishedScale), "every figure shows the published scale");
        }
    }

    [Fact]
    public void Of_RankedOrganizations_InCommitteeRankOrder_WithTheAssessmentsRanksAndBands()
    {
        var ranked = Summary.Organizations.Where(o => o.Ranked).ToList();

        ranked.Select(o => o.CommitteeRank).Should().BeInAscendingOrder();
        foreach (var line in ranked)
        {
            var assessed = Result.Assessment[line.Organization];
            (line.CommitteeRank, line.DistrictRank, line.Band, line.ScoreBand, line.District)
                .Should().Be((assessed.CommitteeRank, assessed.DistrictRank, assessed.Band, assessed.ScoreBand, assessed.District));
        }
    }

    [Fact]
    public void Of_VetoesAndDowngrades_AreCarriedAsPrecedenceMarks()
    {
        var marked = Result.Assessment.Organizations.Where(o => !o.Rules.IsEmpty).ToList();

        marked.Should().NotBeEmpty("the bundled evaluation applies vetoes and downgrades");
        foreach (var assessed in marked)
        {
            Summary.Organizations.Single(o => o.Organization == assessed.Organization).Precedence.Should().Equal(assessed.Rules);
        }
    }

    [Fact]
    public void Of_AnOrganizationLeftOut_IsListedNotRanked_WithTheMissingComponentsAndReasons()
    {
        var excluded = Summary.Organizations.Where(o => !o.Ranked).ToList();

        excluded.Select(o => o.Organization).Should().Equal(Result.Excluded);
        var bz097 = excluded.Single(o => o.Organization == OrganizationId.Parse("BZ-097"));
        bz097.NotRankedBecause.Should().NotBeEmpty().And.Equal(Result.Missing.Where(m => m.Organization == bz097.Organization));
        (bz097.CommitteeRank, bz097.Band, bz097.Total).Should().Be((null, null, null));
        Summary.Organizations.Where(o => o.Ranked).Should().AllSatisfy(o => o.NotRankedBecause.Should().BeEmpty());
    }

    [Fact]
    public void Of_CarriesTheReceiptCommitteeYearDateAndComponents()
    {
        Summary.Receipt.Should().Be(Result.Assessment.Receipt);
        (Summary.Committee, Summary.Year, Summary.AsOf).Should().Be((Result.Assessment.CommitteeId, Result.Assessment.Year, Result.AsOf));
        Summary.Components.Select(c => c.Component).Should().Equal(EvaluationFixtures.Inputs.Scheme.Components.Select(c => c.Id));
    }

    [Fact]
    public void Of_ASchemeOfAnotherYear_IsRefused()
    {
        var other = EvaluationFixtures.Inputs.Scheme with { Year = AssessmentYear.Create(2017) };

        var act = () => EvaluationSummary.Of(Result, other);

        act.Should().Throw<ArgumentException>().WithParameterName("scheme");
    }

    [Fact]
    public void Summary_WrittenByAHost_IsKilobytesWithoutACycle_AndReadsBackEqual()
    {
        var host = Host();

        var summary = JsonSerializer.SerializeToUtf8Bytes(Summary, host);
        var whole = JsonSerializer.SerializeToUtf8Bytes(Result, host);
        var back = JsonSerializer.Deserialize<EvaluationSummary>(summary, host);

        output.WriteLine($"summary {summary.Length:N0} bytes; whole result {whole.Length:N0} bytes; ratio 1:{whole.Length / summary.Length}");
        summary.Length.Should().BeLessThan(200_000, "a ranking of a municipal committee is kilobytes");
        (summary.Length * 20).Should().BeLessThan(whole.Length, "the summary leaves out the trees and the areas' results");
        back.Should().Be(Summary, "the summary reads back value-equal");
        JsonSerializer.Serialize(back, host).Should().Be(System.Text.Encoding.UTF8.GetString(summary));
    }

    [Fact]
    public void Explain_ARankedOrganization_GivesItsStandingAndTree()
    {
        var assessed = Result.Assessment.Organizations[0];

        var explanation = EvaluationSummary.Explain(Result, assessed.Organization)!;

        explanation.Ranked.Should().BeTrue();
        explanation.Explanation.Should().Be(assessed.Explanation);
        explanation.Standing.Should().Be(assessed.Standing);
        explanation.NotRankedBecause.Should().BeEmpty();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(explanation, Host());
        output.WriteLine($"one organization's explanation: {bytes.Length:N0} bytes");
    }

    [Fact]
    public void Explain_AnOrganizationLeftOut_GivesTheReasonsWithoutATree()
    {
        var explanation = EvaluationSummary.Explain(Result, OrganizationId.Parse("BZ-097"))!;

        explanation.Ranked.Should().BeFalse();
        explanation.Explanation.Should().BeNull();
        explanation.NotRankedBecause.Should().NotBeEmpty();
    }

    [Fact]
    public void Explain_AnOrganizationTheEvaluationDoesNotKnow_IsNull()
    {
        EvaluationSummary.Explain(Result, OrganizationId.Parse("XX-001")).Should().BeNull();
    }
}
