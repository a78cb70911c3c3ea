using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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
/// nullable; a tree a result may lack (<see cref="MemberYearResult.GradeExplanation"/>) stays optional. The same on net8.0
/// (which lacks <c>RespectNullableAnnotations</c> and <c>RespectRequiredConstructorParameters</c>) as on net10.0: code, path
/// and message.
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

    private static ValidationProblem Problem<T>(string json)
        where T : class, IDocumentContent =>
        FluentActions.Invoking(() => PartyBuildingJson.Deserialize<T>(json))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void OrganizationReviewResult_ANullTree_IsRefusedAtTheTree_WithTheSerializersMessage()
    {
        var problem = Problem<DoubleReviewOutcome>(Edit(ReviewOutcome(), c => c["results"]![0]!.AsObject(), remove: false));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.results[0].explanation");
        problem.Message.Should().StartWith(
            "The constructor parameter 'explanation' on type 'PartyBuilding.Core.DoubleReview.OrganizationReviewResult' doesn't allow null values.");
    }

    [Fact]
    public void MemberYearResult_AMissingTree_IsRefusedAtTheMember_AsARequiredProperty()
    {
        var problem = Problem<MemberPointsYearResult>(Edit(PointsResult(null), c => c["members"]![0]!.AsObject(), remove: true));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.members[0]");
        problem.Message.Should().Contain("missing required properties").And.Contain("pointsExplanation");
    }

    [Fact]
    public void BranchScoreResult_AWrongValueInsideItsTree_IsRefusedAtThatValue()
    {
        var document = JsonNode.Parse(BranchResult())!.AsObject();
        document["content"]!["explanation"]!["value"] = "fifty";

        var problem = Problem<BranchScoreResult>(document.ToJsonString());

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.explanation.value");
    }

    [Fact]
    public void RequiredTrees_AreExactlyTheTreesAResultAlwaysAnswers_ThroughANullableConstructorParameter()
    {
        var nullability = new NullabilityInfoContext();
        var derived = typeof(Explanation).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => JsonConstructor(t) is { } constructor
                ? t.GetProperties()
                    .Where(p => p.PropertyType == typeof(Explanation) && nullability.Create(p).ReadState == NullabilityState.NotNull)
                    .Where(p => constructor.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)
                        && nullability.Create(a).WriteState == NullabilityState.Nullable))
                    .Select(p => (t, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
                : [])
            .ToArray();

        derived.Should().NotBeEmpty().And.BeEquivalentTo(PartyBuilding.Core.Evaluation.EvaluationJson.AllRequiredTrees);
    }

    private static ConstructorInfo? JsonConstructor(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        return constructors.FirstOrDefault(c => c.IsDefined(typeof(JsonConstructorAttribute), false))
            ?? (constructors.Count(c => c.IsPublic) == 1 ? constructors.Single(c => c.IsPublic) : null);
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
