using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;
using Documents = PartyBuilding.Core.Serialization.PartyBuildingJson;

namespace PartyBuilding.Core.Tests.DoubleReview;

public sealed class SeedTest
{
    private static readonly LocalDate AsOf = new(2017, 12, 29);

    internal static T Load<T>(string file)
        where T : class, IDocumentContent =>
        Documents.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "double-review", file)));

    [Fact]
    public void Article002_Seed_Has97OrganizationsInFiveDistricts()
    {
        var data = Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");

        data.Organizations.Should().HaveCount(97);
        data.Organizations.GroupBy(o => o.District!.Value.Value).Select(g => (g.Key, g.Count()))
            .Should().Equal(("D1", 20), ("D2", 20), ("D3", 19), ("D4", 19), ("D5", 19));
        var electorates = data.Organizations.ToDictionary(o => o.Id, o => o.Electorate.Length);
        data.Ballots.Where(b => b.Group == RaterGroup.Members).GroupBy(b => b.Subject)
            .Should().OnlyContain(g => g.Count() >= 8 && g.Count() <= electorates[g.Key]);
    }

    [Fact]
    public void Seed_SchemeAndDataSet_AreValid()
    {
        var scheme = Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");
        var data = Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");

        DoubleReviewEngine.ValidateScheme(scheme).Problems.Should().BeEmpty();
        HandExample.DataProblems(scheme, AsOf, data).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Seed_Evaluate_Gives96ResultsAndOneQuorumFailure()
    {
        var scheme = Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");
        var data = Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        outcome.Results.Should().HaveCount(96);
        outcome.Failures.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Organization = OrganizationId.Parse("BZ-097"),
            Group = RaterGroup.Members,
            Reason = RoundFailureReason.BelowQuorum,
        });
        outcome.Results.Should().OnlyContain(r =>
            r.Score >= Score.Zero && r.Score <= Score.Of(100m) && r.Proportion == Proportion.Of(0.2m)
            && r.Groups.Length == 4 && r.Comments.Length == 5 && r.Explanation.Verify().IsEmpty);
        outcome.Results.Select(r => r.Organization).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Seed_Evaluate_DoesNotDependOnBallotOrder()
    {
        var scheme = Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");
        var data = Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");
        var random = new Random(7);

        var reordered = DoubleReviewEngine.Evaluate(data.WithBallots(data.Ballots.OrderBy(_ => random.Next())), scheme, AsOf);

        Documents.Serialize(reordered).Should().Be(Documents.Serialize(DoubleReviewEngine.Evaluate(data, scheme, AsOf)));
    }

    [Fact]
    public void Seed_RejectsATamperedBallot_WithItsPath()
    {
        var scheme = Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");
        var data = Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");
        var index = data.Ballots.AsImmutableArray().IndexOf(data.Ballots.First(b => b.Group == RaterGroup.PeerOrganizations && b.Subject.Value == "BZ-001"));
        var tampered = data.WithBallots(data.Ballots.AsImmutableArray().SetItem(index, data.Ballots[index] with { RaterOrganization = OrganizationId.Parse("BZ-021") }));

        var problems = HandExample.DataProblems(scheme, AsOf, tampered).Problems;

        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Path = $"Ballots[{index}].RaterOrganization",
            ErrorCode = DoubleReviewErrorCodes.RaterNotEligible,
            AttemptedValue = "BZ-021",
        });
    }

    [Fact]
    public void Article002_BranchVariantSeed_CombinesReportReviewInspectionAndVisits()
    {
        var scheme = Load<DoubleReviewScheme>("scheme-bz-001-branches-2017.json");
        var data = Load<DoubleReviewDataSet>("data-set-bz-001-branches-2017-h2.json");

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        outcome.Half.Should().Be(HalfYear.Second);
        outcome.Results.Should().HaveCount(4).And.OnlyContain(r => r.Components.Length == 2 && r.Explanation.Verify().IsEmpty);
        var first = outcome.Results[0];
        var expected = (0.5m * first.Groups[0].Score.Value) + (0.3m * first.Components[0].Score.Value) + (0.2m * first.Components[1].Score.Value);
        first.ExactScore.Value.Should().Be(expected);
        first.Explanation.Find("BZ-001-B01/Inspection")!.Citation.Should().Be(DoubleReviewRules.BranchVariantCitation.AsIllustrative());
    }
}
