using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One given component's part of an organization's result (branch variant).</summary>
/// <param name="Component">The component.</param>
/// <param name="Weight">Its weight in the combined score.</param>
/// <param name="Score">The given score.</param>
public sealed record ComponentResult(AssessedComponent Component, Proportion Weight, Score Score);
