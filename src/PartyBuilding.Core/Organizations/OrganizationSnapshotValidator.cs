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
        RuleFor(s => s.Organizations).MustHaveUniqueKeys(o => o.Id);
        RuleFor(s => s.Members).MustHaveUniqueKeys(m => m.Id);
        RuleFor(s => s.Districts).MustHaveUniqueKeys(d => d.Id);
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
        void Fail(string path, string code, string message, string? value) =>
            context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });

        var orgs = new Dictionary<OrganizationId, Organization>();
        foreach (var org in snapshot.Organizations)
        {
            orgs.TryAdd(org.Id, org);
        }

        var districts = snapshot.Districts.Select(d => d.Id).ToHashSet();
        for (var i = 0; i < snapshot.Organizations.Length; i++)
        {
            var org = snapshot.Organizations[i];
            var path = $"Organizations[{i}]";
            CheckDate(org.EstablishedOn, path + ".EstablishedOn");
            CheckDate(org.LastElectedOn, path + ".LastElectedOn");
            if (org.DistrictId is { } district && !districts.Contains(district))
            {
                Fail(path + ".DistrictId", OrganizationsErrorCodes.DistrictUnknown, $"District '{district}' is not defined.", district.Value);
            }

            if (org.ParentId is not { } parentId)
            {
                if (!snapshot.Nesting.AllowsRoot(org.Kind))
                {
                    Fail(path + ".ParentId", OrganizationsErrorCodes.RootNotAllowed, $"A {org.Kind} needs a parent.", org.Id.Value);
                }
            }
            else if (!orgs.TryGetValue(parentId, out var parent))
            {
                Fail(path + ".ParentId", OrganizationsErrorCodes.OrganizationUnknown, $"Parent '{parentId}' is not an organization of the snapshot.", parentId.Value);
            }
            else if (LeadsToCycle(org, orgs))
            {
                Fail(path + ".ParentId", OrganizationsErrorCodes.Cycle, $"'{org.Id}' is its own ancestor.", parentId.Value);
            }
            else if (!snapshot.Nesting.Allows(parent.Kind, org.Kind))
            {
                Fail(path + ".ParentId", OrganizationsErrorCodes.NestingNotAllowed, $"A {org.Kind} may not sit under a {parent.Kind}.", parentId.Value);
            }
        }

        var members = new Dictionary<MemberId, PartyMember>();
        for (var i = 0; i < snapshot.Members.Length; i++)
        {
            var member = snapshot.Members[i];
            members.TryAdd(member.Id, member);
            var path = $"Members[{i}]";
            CheckDate(member.JoinedOn, path + ".JoinedOn");
            CheckDate(member.FullSince, path + ".FullSince");
            if (!orgs.TryGetValue(member.BranchId, out var branch))
            {
                Fail(path + ".BranchId", OrganizationsErrorCodes.OrganizationUnknown, $"Branch '{member.BranchId}' is not an organization of the snapshot.", member.BranchId.Value);
            }
            else if (!branch.Kind.HoldsMembers())
            {
                Fail(path + ".BranchId", OrganizationsErrorCodes.NotABranch, $"Members belong to branches or party groups, not to a {branch.Kind}.", member.BranchId.Value);
            }
        }

        var held = new HashSet<(OrganizationId, MemberId, PartyRole)>();
        var secretaries = new HashSet<OrganizationId>();
        for (var i = 0; i < snapshot.Roles.Length; i++)
        {
            var role = snapshot.Roles[i];
            var path = $"Roles[{i}]";
            CheckDate(role.Since, path + ".Since");
            if (!orgs.ContainsKey(role.OrganizationId))
            {
                Fail(path + ".OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, $"Organization '{role.OrganizationId}' is not in the snapshot.", role.OrganizationId.Value);
            }

            if (!members.ContainsKey(role.MemberId))
            {
                Fail(path + ".MemberId", OrganizationsErrorCodes.MemberUnknown, $"Member '{role.MemberId}' is not in the snapshot.", role.MemberId.Value);
            }

            if (!held.Add((role.OrganizationId, role.MemberId, role.Role)))
            {
                Fail(path, OrganizationsErrorCodes.RoleDuplicate, $"'{role.MemberId}' holds {role.Role} in '{role.OrganizationId}' twice.", role.MemberId.Value);
            }
            else if (role.Role == PartyRole.Secretary && !secretaries.Add(role.OrganizationId))
            {
                Fail(path, OrganizationsErrorCodes.SecretaryTaken, $"'{role.OrganizationId}' has two secretaries.", role.MemberId.Value);
            }
        }

        for (var i = 0; i < snapshot.Districts.Length; i++)
        {
            var district = snapshot.Districts[i];
            var path = $"Districts[{i}]";
            if (!orgs.ContainsKey(district.CommitteeId))
            {
                Fail(path + ".CommitteeId", OrganizationsErrorCodes.OrganizationUnknown, $"Committee '{district.CommitteeId}' is not in the snapshot.", district.CommitteeId.Value);
            }

            foreach (var (id, where) in district.SupervisionGroup.Select((m, j) => (m, $"{path}.SupervisionGroup[{j}]")).Prepend((district.LeaderId, path + ".LeaderId")))
            {
                if (!members.ContainsKey(id))
                {
                    Fail(where, OrganizationsErrorCodes.MemberUnknown, $"Member '{id}' is not in the snapshot.", id.Value);
                }
            }
        }

        void CheckDate(LocalDate? date, string path)
        {
            if (date is { } d && d > snapshot.AsOf)
            {
                Fail(path, OrganizationsErrorCodes.DateAfterSnapshot, string.Create(CultureInfo.InvariantCulture, $"The date lies after the snapshot's date {snapshot.AsOf:uuuu-MM-dd}."), d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool LeadsToCycle(Organization start, Dictionary<OrganizationId, Organization> orgs)
    {
        var seen = new HashSet<OrganizationId> { start.Id };
        var current = start;
        while (current.ParentId is { } parentId && orgs.TryGetValue(parentId, out var parent))
        {
            if (parent.Id == start.Id)
            {
                return true;
            }

            if (!seen.Add(parent.Id))
            {
                return false;
            }

            current = parent;
        }

        return false;
    }
}
