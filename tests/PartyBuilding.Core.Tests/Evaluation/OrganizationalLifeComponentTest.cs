using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// The organizational-life component of the annual scheme (<see cref="EvaluationComponents.OrganizationalLife"/>): each
/// department-level organization scores the share of the rules met across its branches (本库规则), explained down to the
/// branch findings; optional, and refused without its records.
/// </summary>
public sealed class OrganizationalLifeComponentTest
{
    private static readonly AssessmentComponentId Component = AssessmentComponentId.Parse("LIFE");
    private static readonly OrganizationId Bz001 = OrganizationId.Parse("BZ-001");
    private static readonly LocalDate EndOfJanuary = new(2019, 1, 31);

    private static OrganizationTree Tree(LocalDate date) =>
        OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json")).AsOf(date);

    /// <summary>
    /// Three full members of BZ-001-B02, January 2019: a members' meeting with 1 of 3 present and no theme party day. Checked by
    /// the end of January: the meeting's quorum (not met), January's theme party day (not met), each member's dues and six-month
    /// rule (met): 8 rules, 6 met.
    /// </summary>
    private static OrganizationalLifeResult January(LocalDate asOf) => OrganizationalLifeEngine.Evaluate(
        Records(Members(3), [Meeting("MM-1", MeetingKind.MembersMeeting, new LocalDate(2019, 1, 10), [1])]), Scheme(), asOf);

    [Fact]
    public void January_EightRulesChecked_TwoFindings_SixMet()
    {
        var branch = January(EndOfJanuary).Branches.Single();

        branch.RulesChecked.Should().Be(8);
        branch.Findings.Select(f => f.Kind).Should().BeEquivalentTo([LifeFindingKind.WithoutQuorum, LifeFindingKind.MissedMeeting]);
        branch.RulesMet.Should().Be(6);
    }

    [Fact]
    public void LibraryRule_ComplianceShare_SixOfEightRulesMet_Scores75()
    {
        var components = OrganizationalLifeComponents.ToComponentInputs(January(EndOfJanuary), Tree(EndOfJanuary), Committee, Component);

        var input = components.Inputs.Single();
        input.Organization.Should().Be(Bz001);
        input.Component.Should().Be(Component);
        input.Score.Should().Be(Score.Of(75m));
        components.Missing.Should().BeEmpty();
    }

    [Fact]
    public void LibraryRule_ComplianceShare_IsExplainedDownToTheBranchFindings()
    {
        var explanation = OrganizationalLifeComponents.ToComponentInputs(January(EndOfJanuary), Tree(EndOfJanuary), Committee, Component).Inputs.Single().Explanation!;

        explanation.Key.Should().Be("LIFE:BZ-001");
        explanation.Citation.Should().Be(OrganizationalLifeComponents.ComplianceShare);
        explanation.Citation!.Source.Should().Be(Sources.LibraryRules);
        explanation.Parameters["checked"].Should().Be("8");
        explanation.Parameters["met"].Should().Be("6");
        explanation.Parameters["share"].Should().Be(Share.Of(6, 8).ToString());
        var branch = explanation.Children.Single();
        branch.Key.Should().Be("BZ-001-B02");
        branch.Value.Should().Be(6m);
        branch.Label.ZhCn.Should().Be("BZ-001-B02：检查8项，符合6项");
        branch.Find("MM-1")!.Citation.Should().Be(OrganizationalLifeRules.MembersMeetingQuorum);

        // docs/evaluation.md — "An organizational-life component (optional)"
        explanation.ToText(DisplayLanguage.English).Should().StartWith(
            "Organizational-life compliance score (share of rules met across the branches): 75.00  [share-of-rules-met checked=8, met=6, scale=2, share=3/4]  ← Library rules [library-rules] (illustrative)"
            + Environment.NewLine + "  BZ-001-B02: 6 of 8 rules met: 6  [rules-met checked=8, findings=2]");
    }

    [Fact]
    public void LibraryRule_ComplianceShare_NoRuleCheckedByTheDate_IsAGapWithItsReason()
    {
        var newYear = new LocalDate(2019, 1, 1);

        var components = OrganizationalLifeComponents.ToComponentInputs(
            OrganizationalLifeEngine.Evaluate(Records(Members(3), []), Scheme(), newYear), Tree(newYear), Committee, Component);

        components.Inputs.Should().BeEmpty();
        components.Missing.Single().Should().Be(new MissingComponent(Bz001, Component, EvaluationTexts.NoLifeRuleChecked(newYear)));
    }

    /// <summary>The bundled run with the organizational-life component feeding the scheme's RECT component instead of the ledger; organizations without records are left out.</summary>
    private static AnnualEvaluationInputs LifeInsteadOfRectification => EvaluationFixtures.Inputs with
    {
        Components = EvaluationFixtures.Inputs.Components with { Rectification = null, OrganizationalLife = AssessmentComponentId.Parse("RECT") },
        RectificationLedger = null,
        Incomplete = IncompleteOrganizationPolicy.Exclude,
    };

    [Fact]
    public void BundledRun_WithTheComponent_BZ001ScoresItsBranchesComplianceShare_OthersHaveNoInput()
    {
        var result = AnnualEvaluation.Run(LifeInsteadOfRectification, EvaluationFixtures.AsOf);

        var life = result.OrganizationalLife!;
        var branches = life.Branches.Where(b => b.BranchId.Value.StartsWith("BZ-001-", StringComparison.Ordinal)).ToArray();
        branches.Should().HaveCount(3);
        var expected = ScoreRounding.Default.Apply(100m * branches.Sum(b => b.RulesMet) / branches.Sum(b => b.RulesChecked));
        var input = result.Data.Inputs.Single(i => i.Organization == Bz001 && i.Component == AssessmentComponentId.Parse("RECT"));
        input.Score.Should().Be(Score.Of(expected));
        expected.Should().BeLessThan(100m, "the seed's records have gaps");
        input.Explanation!.Children.Select(c => c.Key).Should().Equal("BZ-001-B01", "BZ-001-B02", "BZ-001-B03");
        result.Missing.Where(m => m.Component == AssessmentComponentId.Parse("RECT")).Should().NotBeEmpty()
            .And.OnlyContain(m => m.Organization != Bz001 && m.Reason == EvaluationTexts.NoResult(EvaluationTexts.OrganizationalLife));
        result.Assessment.Organizations.Select(o => o.Organization).Should().Equal(Bz001);
    }

    [Fact]
    public void BundledRun_WithoutTheComponent_HasNoOrganizationalLifeResult()
    {
        EvaluationFixtures.Inputs.Components.OrganizationalLife.Should().BeNull();
        EvaluationFixtures.Result.OrganizationalLife.Should().BeNull();
    }

    [Fact]
    public void ComponentMapped_WithoutTheRecords_IsADocumentMissing()
    {
        var inputs = LifeInsteadOfRectification with { OrganizationalLifeRecords = null };

        var problems = FluentActions.Invoking(() => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        problems.Should().Contain(p => p.Path == "organizationalLifeRecords" && p.ErrorCode == EvaluationErrorCodes.DocumentMissing);
    }

    [Fact]
    public void ComponentMapped_InvalidRecords_AreReportedOnce()
    {
        var records = EvaluationFixtures.Inputs.OrganizationalLifeRecords!;
        var inputs = LifeInsteadOfRectification with { OrganizationalLifeRecords = records with { Meetings = [.. records.Meetings, records.Meetings[0]] } };

        var problems = FluentActions.Invoking(() => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems;

        problems.Where(p => p.ErrorCode == OrganizationalLifeErrorCodes.DuplicateRecord).Select(p => p.Path)
            .Should().Equal($"organizationalLife.Data.Meetings[{records.Meetings.Length}].Id");
    }

    [Fact]
    public void Manifest_ComponentsOrganizationalLife_IsRead()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(EvaluationFixtures.ManifestPath))!;
        manifest["content"]!["components"]!["organizationalLife"] = "LIFE";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));

        var (inputs, _) = EvaluationManifestLoader.Load(stream, EvaluationFixtures.Open);

        inputs.Components.OrganizationalLife.Should().Be(Component);
        inputs.Components.Rectification.Should().Be(AssessmentComponentId.Parse("RECT"));
    }
}
