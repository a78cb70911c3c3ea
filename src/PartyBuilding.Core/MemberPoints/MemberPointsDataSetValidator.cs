using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// Validates a <see cref="MemberPointsDataSet"/> against its <see cref="PointsScheme"/>: the roster and branch assignments,
/// declarations, audits and mass reviews, with every cross-reference.
/// </summary>
/// <remarks>
/// Late, duplicate and out-of-period declarations are not errors: they are data the engine handles by documented rules.
/// Error codes are in <see cref="MemberPointsErrorCodes"/>. Each collection is checked in one pass. Thread-safe once constructed.
/// </remarks>
public sealed class MemberPointsDataSetValidator : AbstractValidator<MemberPointsDataSet>
{
    /// <summary>Initializes the validator for data under a scheme.</summary>
    /// <param name="scheme">The scheme the data is evaluated under.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public MemberPointsDataSetValidator(PointsScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var standards = scheme.Standards.Select(s => s.Id).ToHashSet();
        RuleFor(d => d.Year).Equal(scheme.Year).WithErrorCode(MemberPointsErrorCodes.YearMismatch)
            .WithMessage($"The data set must be for the scheme's year {scheme.Year}.");
        RuleFor(d => d.CommitteeId).MustBeSetId();
        RuleFor(d => d.Branches).MustHaveUniqueKeys(b => b.BranchId);
        RuleForEach(d => d.Branches).ChildRules(b =>
        {
            b.RuleFor(x => x.BranchId).MustBeSetId();
            b.RuleFor(x => x.ParentId).MustBeSetId();
        });
        RuleFor(d => d.Roster).MustHaveUniqueKeys(m => m.MemberId);
        RuleFor(d => d).Custom((data, context) => CheckRoster(data, context));
        RuleFor(d => d.Declarations).MustHaveUniqueKeys(x => x.Id);
        RuleFor(d => d).Custom((data, context) => CheckDeclarations(data, standards, context));
        RuleFor(d => d).Custom((data, context) => CheckAudits(data, context));
        RuleFor(d => d).Custom((data, context) => CheckReviews(data, context));
    }

    private static void Fail(ValidationContext<MemberPointsDataSet> context, string path, string code, string message, object? value) =>
        context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });

    private static void CheckRoster(MemberPointsDataSet data, ValidationContext<MemberPointsDataSet> context)
    {
        var branches = data.Branches.Select(b => b.BranchId).ToHashSet();
        var lastDay = data.Year.LastDay;
        for (var i = 0; i < data.Roster.Length; i++)
        {
            var member = data.Roster[i];
            var path = $"Roster[{i}]";
            if (member.MemberId.IsEmpty)
            {
                Fail(context, path + ".MemberId", CommonErrorCodes.IdentifierEmpty, "A member needs an identifier.", null);
            }

            if (member.JoinedOn > lastDay)
            {
                Fail(context, path + ".JoinedOn", MemberPointsErrorCodes.MembershipDates, "The member joined after the year ended.", member.JoinedOn);
            }

            if (member.ProbationEndsOn is { } end && end < member.JoinedOn)
            {
                Fail(context, path + ".ProbationEndsOn", MemberPointsErrorCodes.MembershipDates, "Probation cannot end before the member joined.", end);
            }

            var assignments = member.Assignments.OrderBy(a => a.From).ToArray();
            for (var j = 0; j < member.Assignments.Length; j++)
            {
                var a = member.Assignments[j];
                if (a.To is { } to && to < a.From)
                {
                    Fail(context, $"{path}.Assignments[{j}].To", MemberPointsErrorCodes.AssignmentInvalid, "An assignment ends before it starts.", to);
                }

                if (!branches.Contains(a.BranchId))
                {
                    Fail(context, $"{path}.Assignments[{j}].BranchId", MemberPointsErrorCodes.BranchUnknown, "The branch is not in the data set's branch list.", a.BranchId);
                }
            }

            for (var j = 1; j < assignments.Length; j++)
            {
                if (assignments[j - 1].To is not { } previousEnd || previousEnd >= assignments[j].From)
                {
                    Fail(context, path + ".Assignments", MemberPointsErrorCodes.AssignmentInvalid, "A member's branch assignments overlap.", assignments[j].From);
                }
            }

            if (member.BranchOn(lastDay) is null)
            {
                Fail(context, path + ".Assignments", MemberPointsErrorCodes.NoBranchAtYearEnd, "No branch assignment covers the last day of the year (the grading branch).", member.MemberId);
            }
        }
    }

    private static void CheckDeclarations(MemberPointsDataSet data, HashSet<PointsStandardId> standards, ValidationContext<MemberPointsDataSet> context)
    {
        var members = data.Roster.Select(m => m.MemberId).ToHashSet();
        for (var i = 0; i < data.Declarations.Length; i++)
        {
            var d = data.Declarations[i];
            var path = $"Declarations[{i}]";
            if (d.Id.IsEmpty)
            {
                Fail(context, path + ".Id", CommonErrorCodes.IdentifierEmpty, "A declaration needs an identifier.", null);
            }

            if (!members.Contains(d.MemberId))
            {
                Fail(context, path + ".MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", d.MemberId);
            }

            if (!standards.Contains(d.StandardId))
            {
                Fail(context, path + ".StandardId", MemberPointsErrorCodes.StandardUnknown, "The scheme has no such standard.", d.StandardId);
            }

            if (d.Quantity < 1)
            {
                Fail(context, path + ".Quantity", MemberPointsErrorCodes.QuantityNotPositive, "A declaration declares at least one occurrence.", d.Quantity);
            }
        }
    }

    private static void CheckAudits(MemberPointsDataSet data, ValidationContext<MemberPointsDataSet> context)
    {
        var declarations = new Dictionary<DeclarationId, Declaration>();
        foreach (var d in data.Declarations)
        {
            declarations.TryAdd(d.Id, d);
        }

        var seen = new HashSet<(DeclarationId, LocalDate)>();
        for (var i = 0; i < data.Audits.Length; i++)
        {
            var a = data.Audits[i];
            var path = $"Audits[{i}]";
            if (!declarations.TryGetValue(a.DeclarationId, out var declaration))
            {
                Fail(context, path + ".DeclarationId", MemberPointsErrorCodes.DeclarationUnknown, "No declaration has this identifier.", a.DeclarationId);
            }
            else if (a.AuditedOn < declaration.SubmittedOn)
            {
                Fail(context, path + ".AuditedOn", MemberPointsErrorCodes.AuditBeforeSubmission, "An audit cannot precede the declaration's submission.", a.AuditedOn);
            }

            if (!seen.Add((a.DeclarationId, a.AuditedOn)))
            {
                Fail(context, path + ".AuditedOn", MemberPointsErrorCodes.AuditSameDay, "The declaration already has an audit on this date; their order would be unknown.", a.AuditedOn);
            }

            if (!Enum.IsDefined(a.Decision))
            {
                Fail(context, path + ".Decision", CommonErrorCodes.UndefinedEnumValue, "'Decision' is not a known value.", a.Decision);
            }
            else if (a.Decision == AuditDecision.Adjust ? a.Points is not { Value: >= 0m } : a.Points is not null)
            {
                Fail(context, path + ".Points", MemberPointsErrorCodes.AuditPoints, "An adjustment needs non-negative points; an approval or a rejection carries none.", a.Points);
            }

            if (a.Decision is AuditDecision.Adjust or AuditDecision.Reject && string.IsNullOrWhiteSpace(a.Reason))
            {
                Fail(context, path + ".Reason", MemberPointsErrorCodes.AuditReasonMissing, "An adjustment or a rejection needs a reason.", a.Reason);
            }
        }
    }

    private static void CheckReviews(MemberPointsDataSet data, ValidationContext<MemberPointsDataSet> context)
    {
        var members = data.Roster.Select(m => m.MemberId).ToHashSet();
        var seen = new HashSet<(MemberId, int)>();
        for (var i = 0; i < data.MassReviews.Length; i++)
        {
            var r = data.MassReviews[i];
            var path = $"MassReviews[{i}]";
            if (!members.Contains(r.MemberId))
            {
                Fail(context, path + ".MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", r.MemberId);
            }

            if (r.Quarter is < 1 or > 4)
            {
                Fail(context, path + ".Quarter", MemberPointsErrorCodes.ReviewInvalid, "The quarter must be 1 to 4.", r.Quarter);
            }

            var raters = r.Good + (long)r.FairlyGood + r.Average + r.Poor;
            if (r.Good < 0 || r.FairlyGood < 0 || r.Average < 0 || r.Poor < 0 || raters == 0)
            {
                Fail(context, path, MemberPointsErrorCodes.ReviewInvalid, "Rating counts must be non-negative with at least one rater.", null);
            }
            else if (raters > int.MaxValue)
            {
                // MassReview.Raters is an int; a larger total would overflow when a strategy folds the review.
                Fail(context, path, MemberPointsErrorCodes.ReviewInvalid, "The rating counts add up to more than 2,147,483,647 raters.", raters);
            }

            if (!seen.Add((r.MemberId, r.Quarter)))
            {
                Fail(context, path, MemberPointsErrorCodes.ReviewInvalid, "The member already has a review for this quarter.", r.Quarter);
            }
        }
    }
}
