using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A way of turning what the assessors observed for one indicator into points (计分方法), created from the parameters a
/// catalogue gives it: a checklist, a proportional rate, deductions per occurrence, a capped bonus or a veto. A catalogue
/// names one for each indicator with a <see cref="Strategies.StrategySpec"/>; <see cref="StandardizationStrategies"/> creates it.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IIndicatorScoringMethod
{
    /// <summary>Gets the name it is registered under, e.g. <c>deduction</c>.</summary>
    string Name { get; }

    /// <summary>Gets a value indicating whether the indicator's maximum points count towards the catalogue's declared total (false for a bonus or a veto).</summary>
    bool CountsTowardsTotal { get; }

    /// <summary>Gets the observation assumed when an assessment leaves the indicator out, or <see langword="null"/> when it must be scored.</summary>
    decimal? DefaultObservation { get; }

    /// <summary>Checks an indicator's maximum points against the method and its parameters.</summary>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    /// <returns>Why they do not suit the method, or <see langword="null"/> when they do.</returns>
    string? CheckMaxPoints(Score maxPoints);

    /// <summary>Checks an observed value.</summary>
    /// <param name="observed">The observed value, in the unit the method reads (a flag, a rate or a count).</param>
    /// <returns>Why the value does not suit the method, or <see langword="null"/> when it does.</returns>
    string? CheckObservation(decimal observed);

    /// <summary>Scores one observation.</summary>
    /// <param name="maxPoints">The indicator's maximum points, valid by <see cref="CheckMaxPoints"/>.</param>
    /// <param name="observed">The observed value, valid by <see cref="CheckObservation"/>.</param>
    /// <returns>The points and whether a veto was triggered.</returns>
    /// <exception cref="ArgumentException">The maximum points or the observation are not valid.</exception>
    IndicatorOutcome Score(Score maxPoints, decimal observed);

    /// <summary>
    /// Scores one observation as <see cref="Score"/> does, without the account in words: what the engine computes for
    /// every indicator of every branch, the account being built only when an explanation is read. The default calls
    /// <see cref="Score"/>; a method overrides it only to save that work, and must then give the same points and veto.
    /// </summary>
    /// <param name="maxPoints">The indicator's maximum points, valid by <see cref="CheckMaxPoints"/>.</param>
    /// <param name="observed">The observed value, valid by <see cref="CheckObservation"/>.</param>
    /// <returns>The points and whether a veto was triggered, equal to <see cref="Score"/>'s.</returns>
    /// <exception cref="ArgumentException">The maximum points or the observation are not valid.</exception>
    (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        var outcome = Score(maxPoints, observed);
        return (outcome.Points, outcome.VetoTriggered);
    }
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
