using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Validates a <see cref="PointsScheme"/> on its own: its standards, strategies (against <see cref="MemberPointsStrategies.Default"/>), hard conditions and settings.</summary>
/// <remarks>
/// The check of a scheme document by itself (<c>pbeval validate</c>); <see cref="MemberPointsEngine.Validate"/> runs the same
/// rules with the caller's strategies. Error codes are in <see cref="MemberPointsErrorCodes"/> and, for the strategies,
/// <see cref="CommonErrorCodes"/> (<c>COMMON.STRATEGY_*</c>). Thread-safe once constructed.
/// </remarks>
public sealed class PointsSchemeValidator : AbstractValidator<PointsScheme>
{
    /// <summary>Initializes the validator.</summary>
    public PointsSchemeValidator() =>
        RuleFor(s => s).Custom((scheme, context) =>
        {
            var problems = new ProblemCollector();
            PointsSchemeChecks.Check(scheme, MemberPointsStrategies.Default, problems);
            foreach (var problem in problems.ToReport().Problems)
            {
                context.AddFailure(new ValidationFailure(problem.Path, problem.Message, problem.AttemptedValue) { ErrorCode = problem.ErrorCode });
            }
        });
}

/// <summary>The rules of a <see cref="PointsScheme"/>, written once for <see cref="PointsSchemeValidator"/> and <see cref="MemberPointsEngine.Validate"/>.</summary>
internal static class PointsSchemeChecks
{
    /// <summary>Checks a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies the scheme may name, or <see langword="null"/> to leave the strategies to the caller (the engine creates them once).</param>
    /// <param name="problems">The collector, positioned at the scheme.</param>
    public static void Check(PointsScheme scheme, MemberPointsStrategies? strategies, ProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Name is null)
        {
            problems.Add("Name", MemberPointsErrorCodes.TextMissing, "A scheme needs a name.", null);
        }

        if (scheme.Standards.IsEmpty)
        {
            problems.Add("Standards", MemberPointsErrorCodes.NoStandards, "A scheme needs at least one standard.", null);
        }

        CheckStandards(scheme.Standards, problems);
        CheckStrategy(scheme.MassReview, "MassReview", "mass-review", strategies?.MassReview, problems);
        CheckStrategy(scheme.Grading, "Grading", "grading", strategies?.Grading, problems);
        if (!Proportion.IsValid(scheme.ParticipationWeight.Value))
        {
            problems.Add("ParticipationWeight", CommonErrorCodes.ProportionOutOfRange, "The participation weight must be between 0 and 1.", scheme.ParticipationWeight.ToString());
        }

        if (scheme.DeclarationDeadlineDay is < 1 or > 28)
        {
            problems.Add("DeclarationDeadlineDay", MemberPointsErrorCodes.SettingOutOfRange, "The declaration deadline day must be 1 to 28.", Text(scheme.DeclarationDeadlineDay));
        }

        if (scheme.MinimumMonthsForGrading is < 1 or > 12)
        {
            problems.Add("MinimumMonthsForGrading", MemberPointsErrorCodes.SettingOutOfRange, "The minimum months for grading must be 1 to 12.", Text(scheme.MinimumMonthsForGrading));
        }

        if (!Enum.IsDefined(scheme.LatePolicy))
        {
            problems.Add("LatePolicy", CommonErrorCodes.UndefinedEnumValue, "The late policy is not a known value.", Text((int)scheme.LatePolicy));
        }

        CheckHardConditions(scheme, problems);
        CheckRecordRules(scheme, problems);
    }

    /// <summary>Checks the standards counted from records: a standard of the scheme, once, with defined kinds of meeting and a defined count.</summary>
    private static void CheckRecordRules(PointsScheme scheme, ProblemCollector problems)
    {
        var standards = scheme.Standards.Where(s => s is not null).Select(s => s.Id).ToHashSet();
        var seen = new HashSet<PointsStandardId>();
        for (var i = 0; i < scheme.FromRecords.Length; i++)
        {
            var rule = scheme.FromRecords[i];
            if (rule is null || !standards.Contains(rule.StandardId) || !seen.Add(rule.StandardId)
                || rule.Meetings.IsEmpty || !rule.Meetings.All(Enum.IsDefined) || !Enum.IsDefined(rule.Count))
            {
                new ProblemSite(problems, "FromRecords", i).Add(string.Empty, MemberPointsErrorCodes.RecordRuleInvalid,
                    "A standard counted from records must be a standard of the scheme, counted by one rule, over at least one defined kind of meeting, with a defined count.", rule?.ToString());
            }
        }
    }

    private static void CheckStandards(ValueArray<PointsStandard> standards, ProblemCollector problems)
    {
        var seen = new HashSet<PointsStandardId>();
        for (var i = 0; i < standards.Length; i++)
        {
            if (!seen.Add(standards[i].Id))
            {
                new ProblemSite(problems, "Standards", i).Add(string.Empty, CommonErrorCodes.DuplicateIdentifier, $"'{standards[i].Id}' appears more than once in 'Standards'.", standards[i].Id.ToString());
            }
        }

        for (var i = 0; i < standards.Length; i++)
        {
            CheckStandard(standards[i], new ProblemSite(problems, "Standards", i).At());
        }
    }

    private static void CheckStandard(PointsStandard standard, ProblemCollector problems)
    {
        if (standard.Id.IsEmpty)
        {
            problems.Add("Id", CommonErrorCodes.IdentifierEmpty, "A standard needs an identifier.", string.Empty);
        }

        if (!Enum.IsDefined(standard.Group))
        {
            problems.Add("Group", CommonErrorCodes.UndefinedEnumValue, "The group is not a known value.", Text((int)standard.Group));
        }

        if (!Enum.IsDefined(standard.Kind))
        {
            problems.Add("Kind", CommonErrorCodes.UndefinedEnumValue, "The kind is not a known value.", Text((int)standard.Kind));
        }

        if (standard.Dimension is null)
        {
            problems.Add("Dimension", MemberPointsErrorCodes.TextMissing, "A standard needs its dimension.", null);
        }

        if (standard.Text is null)
        {
            problems.Add("Text", MemberPointsErrorCodes.TextMissing, "A standard needs its text.", null);
        }

        if (standard.Evidence is null)
        {
            problems.Add("Evidence", MemberPointsErrorCodes.TextMissing, "A standard must say which evidence it needs.", null);
        }

        if (standard.Points.Value <= 0m)
        {
            problems.Add("Points", MemberPointsErrorCodes.PointsNotPositive, "A standard's points must be positive.", standard.Points.ToString());
        }

        if (standard.MonthlyCap is { } monthly && monthly < standard.Points)
        {
            problems.Add("MonthlyCap", MemberPointsErrorCodes.CapInvalid, "A monthly cap must be at least the standard's points.", monthly.ToString());
        }

        if (standard.YearlyCap is { } yearly && yearly < standard.Points)
        {
            problems.Add("YearlyCap", MemberPointsErrorCodes.CapInvalid, "A yearly cap must be at least the standard's points.", yearly.ToString());
        }

        if (standard.YearlyCap is { } year && standard.MonthlyCap is { } month && year < month)
        {
            problems.Add("YearlyCap", MemberPointsErrorCodes.CapInvalid, "A yearly cap must be at least the monthly cap.", year.ToString());
        }
    }

    private static void CheckStrategy<TStrategy>(StrategySpec? spec, string path, string what, StrategyRegistry<TStrategy>? registry, ProblemCollector problems)
        where TStrategy : class
    {
        if (spec is null)
        {
            problems.Add(path, CommonErrorCodes.Required, $"A scheme needs its {what} strategy.", null);
            return;
        }

        registry?.TryCreate(spec, problems.At(path));
    }

    private static void CheckHardConditions(PointsScheme scheme, ProblemCollector problems)
    {
        var deductions = scheme.Standards.Where(s => s.Kind == PointsKind.Deduction).Select(s => s.Id).ToHashSet();
        for (var i = 0; i < scheme.HardConditions.Length; i++)
        {
            var condition = scheme.HardConditions[i];
            if (!Enum.IsDefined(condition.MaxGrade))
            {
                new ProblemSite(problems, "HardConditions", i).Add("MaxGrade", CommonErrorCodes.UndefinedEnumValue, "The grade is not a known value.", Text((int)condition.MaxGrade));
            }

            if (!deductions.Contains(condition.StandardId))
            {
                new ProblemSite(problems, "HardConditions", i).Add(string.Empty, MemberPointsErrorCodes.HardConditionStandard, "A hard condition must name a deduction standard of the scheme.", condition.StandardId.ToString());
            }
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
