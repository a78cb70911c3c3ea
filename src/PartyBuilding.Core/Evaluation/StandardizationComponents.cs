using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Adapts branch standardization scores (党支部标准化建设) into assessment component inputs of the department-level organizations.</summary>
/// <remarks>
/// Branches are scored on the 100-point scale (机关党委对所辖党支部实行百分制考核, <see cref="Sources.Article002"/>). The
/// assessment ranks department-level organizations, so the scores are rolled up by this library's own rule: an
/// organization's score is the <b>mean of the published scores of its branches assessed in the year</b> (every branch
/// below it in the organization tree, however deep), rounded half away from zero at two places. When a veto rule is
/// given, a vetoed branch (an indicator with a veto) raises that rule for its organization. How a vetoed branch counts in
/// the mean (at its score, as zero, or not at all) is the composition's <see cref="VetoedBranchRule"/>, named in the
/// explanation. Branches the tree cannot place under a department-level organization of the committee are not counted.
/// </remarks>
internal static class StandardizationComponents
{
    /// <summary>Turns a year's branch scores into one component input per department-level organization.</summary>
    /// <param name="outcome">The standardization outcome.</param>
    /// <param name="year">The year whose branch scores count.</param>
    /// <param name="organizations">The organization tree on the evaluation date, which places each branch under its department-level organization.</param>
    /// <param name="committee">The working committee whose direct children are the department-level organizations.</param>
    /// <param name="component">The component of the assessment scheme standardization feeds.</param>
    /// <param name="vetoRule">The scheme's veto rule raised when any branch of the organization is vetoed; <see langword="null"/> for none.</param>
    /// <param name="vetoedBranches">How a vetoed branch counts in the mean; named in every department's explanation.</param>
    /// <returns>
    /// One input per organization with at least one branch scored in the year (under <see cref="VetoedBranchRule.Exclude"/>, at
    /// least one branch not vetoed), ordered by organization.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> or <paramref name="organizations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vetoedBranches"/> is not a defined value.</exception>
    public static ImmutableArray<ComponentInput> ToComponentInputs(
        StandardizationOutcome outcome,
        AssessmentYear year,
        OrganizationTree organizations,
        OrganizationId committee,
        AssessmentComponentId component,
        AssessmentFactorId? vetoRule = null,
        VetoedBranchRule vetoedBranches = VetoedBranchRule.Count)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(organizations);
        if (!Enum.IsDefined(vetoedBranches))
        {
            throw new ArgumentOutOfRangeException(nameof(vetoedBranches), vetoedBranches, "Unknown rule for vetoed branches.");
        }

        var inputs = ImmutableArray.CreateBuilder<ComponentInput>();
        foreach (var group in ByDepartment(outcome, year, organizations, committee))
        {
            var branches = group.OrderBy(r => r.BranchId).ToImmutableArray();
            var counted = vetoedBranches == VetoedBranchRule.Exclude ? branches.Where(b => !b.IsVetoed).ToImmutableArray() : branches;
            if (counted.IsEmpty)
            {
                continue;
            }

            var mean = EvaluationNodes.Round(counted.Sum(b => vetoedBranches == VetoedBranchRule.Zero && b.IsVetoed ? 0m : b.Score.Value) / counted.Length);
            var vetoed = branches.Where(b => b.IsVetoed).Select(b => b.BranchId.Value).ToList();
            var label = EvaluationLabels.VetoedBranchRules[vetoedBranches];
            var department = group.Key;
            var explanation = new DeferredExplanation(() => EvaluationNodes.Component(
                EvaluationTexts.StandardizationScore,
                mean,
                "mean-rounded",
                [
                    EvaluationNodes.Parameter("branches", counted.Length),
                    EvaluationNodes.Parameter("scale", ScoreRounding.DefaultScale),
                    new("vetoed-branches", Name(vetoedBranches)),
                ],
                [.. counted.Select(b => vetoedBranches == VetoedBranchRule.Zero && b.IsVetoed ? AsZero(b) : b.Explanation)],
                department,
                component,
                StandardizationRules.HundredPointScale) with
            {
                Note = EvaluationTexts.VetoedBranches(label, vetoed),
            });
            var vetoes = vetoRule is { } rule
                ? branches.Where(b => b.IsVetoed)
                    .Select(b => new VetoFlag(rule, EvaluationTexts.BranchVetoed(b.BranchId, [.. b.Vetoes.Order().Select(v => v.ToString())])))
                    .ToImmutableArray()
                : [];
            inputs.Add(new ComponentInput(group.Key, component, Score.Of(mean), null, explanation, vetoes));
        }

        return inputs.ToImmutable();
    }

    /// <summary>Lists the department-level organizations left without a standardization score because every branch scored in the year is vetoed and vetoed branches are excluded.</summary>
    /// <param name="outcome">The standardization outcome.</param>
    /// <param name="year">The year whose branch scores count.</param>
    /// <param name="organizations">The organization tree on the evaluation date.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="component">The component of the assessment scheme standardization feeds.</param>
    /// <param name="vetoedBranches">How a vetoed branch counts in the mean.</param>
    /// <returns>One entry per such organization, ordered by organization; empty unless <paramref name="vetoedBranches"/> is <see cref="VetoedBranchRule.Exclude"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> or <paramref name="organizations"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<MissingComponent> Missing(
        StandardizationOutcome outcome,
        AssessmentYear year,
        OrganizationTree organizations,
        OrganizationId committee,
        AssessmentComponentId component,
        VetoedBranchRule vetoedBranches)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(organizations);
        if (vetoedBranches != VetoedBranchRule.Exclude)
        {
            return [];
        }

        return [.. ByDepartment(outcome, year, organizations, committee)
            .Where(g => g.All(b => b.IsVetoed))
            .Select(g => new MissingComponent(g.Key, component, EvaluationTexts.AllBranchesVetoed(EvaluationLabels.VetoedBranchRules[vetoedBranches], year)))];
    }

    private static IOrderedEnumerable<IGrouping<OrganizationId, BranchScoreResult>> ByDepartment(
        StandardizationOutcome outcome, AssessmentYear year, OrganizationTree organizations, OrganizationId committee) =>
        outcome.Results
            .Where(r => r.Year == year)
            .Select(r => (Department: DepartmentOf(organizations, committee, r.BranchId), Result: r))
            .Where(x => x.Department is not null)
            .GroupBy(x => x.Department!.Value, x => x.Result)
            .OrderBy(g => g.Key);

    private static Explanation AsZero(BranchScoreResult branch) =>
        Explanation.Formula(
            EvaluationTexts.VetoedAsZero(branch.BranchId),
            0m,
            "vetoed-as-zero",
            [new("vetoed-branches", Name(VetoedBranchRule.Zero))],
            [branch.Explanation]);

    private static string Name(VetoedBranchRule rule) => rule switch
    {
        VetoedBranchRule.Zero => "zero",
        VetoedBranchRule.Exclude => "exclude",
        _ => "count",
    };

    /// <summary>Finds the department-level organization (a direct child of the committee) a branch belongs to.</summary>
    /// <param name="organizations">The organization tree.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="branch">The branch.</param>
    /// <returns>The organization, or <see langword="null"/> when the branch is not in the tree below a child of the committee.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> is <see langword="null"/>.</exception>
    public static OrganizationId? DepartmentOf(OrganizationTree organizations, OrganizationId committee, OrganizationId branch)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var current = organizations.Find(branch);
        while (current is not null)
        {
            if (current.ParentId == committee)
            {
                return current.Id == branch && current.Kind.IsBranch() && current.DistrictId is null ? null : current.Id;
            }

            current = current.ParentId is { } parent ? organizations.Find(parent) : null;
        }

        return null;
    }
}
