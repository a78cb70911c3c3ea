using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A person who carries a duty: the secretary who signed a target-responsibility agreement (<see cref="ResponsibilityList.Holder"/>,
/// <see cref="ResponsibilityCitations.SecretaryAgreement"/>) or the leading-group member who keeps a contact branch
/// (<see cref="ContactPoint.Member"/>, <see cref="ResponsibilityCitations.ContactBranches"/>).
/// </summary>
/// <param name="Member">The member, as the organization structure identifies them.</param>
/// <param name="Name">The member's name as the organization structure records it.</param>
/// <remarks>
/// <see cref="ResponsibilityAssessmentEngine.CheckAgainst"/> resolves it against the organization structure: the member exists, the
/// name is the registry's, and the member holds the role the duty needs on the date. Immutable; value-equal.
/// </remarks>
public sealed record DutyHolder(MemberId Member, string Name);
