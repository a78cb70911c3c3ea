using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Supervision.AccountabilityFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>An accountability case names its subject, rests on facts that resolve against the documents given and precede the decision, and is decided in the year.</summary>
public sealed class AccountabilityValidationTest
{
    [Fact]
    public void Valid_TheFixture_HasNoProblem()
    {
        AccountabilityEngine.Validate(Records(OrganizationCase(AccountabilityForm.Inspection), CadreCase(AccountabilityForm.Admonition)), Basis()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Facts_AFindingTheSupervisionRecordsDoNotHold_IsUnknown()
    {
        var c = OrganizationCase(AccountabilityForm.Inspection) with { Facts = [AccountabilityFixture.Finding("F99")] };

        Single(c).Should().Be(("Data.Cases[0].Facts[0].Finding", SupervisionErrorCodes.CaseFactUnknown, "F99"));
    }

    [Fact]
    public void Facts_AMeasureUnderAnotherProblem_IsUnknown()
    {
        var c = OrganizationCase(AccountabilityForm.Inspection) with { Facts = [Measure("M01", "Q02")] };

        Single(c).Should().Be(("Data.Cases[0].Facts[0].Measure", SupervisionErrorCodes.CaseFactUnknown, "Q02/M01"));
    }

    [Fact]
    public void Facts_AMeasureIsOverdueFromTheDayAfterItsDueDate_NotOnIt()
    {
        var onDue = OrganizationCase() with { Stage = AccountabilityStage.Evaluate, Facts = [Measure()], DecidedOn = new LocalDate(2019, 11, 30) };
        var dayAfter = onDue with { DecidedOn = new LocalDate(2019, 12, 1) };

        Single(onDue).Should().Be(("Data.Cases[0].Facts[0].Measure", SupervisionErrorCodes.CaseFactNotYet, "Q01/M01"));
        AccountabilityEngine.Validate(Records(dayAfter), Basis()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Facts_AMeasureWithAnExplicitDueDate_IsOverdueFromTheDayAfterThatDate_NotAfterItsClass()
    {
        // M01's class ends on 30 November; the ledger gives it 10 December, which wins (the class is a preset, issue 22).
        var ledger = Ledger();
        var problem = ledger.Problems[0];
        var later = new RectificationProblem(
            problem.Id,
            problem.Organization,
            problem.Area,
            problem.Description,
            [new RectificationMeasure(RectificationMeasureId.Parse("M01"), new LocalizedText("每季度专题研究", "Quarterly study"), Person, DeadlineClass.EndOfNovember, dueOn: new LocalDate(2019, 12, 10)), problem.Measures[1]]);
        var basis = new AccountabilityBasis(
            [SupFixture.Records()],
            [new RectificationLedger(ledger.Id, ledger.Title, ledger.Year, ledger.EstablishedOn, ledger.Areas, [later])],
            [Veto()]);
        var onDue = OrganizationCase() with { Stage = AccountabilityStage.Evaluate, Facts = [Measure()], DecidedOn = new LocalDate(2019, 12, 10) };
        var dayAfter = onDue with { DecidedOn = new LocalDate(2019, 12, 11) };

        AccountabilityEngine.Validate(Records(onDue), basis).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))
            .Should().Equal(("Data.Cases[0].Facts[0].Measure", SupervisionErrorCodes.CaseFactNotYet, "Q01/M01"));
        AccountabilityEngine.Validate(Records(dayAfter), basis).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Facts_AMeasureDoneBeforeItsDueDate_IsNotOverdue()
    {
        var c = OrganizationCase(AccountabilityForm.Inspection) with { Facts = [Measure("M02")] };

        Single(c).Should().Be(("Data.Cases[0].Facts[0].Measure", SupervisionErrorCodes.CaseFactNotYet, "Q01/M02"));
    }

    [Fact]
    public void Facts_AFindingOfAVisitAfterTheDecision_IsNotYetAFact()
    {
        var c = OrganizationCase() with { Stage = AccountabilityStage.Supervise, Facts = [AccountabilityFixture.Finding()], DecidedOn = SupFixture.VisitDay.PlusDays(-1) };
        var records = Records(c) with { Year = SupFixture.Year };

        var problems = AccountabilityEngine.Validate(records, Basis()).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Cases[0].Facts[0].Finding", SupervisionErrorCodes.CaseFactNotYet));
        AccountabilityEngine.Validate(records with { Cases = [c with { DecidedOn = SupFixture.VisitDay }] }, Basis()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Facts_AVetoResolvesByYearOrganizationAndRule()
    {
        var known = OrganizationCase(AccountabilityForm.Reorganization) with { Facts = [new AccountabilityFact(Veto: new RaisedVeto(AssessmentYear.Create(2019), SupFixture.Org, "V1"))] };
        var unknown = known with { Facts = [new AccountabilityFact(Veto: new RaisedVeto(AssessmentYear.Create(2018), SupFixture.Org, "V1"))] };

        AccountabilityEngine.Validate(Records(known), Basis()).Problems.Should().BeEmpty();
        Single(unknown).Should().Be(("Data.Cases[0].Facts[0].Veto", SupervisionErrorCodes.CaseFactUnknown, "2018/BZ-001/V1"));
    }

    [Fact]
    public void Facts_NoneOrAFactNamingTwoThingsOrAMeasureWithoutItsProblem_IsAShapeProblem()
    {
        var none = OrganizationCase(AccountabilityForm.Inspection) with { Facts = [] };
        var two = none with { Facts = [new AccountabilityFact(Finding: SupervisionFindingId.Parse("F01"), Problem: RectificationProblemId.Parse("Q01"), Measure: RectificationMeasureId.Parse("M01"))] };
        var bare = none with { Facts = [new AccountabilityFact(Measure: RectificationMeasureId.Parse("M01"))] };

        Single(none).Should().Be(("Data.Cases[0].Facts", SupervisionErrorCodes.CaseFactShape, "C01"));
        Single(two).Should().Be(("Data.Cases[0].Facts[0]", SupervisionErrorCodes.CaseFactShape, null));
        Single(bare).Should().Be(("Data.Cases[0].Facts[0]", SupervisionErrorCodes.CaseFactShape, null));
    }

    [Fact]
    public void Subject_ACadreWithoutANameOrAnOrganizationWithAPerson_IsAShapeProblem()
    {
        var nameless = CadreCase(AccountabilityForm.Admonition) with { Subject = Cadre() with { Name = " " } };
        var organizationWithPerson = OrganizationCase(AccountabilityForm.Inspection) with { Subject = AccountabilitySubject.OfOrganization(SupFixture.Org) with { Person = Person } };

        Single(nameless).Should().Be(("Data.Cases[0].Subject", SupervisionErrorCodes.CaseSubject, "LeadingCadre"));
        Single(organizationWithPerson).Should().Be(("Data.Cases[0].Subject", SupervisionErrorCodes.CaseSubject, "PartyOrganization"));
    }

    [Fact]
    public void Cases_TwoWithOneIdentifier_OrOneDecidedOutsideTheYear_AreProblems()
    {
        var records = Records(OrganizationCase(AccountabilityForm.Inspection), OrganizationCase(AccountabilityForm.Circular) with { DecidedOn = new LocalDate(2020, 1, 10) });

        AccountabilityEngine.Validate(records, Basis()).Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Data.Cases[1].Id", SupervisionErrorCodes.CaseDuplicateId),
            ("Data.Cases[1].DecidedOn", SupervisionErrorCodes.CaseDateOutOfYear),
        });
    }

    [Fact]
    public void Evaluate_InvalidRecords_ThrowsListingEveryProblem()
    {
        var records = Records(OrganizationCase(AccountabilityForm.Admonition) with { Facts = [AccountabilityFixture.Finding("F99")] });

        var act = () => AccountabilityEngine.Evaluate(records, Basis(), Decided);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode)
            .Should().BeEquivalentTo([SupervisionErrorCodes.CaseFactUnknown, SupervisionErrorCodes.CaseFormNotAllowed]);
    }

    [Fact]
    public void Structure_TheSubjectPersonAndFacts_ResolveAgainstTheRegistryOnTheDecisionDate()
    {
        var registry = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));
        var good = Records(OrganizationCase(AccountabilityForm.Inspection), CadreCase(AccountabilityForm.Admonition));
        var bad = Records(
            OrganizationCase(AccountabilityForm.Inspection) with { Subject = AccountabilitySubject.OfOrganization(OrganizationId.Parse("BZ-999")) },
            CadreCase(AccountabilityForm.Admonition) with { Subject = Cadre("别人") },
            OrganizationCase(AccountabilityForm.Inspection) with { Id = Id("C03"), Subject = AccountabilitySubject.OfOrganization(SupFixture.Branch) });

        AccountabilityEngine.CheckAgainst(good, Basis(), registry).Problems.Should().BeEmpty();
        AccountabilityEngine.CheckAgainst(bad, Basis(), registry).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Cases[0].Subject.Organization", SupervisionErrorCodes.OrganizationUnknown, "BZ-999"),
            ("Data.Cases[1].Subject.Person", SupervisionErrorCodes.CasePersonUnknown, "BZ-001-B01-M001"),
            ("Data.Cases[2].Facts[0]", SupervisionErrorCodes.CaseFactOfAnotherOrganization, "BZ-001"),
            ("Data.Cases[2].Facts[1]", SupervisionErrorCodes.CaseFactOfAnotherOrganization, "BZ-001"));
    }

    private static (string Path, string Code, string? Value) Single(AccountabilityCase c)
    {
        var problem = AccountabilityEngine.Validate(Records(c), Basis()).Problems.Should().ContainSingle().Subject;
        return (problem.Path, problem.ErrorCode, problem.AttemptedValue);
    }
}
