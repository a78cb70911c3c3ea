using FluentValidation;

namespace PartyBuilding.Core.Validation;

/// <summary>Runs FluentValidation validators the library's way: every rule, every problem, one exception type.</summary>
public static class ValidatorExtensions
{
    /// <summary>Validates an instance and reports every problem.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="instance">The instance.</param>
    /// <param name="pathPrefix">A prefix for every path; empty for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> or <paramref name="instance"/> is <see langword="null"/>.</exception>
    public static ValidationReport Check<T>(this IValidator<T> validator, T instance, string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(instance);
        return ValidationReport.From(validator.Validate(instance), pathPrefix);
    }

    /// <summary>Validates an instance and throws, listing every problem, when it is not valid.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="instance">The instance.</param>
    /// <param name="subject">What is validated, for the message.</param>
    /// <returns>The instance, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> or <paramref name="instance"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The instance is not valid.</exception>
    public static T ValidateOrThrow<T>(this IValidator<T> validator, T instance, string subject)
    {
        Check(validator, instance).ThrowIfInvalid(subject);
        return instance;
    }
}
