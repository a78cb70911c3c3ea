using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The responsibility component of one organization for the annual assessment: its lists' status, completion per level, and a score
/// on the 0 to <see cref="MaxPoints"/> scale made by the scheme's strategy, with an explanation.
/// </summary>
/// <remarks>
/// <see cref="Score"/> is published: rounded half away from zero at two places (<see cref="ScoreRounding.Default"/>); the explanation's
/// root node says so and keeps the exact figure as its child. Immutable; equality is by value.
/// </remarks>
public sealed record OrganizationResponsibilityResult
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a result.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="score">The published score.</param>
    /// <param name="maxPoints">The top of the scale.</param>
    /// <param name="strategy">The scoring strategy's name.</param>
    /// <param name="lists">The status of each of the organization's lists, ordered by list identifier.</param>
    /// <param name="explanation">How the score was made; <see langword="null"/> only when the engine sets <see cref="Tree"/> and <see cref="ExplanationCitation"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationResponsibilityResult(
        OrganizationId organization,
        AssessmentYear year,
        LocalDate asOf,
        Score score,
        Score maxPoints,
        string strategy,
        ValueArray<ResponsibilityListStatus> lists,
        Explanation? explanation)
    {
        Organization = organization;
        Year = year;
        AsOf = asOf;
        Score = score;
        MaxPoints = maxPoints;
        Strategy = strategy;
        Lists = lists;
        ExplanationCitation = explanation?.Citation;
        _explanation = new DeferredExplanation(explanation);
        var items = Lists.SelectMany(l => l.Items).ToList();
        Levels = [.. Enum.GetValues<ResponsibilityLevel>().Where(l => items.Any(i => i.Level == l)).Select(l => LevelCompletion.Of(l, items))];
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the published score, 0 to <see cref="MaxPoints"/>, rounded at two places.</summary>
    public Score Score { get; }

    /// <summary>Gets the top of the scale.</summary>
    public Score MaxPoints { get; }

    /// <summary>Gets the scoring strategy's name.</summary>
    public string Strategy { get; }

    /// <summary>Gets the status of each of the organization's lists.</summary>
    public ValueArray<ResponsibilityListStatus> Lists { get; }

    /// <summary>Gets the completion per level over all the organization's lists, in level order.</summary>
    public ValueArray<LevelCompletion> Levels { get; }

    /// <summary>Gets how the score was made. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the citation of <see cref="Explanation"/>'s root without building the tree (the three-level split, illustrative under an illustrative scheme); the engine sets it with <see cref="Tree"/>.</summary>
    internal Citation? ExplanationCitation { get; init; }

    /// <summary>Gets the number of items over all lists.</summary>
    public int ItemCount => Lists.Sum(l => l.Items.Length);

    /// <summary>Counts items with a status over all lists.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(DutyStatus status) => Lists.Sum(l => l.Count(status));

    /// <summary>Gets the score as a share of the scale, e.g. for an assessment component taken as a proportion.</summary>
    public Proportion ShareOfMax => Proportion.FromRatio(Score.Value, MaxPoints.Value);
}
