using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The one place where programming errors (a caller breaking a documented precondition) are detected.
/// Bad <em>data</em> is reported through validation, never through these guards.
/// </summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max} inclusive.");
        }

        return value;
    }

    public static decimal InRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max} inclusive.");
        }

        return value;
    }

    public static ImmutableArray<T> NotDefault<T>(ImmutableArray<T> value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value.IsDefault)
        {
            throw new ArgumentException("The array must be initialized (use ImmutableArray<T>.Empty for none).", name);
        }

        return value;
    }
}
