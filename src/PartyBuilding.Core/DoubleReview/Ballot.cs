using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One rater's rating of one organization in one rater group (测评票).</summary>
/// <param name="Group">The rater group the ballot is cast in.</param>
/// <param name="Subject">The organization rated.</param>
/// <param name="Rater">The person who rates (members, committee leaders and committee members); <see langword="null"/> for a peer organization's ballot.</param>
/// <param name="RaterOrganization">The organization that rates (peer rating only); <see langword="null"/> otherwise.</param>
/// <param name="Grade">The grade given, on a grade scale; <see langword="null"/> on a points scale.</param>
/// <param name="Points">The points given, on a points scale; <see langword="null"/> on a grade scale.</param>
/// <param name="CollectedBy">For round one: the district whose supervision group collected the ballot (督导组收回).</param>
/// <param name="Comment">The rater's comment; required from committee leaders (点评), kept with the result.</param>
public sealed record Ballot(
    RaterGroup Group,
    OrganizationId Subject,
    MemberId? Rater = null,
    OrganizationId? RaterOrganization = null,
    ReviewGrade? Grade = null,
    Score? Points = null,
    DistrictId? CollectedBy = null,
    string? Comment = null)
{
    /// <summary>Gets the rater's identifier text, person or organization; empty when neither is given.</summary>
    public string RaterKey => Rater?.Value ?? RaterOrganization?.Value ?? string.Empty;
}
