#if NET9_0_OR_GREATER
using System.Text.Json.Nodes;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// A result's tree is required on read although its JSON constructor takes <c>Explanation?</c> (the engine passes
/// <see langword="null"/> and sets the deferred tree through the internal <c>Tree</c>): the area's metadata ends in
/// <c>CommonJson.RequiringTrees</c>, so a missing or <c>null</c> tree is refused at its path, as when the parameter was not
/// nullable; a tree a result may lack (<see cref="MemberYearResult.GradeExplanation"/>) stays optional. Only on net10.0:
/// net8.0 lacks <c>RespectNullableAnnotations</c>.
/// </summary>
public sealed class RequiredTreeTest
{
    private static readonly OrganizationId Branch = OrganizationId.Parse("B1");

    private static Explanation Leaf(decimal value) => Explanation.Given(new LocalizedText("分", "Points"), value);

    private static string BranchResult() => PartyBuildingJson.Serialize(new BranchScoreResult(
        Branch, AssessmentYear.Create(2018), CatalogueId.Parse("CAT"), Score.Of(5m), Score.Of(10m), Score.Of(50m), [],
        [new AspectResult(AspectId.Parse("A"), new LocalizedText("方面", "Aspect"), Score.Of(10m), Score.Of(5m), [], Leaf(5m))],
        Leaf(50m)));

    private static string ReviewOutcome() => PartyBuildingJson.Serialize(new DoubleReviewOutcome(
        "scheme", AssessmentYear.Create(2018), new LocalDate(2019, 1, 15),
        [new OrganizationReviewResult(Branch, Score.Of(85.9m), Score.Of(85.9m), ReviewGrade.FairlyGood, Proportion.Of(0.2m), Leaf(85.9m))],
        [new RoundFailure(OrganizationId.Parse("B2"), RaterGroup.Members, ReviewRound.ToMembers, RoundFailureReason.BelowQuorum, 14, 20, Share.FromDecimal(0.8m), Leaf(14m))]));

    private static PointsStatistics Statistics() =>
        new(Branch, 1, 1, 0, 0, 0, 0, 0, Score.Of(3m), Score.Of(3m), Proportion.Of(1m), Proportion.Zero, Score.Of(60m), Leaf(60m));

    private static string PointsResult(Explanation? grade) => PartyBuildingJson.Serialize(new MemberPointsYearResult(
        AssessmentYear.Create(2018), OrganizationId.Parse("C"), new LocalDate(2018, 12, 31),
        [new MemberYearResult(MemberId.Parse("M1"), Branch, Branch, MembershipStatus.Full, 12, Score.Of(3m), [], [], 1, Leaf(3m), gradeExplanation: grade)],
        [], [Statistics()], [], Statistics()));

    private static string Edit(string json, Func<JsonObject, JsonObject> owner, bool remove)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        var target = owner(document["content"]!.AsObject());
        var name = target.ContainsKey("explanation") ? "explanation" : "pointsExplanation";
        if (remove)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = null;
        }

        return document.ToJsonString();
    }

    private static void ShouldBeRefused<T>(string json, string path)
        where T : class, IDocumentContent
    {
        var problems = FluentActions.Invoking(() => PartyBuildingJson.Deserialize<T>(json))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Should().ContainSingle().Which.Path.Should().StartWith(path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BranchScoreResult_WithoutItsTreeOrAnAspectsTree_IsRefused(bool remove)
    {
        ShouldBeRefused<BranchScoreResult>(Edit(BranchResult(), c => c, remove), "$.content");
        ShouldBeRefused<BranchScoreResult>(Edit(BranchResult(), c => c["aspects"]![0]!.AsObject(), remove), "$.content.aspects[0]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DoubleReviewOutcome_AResultOrAFailureWithoutItsTree_IsRefused(bool remove)
    {
        ShouldBeRefused<DoubleReviewOutcome>(Edit(ReviewOutcome(), c => c["results"]![0]!.AsObject(), remove), "$.content.results[0]");
        ShouldBeRefused<DoubleReviewOutcome>(Edit(ReviewOutcome(), c => c["failures"]![0]!.AsObject(), remove), "$.content.failures[0]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MemberPointsYearResult_AMemberOrStatisticsWithoutItsTree_IsRefused(bool remove)
    {
        ShouldBeRefused<MemberPointsYearResult>(Edit(PointsResult(null), c => c["members"]![0]!.AsObject(), remove), "$.content.members[0]");
        ShouldBeRefused<MemberPointsYearResult>(Edit(PointsResult(null), c => c["committee"]!.AsObject(), remove), "$.content.committee");
    }

    [Fact]
    public void Results_WithTheirTrees_ReadBackEqual_AndAGradeTreeStaysOptional()
    {
        PartyBuildingJson.Deserialize<BranchScoreResult>(BranchResult()).Explanation.Should().Be(Leaf(50m));
        PartyBuildingJson.Deserialize<DoubleReviewOutcome>(ReviewOutcome()).Failures[0].Explanation.Should().Be(Leaf(14m));
        var member = PartyBuildingJson.Deserialize<MemberPointsYearResult>(PointsResult(null)).Members[0];
        member.PointsExplanation.Should().Be(Leaf(3m));
        member.GradeExplanation.Should().BeNull();
    }
}
#endif
