namespace PartyBuilding.Core.Organizations;

/// <summary>Checks an organization tree against compliance rules: a pure function of the tree (its date included) and the rules.</summary>
/// <remarks>Findings are ordered by organization, rule and threshold, so the report does not depend on the order of the rules. Thread-safe.</remarks>
public static class ComplianceChecker
{
    /// <summary>Checks every organization of a tree on the tree's date.</summary>
    /// <param name="tree">The tree, e.g. <c>registry.AsOf(date)</c>.</param>
    /// <param name="rules">The rules; <see cref="ComplianceRules.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    public static ComplianceReport Check(OrganizationTree tree, IEnumerable<ComplianceRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var chosen = (rules ?? ComplianceRules.Default).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var findings = chosen.SelectMany(r => r.Evaluate(tree))
            .OrderBy(f => f.OrganizationId)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Threshold)
            .ToImmutableArray();
        return new ComplianceReport(tree.Date, [.. chosen.Select(r => r.Name)], findings);
    }
}
