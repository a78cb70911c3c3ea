using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// Pins the published explanation of <see cref="AnnualAssessment"/> node by node (article 002: 统一量化排名, 日常工作与重点工作相结合,定性定量相结合,
/// 常规因素与加分因素相结合, “双述双评”按比例计入年度考核): keys, both labels, values, strategies and parameters, notes and
/// citations, with components ordered by identifier, factor entries by component, points and reason, and rules of one
/// precedence by identifier.
/// </summary>
public sealed class AnnualAssessmentExplanationTest
{
    private static OrganizationAssessment Evaluated(string organization) =>
        AnnualAssessment.Evaluate(RichData(), RichScheme(), YearEnd2024).Organizations.Single(o => o.Organization == Org(organization));

    [Fact]
    public void Evaluate_OrganizationWithBonusesDeductionsAndDowngrades_ExplainsEveryNodeInPublishedOrder() =>
        Flatten(Evaluated("A01").Explanation).Should().Equal(
        [
            (0, "A01", "年度考核得分（公布值）", "Annual assessment score (published)", "90.00", "round-half-away-from-zero", "scale=2", null, "《构建工作“一体化”格局 提升党建科学化水平》 统一量化排名 [article-002]"),
            (1, "total", "年度总分（精确值）", "Annual total (exact)", "90.0", "sum", "", null, null),
            (2, "regular", "常规因素得分", "Regular score", "87.5", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 日常工作与重点工作相结合,定性定量相结合 [article-002]"),
            (3, "component:DR", "双述双评（加权）", "Double review (weighted)", "32.0", "weighted", "weight=0.4", null, "《构建工作“一体化”格局 提升党建科学化水平》 “双述双评”按比例计入年度考核 [article-002]"),
            (4, "input:A01/DR", "双述双评", "Double review", "80", null, "", null, null),
            (3, "component:ROUTINE", "日常工作（加权）", "Routine work (weighted)", "28.5", "weighted", "weight=0.3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "input:A01/ROUTINE", "日常工作（定性：好）", "Routine work (qualitative: Good)", "95", "grade-to-score", "grade=Good", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (3, "component:STD", "标准化（加权）", "Standardization (weighted)", "27.0", "weighted", "weight=0.3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "input:A01/STD", "标准化", "Standardization", "90", null, "", null, null),
            (2, "bonus", "加分因素", "Bonus factors", "3", "capped-sum", "cap=5", null, "《构建工作“一体化”格局 提升党建科学化水平》 常规因素与加分因素相结合 [article-002]"),
            (3, "bonus:AWARD", "表彰", "Award", "3", "capped-sum", "cap=3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "input:DR", "表彰", "Award", "1", null, "", "a", null),
            (4, "input:DR", "表彰", "Award", "1", null, "", "c", null),
            (4, "input:DR", "表彰", "Award", "2", null, "", "a", null),
            (4, "input:STD", "表彰", "Award", "1", null, "", "b", null),
            (2, "deduction", "扣分", "Deduction", "-0.5", "negate", "", null, null),
            (3, "deduction", "扣分项（扣减分值）", "Deductions (points deducted)", "0.5", "capped-sum", "cap=none", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "deduction:LATE", "逾期", "Late", "0.5", "capped-sum", "cap=3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (5, "input:DR", "逾期", "Late", "0.5", null, "", "x", null),
        ]);

    [Fact]
    public void Evaluate_QualitativeInputWithItsOwnExplanationAndZeroDeduction_KeepsTheGivenNode() =>
        Flatten(Evaluated("B02").Explanation).Should().Equal(
        [
            (0, "B02", "年度考核得分（公布值）", "Annual assessment score (published)", "72.00", "round-half-away-from-zero", "scale=2", null, "《构建工作“一体化”格局 提升党建科学化水平》 统一量化排名 [article-002]"),
            (1, "total", "年度总分（精确值）", "Annual total (exact)", "72.0", "sum", "", null, null),
            (2, "regular", "常规因素得分", "Regular score", "72.0", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 日常工作与重点工作相结合,定性定量相结合 [article-002]"),
            (3, "component:DR", "双述双评（加权）", "Double review (weighted)", "30.0", "weighted", "weight=0.4", null, "《构建工作“一体化”格局 提升党建科学化水平》 “双述双评”按比例计入年度考核 [article-002]"),
            (4, "input:B02/DR", "双述双评", "Double review", "75", null, "", null, null),
            (3, "component:ROUTINE", "日常工作（加权）", "Routine work (weighted)", "21.0", "weighted", "weight=0.3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "given", "定性评议", "Qualitative review", "70", null, "", null, null),
            (3, "component:STD", "标准化（加权）", "Standardization (weighted)", "21.0", "weighted", "weight=0.3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "input:B02/STD", "标准化", "Standardization", "70", null, "", null, null),
            (2, "bonus", "加分因素", "Bonus factors", "0", "capped-sum", "cap=5", null, "《构建工作“一体化”格局 提升党建科学化水平》 常规因素与加分因素相结合 [article-002]"),
            (2, "deduction", "扣分", "Deduction", "0.0", "negate", "", null, null),
            (3, "deduction", "扣分项（扣减分值）", "Deductions (points deducted)", "0.0", "capped-sum", "cap=none", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (4, "deduction:LATE", "逾期", "Late", "0.0", "capped-sum", "cap=3", null, "测试考核办法 年度目标考核办法 [scheme-BZ-WC-2024]"),
            (5, "input:STD", "逾期", "Late", "0.0", null, "", "zero", null),
        ]);

    [Fact]
    public void Evaluate_RulesOfOnePrecedence_ApplyInIdentifierOrderWithTheirReasonsSortedAndJoined() =>
        Evaluated("A01").Rules.Select(r => (r.Rule.Value, r.Kind, r.Precedence, r.Before, r.After, r.Reason.ZhCn, r.Reason.English)).Should().Equal(
            ("ADOWN", PrecedenceRuleKind.ForcedDowngrade, 2, GradeBand.Good, GradeBand.FairlyGood, "w", "w"),
            ("DOWN", PrecedenceRuleKind.ForcedDowngrade, 2, GradeBand.FairlyGood, GradeBand.Average, "y；z", "y; z"));

    [Fact]
    public void Evaluate_Breakdown_ListsComponentsBonusAndDeductionByKey() =>
        Evaluated("A01").Breakdown.Lines.Select(l => (l.Key, l.Label.English, l.Score.ToString())).Should().Equal(
            ("bonus", "Bonus factors", "3"),
            ("component:DR", "Double review", "32.0"),
            ("component:ROUTINE", "Routine work", "28.5"),
            ("component:STD", "Standardization", "27.0"),
            ("deduction", "Deduction", "-0.5"));

    [Fact]
    public void Evaluate_DeductionsCountingZero_PublishTheDeductionAsPlainZero()
    {
        var b02 = Evaluated("B02");

        b02.Deduction.ToString().Should().Be("0");
        b02.Deductions.Select(d => (d.Factor.Value, d.Claimed.ToString(), d.Counted.ToString())).Should().Equal(("LATE", "0.0", "0.0"));
    }

    private static readonly AssessmentFactorId Adown = AssessmentFactorId.Parse("ADOWN");

    private static AssessmentScheme RichScheme()
    {
        var s = Scheme();
        return s with
        {
            Components =
            [
                s.Components[1] with { Weights = [new(Start2024, Proportion.Of(0.3m))] },
                s.Components[0],
                new SchemeComponent(Routine, T("日常工作", "Routine work"), ComponentKind.RoutineWork, ComponentNature.Qualitative, [new(Start2024, Proportion.Of(0.3m))]),
            ],
            QualitativeScores = [new GradeScore(GradeBand.Good, Score.Of(95m)), new GradeScore(GradeBand.FairlyGood, Score.Of(85m)), new GradeScore(GradeBand.Average, Score.Of(70m)), new GradeScore(GradeBand.Poor, Score.Of(50m))],
            PrecedenceRules = [.. s.PrecedenceRules, new PrecedenceRule(Adown, T("再降档", "Second downgrade"), PrecedenceRuleKind.ForcedDowngrade, 2, Steps: 1)],
        };
    }

    private static AssessmentDataSet RichData() =>
        Data(
            [Member("A01"), Member("B02")],
            [
                new ComponentInput(Org("A01"), Std, Score.Of(90m), Bonuses: [new FactorEntry(Award, Score.Of(1m), "b")], Vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("z")), new VetoFlag(Adown, LocalizedText.AsGiven("w"))]),
                new ComponentInput(Org("A01"), Dr, Score.Of(80m),
                    Bonuses: [new FactorEntry(Award, Score.Of(2m), "a"), new FactorEntry(Award, Score.Of(1m), "c"), new FactorEntry(Award, Score.Of(1m), "a")],
                    Deductions: [new FactorEntry(Late, Score.Of(0.5m), "x")],
                    Vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("y")), new VetoFlag(Downgrade, LocalizedText.AsGiven("z"))]),
                new ComponentInput(Org("A01"), Routine, Grade: GradeBand.Good),
                new ComponentInput(Org("B02"), Std, Score.Of(70m), Deductions: [new FactorEntry(Late, Score.Of(0.0m), "zero")]),
                new ComponentInput(Org("B02"), Dr, Score.Of(75m)),
                new ComponentInput(Org("B02"), Routine, Grade: GradeBand.Average, Explanation: Explanation.Given(T("定性评议", "Qualitative review"), 70m) with { Key = "given" }),
            ]);
}
