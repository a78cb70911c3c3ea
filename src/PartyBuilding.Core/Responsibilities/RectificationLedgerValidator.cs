using System.Runtime.CompilerServices;
using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Checks a <see cref="RectificationLedger"/>: identifiers set and unique across the ledger, areas known, every problem with at least one
/// measure and a first responsible person, completions with evidence and not before the ledger, look-back re-checks after completion
/// and naming their problem's origin if any, explicit due dates not before the ledger, origins well formed and not shared.
/// </summary>
internal sealed class RectificationLedgerValidator : AbstractValidator<RectificationLedger>
{
    /// <summary>Each ledger's area identifiers, gathered once for all its problems (a scan of the areas per problem was quadratic in hostile input, issue 25).</summary>
    private static readonly ConditionalWeakTable<RectificationLedger, HashSet<RectificationAreaId>> AreaIds = [];

    /// <summary>Initializes the validator.</summary>
    public RectificationLedgerValidator()
    {
        RuleFor(l => l.Id).MustBeSetId();
        RuleFor(l => l.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(l => l.EstablishedOn).Must((l, d) => l.Year.Contains(d))
            .WithErrorCode(ResponsibilitiesErrorCodes.LedgerEstablishedOutsideYear).WithMessage("The ledger is established within its year.");
        RuleFor(l => l.Areas).MustHaveUniqueKeys(a => a.Id);
        RuleForEach(l => l.Areas).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(a =>
        {
            a.RuleFor(x => x.Id).MustBeSetId();
            a.RuleFor(x => x.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        });
        RuleFor(l => l.Problems).MustHaveUniqueKeys(p => p.Id);
        RuleForEach(l => l.Problems).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(p =>
        {
            p.RuleFor(x => x.Id).MustBeSetId();
            p.RuleFor(x => x.Organization).MustBeSetId();
            p.RuleFor(x => x.Description).NotNull().WithErrorCode(CommonErrorCodes.Required);
            p.RuleFor(x => x.Measures).NotEmpty().WithErrorCode(ResponsibilitiesErrorCodes.LedgerProblemWithoutMeasure)
                .WithMessage("Every problem needs at least one rectification measure.");
            p.RuleForEach(x => x.Measures).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(m =>
            {
                m.RuleFor(x => x.Id).MustBeSetId();
                m.RuleFor(x => x.FirstResponsible).MustBeSetId();
                m.RuleFor(x => x.Description).NotNull().WithErrorCode(CommonErrorCodes.Required);
                m.RuleFor(x => x.Deadline).MustBeDefined();
                m.RuleFor(x => x.Completion!.Evidence).NotEmpty().When(x => x.Completion is not null)
                    .WithErrorCode(ResponsibilitiesErrorCodes.LedgerCompletionEvidence).WithMessage("A completed measure needs its evidence.")
                    .OverridePropertyName("Completion.Evidence");
                m.RuleForEach(x => x.Rechecks).Must((x, r) => x.Completion is { } c && r.Date >= c.Date)
                    .WithErrorCode(ResponsibilitiesErrorCodes.LedgerRecheckBeforeCompletion)
                    .WithMessage("A look-back re-check comes after the measure is completed.");
                m.RuleForEach(x => x.Rechecks).ChildRules(r => r.RuleFor(x => x.Outcome).MustBeDefined());
                m.RuleFor(x => x.ResponsibleDepartment!.Value).MustBeSetId().When(x => x.ResponsibleDepartment is not null)
                    .OverridePropertyName("ResponsibleDepartment");
            });
            p.RuleFor(x => x.Origin!).Must(o => Enum.IsDefined(o.Kind) && !string.IsNullOrWhiteSpace(o.Key)).When(x => x.Origin is not null)
                .WithErrorCode(ResponsibilitiesErrorCodes.LedgerOriginShape)
                .WithMessage("A problem's origin names a known kind and a non-blank key.")
                .OverridePropertyName("Origin");
            p.RuleForEach(x => x.Measures).Must((x, m) => m is null || m.Rechecks.All(r => r?.Origin is null || r.Origin == x.Origin))
                .WithErrorCode(ResponsibilitiesErrorCodes.LedgerRecheckOrigin)
                .WithMessage("A look-back re-check names the origin of its own problem (the finding it re-checks), or none.");
        });
        RuleForEach(l => l.Problems).Must((l, p) => p is null || AreaIdsOf(l).Contains(p.Area))
            .WithErrorCode(ResponsibilitiesErrorCodes.LedgerAreaUnknown).WithMessage("The problem's area is not one of the ledger's areas.");
        RuleForEach(l => l.Problems).Must((l, p) => p is null || p.Measures.All(m => m?.Completion is null || m.Completion.Date >= l.EstablishedOn))
            .WithErrorCode(ResponsibilitiesErrorCodes.LedgerCompletedBeforeEstablished)
            .WithMessage("A measure cannot be completed before the ledger was established.");
        ExplicitDueDatesAndOrigins();
        RuleFor(l => l.Problems).Custom((problems, context) =>
        {
            var seen = new HashSet<RectificationMeasureId>();
            foreach (var (p, i) in problems.Select((p, i) => (p, i)).Where(x => x.p is not null))
            {
                foreach (var (m, j) in p.Measures.Select((m, j) => (m, j)).Where(x => x.m is not null))
                {
                    if (!seen.Add(m.Id))
                    {
                        context.AddFailure(new FluentValidation.Results.ValidationFailure(
                            $"{context.PropertyPath}[{i}].Measures[{j}]", $"'{m.Id}' appears more than once in the ledger.", m.Id.Value)
                        {
                            ErrorCode = CommonErrorCodes.DuplicateIdentifier,
                        });
                    }
                }
            }
        });
    }

    /// <summary>Explicit due dates not before the ledger is established; one problem per origin.</summary>
    private void ExplicitDueDatesAndOrigins()
    {
        RuleFor(l => l.Problems).Custom((problems, context) =>
        {
            var established = context.InstanceToValidate.EstablishedOn;
            foreach (var (p, i) in problems.Select((p, i) => (p, i)).Where(x => x.p is not null))
            {
                foreach (var (m, j) in p.Measures.Select((m, j) => (m, j)).Where(x => x.m?.DueOn is { } due && due < established))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{context.PropertyPath}[{i}].Measures[{j}].DueOn", "A measure's explicit due date is not before the ledger was established.",
                        m.DueOn!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                    {
                        ErrorCode = ResponsibilitiesErrorCodes.LedgerDueBeforeEstablished,
                    });
                }
            }
        });
        RuleFor(l => l.Problems).Custom((problems, context) =>
        {
            var origins = new HashSet<ProblemOrigin>();
            foreach (var (p, i) in problems.Select((p, i) => (p, i)).Where(x => x.p?.Origin is not null))
            {
                if (!origins.Add(p.Origin!))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{context.PropertyPath}[{i}].Origin", $"'{p.Origin!.Key}' is the origin of another problem of the ledger.", p.Origin.Key)
                    {
                        ErrorCode = ResponsibilitiesErrorCodes.LedgerOriginTwice,
                    });
                }
            }
        });
    }

    private static HashSet<RectificationAreaId> AreaIdsOf(RectificationLedger ledger) =>
        AreaIds.GetValue(ledger, l => [.. l.Areas.Where(a => a is not null).Select(a => a!.Id)]);
}
