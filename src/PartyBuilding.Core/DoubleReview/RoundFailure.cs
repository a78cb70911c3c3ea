using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A rater group's rating of an organization that is invalid — too few raters took part — so the organization has no
/// combined score for the period; the failure says why, with the counts.
/// </summary>
public sealed record RoundFailure
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a failure; only the engine builds one.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="group">The rater group.</param>
    /// <param name="round">The round that is invalid.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cast">The ballots cast.</param>
    /// <param name="eligible">The raters who could have cast one.</param>
    /// <param name="quorum">The quorum of the group, as the scheme wrote it (<c>2/3</c>, <c>0.8</c>).</param>
    /// <param name="explanation">The explanation: the raters who took part against the eligible raters and the quorum; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    /// <param name="person">The secretary under review in the organization's stead (述职评议), or <see langword="null"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RoundFailure(
        OrganizationId organization,
        RaterGroup group,
        ReviewRound round,
        RoundFailureReason reason,
        int cast,
        int eligible,
        Share quorum,
        Explanation? explanation,
        ReviewedPerson? person = null)
    {
        Organization = organization;
        Group = group;
        Round = round;
        Reason = reason;
        Cast = cast;
        Eligible = eligible;
        Quorum = quorum;
        _explanation = new DeferredExplanation(explanation);
        Person = person;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the rater group.</summary>
    public RaterGroup Group { get; }

    /// <summary>Gets the round that is invalid.</summary>
    public ReviewRound Round { get; }

    /// <summary>Gets why.</summary>
    public RoundFailureReason Reason { get; }

    /// <summary>Gets the ballots cast.</summary>
    public int Cast { get; }

    /// <summary>Gets the raters who could have cast one.</summary>
    public int Eligible { get; }

    /// <summary>Gets the quorum of the group, as the scheme wrote it (<c>2/3</c>, <c>0.8</c>).</summary>
    public Share Quorum { get; }

    /// <summary>Gets the explanation: the raters who took part against the eligible raters and the quorum; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the secretary under review in the organization's stead (述职评议), or <see langword="null"/>.</summary>
    public ReviewedPerson? Person { get; }

    /// <summary>Gets the smallest number of ballots that would have made the round valid: the quorum of the eligible raters, rounded up, and at least one.</summary>
    public int MinimumCast => Math.Max(1, Quorum.MinimumCountOf(Math.Max(0, Eligible)));

    /// <summary>
    /// Gets why the round is invalid, in words, in Simplified Chinese and English, with the counts as whole numbers and the
    /// quorum as the scheme wrote it, e.g. <c>党员民主测评参评人数未达规定比例：31人中21人参评，应达4/5（至少25人），本轮无效</c>.
    /// </summary>
    public LocalizedText Description => DoubleReviewTexts.FailureDescription(this);
}
