using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The double-review result of one organization (or of its secretary, when <see cref="Person"/> is given): its combined score on the 100-point scale, its grade, the proportion by
/// which it enters the annual assessment, each rater group's part, the leaders' comments and the explanation tree.
/// </summary>
/// <remarks>
/// <para><see cref="Score"/> is the published combined score: 0 to 100, rounded half away from zero at the scheme's
/// rounding scale (two places by default); <see cref="ExactScore"/> keeps the exact figure. The grade is given from the
/// published score, so a score published on a band boundary gets that band's grade. The annual assessment takes
/// <see cref="Score"/> × <see cref="Proportion"/> (<see cref="DoubleReviewRules.AnnualProportionCitation"/>).</para>
/// <para>Built by <see cref="DoubleReviewEngine.Evaluate"/>. Immutable and thread-safe; value-equal.</para>
/// </remarks>
public sealed record OrganizationReviewResult
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a result.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="score">The published combined score, 0 to 100.</param>
    /// <param name="exactScore">The exact combined score.</param>
    /// <param name="grade">The grade of the published score.</param>
    /// <param name="proportion">The proportion by which the score enters the annual assessment.</param>
    /// <param name="explanation">The explanation tree, down to every ballot; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    /// <param name="groups">Each rater group's part, in group order.</param>
    /// <param name="components">Each given component's part, in component order.</param>
    /// <param name="comments">The committee leaders' comments, in leader order.</param>
    /// <param name="district">The organization's district, or <see langword="null"/>.</param>
    /// <param name="person">The secretary under review in the organization's stead (述职评议), or <see langword="null"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationReviewResult(
        OrganizationId organization,
        Score score,
        Score exactScore,
        ReviewGrade grade,
        Proportion proportion,
        Explanation? explanation,
        ValueArray<GroupResult> groups = default,
        ValueArray<ComponentResult> components = default,
        ValueArray<LeaderComment> comments = default,
        DistrictId? district = null,
        ReviewedPerson? person = null)
    {
        Organization = organization;
        Score = score;
        ExactScore = exactScore;
        Grade = grade;
        Proportion = proportion;
        _explanation = new DeferredExplanation(explanation);
        Groups = groups;
        Components = components;
        Comments = comments;
        District = district;
        Person = person;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the published combined score on the 100-point scale.</summary>
    public Score Score { get; }

    /// <summary>Gets the exact combined score.</summary>
    public Score ExactScore { get; }

    /// <summary>Gets the grade of the published score.</summary>
    public ReviewGrade Grade { get; }

    /// <summary>Gets the proportion by which the score enters the annual assessment.</summary>
    public Proportion Proportion { get; }

    /// <summary>Gets the explanation: published score ← exact combined score ← each group ← each ballot; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets each rater group's part.</summary>
    public ValueArray<GroupResult> Groups { get; }

    /// <summary>Gets each given component's part.</summary>
    public ValueArray<ComponentResult> Components { get; }

    /// <summary>Gets the committee leaders' comments.</summary>
    public ValueArray<LeaderComment> Comments { get; }

    /// <summary>Gets the organization's district, or <see langword="null"/>.</summary>
    public DistrictId? District { get; }

    /// <summary>
    /// Gets the secretary whose report-and-review (述职评议) this is — the score and grade are the person's, the
    /// organization being the one they lead — or <see langword="null"/> when the organization itself was reviewed.
    /// </summary>
    public ReviewedPerson? Person { get; }

}
