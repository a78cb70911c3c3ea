using FluentValidation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>Validates a <see cref="BranchRoster"/>: a committee, and every branch listed once with a department and a district.</summary>
/// <remarks>Thread-safe once built.</remarks>
public sealed class BranchRosterValidator : AbstractValidator<BranchRoster>
{
    /// <summary>Initializes the validator.</summary>
    public BranchRosterValidator()
    {
        RuleFor(r => r.CommitteeId).MustBeSetId();
        RuleForEach(r => r.Branches).ChildRules(entry =>
        {
            entry.RuleFor(e => e.BranchId).MustBeSetId();
            entry.RuleFor(e => e.DepartmentId).MustBeSetId();
            entry.RuleFor(e => e.DistrictId).MustBeSetId();
        });
        RuleFor(r => r).Custom((roster, context) =>
        {
            var seen = new HashSet<Common.OrganizationId>();
            for (var i = 0; i < roster.Branches.Length; i++)
            {
                if (!seen.Add(roster.Branches[i].BranchId))
                {
                    ValidationFailures.Add(context, $"Branches[{i}].BranchId", StandardizationErrorCodes.RosterDuplicate, $"Branch '{roster.Branches[i].BranchId}' is listed more than once.", roster.Branches[i].BranchId.Value);
                }
            }
        });
    }
}
