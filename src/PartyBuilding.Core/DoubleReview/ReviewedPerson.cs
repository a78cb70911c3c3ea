using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A person under review (述职评议): the secretary (书记) of the organization whose <see cref="ReviewedOrganization"/> names
/// them, who reports on that organization's party-building work as its first responsible person and is rated by the same
/// rater groups, strategies and grade bands as an organization in the double review
/// (<see cref="DoubleReviewRules.SecretaryReviewCitation"/>, article 001).
/// </summary>
/// <param name="Member">The secretary, a member in the organization structure.</param>
/// <param name="Name">The secretary's name as the organization structure records it; the result and its explanation name the person by it.</param>
/// <remarks>
/// <see cref="DoubleReviewEngine.CheckAgainst"/> resolves it against the organization structure: the member exists, the name
/// is the registry's, and the member holds the secretary's role of the organization on the date. Immutable and
/// thread-safe; value-equal.
/// </remarks>
public sealed record ReviewedPerson(MemberId Member, string Name);
