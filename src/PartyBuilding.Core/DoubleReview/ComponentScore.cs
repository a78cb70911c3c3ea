using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The given score of one organization in a component of the branch variant (inspection 查 or visits 访).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Component">The component.</param>
/// <param name="Score">The score, 0 to 100.</param>
/// <param name="Note">What was found, kept with the result.</param>
public sealed record ComponentScore(OrganizationId Organization, AssessedComponent Component, Score Score, string? Note = null);
