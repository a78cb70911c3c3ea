using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>The state of the registry on one date, and the replay of events onto it. Internal: the public view is <see cref="OrganizationTree"/>.</summary>
internal sealed record RegistryState(
    ImmutableSortedDictionary<OrganizationId, Organization> Organizations,
    ImmutableSortedSet<OrganizationId> Dissolved,
    ImmutableSortedDictionary<MemberId, PartyMember> Members,
    RoleBook Roles,
    ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>> History)
{
    public static RegistryState From(OrganizationSnapshot snapshot) => new(
        snapshot.Organizations.ToImmutableSortedDictionary(o => o.Id, o => o),
        [],
        snapshot.Members.ToImmutableSortedDictionary(m => m.Id, m => m),
        RoleBook.Of(snapshot.Roles),
        ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>>.Empty);

    /// <summary>
    /// Applies one event with its own handler (<see cref="OrganizationEvent.ApplyTo"/> dispatches to the
    /// <see cref="EventReplay"/> method of its type); returns the new state, or the unchanged state and the problems when
    /// the event contradicts it.
    /// </summary>
    public RegistryState Apply(OrganizationEvent e, string path, NestingRules nesting, IReadOnlySet<DistrictId> districts, ICollection<ValidationProblem> problems)
    {
        var before = problems.Count;
        var state = e.ApplyTo(new EventReplay(this, path, nesting, districts, problems));
        return problems.Count == before ? state : this;
    }

    public RegistryState WithOrganization(Organization org) => this with { Organizations = Organizations.SetItem(org.Id, org) };

    public RegistryState WithMember(PartyMember member) => this with { Members = Members.SetItem(member.Id, member) };

    /// <summary>Adds an event to a member's standing history (joining through the log, confirmation, extensions, sanctions, decisions).</summary>
    public RegistryState WithHistory(MemberId member, OrganizationEvent e) =>
        this with { History = History.SetItem(member, History.GetValueOrDefault(member, []).Add(e)) };
}
