using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Adds failures with the area's error codes to a FluentValidation context.</summary>
internal static class ValidationFailures
{
    public static void Fail<T>(this ValidationContext<T> context, string path, string code, string message, object? value) =>
        context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });
}
