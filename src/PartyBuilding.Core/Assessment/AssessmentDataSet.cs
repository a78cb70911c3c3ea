using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Assessment;

/// <summary>An organization under the committee, with the responsibility district (责任区) it belongs to.</summary>
/// <param name="Id">The organization.</param>
/// <param name="District">Its district.</param>
/// <param name="Name">Its display name, or <see langword="null"/>.</param>
public sealed record AssessedOrganization(OrganizationId Id, DistrictId District, string? Name = null);

/// <summary>A veto or forced-downgrade item raised against an organization.</summary>
/// <param name="Rule">The precedence rule of the scheme the item triggers.</param>
/// <param name="Reason">
/// Why it was raised (the finding). In JSON a string, kept as written in both languages (<see cref="LocalizedText.AsGiven"/>:
/// the library does not translate what people wrote), or an object <c>{ "zhCn": …, "english": … }</c> when it is given in
/// both; a flag an area's adapter raises says its cause in both languages.
/// </param>
/// <param name="LoweredComponent">
/// The component whose score the same cause already lowered (an overdue rectification measure lowers the rectification
/// score and raises the downgrade), or <see langword="null"/> when the cause lowered no component. A marked flag is
/// refused unless its rule allows double penalty (<see cref="PrecedenceRule.AllowDoublePenalty"/>).
/// </param>
public sealed record VetoFlag(
    AssessmentFactorId Rule,
    [property: JsonConverter(typeof(GivenTextConverter))] LocalizedText Reason,
    AssessmentComponentId? LoweredComponent = null);

/// <summary>A bonus or deduction entry: points claimed under a factor of the scheme.</summary>
/// <param name="Factor">The bonus factor or deduction item.</param>
/// <param name="Points">The points, not negative; a deduction's points are the points deducted.</param>
/// <param name="Reason">Why (the award, the finding).</param>
public sealed record FactorEntry(AssessmentFactorId Factor, Score Points, string Reason);

/// <summary>
/// What one area contributes for one organization and one component of the scheme: the component score on the scale
/// 0..100 (or a qualitative grade), the area's own explanation of it, and any veto or downgrade flags, bonus entries and
/// deduction entries it raised. This is the one input type of the assessment; each area's result is adapted to it.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="Component">The component of the scheme.</param>
/// <param name="Score">The score, 0..100, for a quantitative component; <see langword="null"/> for a qualitative one.</param>
/// <param name="Grade">The grade for a qualitative component; <see langword="null"/> for a quantitative one.</param>
/// <param name="Explanation">The area's explanation of the score, whose root value equals <paramref name="Score"/>; <see langword="null"/> when the score is given as is.</param>
/// <param name="Vetoes">Veto or forced-downgrade items raised.</param>
/// <param name="Bonuses">Bonus entries.</param>
/// <param name="Deductions">Deduction entries.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComponentInput(
    OrganizationId Organization,
    AssessmentComponentId Component,
    Score? Score = null,
    GradeBand? Grade = null,
    Explanation? Explanation = null,
    ValueArray<VetoFlag> Vetoes = default,
    ValueArray<FactorEntry> Bonuses = default,
    ValueArray<FactorEntry> Deductions = default)
{
    private DeferredExplanation _explanation = Explanation;

    /// <summary>Initializes an input whose explanation an area builds when it is read (the annual evaluation's adapters).</summary>
    internal ComponentInput(
        OrganizationId organization,
        AssessmentComponentId component,
        Score? score,
        GradeBand? grade,
        DeferredExplanation explanation,
        ValueArray<VetoFlag> vetoes = default,
        ValueArray<FactorEntry> bonuses = default,
        ValueArray<FactorEntry> deductions = default)
        : this(organization, component, score, grade, (Explanation?)null, vetoes, bonuses, deductions)
    {
        _explanation = explanation;
    }

    /// <summary>
    /// Gets the area's explanation of the score, whose root value equals <see cref="Score"/>; <see langword="null"/> when the
    /// score is given as is. An input the annual evaluation made from an area's result builds the tree when it is read.
    /// </summary>
    public Explanation? Explanation
    {
        get => _explanation.ValueOrNull;
        init => _explanation = value;
    }

    /// <summary>Gets the explanation when a caller gave it (it is checked); <see langword="null"/> when an area builds it on demand or there is none.</summary>
    internal Explanation? GivenExplanation => _explanation.Given;

    /// <summary>Gets the input as a receipt hashes it: a tree an area builds on demand is left out (it is made from inputs the receipt covers by themselves).</summary>
    internal ComponentInput ForReceipt() => _explanation.IsMadeByEngine ? this with { Explanation = null } : this;

    internal ComponentInput Canonical() => this with
    {
        Vetoes = [.. Vetoes.OrderBy(v => v.Rule).ThenBy(v => v.Reason.ZhCn, StringComparer.Ordinal).ThenBy(v => v.Reason.English, StringComparer.Ordinal).ThenBy(v => v.LoweredComponent)],
        Bonuses = [.. Bonuses.OrderBy(b => b.Factor).ThenBy(b => b.Points).ThenBy(b => b.Reason, StringComparer.Ordinal)],
        Deductions = [.. Deductions.OrderBy(d => d.Factor).ThenBy(d => d.Points).ThenBy(d => d.Reason, StringComparer.Ordinal)],
    };
}

/// <summary>
/// The inputs of one committee's annual assessment: the organizations under it with their districts, and one
/// <see cref="ComponentInput"/> per organization and component of the scheme.
/// </summary>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Organizations">The organizations assessed.</param>
/// <param name="Inputs">The component inputs.</param>
/// <remarks>Checked against its scheme by <see cref="AnnualAssessment.Validate"/>. Immutable, value-equal and thread-safe.</remarks>
public sealed record AssessmentDataSet(
    OrganizationId CommitteeId,
    AssessmentYear Year,
    ValueArray<AssessedOrganization> Organizations,
    ValueArray<ComponentInput> Inputs) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "assessment-data-set";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => AssessmentJson.Metadata;

    /// <summary>Gets the canonical form: organizations by identifier, inputs by organization then component, entries sorted, so that order never matters.</summary>
    /// <returns>The canonical data set.</returns>
    public AssessmentDataSet Canonical() => this with
    {
        Organizations = [.. Organizations.OrderBy(o => o.Id).ThenBy(o => o.District)],
        Inputs = [.. Inputs.OrderBy(i => i.Organization).ThenBy(i => i.Component).Select(i => i.Canonical())],
    };

}
