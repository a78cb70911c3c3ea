using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Supervision.AccountabilityFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The forms of accountability of 《中国共产党问责条例》（2019年修订）第八条, by kind of subject, and the stage of the chain.</summary>
public sealed class AccountabilityRulesTest
{
    [Fact]
    public void AccountabilityRegulation2019_Article8_AnOrganizationCannotBeAdmonished()
    {
        var problems = AccountabilityEngine.Validate(Records(OrganizationCase(AccountabilityForm.Admonition)), Basis()).Problems;

        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.ErrorCode == SupervisionErrorCodes.CaseFormNotAllowed && p.Path == "Data.Cases[0].Forms[0]" && p.AttemptedValue == "Admonition");
    }

    [Fact]
    public void AccountabilityRegulation2019_Article8_ACadreCannotBeReorganized()
    {
        var problems = AccountabilityEngine.Validate(Records(CadreCase(AccountabilityForm.Reorganization)), Basis()).Problems;

        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.ErrorCode == SupervisionErrorCodes.CaseFormNotAllowed && p.Path == "Data.Cases[0].Forms[0]" && p.AttemptedValue == "Reorganization");
    }

    [Theory]
    [InlineData(AccountabilityForm.Inspection, true)]
    [InlineData(AccountabilityForm.Circular, true)]
    [InlineData(AccountabilityForm.Reorganization, true)]
    [InlineData(AccountabilityForm.Admonition, false)]
    [InlineData(AccountabilityForm.OrganizationalAdjustment, false)]
    [InlineData(AccountabilityForm.DisciplinarySanction, false)]
    public void AccountabilityRegulation2019_Article8_AnOrganizationIsInspectedCircularizedOrReorganizedOnly(AccountabilityForm form, bool allowed) =>
        AccountabilityEngine.Validate(Records(OrganizationCase(form)), Basis()).Problems
            .Any(p => p.ErrorCode == SupervisionErrorCodes.CaseFormNotAllowed).Should().Be(!allowed);

    [Theory]
    [InlineData(AccountabilityForm.Inspection, false)]
    [InlineData(AccountabilityForm.Circular, true)]
    [InlineData(AccountabilityForm.Reorganization, false)]
    [InlineData(AccountabilityForm.Admonition, true)]
    [InlineData(AccountabilityForm.OrganizationalAdjustment, true)]
    [InlineData(AccountabilityForm.DisciplinarySanction, true)]
    public void AccountabilityRegulation2019_Article8_ACadreIsCircularizedAdmonishedAdjustedOrDisciplinedOnly(AccountabilityForm form, bool allowed) =>
        AccountabilityEngine.Validate(Records(CadreCase(form)), Basis()).Problems
            .Any(p => p.ErrorCode == SupervisionErrorCodes.CaseFormNotAllowed).Should().Be(!allowed);

    [Fact]
    public void AccountabilityRegulation2019_Article8_FormsMayBeCombined_AndTheOutcomeCitesTheCombination()
    {
        var records = Records(OrganizationCase(AccountabilityForm.Circular, AccountabilityForm.Inspection), CadreCase(AccountabilityForm.Admonition));

        var result = AccountabilityEngine.Evaluate(records, Basis(), Decided);

        var combined = result.For(Id("C01"))!;
        combined.Forms.Should().Equal(AccountabilityForm.Inspection, AccountabilityForm.Circular);
        combined.Explanation.Value.Should().Be(2m);
        combined.Explanation.Find("outcome")!.Citation.Should().Be(AccountabilityRules.Article8Combined);
        combined.Explanation.Find("Inspection")!.Citation.Should().Be(AccountabilityRules.Article8Organizations);
        result.For(Id("C02"))!.Explanation.Find("Admonition")!.Citation.Should().Be(AccountabilityRules.Article8Cadres);
        result.For(Id("C02"))!.Explanation.Find("outcome")!.Citation.Should().BeNull();
    }

    [Fact]
    public void AccountabilityRegulation2019_FormsApplyFrom20190901_NotTheDayBefore()
    {
        var before = OrganizationCase(AccountabilityForm.Inspection) with { DecidedOn = new LocalDate(2019, 8, 31), Facts = [AccountabilityFixture.Finding()] };
        var from = before with { DecidedOn = new LocalDate(2019, 9, 1) };

        AccountabilityEngine.Validate(Records(before), Basis()).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.ErrorCode == SupervisionErrorCodes.CaseFormNotAllowed && p.Path == "Data.Cases[0].Forms");
        AccountabilityEngine.Validate(Records(from), Basis()).Problems.Should().BeEmpty();
        Sources.AccountabilityRegulation2019.EffectiveFrom.Should().Be(new LocalDate(2019, 9, 1));
    }

    [Fact]
    public void AccountabilityRegulation2019_Article8_ParametersListTheFormsWithTheirCitation()
    {
        var day = new LocalDate(2019, 9, 1);

        AccountabilityRules.OrganizationForms.ValueAsOf(day).Should().Equal(AccountabilityForm.Inspection, AccountabilityForm.Circular, AccountabilityForm.Reorganization);
        AccountabilityRules.CadreForms.ValueAsOf(day).Should().Equal(AccountabilityForm.Circular, AccountabilityForm.Admonition, AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction);
        AccountabilityRules.OrganizationForms.EntryAsOf(day).Citation!.Clause.Should().StartWith("第八条");
        AccountabilityRules.CadreForms.EntryAsOf(day).Citation!.Source.Should().Be(Sources.AccountabilityRegulation2019);
        AccountabilityRules.OrganizationForms.TryGetEntryAsOf(day.PlusDays(-1), out _).Should().BeFalse();
    }

    [Fact]
    public void AccountabilityChain_ACaseHeldToAccount_NamesAForm_AndOneAtAnEarlierStageNone()
    {
        var noForm = OrganizationCase();
        var earlyWithForm = OrganizationCase(AccountabilityForm.Inspection) with { Stage = AccountabilityStage.Evaluate };
        var earlyWithout = OrganizationCase() with { Stage = AccountabilityStage.Evaluate };
        var twice = OrganizationCase(AccountabilityForm.Inspection, AccountabilityForm.Inspection);

        Codes(noForm).Should().Equal(SupervisionErrorCodes.CaseOutcome);
        Codes(earlyWithForm).Should().Equal(SupervisionErrorCodes.CaseOutcome);
        Codes(twice).Should().Equal(SupervisionErrorCodes.CaseOutcome);
        Codes(earlyWithout).Should().BeEmpty();
    }

    [Fact]
    public void AccountabilityChain_ACaseStoppedAtEvaluation_IsPending_AndItsStageCitesTheChain()
    {
        var records = Records(OrganizationCase() with { Stage = AccountabilityStage.Evaluate });

        var result = AccountabilityEngine.Evaluate(records, Basis(), Decided);

        result.Statistics.PendingCases.Should().Be(1);
        result.Statistics.ByForm.Should().BeEmpty();
        result.Cases.Single().Explanation.Find("stage")!.Citation.Should().Be(ResponsibilityCitations.AccountabilityChain);
        result.Cases.Single().Explanation.Summary!.ZhCn.Should().Contain("评责").And.Contain("未作出问责决定");
    }

    private static List<string> Codes(AccountabilityCase c) =>
        [.. AccountabilityEngine.Validate(Records(c), Basis()).Problems.Select(p => p.ErrorCode)];
}
