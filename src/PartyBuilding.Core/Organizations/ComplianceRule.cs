using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A named compliance rule taken from a regulation or article: it checks every organization of a tree on the tree's
/// date against thresholds kept as <see cref="DatedParameter{T}"/>. A rule whose parameter has no value in force on the
/// date does not apply yet and finds nothing.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe; <see cref="ComplianceRules"/> creates the built-in ones by name.</remarks>
public abstract class ComplianceRule
{
    /// <summary>Gets the rule's stable name, e.g. <c>branch-minimum-full-members</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the severity of the rule's findings.</summary>
    public abstract ComplianceSeverity Severity { get; }

    /// <summary>Checks every organization of a tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The findings, in any order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    public IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Organizations.SelectMany(org => Evaluate(tree, org));
    }

    /// <summary>Checks one organization.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="organization">The organization.</param>
    /// <returns>The findings about it.</returns>
    protected abstract IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization);

    /// <summary>Makes a finding with its explanation.</summary>
    /// <typeparam name="T">The threshold parameter type.</typeparam>
    /// <param name="organization">The organization.</param>
    /// <param name="threshold">The threshold entry in force.</param>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="comparison">How the measured value was compared, e.g. <c>measured &lt; threshold</c>.</param>
    /// <param name="measured">The measured value.</param>
    /// <param name="thresholdValue">The threshold as a number.</param>
    /// <param name="description">What is wrong.</param>
    /// <param name="inputs">The inputs the value was measured from.</param>
    /// <returns>The finding.</returns>
    protected ComplianceFinding Finding<T>(
        Organization organization,
        DatedValue<T> threshold,
        string parameter,
        string comparison,
        decimal measured,
        decimal thresholdValue,
        LocalizedText description,
        params Explanation[] inputs)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(threshold);
        var citation = threshold.Citation ?? throw new ArgumentException("A built-in threshold carries its citation.", nameof(threshold));
        var explanation = Explanation.Formula(
            description,
            measured,
            Name,
            [
                new("comparison", comparison),
                new("parameter", parameter),
                new("threshold", thresholdValue.ToString(CultureInfo.InvariantCulture)),
                new("effectiveFrom", threshold.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
            ],
            inputs) with { Key = organization.Id.Value, Citation = citation };
        return new ComplianceFinding(organization.Id, Name, Severity, citation, measured, thresholdValue, description, explanation);
    }

    /// <summary>Makes an input node of an explanation.</summary>
    /// <param name="zhCn">The Chinese label.</param>
    /// <param name="english">The English label.</param>
    /// <param name="value">The value.</param>
    /// <param name="key">The key of what it explains.</param>
    /// <returns>The node.</returns>
    protected static Explanation Input(string zhCn, string english, decimal value, string key) =>
        Explanation.Given(new LocalizedText(zhCn, english), value) with { Key = key };
}
