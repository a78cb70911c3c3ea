using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A responsibility scheme (责任体系方案) of a working committee: the responsibilities it defines at each level and how a
/// list's status is turned into a component score. A JSON document of kind <c>responsibility-scheme</c>.
/// </summary>
/// <remarks>Immutable; equality is by value. Check one with <see cref="ResponsibilityAssessmentEngine.ValidateScheme"/>.</remarks>
public sealed record ResponsibilityScheme : IDocumentContent
{
    /// <summary>Initializes a scheme.</summary>
    /// <param name="code">A short stable code, e.g. <c>shandong-2019</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="committee">The working committee that issues it.</param>
    /// <param name="responsibilities">The responsibilities defined; <c>default</c> reads as none.</param>
    /// <param name="scoring">How a list's status is scored: a strategy of <see cref="ResponsibilityStrategies"/> and its parameters.</param>
    /// <param name="citation">Where the scheme comes from, or <see langword="null"/>.</param>
    public ResponsibilityScheme(
        string code,
        LocalizedText title,
        OrganizationId committee,
        ValueArray<ResponsibilityDefinition> responsibilities,
        StrategySpec scoring,
        Citation? citation = null)
    {
        Code = code;
        Title = title;
        Committee = committee;
        Responsibilities = responsibilities;
        Scoring = scoring;
        Citation = citation;
    }

    /// <inheritdoc />
    public static string DocumentKind => "responsibility-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => ResponsibilitiesJson.Metadata;

    /// <summary>Gets the scheme's code.</summary>
    public string Code { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the working committee that issues the scheme.</summary>
    public OrganizationId Committee { get; }

    /// <summary>Gets the responsibilities defined.</summary>
    public ValueArray<ResponsibilityDefinition> Responsibilities { get; }

    /// <summary>Gets how a list's status is scored: a strategy of <see cref="ResponsibilityStrategies"/> and its parameters, e.g.
    /// <c>{ "name": "level-weighted", "parameters": { "weight-principal": "0.5", … } }</c>.</summary>
    public StrategySpec Scoring { get; init; }

    /// <summary>Gets where the scheme comes from, or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>
    /// Gets a value indicating whether the scheme is illustrative (示例): a sample of a scheme's shape whose texts, weights or
    /// figures are not a committee's adopted rules. The scores computed under it carry the mark in their explanations.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Counts the responsibilities defined at one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The count.</returns>
    public int CountAt(ResponsibilityLevel level) => Responsibilities.Count(r => r.Level == level);
}
