using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Validates an <see cref="IndicatorCatalogue"/>: unique aspect and indicator identifiers, no empty aspect, a positive
/// declared total that the counting indicators' maximum points add up to exactly, known scoring methods with valid
/// parameters, and a way of checking each indicator.
/// </summary>
/// <remarks>Every problem carries a code of <see cref="StandardizationErrorCodes"/> or <see cref="CommonErrorCodes"/>. Thread-safe once built.</remarks>
public sealed class IndicatorCatalogueValidator : AbstractValidator<IndicatorCatalogue>
{
    /// <summary>Initializes a validator that knows the methods of a registry.</summary>
    /// <param name="registry">The scoring methods; <see cref="IndicatorScoringRegistry.Default"/> when <see langword="null"/>.</param>
    public IndicatorCatalogueValidator(IndicatorScoringRegistry? registry = null)
    {
        var methods = registry ?? IndicatorScoringRegistry.Default;
        RuleFor(c => c.Id).MustBeSetId();
        RuleFor(c => c.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(c => c.DeclaredTotal)
            .Must(t => t.Value > 0m)
            .WithErrorCode(StandardizationErrorCodes.DeclaredTotalInvalid)
            .WithMessage("The declared total must be above zero.");
        RuleFor(c => c.Source)
            .Must(s => s is null || Sources.All.Any(k => string.Equals(k.Code, s, StringComparison.Ordinal)))
            .WithErrorCode(StandardizationErrorCodes.SourceUnknown)
            .WithMessage(c => $"'{c.Source}' is not a known source; use one of {string.Join(", ", Sources.All.Select(s => s.Code))}.");
        RuleFor(c => c.SourceFile)
            .Must((c, file) => file is null || Sources.All.Any(k => string.Equals(k.Code, c.Source, StringComparison.Ordinal) && string.Equals(k.Reference, file, StringComparison.Ordinal)))
            .WithErrorCode(StandardizationErrorCodes.SourceUnknown)
            .WithMessage(c => $"'{c.SourceFile}' is not the file of source '{c.Source}'.");
        RuleFor(c => c).Custom((catalogue, context) => CheckStructure(catalogue, methods, context));
    }

    private static void CheckStructure(IndicatorCatalogue catalogue, IndicatorScoringRegistry methods, ValidationContext<IndicatorCatalogue> context)
    {
        if (catalogue.Aspects.IsEmpty)
        {
            ValidationFailures.Add(context, "Aspects", StandardizationErrorCodes.Empty, "A catalogue needs at least one aspect.", null);
            return;
        }

        var aspectIds = new HashSet<AspectId>();
        var indicatorIds = new HashSet<IndicatorId>();
        var countedTotal = 0m;
        for (var a = 0; a < catalogue.Aspects.Length; a++)
        {
            var aspect = catalogue.Aspects[a];
            var aspectPath = $"Aspects[{a}]";
            if (aspect.Id.IsEmpty)
            {
                ValidationFailures.Add(context, aspectPath + ".Id", CommonErrorCodes.IdentifierEmpty, "An aspect needs an identifier.", null);
            }
            else if (!aspectIds.Add(aspect.Id))
            {
                ValidationFailures.Add(context, aspectPath + ".Id", StandardizationErrorCodes.DuplicateAspect, $"Aspect '{aspect.Id}' appears more than once.", aspect.Id.Value);
            }

            if (aspect.Title is null)
            {
                ValidationFailures.Add(context, aspectPath + ".Title", CommonErrorCodes.Required, "An aspect needs a title.", null);
            }

            if (aspect.Indicators.IsEmpty)
            {
                ValidationFailures.Add(context, aspectPath + ".Indicators", StandardizationErrorCodes.Empty, $"Aspect '{aspect.Id}' has no indicators.", null);
            }

            for (var i = 0; i < aspect.Indicators.Length; i++)
            {
                countedTotal += CheckIndicator(aspect.Indicators[i], $"{aspectPath}.Indicators[{i}]", indicatorIds, methods, context);
            }
        }

        if (catalogue.DeclaredTotal.Value > 0m && countedTotal != catalogue.DeclaredTotal.Value)
        {
            ValidationFailures.Add(
                context,
                "DeclaredTotal",
                StandardizationErrorCodes.TotalMismatch,
                $"The maximum points of the counting indicators add up to {ValidationFailures.Text(countedTotal)}, not to the declared total {catalogue.DeclaredTotal}.",
                ValidationFailures.Text(countedTotal));
        }
    }

    private static decimal CheckIndicator(
        Indicator indicator, string path, HashSet<IndicatorId> seen, IndicatorScoringRegistry methods, ValidationContext<IndicatorCatalogue> context)
    {
        if (indicator.Id.IsEmpty)
        {
            ValidationFailures.Add(context, path + ".Id", CommonErrorCodes.IdentifierEmpty, "An indicator needs an identifier.", null);
        }
        else if (!seen.Add(indicator.Id))
        {
            ValidationFailures.Add(context, path + ".Id", StandardizationErrorCodes.DuplicateIndicator, $"Indicator '{indicator.Id}' appears more than once in the catalogue.", indicator.Id.Value);
        }

        if (indicator.Title is null)
        {
            ValidationFailures.Add(context, path + ".Title", CommonErrorCodes.Required, "An indicator needs a title.", null);
        }

        if (indicator.CheckedBy.IsEmpty)
        {
            ValidationFailures.Add(context, path + ".CheckedBy", StandardizationErrorCodes.CheckMethodMissing, $"Indicator '{indicator.Id}' must name how it is checked.", null);
        }

        foreach (var check in indicator.CheckedBy.Where(c => !Enum.IsDefined(c)))
        {
            ValidationFailures.Add(context, path + ".CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking.", check);
        }

        if (!methods.TryGet(indicator.Method, out var method))
        {
            ValidationFailures.Add(
                context,
                path + ".Method",
                StandardizationErrorCodes.UnknownMethod,
                $"'{indicator.Method}' is not a scoring method; known: {string.Join(", ", methods.Names)}.",
                indicator.Method);
            return 0m;
        }

        foreach (var problem in method.ValidateParameters(indicator.MaxPoints, indicator.Parameters))
        {
            var (where, value) = problem.Parameter.Length == 0
                ? (path + ".MaxPoints", ValidationFailures.Text(indicator.MaxPoints.Value))
                : (path + ".Parameters." + problem.Parameter,
                   indicator.Parameters.TryGetValue(problem.Parameter, out var v) ? ValidationFailures.Text(v) : null);
            ValidationFailures.Add(context, where, problem.ErrorCode, problem.Message, value);
        }

        return method.CountsTowardsTotal ? indicator.MaxPoints.Value : 0m;
    }
}
