using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>How a vetoed branch counts in its department's standardization mean: the composition's <see cref="VetoedBranchRule"/>.</summary>
public sealed class VetoedBranchRuleTest
{
    private static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    private static readonly OrganizationId Bz001 = OrganizationId.Parse("BZ-001");
    private static readonly AssessmentYear Year2018 = AssessmentYear.Create(2018);
    private static readonly AssessmentComponentId Std = AssessmentComponentId.Parse("STD");

    private static readonly Lazy<OrganizationTree> Tree = new(() => OrganizationRegistry.Create(
        PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "organizations", "binzhou-snapshot.json"))))
        .AsOf(new LocalDate(2019, 1, 15)));

    // BZ-001's branches 90, 85 and 80.5, the last vetoed.
    private static StandardizationOutcome Outcome(bool allVetoed = false) => new(
        [Branch("BZ-001-B01", 90m, allVetoed), Branch("BZ-001-B02", 85m, allVetoed), Branch("BZ-001-B03", 80.5m, vetoed: true)], [], []);

    [Theory]
    [InlineData(VetoedBranchRule.Count, 85.17, 3, "count")]   // (90 + 85 + 80.5) / 3 = 85.1666… → 85.17: today's numbers
    [InlineData(VetoedBranchRule.Zero, 58.33, 3, "zero")]     // (90 + 85 + 0) / 3 = 58.333… → 58.33
    [InlineData(VetoedBranchRule.Exclude, 87.5, 2, "exclude")] // (90 + 85) / 2 = 87.5
    public void VetoedBranchRule_DecidesHowAVetoedBranchCountsInTheMean_AndIsNamedInTheExplanation(VetoedBranchRule rule, double expected, int counted, string name)
    {
        var input = StandardizationComponents.ToComponentInputs(Outcome(), Year2018, Tree.Value, Committee, Std, vetoedBranches: rule).Should().ContainSingle().Subject;

        input.Score.Should().Be(Score.Of((decimal)expected));
        input.Explanation!.Parameters.Should().Contain("vetoed-branches", name).And.Contain("branches", counted.ToString(CultureInfo.InvariantCulture));
        input.Explanation.Note!.ZhCn.Should().Contain(EvaluationLabels.VetoedBranchRules[rule].ZhCn).And.Contain("BZ-001-B03");
        input.Explanation.Note.English.Should().Contain(EvaluationLabels.VetoedBranchRules[rule].English).And.Contain("BZ-001-B03");
        input.Explanation.Children.Should().HaveCount(counted);
    }

    [Fact]
    public void VetoedBranchRule_DefaultsToCount_TheBranchAtItsScore()
    {
        new EvaluationComponents().StandardizationVetoedBranches.Should().Be(VetoedBranchRule.Count);
        StandardizationComponents.ToComponentInputs(Outcome(), Year2018, Tree.Value, Committee, Std)[0].Score.Should().Be(Score.Of(85.17m));
    }

    [Fact]
    public void VetoedBranchRule_Zero_ExplainsTheVetoedBranchAsAZeroNodeOverItsScore()
    {
        var input = StandardizationComponents.ToComponentInputs(Outcome(), Year2018, Tree.Value, Committee, Std, vetoedBranches: VetoedBranchRule.Zero)[0];

        var zero = input.Explanation!.Children.Single(c => c.Value == 0m);
        zero.Children.Should().ContainSingle().Which.Value.Should().Be(80.5m);
    }

    [Fact]
    public void VetoedBranchRule_Exclude_EveryBranchVetoed_LeavesTheDepartmentWithoutAScore_AndSaysWhyInBothLanguages()
    {
        var outcome = Outcome(allVetoed: true);

        StandardizationComponents.ToComponentInputs(outcome, Year2018, Tree.Value, Committee, Std, vetoedBranches: VetoedBranchRule.Exclude).Should().BeEmpty();
        var missing = StandardizationComponents.Missing(outcome, Year2018, Tree.Value, Committee, Std, VetoedBranchRule.Exclude).Should().ContainSingle().Subject;
        missing.Organization.Should().Be(Bz001);
        missing.Reason.ZhCn.Should().Contain("一票否决").And.NotContainAny("Exclude", "exclude", "veto");
        missing.Reason.English.Should().Contain("vetoed");
        StandardizationComponents.Missing(outcome, Year2018, Tree.Value, Committee, Std, VetoedBranchRule.Count).Should().BeEmpty();
        StandardizationComponents.ToComponentInputs(Outcome(), Year2018, Tree.Value, Committee, Std, vetoedBranches: VetoedBranchRule.Exclude).Should().ContainSingle();
    }

    [Fact]
    public void VetoedBranchRule_UndefinedValue_IsRefusedBeforeAnythingIsComputed()
    {
        var inputs = EvaluationFixtures.Inputs with
        {
            Components = EvaluationFixtures.Inputs.Components with { StandardizationVetoedBranches = (VetoedBranchRule)9 },
        };

        var run = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        run.Should().Throw<PartyBuildingValidationException>().Which.Problems
            .Should().Contain(p => p.ErrorCode == EvaluationErrorCodes.VetoedBranchRuleUnknown && p.Path == "components.standardizationVetoedBranches");
        var adapt = () => StandardizationComponents.ToComponentInputs(Outcome(), Year2018, Tree.Value, Committee, Std, vetoedBranches: (VetoedBranchRule)9);
        adapt.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void VetoedBranchRule_ReadsFromTheManifestByName()
    {
        var manifest = PartyBuildingJson.Deserialize<EvaluationManifest>("""
            {"schemaVersion":"1.0","kind":"evaluation-manifest","content":{"committee":"BZ-WC","year":2018,"asOf":"2019-01-15",
             "documents":{"organizationSnapshot":"s.json","assessmentScheme":"a.json"},
             "components":{"standardization":"STD","standardizationVetoedBranches":"Exclude"}}}
            """);

        manifest.Components!.StandardizationVetoedBranches.Should().Be(VetoedBranchRule.Exclude);
    }

    private static BranchScoreResult Branch(string branch, decimal score, bool vetoed) =>
        new(OrganizationId.Parse(branch), Year2018, CatalogueId.Parse("BZ-2017"), Score.Of(score), Score.Of(100m), Score.Of(score),
            vetoed ? [IndicatorId.Parse("BZ-A1-01")] : [], [], Explanation.Given(new LocalizedText("输入", "Input"), score));
}
