using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Validates a <see cref="PointsScheme"/>: its standards, strategies, hard conditions and settings.</summary>
/// <remarks>Error codes are in <see cref="MemberPointsErrorCodes"/>. Thread-safe once constructed.</remarks>
public sealed class PointsSchemeValidator : AbstractValidator<PointsScheme>
{
    /// <summary>Initializes the validator.</summary>
    public PointsSchemeValidator()
    {
        RuleFor(s => s.Name).NotNull().WithErrorCode(MemberPointsErrorCodes.TextMissing);
        RuleFor(s => s.Standards).Must(s => !s.IsDefaultOrEmpty).WithErrorCode(MemberPointsErrorCodes.NoStandards)
            .WithMessage("A scheme needs at least one standard.");
        RuleFor(s => s.Standards).MustHaveUniqueKeys(s => s.Id);
        RuleForEach(s => s.Standards).ChildRules(standard =>
        {
            standard.RuleFor(s => s.Id).MustBeSetId();
            standard.RuleFor(s => s.Group).MustBeDefined();
            standard.RuleFor(s => s.Kind).MustBeDefined();
            standard.RuleFor(s => s.Dimension).NotNull().WithErrorCode(MemberPointsErrorCodes.TextMissing);
            standard.RuleFor(s => s.Text).NotNull().WithErrorCode(MemberPointsErrorCodes.TextMissing);
            standard.RuleFor(s => s.Evidence).NotNull().WithErrorCode(MemberPointsErrorCodes.TextMissing)
                .WithMessage("A standard must say which evidence it needs.");
            standard.RuleFor(s => s.Points.Value).GreaterThan(0m).OverridePropertyName("Points")
                .WithErrorCode(MemberPointsErrorCodes.PointsNotPositive).WithMessage("A standard's points must be positive.");
            standard.RuleFor(s => s.MonthlyCap).Must((s, cap) => cap is null || cap.Value >= s.Points)
                .WithErrorCode(MemberPointsErrorCodes.CapInvalid).WithMessage("A monthly cap must be at least the standard's points.");
            standard.RuleFor(s => s.YearlyCap).Must((s, cap) => cap is null || cap.Value >= s.Points)
                .WithErrorCode(MemberPointsErrorCodes.CapInvalid).WithMessage("A yearly cap must be at least the standard's points.");
            standard.RuleFor(s => s.YearlyCap).Must((s, cap) => cap is null || s.MonthlyCap is null || cap.Value >= s.MonthlyCap.Value)
                .WithErrorCode(MemberPointsErrorCodes.CapInvalid).WithMessage("A yearly cap must be at least the monthly cap.");
        });
        RuleFor(s => s.MassReview).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(s => s.MassReview).Custom((choice, context) => AddAll(context, MassReviewStrategies.Check(choice, "MassReview")))
            .When(s => s.MassReview is not null);
        RuleFor(s => s.Grading).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(s => s.Grading).Custom((choice, context) => AddAll(context, GradingStrategies.Check(choice, "Grading")))
            .When(s => s.Grading is not null);
        RuleFor(s => s.ParticipationWeight).MustBeProportion();
        RuleFor(s => s.DeclarationDeadlineDay).InclusiveBetween(1, 28).WithErrorCode(MemberPointsErrorCodes.SettingOutOfRange);
        RuleFor(s => s.MinimumMonthsForGrading).InclusiveBetween(1, 12).WithErrorCode(MemberPointsErrorCodes.SettingOutOfRange);
        RuleFor(s => s.LatePolicy).MustBeDefined();
        RuleForEach(s => s.HardConditions).ChildRules(condition => condition.RuleFor(c => c.MaxGrade).MustBeDefined());
        RuleForEach(s => s.HardConditions)
            .Must((scheme, condition) => scheme.Standards.Any(s => s.Id == condition.StandardId && s.Kind == PointsKind.Deduction))
            .WithErrorCode(MemberPointsErrorCodes.HardConditionStandard)
            .WithMessage("A hard condition must name a deduction standard of the scheme.");
    }

    private static void AddAll<T>(ValidationContext<T> context, ImmutableArray<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            context.AddFailure(new ValidationFailure(problem.Path, problem.Message, problem.AttemptedValue) { ErrorCode = problem.ErrorCode });
        }
    }
}
