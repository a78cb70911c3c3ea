using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Test helper: the checklist method under another name, which only strategies extended with it know.</summary>
internal sealed class NamedChecklistScoring(string name) : IIndicatorScoringMethod
{
    private readonly IIndicatorScoringMethod _inner = StandardizationFixtures.Method(StandardizationStrategies.Checklist);

    public string Name => name;

    public bool CountsTowardsTotal => true;

    public decimal? DefaultObservation => null;

    public string? CheckMaxPoints(Score maxPoints) => _inner.CheckMaxPoints(maxPoints);

    public string? CheckObservation(decimal observed) => _inner.CheckObservation(observed);

    public IndicatorOutcome Score(Score maxPoints, decimal observed) => _inner.Score(maxPoints, observed);
}
