using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>How a given component (inspection 查, visits 访) counts in a scheme of the branch variant.</summary>
/// <param name="Component">The component.</param>
/// <param name="Weight">Its weight in the combined score; the weights of a scheme's groups and components add up to one.</param>
public sealed record ComponentRule(AssessedComponent Component, Proportion Weight);
