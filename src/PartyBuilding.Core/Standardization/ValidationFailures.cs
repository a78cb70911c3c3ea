using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Standardization;

/// <summary>Adds failures with a path, an error code and the offending value.</summary>
internal static class ValidationFailures
{
    public static void Add<T>(ValidationContext<T> context, string path, string code, string message, object? value) =>
        context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
