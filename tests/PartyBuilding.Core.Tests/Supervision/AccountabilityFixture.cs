using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// Builds accountability records of 2019 for the committee BZ-WC and the documents their facts rest on: the supervision
/// records of <see cref="SupFixture"/> (2018: F01 at BZ-001, F02 at BZ-001-B01) and a 2019 ledger of BZ-001 with problem Q01
/// and measures M01 (end of November, never done: overdue from 2019-12-01) and M02 (end of November, done on 2019-11-20),
/// and one veto of 2019 against BZ-001 (rule V1).
/// </summary>
internal static class AccountabilityFixture
{
    public static readonly LocalDate Decided = new(2019, 12, 16);
    public static readonly MemberId Person = MemberId.Parse("BZ-001-B01-M001");

    public static AccountabilityCaseId Id(string id) => AccountabilityCaseId.Parse(id);

    public static RectificationLedger Ledger() => new(
        RectificationLedgerId.Parse("L2019"),
        new LocalizedText("整改台账", "Ledger"),
        AssessmentYear.Create(2019),
        new LocalDate(2019, 9, 20),
        [new RectificationArea(RectificationAreaId.Parse("A1"), new LocalizedText("主体责任", "Responsibility"))],
        [
            new RectificationProblem(
                RectificationProblemId.Parse("Q01"),
                SupFixture.Org,
                RectificationAreaId.Parse("A1"),
                new LocalizedText("专题研究不够", "Too little study"),
                [
                    new RectificationMeasure(RectificationMeasureId.Parse("M01"), new LocalizedText("每季度专题研究", "Quarterly study"), Person, DeadlineClass.EndOfNovember),
                    new RectificationMeasure(RectificationMeasureId.Parse("M02"), new LocalizedText("建立台账", "Keep a ledger"), Person, DeadlineClass.EndOfNovember, new RectificationCompletion(new LocalDate(2019, 11, 20), "台账")),
                ]),
        ]);

    public static RaisedVeto Veto() => new(AssessmentYear.Create(2019), SupFixture.Org, "V1", new LocalizedText("发生严重违纪案件", "A serious breach of discipline"));

    public static AccountabilityBasis Basis() => new([SupFixture.Records()], [Ledger()], [Veto()]);

    public static AccountabilityFact Finding(string id = "F01") => new(Finding: SupervisionFindingId.Parse(id));

    public static AccountabilityFact Measure(string measure = "M01", string problem = "Q01") =>
        new(Problem: RectificationProblemId.Parse(problem), Measure: RectificationMeasureId.Parse(measure));

    public static AccountabilitySubject Cadre(string name = "徐国娟") =>
        AccountabilitySubject.OfCadre(Person, name, new LocalizedText("机关党委书记", "Secretary of the organ party committee"), SupFixture.Org);

    public static AccountabilityCase OrganizationCase(params AccountabilityForm[] forms) => new(
        Id("C01"), AccountabilitySubject.OfOrganization(SupFixture.Org), [Finding(), Measure()], AccountabilityStage.HoldAccountable, Decided,
        new LocalizedText("市直机关工委", "Working committee"), [.. forms]);

    public static AccountabilityCase CadreCase(params AccountabilityForm[] forms) => new(
        Id("C02"), Cadre(), [Measure()], AccountabilityStage.HoldAccountable, Decided,
        new LocalizedText("市直机关工委", "Working committee"), [.. forms]);

    public static AccountabilityRecords Records(params AccountabilityCase[] cases) => new(AssessmentYear.Create(2019), SupFixture.Committee, [.. cases]);
}
