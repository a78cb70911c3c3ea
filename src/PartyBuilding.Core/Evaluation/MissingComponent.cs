using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>An organization without an input for a component of the scheme, and why the feeding area gave none.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Component">The component of the scheme.</param>
/// <param name="Reason">Why there is no input, e.g. the double review's quorum failure, in Chinese and English.</param>
public sealed record MissingComponent(OrganizationId Organization, AssessmentComponentId Component, LocalizedText Reason);
