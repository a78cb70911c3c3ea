using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Supervision;
using static PartyBuilding.Core.Tests.Supervision.AccountabilityFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The year's statistics: cases by subject kind and by form, cadres dealt with and disciplined (article 003 reports 党纪处分36人).</summary>
public sealed class AccountabilityStatisticsTest
{
    [Fact]
    public void Statistics_CountCasesByKindAndForm_AndDistinctCadres()
    {
        var records = Records(
            OrganizationCase(AccountabilityForm.Inspection, AccountabilityForm.Circular),
            CadreCase(AccountabilityForm.Circular, AccountabilityForm.DisciplinarySanction),
            CadreCase(AccountabilityForm.Admonition) with { Id = Id("C03") },
            OrganizationCase() with { Id = Id("C04"), Stage = AccountabilityStage.Report, Facts = [AccountabilityFixture.Finding()] });

        var statistics = AccountabilityEngine.Evaluate(records, Basis(), Decided).Statistics;

        statistics.OrganizationCases.Should().Be(2);
        statistics.CadreCases.Should().Be(2);
        statistics.PendingCases.Should().Be(1);
        statistics.ByForm.Select(f => $"{f.Form}/{f.SubjectKind}={f.Cases}").Should().Equal(
            "Inspection/PartyOrganization=1",
            "Circular/PartyOrganization=1",
            "Circular/LeadingCadre=1",
            "Admonition/LeadingCadre=1",
            "DisciplinarySanction/LeadingCadre=1");
        statistics.CadresDealtWith.Should().Be(1);
        statistics.CadresDisciplined.Should().Be(1);
        statistics.Explanation.Verify().Should().BeEmpty();
        statistics.Explanation.Value.Should().Be(4m);
        statistics.Explanation.Find("cadres-disciplined")!.Citation.Should().Be(AccountabilityRules.Article003Disciplined);
    }

    [Fact]
    public void Statistics_OnlyCasesDecidedByTheAsOfDate_AreSeen()
    {
        var records = Records(OrganizationCase(AccountabilityForm.Inspection), CadreCase(AccountabilityForm.DisciplinarySanction) with { DecidedOn = Decided.PlusDays(1) });

        var before = AccountabilityEngine.Evaluate(records, Basis(), Decided);
        var after = AccountabilityEngine.Evaluate(records, Basis(), Decided.PlusDays(1));

        before.Cases.Select(c => c.Case.Value).Should().Equal("C01");
        before.Statistics.CadresDisciplined.Should().Be(0);
        after.Cases.Select(c => c.Case.Value).Should().Equal("C01", "C02");
        after.Statistics.CadresDisciplined.Should().Be(1);
    }

    [Fact]
    public void Evaluate_DoesNotDependOnTheOrderOfCases()
    {
        var a = Records(OrganizationCase(AccountabilityForm.Inspection), CadreCase(AccountabilityForm.Admonition));
        var b = Records(CadreCase(AccountabilityForm.Admonition), OrganizationCase(AccountabilityForm.Inspection));

        AccountabilityEngine.Evaluate(a, Basis(), Decided).Should().Be(AccountabilityEngine.Evaluate(b, Basis(), Decided));
    }

    [Fact]
    public void Json_RecordsAndACaseExplanation_RoundTrip()
    {
        var records = Records(OrganizationCase(AccountabilityForm.Inspection), CadreCase(AccountabilityForm.Admonition)) with { IsIllustrative = true };
        var result = AccountabilityEngine.Evaluate(records, Basis(), Decided);

        PartyBuildingJson.Deserialize<AccountabilityRecords>(PartyBuildingJson.Serialize(records)).Should().Be(records);
        var tree = result.Cases[1].Explanation;
        PartyBuildingJson.Deserialize<Explanation>(PartyBuildingJson.Serialize(tree)).Should().Be(tree);
    }
}
