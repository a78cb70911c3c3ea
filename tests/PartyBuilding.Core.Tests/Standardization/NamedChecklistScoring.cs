using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Test helper: the checklist method under another name, which only a registry extended with it knows (kills the <c>registry ?? Default</c> mutants).</summary>
internal sealed class NamedChecklistScoring(string name) : IIndicatorScoringMethod
{
    private readonly ChecklistScoring _inner = new();

    public string Name => name;

    public bool CountsTowardsTotal => true;

    public decimal? DefaultObservation => null;

    public ImmutableArray<ParameterProblem> ValidateParameters(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters) =>
        _inner.ValidateParameters(maxPoints, parameters);

    public string? ValidateObservation(decimal observed) => _inner.ValidateObservation(observed);

    public IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed) =>
        _inner.Score(maxPoints, parameters, observed);
}
