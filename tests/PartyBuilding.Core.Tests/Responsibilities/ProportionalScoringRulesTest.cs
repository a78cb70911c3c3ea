using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.ScoringItems;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="ProportionalScoring"/> (<c>maxPoints × mean completion</c> over items with a decided occurrence) and the guards of
/// <see cref="LevelCompletion"/>: the explanation node by node with the decided items in list-then-item order, the full-points note
/// when nothing is decided, and both sides of the scale's bound.
/// </summary>
public sealed class ProportionalScoringRulesTest
{
    [Fact]
    public void Score_ThreeDecidedItemsAndOneUndecided_ExplainsTheMeanOverTheDecidedInListThenItemOrder()
    {
        // Completions 1, 1/2 and 0: mean 1/2, 10 × 1/2 = 5. X3 has nothing decided and is left out.
        ItemStatus[] items =
        [
            Status("L-B", "X1", ResponsibilityLevel.Principal, 0, 1),
            Status("L-A", "X2", ResponsibilityLevel.Principal, 1, 1),
            Status("L-A", "X3", ResponsibilityLevel.Assisting, 0, 0, 2),
            Status("L-A", "X1", ResponsibilityLevel.Assisting, 3, 0, 1),
        ];

        var score = new ProportionalScoring(new Score(10m)).Score(items);

        score.Value.Should().Be(new Score(5m));
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（按完成比例）", "Responsibility score (proportional)", "5.0", "proportional", "max-points=10", "满分10（方案规定） (Full points 10 (set by the scheme))", null),
            (1, null, "平均完成率", "Mean completion", "0.5", "mean", "items=3", null, null),
            (2, "L-A/X1", "事项 X1", "Item X1", "3", null, "", null, null),
            (2, "L-A/X2", "事项 X2", "Item X2", "1", null, "", null, null),
            (2, "L-B/X1", "事项 X1", "Item X1", "0", null, "", null, null));
    }

    [Fact]
    public void Score_NothingDecidedYet_GivesFullPointsAndSaysSo()
    {
        var score = new ProportionalScoring(new Score(10m)).Score([Status("L-A", "X3", ResponsibilityLevel.Assisting, 0, 0, 2)]);

        score.Value.Should().Be(new Score(10m));
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（按完成比例）", "Responsibility score (proportional)", "10", "proportional", "max-points=10",
                "满分10（方案规定）；尚无已到期事项，按满分计 (Full points 10 (set by the scheme); no occurrence decided yet: full points)", null),
            (1, null, "平均完成率", "Mean completion", "1", "mean", "items=0", null, null));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Constructor_ScaleNotAboveZero_ThrowsNamingMaxPoints(string maxPoints)
    {
        var act = () => new ProportionalScoring(new Score(decimal.Parse(maxPoints, CultureInfo.InvariantCulture)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxPoints").WithMessage("The scale must be above 0.*");
    }

    [Fact]
    public void Constructor_SmallestPositiveScale_IsAccepted()
    {
        new ProportionalScoring(new Score(0.01m)).MaxPoints.Should().Be(new Score(0.01m));
    }

    [Fact]
    public void Score_NullItems_ThrowsArgumentNullNamingItems()
    {
        var act = () => new ProportionalScoring(new Score(10m)).Score(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void LevelCompletion_NullItems_ThrowsArgumentNullNamingItems()
    {
        var of = () => LevelCompletion.Of(ResponsibilityLevel.Principal, null!);
        var mean = () => LevelCompletion.MeanCompletion(null!);

        of.Should().Throw<ArgumentNullException>().WithParameterName("items");
        mean.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }
}
