using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>The examples of docs/assessment.md, verbatim, so that they are known to work.</summary>
public sealed class DocsExampleTest
{
    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds", "assessment");

    [Fact]
    public void Example_EvaluateTheSeedCommittee()
    {
        // docs/assessment.md — "Evaluate a committee"
        var scheme = PartyBuildingJson.Deserialize<AssessmentScheme>(File.ReadAllText(Path.Combine(Seeds, "scheme-2024.json")));
        var data = PartyBuildingJson.Deserialize<AssessmentDataSet>(File.ReadAllText(Path.Combine(Seeds, "committee-2024.json")));

        var result = AnnualAssessment.Evaluate(data, scheme, new LocalDate(2025, 1, 15));

        var first = result.Organizations[0];
        var line = $"{first.Organization} {first.PublishedTotal} {first.Band} #{first.CommitteeRank}";
        var tree = first.Explanation.ToText(DisplayLanguage.English);
        var receipt = result.Receipt.Sha256;

        line.Should().Be("BZ-001 98.70 Good #1");
        tree.Should().StartWith("Annual assessment score (published): 98.70  [round-half-away-from-zero scale=2]");
        AssessmentReceipts.Matches(result.Receipt, data, scheme, new LocalDate(2025, 1, 15)).Should().BeTrue();
        receipt.Should().HaveLength(64);
    }

    [Fact]
    public void Example_ChooseThePrecedencePolicy()
    {
        // docs/assessment.md — "Choose another published order"
        var scheme = PartyBuildingJson.Deserialize<AssessmentScheme>(File.ReadAllText(Path.Combine(Seeds, "scheme-2024.json")));
        var data = PartyBuildingJson.Deserialize<AssessmentDataSet>(File.ReadAllText(Path.Combine(Seeds, "committee-2024.json")));

        var byTotal = scheme with { Precedence = new PrecedencePolicy(PublishedRankOrder.TotalWithMarks) };
        var marked = AnnualAssessment.Evaluate(data, byTotal, new LocalDate(2025, 1, 15));

        var bz003 = marked[OrganizationId.Parse("BZ-003")];
        var mark = $"{bz003.CommitteeRank} {bz003.Band} {bz003.Rules[0].Rule} {bz003.Rules[0].Before}→{bz003.Rules[0].After}";
        var why = bz003.Standing!.ZhCn;

        mark.Should().Be("2 Average VETO-DISCIPLINE Good→Average");
        why.Should().StartWith("公布总分94.15，").And.Contain("公布排名按总分排序，否决和降档只作标注，").And.Contain("列全委第2位");
    }

    [Fact]
    public void Example_AdaptAnAreaResultIntoAComponentInput()
    {
        // docs/assessment.md — "Feeding the engine"
        var explanation = Explanation.Sum(
            new LocalizedText("双述双评得分", "Double review score"),
            [
                Explanation.Given(new LocalizedText("党员民主测评", "Members' evaluation"), 38.4m),
                Explanation.Given(new LocalizedText("定量互评", "Mutual rating"), 28.2m),
                Explanation.Given(new LocalizedText("工委量化测评", "Committee rating"), 28.6m),
            ]);
        var input = new ComponentInput(
            OrganizationId.Parse("BZ-001"),
            AssessmentComponentId.Parse("DR"),
            Score: Score.Of(explanation.Value),
            Explanation: explanation,
            Vetoes: [],
            Bonuses: [new FactorEntry(AssessmentFactorId.Parse("AWARD"), Score.Of(2m), "省级先进基层党组织")]);

        input.Score.Should().Be(Score.Of(95.2m));
    }
}
