using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the guards of <see cref="TierRuleRegistry.With"/>: a rule must be given and must have a name.</summary>
public sealed class TierRuleRegistryGuardsTest
{
    [Fact]
    public void With_NullRule_ThrowsArgumentNullNamingRule() =>
        FluentActions.Invoking(() => TierRuleRegistry.Default.With(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("rule");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void With_RuleWithBlankName_ThrowsArgumentNamingRule(string name) =>
        FluentActions.Invoking(() => TierRuleRegistry.Default.With(new NamedRule(name)))
            .Should().Throw<ArgumentException>().WithParameterName("rule");

    [Fact]
    public void With_NamedRule_IsFoundByItsName()
    {
        var registry = TierRuleRegistry.Default.With(new NamedRule("by-vote"));

        registry.Names.Should().Equal("by-vote", "score-thresholds", "score-thresholds-aspect-floor");
        TierRuleRegistry.Default.Names.Should().Equal("score-thresholds", "score-thresholds-aspect-floor");
    }

    /// <summary>The score-thresholds rule under any name.</summary>
    private sealed class NamedRule(string name) : ITierRule
    {
        private readonly ScoreThresholdTierRule _inner = new();

        public string Name => name;

        public ImmutableArray<ParameterProblem> ValidateParameters(ImmutableSortedDictionary<string, decimal> parameters) => _inner.ValidateParameters(parameters);

        public Score ThresholdOf(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters) => _inner.ThresholdOf(tier, parameters);

        public TierDecision Decide(BranchScoreResult result, ImmutableSortedDictionary<string, decimal> parameters) => _inner.Decide(result, parameters);
    }
}
