using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.ScoringItems;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins <see cref="OverdueDeductionScoring"/>: <c>max(floor, maxPoints − n × deductionPerOverdue)</c>, its guards on both sides of
/// each bound, and its explanation node by node with the overdue items in list-then-item order.
/// </summary>
public sealed class OverdueDeductionScoringRulesTest
{
    [Fact]
    public void Score_FourOverdueOccurrencesBelowTheFloor_ExplainsEveryOverdueItemInListThenItemOrder()
    {
        // 10 − 4 × 5 = −10, below the floor 0.
        ItemStatus[] items =
        [
            Status("L-B", "X1", ResponsibilityLevel.Principal, 0, 1),
            Status("L-A", "X2", ResponsibilityLevel.Principal, 1, 2),
            Status("L-A", "X3", ResponsibilityLevel.Assisting, 3, 0, 1),
            Status("L-A", "X1", ResponsibilityLevel.Assisting, 0, 1),
        ];

        var score = new OverdueDeductionScoring(new Score(10m), new Score(5m), Score.Zero).Score(items);

        score.Value.Should().Be(Score.Zero);
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（逾期扣分）", "Responsibility score (deduction per overdue item)", "0", "overdue-deduction",
                "deduction-per-overdue=5,floor=0,max-points=10",
                "满分10（方案规定）；每次逾期扣分5（方案规定）；最低分0（方案规定）；-10低于最低分，按最低分0计 (Full points 10 (set by the scheme); deduction per overdue occurrence 5 (set by the scheme); floor 0 (set by the scheme); -10 is below the floor; the floor 0 applies)", null),
            (1, null, "满分", "Full points", "10", null, "", null, null),
            (1, null, "逾期扣分", "Deduction for overdue occurrences", "-20", "count-times-deduction", "overdue=4", null, null),
            (2, "L-A/X1", "X1 逾期次数", "Overdue occurrences of X1", "1", null, "", null, null),
            (2, "L-A/X2", "X2 逾期次数", "Overdue occurrences of X2", "2", null, "", null, null),
            (2, "L-B/X1", "X1 逾期次数", "Overdue occurrences of X1", "1", null, "", null, null));
    }

    [Fact]
    public void Score_NothingOverdue_KeepsFullPointsWithoutANote()
    {
        var score = new OverdueDeductionScoring(new Score(10m), new Score(5m), Score.Zero).Score([Status("L-A", "X3", ResponsibilityLevel.Assisting, 3, 0, 1)]);

        score.Value.Should().Be(new Score(10m));
        Flatten(score.Explanation).Should().Equal(
            (0, null, "责任清单得分（逾期扣分）", "Responsibility score (deduction per overdue item)", "10", "overdue-deduction",
                "deduction-per-overdue=5,floor=0,max-points=10", "满分10（方案规定）；每次逾期扣分5（方案规定）；最低分0（方案规定） (Full points 10 (set by the scheme); deduction per overdue occurrence 5 (set by the scheme); floor 0 (set by the scheme))", null),
            (1, null, "满分", "Full points", "10", null, "", null, null),
            (1, null, "逾期扣分", "Deduction for overdue occurrences", "0", "count-times-deduction", "overdue=0", null, null));
    }

    [Fact]
    public void Constructor_FloorEqualToTheScaleOrZero_IsAccepted()
    {
        new OverdueDeductionScoring(new Score(10m), new Score(0.01m), new Score(10m)).Floor.Should().Be(new Score(10m));
        new OverdueDeductionScoring(new Score(0.01m), new Score(5m), Score.Zero).MaxPoints.Should().Be(new Score(0.01m));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Constructor_ScaleNotAboveZero_ThrowsNamingMaxPoints(string maxPoints)
    {
        var act = () => new OverdueDeductionScoring(new Score(decimal.Parse(maxPoints, CultureInfo.InvariantCulture)), new Score(5m), Score.Zero);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxPoints").WithMessage("The scale must be above 0.*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Constructor_DeductionNotAboveZero_ThrowsNamingDeductionPerOverdue(string deduction)
    {
        var act = () => new OverdueDeductionScoring(new Score(10m), new Score(decimal.Parse(deduction, CultureInfo.InvariantCulture)), Score.Zero);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("deductionPerOverdue").WithMessage("The deduction must be above 0.*");
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("10.01")]
    public void Constructor_FloorOutsideZeroToTheScale_ThrowsNamingFloor(string floor)
    {
        var act = () => new OverdueDeductionScoring(new Score(10m), new Score(5m), new Score(decimal.Parse(floor, CultureInfo.InvariantCulture)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("floor").WithMessage("The floor must be between 0 and the scale.*");
    }

    [Fact]
    public void Score_NullItems_ThrowsArgumentNullNamingItems()
    {
        var act = () => new OverdueDeductionScoring(new Score(10m), new Score(5m), Score.Zero).Score(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }
}
