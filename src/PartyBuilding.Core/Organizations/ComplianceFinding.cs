using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>One compliance finding: which organization broke which rule, under which citation, with the measured value and the threshold.</summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Rule">The rule's stable name, e.g. <c>branch-minimum-full-members</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Citation">The regulation or article the threshold comes from.</param>
/// <param name="Measured">The measured value (a count, a share, a number of days).</param>
/// <param name="Threshold">The threshold the value was compared with.</param>
/// <param name="Description">What is wrong, in both languages.</param>
/// <param name="Explanation">The explanation: the rule as a formula node over its inputs.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComplianceFinding(
    OrganizationId OrganizationId,
    string Rule,
    ComplianceSeverity Severity,
    Citation Citation,
    decimal Measured,
    decimal Threshold,
    LocalizedText Description,
    Explanation Explanation);
