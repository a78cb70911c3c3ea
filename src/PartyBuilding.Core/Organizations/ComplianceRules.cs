using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>The built-in compliance rules, by name.</summary>
public static class ComplianceRules
{
    /// <summary>Gets every built-in rule with the regulations' thresholds, ordered by name.</summary>
    public static ImmutableArray<ComplianceRule> Default { get; } =
    [
        .. new ComplianceRule[]
        {
            new BranchCommitteeRequiredRule(),
            new BranchCommitteeGeneralSizeRule(),
            new BranchCommitteeSizeRule(),
            new BranchMinimumFullMembersRule(),
            BranchMemberLimitRule.Hard,
            BranchMemberLimitRule.General,
            new OrganizationFormAdviceRule(),
            new PartyGroupWithoutMembersRule(),
            new SecretaryRequiredRule(),
            new StaffingDedicatedRule(),
            StaffingRatioRule.Minimum,
            new TermOfOfficeRule(),
        }.OrderBy(r => r.Name, StringComparer.Ordinal),
    ];

    /// <summary>Gets the names of the built-in rules, ordered.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Default.Select(r => r.Name)];

    /// <summary>Selects built-in rules by name, e.g. from a scheme.</summary>
    /// <param name="names">The names.</param>
    /// <returns>The rules, ordered by name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">A name is not a built-in rule; every unknown name is listed.</exception>
    public static ImmutableArray<ComplianceRule> ByName(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.ToList();
        var unknown = wanted.Select((n, i) => (n, i)).Where(x => !Names.Contains(x.n)).ToList();
        if (unknown.Count > 0)
        {
            throw new PartyBuildingValidationException("compliance rule selection",
            [
                .. unknown.Select(x => new ValidationProblem($"[{x.i}]", OrganizationsErrorCodes.RuleUnknown,
                    $"'{x.n}' is not a compliance rule; known rules: {string.Join(", ", Names)}.", x.n)),
            ]);
        }

        return [.. Default.Where(r => wanted.Contains(r.Name))];
    }
}
