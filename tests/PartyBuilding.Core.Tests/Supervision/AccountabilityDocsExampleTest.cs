using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The accountability example of docs/supervision.md, verbatim, so that the documentation is known to work.</summary>
public sealed class AccountabilityDocsExampleTest
{
    [Fact]
    public void Example_AnOverdueMeasure_LeadsToAdmonishingItsResponsibleCadre_AndAnOrganizationCannotBeAdmonished()
    {
        var org = OrganizationId.Parse("BZ-001");
        var secretary = MemberId.Parse("BZ-001-B01-M001");

        // A 2019 ledger: measure M01 of problem Q01 was due at the end of November and was never completed.
        var ledger = new RectificationLedger(
            RectificationLedgerId.Parse("L2019"), new LocalizedText("整改台账", "Ledger"), AssessmentYear.Create(2019), new LocalDate(2019, 9, 20),
            [new RectificationArea(RectificationAreaId.Parse("A1"), new LocalizedText("主体责任", "Responsibility"))],
            [new RectificationProblem(RectificationProblemId.Parse("Q01"), org, RectificationAreaId.Parse("A1"), new LocalizedText("专题研究不够", "Too little study"),
                [new RectificationMeasure(RectificationMeasureId.Parse("M01"), new LocalizedText("每季度专题研究", "Quarterly study"), secretary, DeadlineClass.EndOfNovember)])]);
        var basis = new AccountabilityBasis(Ledgers: [ledger]);

        var admonished = new AccountabilityCase(
            AccountabilityCaseId.Parse("C01"),
            AccountabilitySubject.OfCadre(secretary, "徐国娟", new LocalizedText("机关党委书记", "Secretary of the organ party committee"), org),
            [new AccountabilityFact(Problem: RectificationProblemId.Parse("Q01"), Measure: RectificationMeasureId.Parse("M01"))],
            AccountabilityStage.HoldAccountable,
            new LocalDate(2019, 12, 16),
            new LocalizedText("市直机关工委", "Working committee"),
            [AccountabilityForm.Admonition]);
        var records = new AccountabilityRecords(AssessmentYear.Create(2019), OrganizationId.Parse("BZ-WC"), [admonished]);

        var result = AccountabilityEngine.Evaluate(records, basis, new LocalDate(2019, 12, 31));
        var summary = result.Cases.Single().Explanation.Summary!.ZhCn;
        // 市直机关工委于2019-12-16对徐国娟（BZ-001-B01-M001，BZ-001机关党委书记）予以问责：诫勉；问责事实1项。

        // The same outcome for the organization itself is refused: 诫勉 is a form for leading cadres only (第八条).
        var wrong = records with { Cases = [admonished with { Subject = AccountabilitySubject.OfOrganization(org) }] };
        var problem = AccountabilityEngine.Validate(wrong, basis).Problems.Single();
        // Data.Cases[0].Forms[0] SUP.CASE_FORM_NOT_ALLOWED Admonition

        summary.Should().Be("市直机关工委于2019-12-16对徐国娟（BZ-001-B01-M001，BZ-001机关党委书记）予以问责：诫勉；问责事实1项。");
        $"{problem.Path} {problem.ErrorCode} {problem.AttemptedValue}".Should().Be("Data.Cases[0].Forms[0] SUP.CASE_FORM_NOT_ALLOWED Admonition");
    }
}
