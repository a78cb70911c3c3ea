using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>branch-over-50</c> (warning) and <c>branch-over-100</c> (violation): a branch generally has no more than 50 members
/// (党支部党员人数一般不超过50人, branch regulation 2018 第四条); above 100 members the library's own check escalates the
/// finding to a violation. Members are counted full and probationary, party groups included.
/// </summary>
/// <remarks>
/// Create the two rules with <see cref="General"/> (cites <c>Sources.BranchWorkRegulation2018.At("第四条")</c>) and
/// <see cref="Hard"/> (cites <c>Sources.LibraryRules</c>: no regulation sets 100; article 003 only reports branches of
/// over a hundred members as a problem, without a rule). Thread-safe.
/// </remarks>
public sealed class BranchMemberLimitRule : ComplianceRule
{
    private readonly DatedParameter<int> _limit;

    /// <summary>Initializes a rule.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="severity">The severity of its findings.</param>
    /// <param name="limit">The number of members a branch may have without a finding.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="limit"/> is <see langword="null"/>.</exception>
    public BranchMemberLimitRule(string name, ComplianceSeverity severity, DatedParameter<int> limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(limit);
        Name = name;
        Severity = severity;
        _limit = limit;
    }

    /// <summary>Gets the rule <c>branch-over-50</c>, a warning above <see cref="OrganizationRegulations.BranchGeneralMemberLimit"/>.</summary>
    public static BranchMemberLimitRule General { get; } = new("branch-over-50", ComplianceSeverity.Warning, OrganizationRegulations.BranchGeneralMemberLimit);

    /// <summary>Gets the rule <c>branch-over-100</c>, a violation above <see cref="OrganizationRegulations.BranchMemberLimit"/>.</summary>
    public static BranchMemberLimitRule Hard { get; } = new("branch-over-100", ComplianceSeverity.Violation, OrganizationRegulations.BranchMemberLimit);

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override ComplianceSeverity Severity { get; }

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!organization.Kind.IsBranch() || !_limit.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var count = tree.MemberCount(organization.Id);
        if (count > entry.Value)
        {
            yield return Finding(organization, entry, _limit.Name, "measured > threshold", count, entry.Value,
                new LocalizedText($"党支部党员超过{entry.Value}人", $"The branch has more than {entry.Value} members"),
                Input("党员数", "Members", count, organization.Id.Value));
        }
    }
}
