using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Validates an <see cref="OrganizationSnapshot"/>: identifiers unique, parents known and nested as the
/// <see cref="NestingRules"/> allow, no cycles, members placed in branches with consistent dates, roles held by known
/// members in known organizations (one secretary each), districts referring to known organizations and members.
/// </summary>
/// <remarks>Every problem is reported with its path and an <see cref="OrganizationsErrorCodes"/> code. Thread-safe.</remarks>
public sealed class OrganizationSnapshotValidator : AbstractValidator<OrganizationSnapshot>
{
    /// <summary>Initializes the validator.</summary>
    public OrganizationSnapshotValidator()
    {
        RuleFor(s => (ImmutableArray<Organization>)s.Organizations).MustHaveUniqueKeys(o => o.Id);
        RuleFor(s => (ImmutableArray<PartyMember>)s.Members).MustHaveUniqueKeys(m => m.Id);
        RuleFor(s => (ImmutableArray<ResponsibilityDistrict>)s.Districts).MustHaveUniqueKeys(d => d.Id);
        RuleForEach(s => s.Organizations).ChildRules(o =>
        {
            o.RuleFor(x => x.Id).MustBeSetId();
            o.RuleFor(x => x.Kind).MustBeDefined();
            o.RuleFor(x => x.Name).NotEmpty().WithErrorCode(OrganizationsErrorCodes.NameRequired);
            o.RuleFor(x => x.OrganStaffCount).GreaterThanOrEqualTo(0).WithErrorCode(OrganizationsErrorCodes.CountNegative);
        });
        RuleForEach(s => s.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.Id).MustBeSetId();
            m.RuleFor(x => x.Status).MustBeDefined();
            m.RuleFor(x => x.Name).NotEmpty().WithErrorCode(OrganizationsErrorCodes.NameRequired);
            m.RuleFor(x => x.FullSince).NotNull().When(x => x.Status == MembershipStatus.Full)
                .WithErrorCode(OrganizationsErrorCodes.MemberStatusDates).WithMessage("A full member needs the date of becoming full ('fullSince').");
            m.RuleFor(x => x.FullSince).Null().When(x => x.Status == MembershipStatus.Probationary)
                .WithErrorCode(OrganizationsErrorCodes.MemberStatusDates).WithMessage("A probationary member has no 'fullSince' date.");
            m.RuleFor(x => x.FullSince).Must((x, full) => full is null || full.Value >= x.JoinedOn)
                .WithErrorCode(OrganizationsErrorCodes.MemberStatusDates).WithMessage("A member cannot become full before joining.");
        });
        RuleForEach(s => s.Roles).ChildRules(r => r.RuleFor(x => x.Role).MustBeDefined());
        RuleForEach(s => s.Districts).ChildRules(d =>
        {
            d.RuleFor(x => x.Id).MustBeSetId();
            d.RuleFor(x => x.Name).NotEmpty().WithErrorCode(OrganizationsErrorCodes.NameRequired);
        });
        RuleFor(s => s).Custom(CheckStructure);
    }

    private static void CheckStructure(OrganizationSnapshot snapshot, ValidationContext<OrganizationSnapshot> context)
    {
        var check = new StructureCheck(snapshot, context);
        check.Organizations();
        check.Members();
        check.Roles();
        check.Districts();
    }

    /// <summary>One structural check of a snapshot, item list by item list, with the shared <see cref="OrganizationStructureRules"/>.</summary>
    private sealed class StructureCheck
    {
        private readonly OrganizationSnapshot _snapshot;
        private readonly ValidationContext<OrganizationSnapshot> _context;
        private readonly Dictionary<OrganizationId, Organization> _organizations = [];
        private readonly Dictionary<MemberId, PartyMember> _members = [];

        public StructureCheck(OrganizationSnapshot snapshot, ValidationContext<OrganizationSnapshot> context)
        {
            _snapshot = snapshot;
            _context = context;
            foreach (var org in snapshot.Organizations)
            {
                _organizations.TryAdd(org.Id, org);
            }

            foreach (var member in snapshot.Members)
            {
                _members.TryAdd(member.Id, member);
            }
        }

        public void Organizations()
        {
            var districts = _snapshot.Districts.Select(d => d.Id).ToHashSet();
            var ancestry = Ancestry.Of(_organizations);
            for (var i = 0; i < _snapshot.Organizations.Length; i++)
            {
                var org = _snapshot.Organizations[i];
                var path = $"Organizations[{i}]";
                CheckDate(org.EstablishedOn, path + ".EstablishedOn");
                CheckDate(org.LastElectedOn, path + ".LastElectedOn");
                Report(path, OrganizationStructureRules.DistrictKnown(org.DistrictId, districts));
                if (org.ParentId is not { } parentId)
                {
                    Report(path, OrganizationStructureRules.Root(org.Id, org.Kind, _snapshot.Nesting));
                }
                else if (!_organizations.TryGetValue(parentId, out var parent))
                {
                    Report(path, OrganizationStructureRules.OrganizationUnknown(parentId, "ParentId", StructureSubject.SnapshotOrganization("Parent")));
                }
                else if (IsOwnAncestor(org, ancestry))
                {
                    Report(path, OrganizationStructureRules.Cycle(org.Id, parentId, StructureSubject.Snapshot));
                }
                else
                {
                    Report(path, OrganizationStructureRules.Nesting(parent, org.Kind, _snapshot.Nesting));
                }
            }
        }

        public void Members()
        {
            for (var i = 0; i < _snapshot.Members.Length; i++)
            {
                var member = _snapshot.Members[i];
                var path = $"Members[{i}]";
                CheckDate(member.JoinedOn, path + ".JoinedOn");
                CheckDate(member.FullSince, path + ".FullSince");
                Report(path, _organizations.TryGetValue(member.BranchId, out var branch)
                    ? OrganizationStructureRules.HoldsMembers(branch, "BranchId")
                    : OrganizationStructureRules.OrganizationUnknown(member.BranchId, "BranchId", StructureSubject.SnapshotOrganization("Branch")));
            }
        }

        public void Roles()
        {
            var held = new HashSet<(OrganizationId, MemberId, PartyRole)>();
            var secretaries = new Dictionary<OrganizationId, MemberId>();
            for (var i = 0; i < _snapshot.Roles.Length; i++)
            {
                var role = _snapshot.Roles[i];
                var path = $"Roles[{i}]";
                CheckDate(role.Since, path + ".Since");
                if (!_organizations.ContainsKey(role.OrganizationId))
                {
                    Report(path, OrganizationStructureRules.OrganizationUnknown(role.OrganizationId, "OrganizationId", StructureSubject.SnapshotItem("Organization")));
                }

                if (!_members.ContainsKey(role.MemberId))
                {
                    Report(path, OrganizationStructureRules.MemberUnknown(role.MemberId, "MemberId", StructureSubject.Snapshot));
                }

                var secretary = secretaries.TryGetValue(role.OrganizationId, out var holder) ? holder : (MemberId?)null;
                Report(path, OrganizationStructureRules.RoleOnce(role, !held.Add((role.OrganizationId, role.MemberId, role.Role)), StructureSubject.Snapshot)
                    ?? OrganizationStructureRules.OneSecretary(role, secretary, StructureSubject.Snapshot));
                if (role.Role == PartyRole.Secretary)
                {
                    secretaries.TryAdd(role.OrganizationId, role.MemberId);
                }
            }
        }

        public void Districts()
        {
            for (var i = 0; i < _snapshot.Districts.Length; i++)
            {
                var district = _snapshot.Districts[i];
                var path = $"Districts[{i}]";
                if (!_organizations.ContainsKey(district.CommitteeId))
                {
                    Report(path, OrganizationStructureRules.OrganizationUnknown(district.CommitteeId, "CommitteeId", StructureSubject.SnapshotItem("Committee")));
                }

                var group = district.SupervisionGroup.Select((m, j) => (Id: m, Field: $"SupervisionGroup[{j}]"));
                foreach (var (id, field) in group.Prepend((Id: district.LeaderId, Field: "LeaderId")).Where(m => !_members.ContainsKey(m.Id)))
                {
                    Report(path, OrganizationStructureRules.MemberUnknown(id, field, StructureSubject.Snapshot));
                }
            }
        }

        /// <summary>
        /// Whether an organization is its own ancestor. For the organization listed first under its identifier this is
        /// whether it lies on a cycle; for a later duplicate (already refused as such), whether the walk up from its own parent
        /// meets its identifier. Both are answered from one layout of the parent links (<see cref="Ancestry"/>), not by a walk
        /// per duplicate.
        /// </summary>
        private bool IsOwnAncestor(Organization org, Ancestry ancestry) =>
            ReferenceEquals(_organizations[org.Id], org)
                ? ancestry.OnCycle(org.Id)
                : org.ParentId is { } parent && ancestry.IsSelfOrDescendant(parent, org.Id);

        private void CheckDate(LocalDate? date, string path)
        {
            if (date is { } d && d > _snapshot.AsOf)
            {
                Fail(
                    path,
                    OrganizationsErrorCodes.DateAfterSnapshot,
                    string.Create(CultureInfo.InvariantCulture, $"The date lies after the snapshot's date {_snapshot.AsOf:uuuu-MM-dd}."),
                    d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        private void Report(string path, StructureProblem? problem)
        {
            if (problem is { } p)
            {
                Fail(p.Field.Length == 0 ? path : path + "." + p.Field, p.Code, p.Message, p.Value);
            }
        }

        private void Fail(string path, string code, string message, string? value) =>
            _context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });
    }
}
