using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts the compliance check of organizational life (组织生活检查) into assessment component inputs of the department-level organizations.</summary>
/// <remarks>
/// This library's own rule (本库规则; no source gives a formula): an organization's score is the share of the rules met across
/// its branches, on the 100-point scale, <c>100 × Σ met ÷ Σ checked</c> over every branch of the records below it in the
/// organization tree (however deep), rounded half away from zero at two places. A rule checked is one rule for its subject
/// and period (<see cref="BranchLifeResult.RulesChecked"/>: a meeting's quorum, a period of a frequency, the secretary's
/// lesson, the talks, a leading cadre's quarter, a member's dues and six-month rule); each finding is one not met. The share
/// is exact until the published score is rounded; the explanation names both counts and, below each branch, its findings.
/// Branches the tree cannot place under a department-level organization of the committee are not counted; an organization
/// whose branches had no rule checked by the date gets no input, with that reason.
/// </remarks>
internal static class OrganizationalLifeComponents
{
    /// <summary>Gets the rule of the score: the library's own formula (本库规则).</summary>
    public static Citation ComplianceShare { get; } = Sources.LibraryRules.At("组织生活合规得分 = 100 × 所辖支部符合的规则数 ÷ 检查的规则数（本库规则）");

    /// <summary>Turns the compliance check into one component input per department-level organization with a branch in the records.</summary>
    /// <param name="result">The compliance check of the year's records.</param>
    /// <param name="organizations">The organization tree on the evaluation date.</param>
    /// <param name="committee">The working committee whose direct children are the department-level organizations.</param>
    /// <param name="component">The component the area feeds.</param>
    /// <returns>The inputs, ordered by organization, and the organizations whose branches had no rule checked, with the reason.</returns>
    public static AreaComponents ToComponentInputs(OrganizationalLifeResult result, OrganizationTree organizations, OrganizationId committee, AssessmentComponentId component)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(organizations);
        var inputs = ImmutableArray.CreateBuilder<ComponentInput>();
        var missing = ImmutableArray.CreateBuilder<MissingComponent>();
        var departments = result.Branches
            .Select(b => (Department: StandardizationComponents.DepartmentOf(organizations, committee, b.BranchId), Branch: b))
            .Where(x => x.Department is not null)
            .GroupBy(x => x.Department!.Value, x => x.Branch)
            .OrderBy(g => g.Key);
        foreach (var department in departments)
        {
            var branches = department.OrderBy(b => b.BranchId).ToArray();
            var rulesChecked = branches.Sum(b => b.RulesChecked);
            var met = branches.Sum(b => b.RulesMet);
            if (rulesChecked == 0)
            {
                missing.Add(new MissingComponent(department.Key, component, EvaluationTexts.NoLifeRuleChecked(result.AsOf)));
                continue;
            }

            var score = EvaluationNodes.Round(100m * met / rulesChecked);
            var organization = department.Key;
            inputs.Add(new ComponentInput(
                organization,
                component,
                Score.Of(score),
                null,
                new DeferredExplanation(() => EvaluationNodes.Component(
                    EvaluationTexts.OrganizationalLifeScore,
                    score,
                    "share-of-rules-met",
                    [
                        EvaluationNodes.Parameter("checked", rulesChecked),
                        EvaluationNodes.Parameter("met", met),
                        new("share", Share.Of(met, rulesChecked).ToString()),
                        EvaluationNodes.Parameter("scale", ScoreRounding.DefaultScale),
                    ],
                    branches.Select(Branch),
                    organization,
                    component,
                    ComplianceShare))));
        }

        return new(inputs.ToImmutable(), missing.ToImmutable());
    }

    /// <summary>A branch's node: its rules met over its rules checked, with a node per finding (the finding's own explanation, down to its records).</summary>
    private static Explanation Branch(BranchLifeResult branch) =>
        Explanation.Formula(
            EvaluationTexts.BranchLifeCompliance(branch.BranchId, branch.RulesMet, branch.RulesChecked),
            branch.RulesMet,
            "rules-met",
            [EvaluationNodes.Parameter("checked", branch.RulesChecked), EvaluationNodes.Parameter("findings", branch.Findings.Length)],
            branch.Findings.Select(f => f.Explanation))
        with { Key = branch.BranchId.Value };
}
