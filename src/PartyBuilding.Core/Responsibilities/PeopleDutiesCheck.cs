using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The people's duties of a responsibility data set against the organization structure and the year-end review: a list's holder is the
/// secretary of its organization (<see cref="ResponsibilityCitations.SecretaryAgreement"/>), a contact branch's member serves in the
/// organization's leading group (<see cref="ResponsibilityCitations.LeadingGroupRoles"/>) and the branch lies under it
/// (<see cref="ResponsibilityCitations.ContactBranches"/>). Behind <see cref="ResponsibilityAssessmentEngine.CheckAgainst"/> and
/// <see cref="ResponsibilityAssessmentEngine.CheckYearEndReview"/>.
/// </summary>
internal static class PeopleDutiesCheck
{
    /// <summary>The roles that make a member one of an organization's leading group (班子成员), the library's reading.</summary>
    private static readonly PartyRole[] LeadingGroup = [PartyRole.Secretary, PartyRole.DeputySecretary, PartyRole.LeadingGroupMember];

    /// <summary>Checks every holder and contact branch, each on its own date.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="on">The structure on a date.</param>
    /// <param name="problems">Where problems go (paths relative to the data set).</param>
    public static void CheckStructure(ResponsibilityDataSet data, Func<LocalDate, OrganizationTree> on, ProblemCollector problems)
    {
        for (var i = 0; i < data.Lists.Length; i++)
        {
            if (data.Lists[i] is not { Holder: { } holder } list)
            {
                continue;
            }

            var path = $"Lists[{i}]";
            var tree = on(list.HolderCheckedOn());
            var known = Organization(tree, path + ".Owner", list.Owner, problems);
            if (Person(tree, path + ".Holder", holder, problems) && known && tree.SecretaryOf(list.Owner) is var secretary && secretary != holder.Member)
            {
                problems.Add(
                    path + ".Holder.Member",
                    ResponsibilitiesErrorCodes.HolderNotSecretary,
                    $"{holder.Member} is not the secretary of {list.Owner} on {Day(tree)}; " + (secretary is { } s ? $"the secretary is {s}." : "it has no secretary."),
                    holder.Member.Value);
            }
        }

        for (var i = 0; i < data.ContactPoints.Length; i++)
        {
            if (data.ContactPoints[i] is not { Member: { } member } contact)
            {
                continue;
            }

            var path = $"ContactPoints[{i}]";
            var tree = on(contact.CheckedOn());
            var known = Organization(tree, path + ".Organization", contact.Organization, problems);
            if (Person(tree, path + ".Member", member, problems) && known
                && !tree.RolesOf(contact.Organization).Any(r => r.MemberId == member.Member && LeadingGroup.Contains(r.Role)))
            {
                problems.Add(
                    path + ".Member.Member",
                    ResponsibilitiesErrorCodes.ContactNotLeadingGroup,
                    $"{member.Member} is not in the leading group of {contact.Organization} on {Day(tree)} (secretary, deputy secretary or leading-group member).",
                    member.Member.Value);
            }

            if (known && !tree.Branches(contact.Organization).Any(b => b.Id == contact.Branch))
            {
                problems.Add(
                    path + ".Branch",
                    ResponsibilitiesErrorCodes.ContactBranchNotUnder,
                    $"{contact.Branch} is not a branch under {contact.Organization} on {Day(tree)}.",
                    contact.Branch.Value);
            }
        }
    }

    /// <summary>Checks that the person reviewed at year end for a list's organization is the list's holder.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="reviewed">The person reviewed for each organization.</param>
    /// <param name="problems">Where problems go (paths relative to the data set).</param>
    public static void CheckReview(ResponsibilityDataSet data, ILookup<OrganizationId, MemberId> reviewed, ProblemCollector problems)
    {
        for (var i = 0; i < data.Lists.Length; i++)
        {
            if (data.Lists[i] is { Holder: { } holder } list && reviewed[list.Owner].ToList() is { Count: > 0 } persons && !persons.Contains(holder.Member))
            {
                var person = persons.Order().First();
                problems.Add(
                    $"Lists[{i}].Holder.Member",
                    ResponsibilitiesErrorCodes.ReviewPersonNotHolder,
                    $"The year-end review of {list.Owner}'s secretary reviews {person}, but {holder.Member} signed the list.",
                    person.Value);
            }
        }
    }

    private static bool Organization(OrganizationTree tree, string path, OrganizationId id, ProblemCollector problems)
    {
        if (tree.Contains(id))
        {
            return true;
        }

        problems.Add(path, ResponsibilitiesErrorCodes.OrganizationUnknown, $"{id} is not in the organization structure on {Day(tree)}.", id.Value);
        return false;
    }

    /// <summary>Resolves a person: a member on the date, named as the structure names them.</summary>
    /// <returns>Whether the member exists.</returns>
    private static bool Person(OrganizationTree tree, string path, DutyHolder person, ProblemCollector problems)
    {
        if (tree.FindMember(person.Member) is not { } member)
        {
            problems.Add(path + ".Member", ResponsibilitiesErrorCodes.PersonUnknown, $"{person.Member} is not a member in the organization structure on {Day(tree)}.", person.Member.Value);
            return false;
        }

        if (!string.Equals(member.Name, person.Name, StringComparison.Ordinal))
        {
            problems.Add(path + ".Name", ResponsibilitiesErrorCodes.PersonNameMismatch, $"The organization structure names {person.Member} '{member.Name}'.", person.Name);
        }

        return true;
    }

    private static string Day(OrganizationTree tree) => tree.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
