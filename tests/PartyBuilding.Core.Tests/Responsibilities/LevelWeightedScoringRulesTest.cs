using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.ScoringItems;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="LevelWeightedScoring"/>: its guards, the re-basing over the levels with a decided occurrence and a weight above 0
/// (article 000's three-level split), and its explanation node by node.
/// </summary>
public sealed class LevelWeightedScoringRulesTest
{
    private static KeyValuePair<ResponsibilityLevel, Proportion> W(ResponsibilityLevel level, decimal weight) => new(level, Proportion.Of(weight));

    private static LevelWeightedScoring Strategy() => new(new Score(100m),
    [
        W(ResponsibilityLevel.Principal, 0.5m), W(ResponsibilityLevel.Assisting, 0.3m),
        W(ResponsibilityLevel.GuidingAndSupervising, 0.2m), W(ResponsibilityLevel.Implementing, 0m),
    ]);

    private static KeyValuePair<ResponsibilityLevel, Proportion>[] OnlyPrincipal() =>
        [W(ResponsibilityLevel.Principal, 1m), W(ResponsibilityLevel.Assisting, 0m), W(ResponsibilityLevel.GuidingAndSupervising, 0m), W(ResponsibilityLevel.Implementing, 0m)];

    [Fact]
    public void Article000_ThreeLevelSplit_RebasesOverDecidedWeightedLevelsAndExplainsEachLevelInListThenItemOrder()
    {
        // principal (1/2 + 1 + 0) / 3 = 0.5, assisting 2/4 = 0.5; supervising undecided, implementing weighted 0:
        // 100 × (0.5 × 0.5 + 0.3 × 0.5) / 0.8 = 50.
        ItemStatus[] items =
        [
            Status("L-B", "P2", ResponsibilityLevel.Principal, 1, 1),
            Status("L-A", "P9", ResponsibilityLevel.Principal, 1, 0),
            Status("L-A", "P1", ResponsibilityLevel.Principal, 0, 1),
            Status("L-A", "A1", ResponsibilityLevel.Assisting, 2, 2),
            Status("L-A", "I1", ResponsibilityLevel.Implementing, 1, 0),
            Status("L-A", "G1", ResponsibilityLevel.GuidingAndSupervising, 0, 0, 1),
        ];

        var score = Strategy().Score(items);

        score.Value.Should().Be(new Score(50m));
        var split = Cite(ResponsibilityCitations.ThreeLevelSplit);
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（按责任层级加权）", "Responsibility score (weighted by level)", "50.0", "level-weighted",
                "countedWeight=0.8,max-points=100,weight-assisting=0.3,weight-guiding-and-supervising=0.2,weight-implementing=0,weight-principal=0.5",
                "满分100（方案规定）；层级权重：主体责任0.5、协助责任0.3、指导督促责任0.2、具体落实责任0（方案规定） (Full points 100 (set by the scheme); level weights: Principal responsibility 0.5, Assisting responsibility 0.3, Guiding and supervising responsibility 0.2, Specific implementation responsibility 0 (set by the scheme))", null),
            (1, "Principal", "主体责任", "Principal responsibility", "0.25", "weight-times-mean-completion", "completion=0.5,weight=0.5", null, split),
            (2, "L-A/P1", "事项 P1", "Item P1", "0", null, "", null, null),
            (2, "L-A/P9", "事项 P9", "Item P9", "1", null, "", null, null),
            (2, "L-B/P2", "事项 P2", "Item P2", "1", null, "", null, null),
            (1, "Assisting", "协助责任", "Assisting responsibility", "0.15", "weight-times-mean-completion", "completion=0.5,weight=0.3", null, split),
            (2, "L-A/A1", "事项 A1", "Item A1", "2", null, "", null, null));
    }

    [Fact]
    public void NoWeightedLevelDecided_GivesFullPointsAndSaysSo()
    {
        var score = Strategy().Score([Status("L-A", "I1", ResponsibilityLevel.Implementing, 0, 3), Status("L-A", "P1", ResponsibilityLevel.Principal, 0, 0, 2)]);

        score.Value.Should().Be(new Score(100m));
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（按责任层级加权）", "Responsibility score (weighted by level)", "100", "level-weighted",
                "countedWeight=0,max-points=100,weight-assisting=0.3,weight-guiding-and-supervising=0.2,weight-implementing=0,weight-principal=0.5",
                "满分100（方案规定）；层级权重：主体责任0.5、协助责任0.3、指导督促责任0.2、具体落实责任0（方案规定）；各加权层级均无已到期事项，按满分计 (Full points 100 (set by the scheme); level weights: Principal responsibility 0.5, Assisting responsibility 0.3, Guiding and supervising responsibility 0.2, Specific implementation responsibility 0 (set by the scheme); no weighted level has a decided occurrence yet: full points)", null));
    }

    [Fact]
    public void Parameters_ListEveryWeightAndTheScale()
    {
        Strategy().Parameters.Select(p => (p.Key, p.Value)).Should().Equal(
            ("max-points", "100"),
            ("weight-assisting", "0.3"),
            ("weight-guiding-and-supervising", "0.2"),
            ("weight-implementing", "0"),
            ("weight-principal", "0.5"));
    }

    [Fact]
    public void Constructor_NullWeights_ThrowsArgumentNullNamingWeights()
    {
        var act = () => new LevelWeightedScoring(new Score(100m), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("weights");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_ScaleNotAboveZero_ThrowsNamingMaxPoints(int maxPoints)
    {
        var act = () => new LevelWeightedScoring(new Score(maxPoints), OnlyPrincipal());

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxPoints").WithMessage("The scale must be above 0.*");
    }

    [Fact]
    public void Constructor_SmallestPositiveScale_IsAccepted()
    {
        var strategy = new LevelWeightedScoring(new Score(0.01m), OnlyPrincipal());

        strategy.MaxPoints.Should().Be(new Score(0.01m));
    }

    [Fact]
    public void Constructor_ALevelWithoutWeight_ThrowsNamingWeightsThoughTheOthersAddUpToOne()
    {
        var act = () => new LevelWeightedScoring(new Score(100m), [W(ResponsibilityLevel.Principal, 0.5m), W(ResponsibilityLevel.Assisting, 0.3m), W(ResponsibilityLevel.GuidingAndSupervising, 0.2m)]);

        act.Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("Give every level a weight; the weights must add up to exactly 1.*");
    }

    [Fact]
    public void Constructor_EveryLevelWeightedButNotAddingUpToOne_ThrowsNamingWeights()
    {
        var act = () => new LevelWeightedScoring(new Score(100m),
            [W(ResponsibilityLevel.Principal, 0.5m), W(ResponsibilityLevel.Assisting, 0.3m), W(ResponsibilityLevel.GuidingAndSupervising, 0.1m), W(ResponsibilityLevel.Implementing, 0m)]);

        act.Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("Give every level a weight; the weights must add up to exactly 1.*");
    }

    [Fact]
    public void Score_NullItems_ThrowsArgumentNullNamingItems()
    {
        var act = () => Strategy().Score(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }
}
