using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>The score-thresholds rule registered under a name only a custom registry knows.</summary>
internal sealed class RenamedThresholdsTierRule : ITierRule
{
    public const string Renamed = "renamed-thresholds";

    private readonly ScoreThresholdTierRule _inner = new();

    public string Name => Renamed;

    public ImmutableArray<ParameterProblem> ValidateParameters(ImmutableSortedDictionary<string, decimal> parameters) => _inner.ValidateParameters(parameters);

    public Score ThresholdOf(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters) => _inner.ThresholdOf(tier, parameters);

    public TierDecision Decide(BranchScoreResult result, ImmutableSortedDictionary<string, decimal> parameters) => _inner.Decide(result, parameters);
}
