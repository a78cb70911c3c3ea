using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A way of turning what the assessors observed for one indicator into points (计分方法): a checklist, a proportional
/// rate, deductions per occurrence, a capped bonus or a veto. A catalogue selects one by <see cref="Name"/> for each
/// indicator, with parameters that <see cref="ValidateParameters"/> checks before anything is scored.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe; the parameters travel with each call.</remarks>
public interface IIndicatorScoringMethod
{
    /// <summary>Gets the stable name a catalogue selects the method by, e.g. <c>deduction</c>.</summary>
    string Name { get; }

    /// <summary>Gets a value indicating whether the indicator's maximum points count towards the catalogue's declared total (false for a bonus or a veto).</summary>
    bool CountsTowardsTotal { get; }

    /// <summary>Gets the observation assumed when an assessment leaves the indicator out, or <see langword="null"/> when it must be scored.</summary>
    decimal? DefaultObservation { get; }

    /// <summary>Checks an indicator's maximum points and parameters.</summary>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>Every problem found; empty when they are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is <see langword="null"/>.</exception>
    ImmutableArray<ParameterProblem> ValidateParameters(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters);

    /// <summary>Checks an observed value.</summary>
    /// <param name="observed">The observed value, in the unit the method reads (a flag, a rate or a count).</param>
    /// <returns>Why the value does not suit the method, or <see langword="null"/> when it does.</returns>
    string? ValidateObservation(decimal observed);

    /// <summary>Scores one observation.</summary>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <param name="parameters">The parameters, valid by <see cref="ValidateParameters"/>.</param>
    /// <param name="observed">The observed value, valid by <see cref="ValidateObservation"/>.</param>
    /// <returns>The points and whether a veto was triggered.</returns>
    /// <exception cref="ArgumentException">The parameters or the observation are not valid.</exception>
    IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed);
}

/// <summary>What a scoring method made of one observation.</summary>
/// <param name="Points">The points awarded, between zero and the maximum.</param>
/// <param name="VetoTriggered">Whether the observation triggers a veto (一票否决).</param>
/// <param name="Reason">A short account of the computation, e.g. <c>10 − 2 × 1.5 = 7</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorOutcome(Score Points, bool VetoTriggered, string Reason)
{
    /// <summary>Gets the account in both languages, or <see langword="null"/> when only <see cref="Reason"/> is given (it is then shown as written).</summary>
    public LocalizedText? Text { get; init; }
}
