using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Supervision and accountability in the annual evaluation (issue 22): the supervision component (本库规则: the share of the
/// counted findings not past due), the rules for open and past-due findings and for accountability outcomes, and no double
/// count of a finding the rectification ledger carries unless the composition asks for it. Inputs: the small committee SC-WC
/// of <c>seeds/scenarios/evaluation/documents/manifest-supervision.json</c> (2019, 示例).
/// </summary>
public sealed class SupervisionComponentTest
{
    private static readonly OrganizationId Sc001 = OrganizationId.Parse("SC-001");
    private static readonly OrganizationId Sc002 = OrganizationId.Parse("SC-002");
    private static readonly AssessmentComponentId Sup = AssessmentComponentId.Parse("SUP");
    private static readonly AssessmentFactorId PastDue = AssessmentFactorId.Parse("SUP-PASTDUE");
    private static readonly AssessmentFactorId Admonished = AssessmentFactorId.Parse("DOWN-ACC");

    private static string Documents => Path.Combine(AppContext.BaseDirectory, "seeds", "scenarios", "evaluation", "documents");

    private static (AnnualEvaluationInputs Inputs, LocalDate AsOf) Load()
    {
        using var manifest = File.OpenRead(Path.Combine(Documents, "manifest-supervision.json"));
        return EvaluationManifestLoader.Load(manifest, path => File.OpenRead(Path.Combine(Documents, path)));
    }

    private static ComponentInput SupervisionInput(AnnualEvaluationResult result, OrganizationId organization) =>
        result.Data.Inputs.Single(i => i.Organization == organization && i.Component == Sup);

    [Fact]
    public void Manifest_LoadsTheSupervisionAndAccountabilityDocuments()
    {
        var (inputs, _) = Load();

        inputs.SupervisionCatalogue.Should().NotBeNull();
        inputs.SupervisionRecords!.Visits.Should().HaveCount(2);
        inputs.AccountabilityRecords!.Cases.Should().ContainSingle();
        inputs.Components.Supervision.Should().Be(Sup);
        inputs.Components.AccountabilityForms.Should().Equal(new AccountabilityFormRule(AccountabilityForm.Admonition, Admonished));
    }

    [Fact]
    public void LibraryRule_NoDoubleCount_AFindingTheLedgerCarries_IsNotCountedBySupervision()
    {
        var (inputs, asOf) = Load();

        var result = AnnualEvaluation.Run(inputs, asOf);

        // F01 is overdue in the ledger (SUP-F01): rectification scores 0, supervision keeps 100 and raises no past-due deduction.
        var input = SupervisionInput(result, Sc001);
        input.Score.Should().Be(Score.Of(100m));
        input.Deductions.Should().BeEmpty();
        input.Explanation!.Parameters["counted"].Should().Be("0");
        input.Explanation.Find("F01")!.Note!.English.Should().Contain("ledger as problem SUP-F01");
        result.Data.Inputs.Single(i => i.Organization == Sc001 && i.Component.Value == "RECT").Score.Should().Be(Score.Of(0m));
        result.Supervision!.For(Sc001)!.Findings.Single().LedgerProblem.Should().Be(RectificationProblemId.Parse("SUP-F01"));
    }

    [Fact]
    public void LibraryRule_NoDoubleCount_WhenTheCompositionCountsLedgerFindings_SupervisionCountsAndDeductsIt()
    {
        var (inputs, asOf) = Load();
        inputs = inputs with { Components = inputs.Components with { SupervisionCountsLedgerFindings = true } };

        var result = AnnualEvaluation.Run(inputs, asOf);

        var input = SupervisionInput(result, Sc001);
        input.Score.Should().Be(Score.Of(0m));
        input.Deductions.Should().ContainSingle().Which.Should().Match<FactorEntry>(d => d.Factor == PastDue && d.Points == Score.Of(1m) && d.Reason.Contains("F01"));
        result.Assessment.Organizations.Single(o => o.Organization == Sc001).PublishedTotal.Should().Be(Score.Of(75m));

        // SC-002's F02 is rectified in the ledger: counted, not past due.
        SupervisionInput(result, Sc002).Score.Should().Be(Score.Of(100m));
    }

    [Fact]
    public void LibraryRule_ShareNotPastDue_WithoutTheLedger_APastDueNoticeLowersTheScoreAndRaisesTheRule()
    {
        var (inputs, asOf) = Load();

        // Without the ledger (nor the rectification component or the case that rests on it), F01's notice date has passed.
        inputs = inputs with
        {
            RectificationLedger = null,
            AccountabilityRecords = null,
            Scheme = WithoutRectification(inputs.Scheme),
            Components = inputs.Components with { Rectification = null },
        };

        var result = AnnualEvaluation.Run(inputs, asOf);

        var sc001 = SupervisionInput(result, Sc001);
        sc001.Score.Should().Be(Score.Of(0m));
        sc001.Deductions.Should().ContainSingle(d => d.Factor == PastDue);
        sc001.Explanation!.Parameters["past-due"].Should().Be("1");

        // F02 (end of November) is past due too on 2020-01-15 without the ledger's completion.
        SupervisionInput(result, Sc002).Score.Should().Be(Score.Of(0m));
    }

    [Fact]
    public void LibraryRule_OpenFindings_BeforeTheDueDate_RaiseTheOpenRule_NotThePastDueOne()
    {
        var (inputs, _) = Load();
        var open = AssessmentFactorId.Parse("SUP-OPEN");
        inputs = inputs with
        {
            RectificationLedger = null,
            AccountabilityRecords = null,
            Scheme = WithoutRectification(inputs.Scheme) with
            {
                Deductions = [.. inputs.Scheme.Deductions, new FactorRule(open, new LocalizedText("督导问题尚未整改（示例）", "Supervision finding open (illustrative)"), Score.Of(5m))],
            },
            Components = inputs.Components with { Rectification = null, SupervisionOpen = open },
        };

        // On 2019-10-31 F01 is on its last day; F02 is due at the end of November.
        var result = AnnualEvaluation.Run(inputs with { }, new LocalDate(2019, 10, 31));

        var sc001 = SupervisionInput(result, Sc001);
        sc001.Score.Should().Be(Score.Of(100m));
        sc001.Deductions.Should().ContainSingle().Which.Factor.Should().Be(open);

        // A day later F01 is past due: the past-due rule, not the open one.
        var later = SupervisionInput(AnnualEvaluation.Run(inputs, new LocalDate(2019, 11, 1)), Sc001);
        later.Deductions.Should().ContainSingle().Which.Factor.Should().Be(PastDue);
    }

    [Fact]
    public void AccountabilityRegulation2019_Article8_AnAdmonition_RaisesTheRuleMappedToIt_AndTheReasonNamesEveryStep()
    {
        var (inputs, asOf) = Load();

        var result = AnnualEvaluation.Run(inputs, asOf);

        var sc001 = result.Assessment.Organizations.Single(o => o.Organization == Sc001);
        var rule = sc001.Rules.Should().ContainSingle().Which;
        rule.Rule.Should().Be(Admonished);
        (rule.Before, rule.After).Should().Be((GradeBand.FairlyGood, GradeBand.Average));
        rule.Reason.ZhCn.Should().ContainAll("问题F01", "V01", "整改通知书N01", "整改台账问题SUP-F01", "SUP-F01-M1", "逾期", "问责案例C01", "诫勉");
        rule.Reason.English.Should().ContainAll("finding F01", "visit V01", "notice N01", "ledger problem SUP-F01", "SUP-F01-M1", "overdue", "case C01", "admonition");
        SupervisionInput(result, Sc001).Explanation!.Find("C01").Should().NotBeNull();
        result.Accountability!.Cases.Should().ContainSingle();
    }

    [Fact]
    public void AccountabilityRegulation2019_Article8_AFormMappedToNoRule_RaisesNothing()
    {
        var (inputs, asOf) = Load();
        inputs = inputs with { Components = inputs.Components with { AccountabilityForms = [new AccountabilityFormRule(AccountabilityForm.Circular, Admonished)] } };

        var result = AnnualEvaluation.Run(inputs, asOf);

        result.Assessment.Organizations.Single(o => o.Organization == Sc001).Rules.Should().BeEmpty();
    }

    [Fact]
    public void Checks_ARuleTheSchemeLacks_AFormMappedTwice_AndAMissingCatalogue_AreListed()
    {
        var (inputs, asOf) = Load();
        inputs = inputs with
        {
            SupervisionCatalogue = null,
            Components = inputs.Components with
            {
                SupervisionOpen = AssessmentFactorId.Parse("NOPE"),
                AccountabilityForms = [new AccountabilityFormRule(AccountabilityForm.Admonition, Admonished), new AccountabilityFormRule(AccountabilityForm.Admonition, PastDue)],
            },
        };

        var act = () => AnnualEvaluation.Run(inputs, asOf);

        var problems = act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path == "components.supervisionOpen" && p.ErrorCode == EvaluationErrorCodes.RuleUnknown && p.AttemptedValue == "NOPE");
        problems.Should().Contain(p => p.Path == "components.accountabilityForms[1].Form" && p.ErrorCode == EvaluationErrorCodes.AccountabilityFormTwice);
        problems.Should().Contain(p => p.Path == "supervisionCatalogue" && p.ErrorCode == EvaluationErrorCodes.DocumentMissing);
    }

    [Fact]
    public void Checks_TheAccountabilityRecordsAreOptional_AndUnusedWithoutTheComponent()
    {
        var (inputs, asOf) = Load();

        AnnualEvaluation.Run(inputs with { AccountabilityRecords = null }, asOf).Accountability.Should().BeNull();

        var unmapped = inputs with { Components = inputs.Components with { Supervision = null }, Scheme = inputs.Scheme };
        var act = () => AnnualEvaluation.Run(unmapped, asOf);
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems
            .Where(p => p.ErrorCode == EvaluationErrorCodes.DocumentUnused).Select(p => p.Path)
            .Should().BeEquivalentTo(["supervisionCatalogue", "supervisionRecords", "accountabilityRecords"]);
    }

    [Fact]
    public void OneStructure_APhantomVisitedOrganizationAndAPhantomCadre_AreRefusedUnderTheirDocuments()
    {
        var (inputs, asOf) = Load();
        var records = inputs.SupervisionRecords!;
        var cases = inputs.AccountabilityRecords!;
        inputs = inputs with
        {
            SupervisionRecords = records with { Visits = [records.Visits[0] with { Organization = OrganizationId.Parse("SC-404") }, records.Visits[1]] },
            AccountabilityRecords = cases with { Cases = [cases.Cases[0] with { Subject = cases.Cases[0].Subject with { Name = "查无此人" } }] },
        };

        var act = () => AnnualEvaluation.Run(inputs, asOf);

        var problems = act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path == "supervisionRecords.Visits[0].Organization" && p.ErrorCode == SupervisionErrorCodes.OrganizationUnknown);
        problems.Should().Contain(p => p.Path == "accountabilityRecords.Cases[0].Subject.Person" && p.ErrorCode == SupervisionErrorCodes.CasePersonUnknown);
    }

    [Fact]
    public void SeedDocuments_TheLedgerIsTheNoticesCarriedOver_AndFitsTheRecords()
    {
        var (inputs, _) = Load();
        var records = inputs.SupervisionRecords!;

        SupervisionEngine.CheckLedger(records, inputs.RectificationLedger!).Problems.Should().BeEmpty();
        var carried = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, RectificationAreaId.Parse("SUP")).Single();
        var ledger = inputs.RectificationLedger!.Problems[0];
        (carried.Id, carried.Origin, carried.Measures[0].DueOn, carried.Measures[0].FirstResponsible)
            .Should().Be((ledger.Id, ledger.Origin, ledger.Measures[0].DueOn, ledger.Measures[0].FirstResponsible));
    }

    private static AssessmentScheme WithoutRectification(AssessmentScheme scheme) => scheme with
    {
        Components = [.. scheme.Components.Where(c => c.Id.Value != "RECT").Select(c => c.Id.Value == "SUP"
            ? c with { Weights = [new DatedValue<Proportion>(scheme.EffectiveFrom, Proportion.Of(0.2m))] }
            : c)],
    };
}
