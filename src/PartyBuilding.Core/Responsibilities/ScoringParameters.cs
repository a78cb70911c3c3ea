using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The names of the parameters the built-in scoring strategies take.</summary>
public static class ScoringParameters
{
    /// <summary>The top of the scale (default 100), taken by every strategy.</summary>
    public const string MaxPoints = "maxPoints";

    /// <summary>The level-weighted strategy's weight of principal responsibilities.</summary>
    public const string WeightPrincipal = "weight.principal";

    /// <summary>The level-weighted strategy's weight of assisting responsibilities.</summary>
    public const string WeightAssisting = "weight.assisting";

    /// <summary>The level-weighted strategy's weight of guiding and supervising responsibilities.</summary>
    public const string WeightGuidingAndSupervising = "weight.guidingAndSupervising";

    /// <summary>The level-weighted strategy's weight of specific implementation responsibilities.</summary>
    public const string WeightImplementing = "weight.implementing";

    /// <summary>The overdue-deduction strategy's points deducted per overdue occurrence.</summary>
    public const string DeductionPerOverdue = "deductionPerOverdue";

    /// <summary>The overdue-deduction strategy's lowest score.</summary>
    public const string Floor = "floor";

    /// <summary>Gets the weight parameter of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The parameter's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static string WeightOf(ResponsibilityLevel level) => level switch
    {
        ResponsibilityLevel.Principal => WeightPrincipal,
        ResponsibilityLevel.Assisting => WeightAssisting,
        ResponsibilityLevel.GuidingAndSupervising => WeightGuidingAndSupervising,
        ResponsibilityLevel.Implementing => WeightImplementing,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    internal static IEnumerable<KeyValuePair<string, string>> Format(ImmutableSortedDictionary<string, decimal> parameters) =>
        parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString(CultureInfo.InvariantCulture)));
}
