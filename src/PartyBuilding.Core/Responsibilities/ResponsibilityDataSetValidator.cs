using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Checks a <see cref="ResponsibilityDataSet"/>: every list valid and of the data set's year, list identifiers unique, evidence and chains
/// referring to existing items, one chain per item, each chain in stage order, and every contact branch well formed, of the data set's year
/// and one per member and organization (<see cref="ResponsibilityCitations.ContactBranches"/>).
/// </summary>
internal sealed class ResponsibilityDataSetValidator : AbstractValidator<ResponsibilityDataSet>
{
    /// <summary>Initializes the validator.</summary>
    public ResponsibilityDataSetValidator()
    {
        RuleFor(d => d.Lists).MustHaveUniqueKeys(l => l.Id);
        RuleForEach(d => d.Lists).NotNull().WithErrorCode(CommonErrorCodes.Required).SetValidator(new ResponsibilityListValidator());
        RuleForEach(d => d.Lists).Must((d, l) => l is null || l.Year == d.Year)
            .WithErrorCode(ResponsibilitiesErrorCodes.ListYearMismatch).WithMessage("The list is for another year than the data set.");
        RuleForEach(d => d.Evidence).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(e =>
        {
            e.RuleFor(x => x.Description).NotEmpty().WithErrorCode(ResponsibilitiesErrorCodes.EvidenceDescriptionBlank)
                .WithMessage("Say what the evidence is.");
        });
        RuleFor(d => d.Evidence).Custom((evidence, context) =>
            CheckReferences(context, evidence.Select(e => e is null ? null : ((ResponsibilityListId, ResponsibilityItemId)?)(e.ListId, e.ItemId))));
        RuleFor(d => d.Chains).MustHaveUniqueKeys(c => (c.ListId, c.ItemId));
        RuleForEach(d => d.Chains).NotNull().WithErrorCode(CommonErrorCodes.Required).SetValidator(new AccountabilityChainValidator());
        RuleFor(d => d.Chains).Custom((chains, context) =>
            CheckReferences(context, chains.Select(c => c is null ? null : ((ResponsibilityListId, ResponsibilityItemId)?)(c.ListId, c.ItemId))));
        RuleForEach(d => d.ContactPoints).NotNull().WithErrorCode(CommonErrorCodes.Required).SetValidator(new ContactPointValidator());
        RuleForEach(d => d.ContactPoints).Must((d, c) => c is null || c.Year == d.Year)
            .WithErrorCode(ResponsibilitiesErrorCodes.ContactYear).WithMessage("The contact branch is for another year than the data set.");
        RuleFor(d => d.ContactPoints).Custom((contacts, context) =>
        {
            // Article 000: each leading-group member chooses one branch (每位班子成员选择一个基层支部作为联系点).
            var seen = new HashSet<(MemberId, OrganizationId)>();
            for (var i = 0; i < contacts.Length; i++)
            {
                if (contacts[i] is { Member: { } member } contact && !seen.Add((member.Member, contact.Organization)))
                {
                    context.AddFailure(new ValidationFailure($"{context.PropertyPath}[{i}].Member.Member", $"{member.Member} already has a contact branch for {contact.Organization}: each leading-group member chooses one.", member.Member.Value)
                    {
                        ErrorCode = ResponsibilitiesErrorCodes.ContactSecondBranch,
                    });
                }
            }
        });
    }

    private static void CheckReferences(ValidationContext<ResponsibilityDataSet> context, IEnumerable<(ResponsibilityListId List, ResponsibilityItemId Item)?> references)
    {
        var known = context.InstanceToValidate.Lists
            .Where(l => l is not null)
            .SelectMany(l => l.Items.Where(i => i is not null).Select(i => (l.Id, i.Id)))
            .ToHashSet();
        var index = 0;
        foreach (var reference in references)
        {
            if (reference is { } r && !known.Contains((r.List, r.Item)))
            {
                context.AddFailure(new ValidationFailure($"{context.PropertyPath}[{index}]", $"No item '{r.Item}' in list '{r.List}'.", $"{r.List}/{r.Item}")
                {
                    ErrorCode = ResponsibilitiesErrorCodes.UnknownItem,
                });
            }

            index++;
        }
    }
}
