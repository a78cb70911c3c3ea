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
    /// <param name="explanation">How the score was made.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationResponsibilityResult(
        OrganizationId organization,
        AssessmentYear year,
        LocalDate asOf,
        Score score,
        Score maxPoints,
        string strategy,
        ValueArray<ResponsibilityListStatus> lists,
        Explanation explanation)
        : this(organization, year, asOf, score, maxPoints, strategy, lists, explanation.Citation, new DeferredExplanation(explanation))
    {
    }

    /// <summary>Initializes a result whose explanation is built when read (the engine's), with the citation of its root kept without building it.</summary>
    internal OrganizationResponsibilityResult(
        OrganizationId organization,
        AssessmentYear year,
        LocalDate asOf,
        Score score,
        Score maxPoints,
        string strategy,
        ValueArray<ResponsibilityListStatus> lists,
        Citation? citation,
        DeferredExplanation explanation)
    {
        Organization = organization;
        Year = year;
        AsOf = asOf;
        Score = score;
        MaxPoints = maxPoints;
        Strategy = strategy;
        Lists = lists;
        ExplanationCitation = citation;
        _explanation = explanation;
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

    /// <summary>Gets the citation of <see cref="Explanation"/>'s root without building the tree (the three-level split, illustrative under an illustrative scheme).</summary>
    internal Citation? ExplanationCitation { get; }

    /// <summary>Gets the number of items over all lists.</summary>
    public int ItemCount => Lists.Sum(l => l.Items.Length);

    /// <summary>Counts items with a status over all lists.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(DutyStatus status) => Lists.Sum(l => l.Count(status));

    /// <summary>Gets the score as a share of the scale, e.g. for an assessment component taken as a proportion.</summary>
    public Proportion ShareOfMax => Proportion.FromRatio(Score.Value, MaxPoints.Value);
}
