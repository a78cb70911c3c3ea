using FluentValidation;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Validation;

/// <summary>Reusable FluentValidation rules for the primitives of <c>Common</c>, each with its stable error code.</summary>
internal static class CommonRules
{
    /// <summary>Requires an identifier to be set (not the empty default).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, TId> MustBeSetId<T, TId>(this IRuleBuilder<T, TId> rule)
        where TId : struct, IStronglyTypedId<TId> =>
        rule.Must(id => !id.IsEmpty)
            .WithErrorCode(CommonErrorCodes.IdentifierEmpty)
            .WithMessage("'{PropertyName}' must be a non-empty identifier.");

    /// <summary>Requires a proportion to be between 0 and 1.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, Proportion> MustBeProportion<T>(this IRuleBuilder<T, Proportion> rule) =>
        rule.Must(p => Proportion.IsValid(p.Value))
            .WithErrorCode(CommonErrorCodes.ProportionOutOfRange)
            .WithMessage("'{PropertyName}' must be between 0 and 1.");

    /// <summary>Requires an enumeration value to be defined.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, TEnum> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => Enum.IsDefined(v))
            .WithErrorCode(CommonErrorCodes.UndefinedEnumValue)
            .WithMessage("'{PropertyName}' is not a known value.");

    /// <summary>Requires the keys of a collection's items to be unique; each repeated key is reported once, at its second occurrence. Missing (null) items have no key and are skipped: the item's own <c>NotNull</c> rule reports them.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <param name="key">Gets an item's key.</param>
    /// <returns>The rule builder.</returns>
    public static IRuleBuilderOptionsConditions<T, ImmutableArray<TItem>> MustHaveUniqueKeys<T, TItem, TKey>(
        this IRuleBuilder<T, ImmutableArray<TItem>> rule,
        Func<TItem, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(key);
        return rule.Custom((items, context) =>
        {
            if (!items.IsDefault)
            {
                ReportRepeatedKeys(items, key, context);
            }
        });
    }

    /// <summary>Requires the keys of a value-equal collection's items to be unique, as <see cref="MustHaveUniqueKeys{T, TItem, TKey}(IRuleBuilder{T, ImmutableArray{TItem}}, Func{TItem, TKey})"/> does for an immutable array.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <param name="key">Gets an item's key.</param>
    /// <returns>The rule builder.</returns>
    public static IRuleBuilderOptionsConditions<T, ValueArray<TItem>> MustHaveUniqueKeys<T, TItem, TKey>(
        this IRuleBuilder<T, ValueArray<TItem>> rule,
        Func<TItem, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(key);
        return rule.Custom((items, context) => ReportRepeatedKeys(items.AsImmutableArray(), key, context));
    }

    private static void ReportRepeatedKeys<T, TItem, TKey>(ImmutableArray<TItem> items, Func<TItem, TKey> key, ValidationContext<T> context)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                // A missing item is reported by the item's own NotNull rule; it has no key to compare.
                continue;
            }

            var k = key(items[i]);
            if (!seen.Add(k))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(
                    $"{context.PropertyPath}[{i}]",
                    $"'{k}' appears more than once in '{context.PropertyPath}'.",
                    k.ToString())
                {
                    ErrorCode = CommonErrorCodes.DuplicateIdentifier,
                });
            }
        }
    }

    /// <summary>Requires an immutable array to be initialized (not <c>default</c>).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder options.</returns>
    public static IRuleBuilderOptions<T, ImmutableArray<TItem>> MustBePresent<T, TItem>(this IRuleBuilder<T, ImmutableArray<TItem>> rule) =>
        rule.Must(a => !a.IsDefault)
            .WithErrorCode(CommonErrorCodes.Required)
            .WithMessage("'{PropertyName}' is required.");
}
