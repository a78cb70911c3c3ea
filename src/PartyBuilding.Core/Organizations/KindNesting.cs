namespace PartyBuilding.Core.Organizations;

/// <summary>One allowed pair of the nesting rules: an organization of kind <paramref name="Child"/> may sit under one of kind <paramref name="Parent"/>.</summary>
/// <param name="Parent">The parent's kind.</param>
/// <param name="Child">The child's kind.</param>
/// <param name="Relation">How the parent relates to the child: it leads it (the default) or guides and supervises it.</param>
public sealed record KindNesting(OrganizationKind Parent, OrganizationKind Child, NestingRelation Relation = NestingRelation.Leads);
