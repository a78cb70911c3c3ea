using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class GradingTest
{
    private static GradingCandidate Candidate(int n, decimal points, int months = 12, MemberGrade ceiling = MemberGrade.Excellent) =>
        new(M(n), Score.Of(points), months, ceiling, ceiling == MemberGrade.Excellent ? null : new LocalizedText("D2", "D2"));

    private static IGradingStrategy Quota(string quota, string? tieRule = null)
    {
        var parameters = new List<(string, string)> { ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20"), ("excellent-quota", quota) };
        if (tieRule is not null)
        {
            parameters.Add(("tie-rule", tieRule));
        }

        return CreateGrading(Choice(MemberPointsStrategies.BranchQuota, [.. parameters]));
    }

    private static MemberGrade[] Grades(IGradingStrategy strategy, params GradingCandidate[] candidates) =>
        [.. strategy.Grade([.. candidates]).OrderBy(d => d.MemberId).Select(d => d.Grade)];

    [Theory]
    [InlineData("40", MemberGrade.Excellent)]
    [InlineData("39.99", MemberGrade.Qualified)]
    [InlineData("30", MemberGrade.Qualified)]
    [InlineData("29.99", MemberGrade.BasicallyQualified)]
    [InlineData("20", MemberGrade.BasicallyQualified)]
    [InlineData("19.99", MemberGrade.Unqualified)]
    public void Article002_AnnualGrading_AbsoluteThresholds_BothSidesOfEachThreshold(string points, MemberGrade expected)
    {
        var strategy = CreateGrading(Thresholds());

        var decision = strategy.Grade([Candidate(1, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture))]).Single();

        decision.Grade.Should().Be(expected);
        decision.Explanation.Value.Should().Be((int)expected);
        decision.Explanation.Citation.Should().Be(MemberPointsCitations.AnnualGrading);
    }

    [Fact]
    public void AbsoluteThresholds_Prorate_ScalesThresholdsForMidYearJoiners()
    {
        var strategy = CreateGrading(Thresholds(prorate: true));

        // Six months: thresholds 20 / 15 / 10.
        Grades(strategy, Candidate(1, 20m, 6), Candidate(2, 19.99m, 6), Candidate(3, 9.99m, 6))
            .Should().Equal(MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Unqualified);

        // Seven months: 40 × 7 ÷ 12 = 23.333… → 23.33.
        ((AbsoluteThresholdGradingStrategy)strategy).Thresholds.ThresholdOf(MemberGrade.Excellent, 7).Should().Be(23.33m);
        Grades(strategy, Candidate(1, 23.33m, 7), Candidate(2, 23.32m, 7)).Should().Equal(MemberGrade.Excellent, MemberGrade.Qualified);
    }

    [Fact]
    public void HardCondition_CapsGradeAtCeiling_ButNotAGradeAlreadyBelow()
    {
        var strategy = CreateGrading(Thresholds());

        Grades(strategy, Candidate(1, 50m, ceiling: MemberGrade.BasicallyQualified), Candidate(2, 10m, ceiling: MemberGrade.BasicallyQualified))
            .Should().Equal(MemberGrade.BasicallyQualified, MemberGrade.Unqualified);
    }

    [Fact]
    public void BranchQuota_PlacesAreFloorOfQuotaTimesGradedMembers()
    {
        var strategy = (BranchQuotaGradingStrategy)Quota("0.3");

        strategy.PlacesFor(10).Should().Be(3);
        strategy.PlacesFor(9).Should().Be(2);
        strategy.PlacesFor(3).Should().Be(0);
        strategy.PlacesFor(4).Should().Be(1);
    }

    [Fact]
    public void BranchQuota_MoreEligibleThanPlaces_HighestPointsWin_OthersQualified()
    {
        // 10 members, 30% → 3 places; five are eligible (≥ 40).
        var candidates = new[] { 50m, 48m, 45m, 44m, 41m, 35m, 32m, 25m, 22m, 10m }.Select((p, i) => Candidate(i + 1, p)).ToArray();

        Grades(Quota("0.3"), candidates).Should().Equal(
            MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Qualified,
            MemberGrade.Qualified, MemberGrade.Qualified, MemberGrade.BasicallyQualified, MemberGrade.BasicallyQualified, MemberGrade.Unqualified);
    }

    [Fact]
    public void BranchQuota_TieAtBoundary_ExcludeTied_LeavesAllTiedOut()
    {
        // 3 places; the 3rd and 4th share 45 points.
        var candidates = new[] { 50m, 48m, 45m, 45m, 41m, 35m, 32m, 25m, 22m, 10m }.Select((p, i) => Candidate(i + 1, p)).ToArray();

        var decisions = Quota("0.3", BranchQuotaGradingStrategy.ExcludeTied).Grade([.. candidates]);

        decisions.Take(5).Select(d => d.Grade).Should().Equal(
            MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Qualified, MemberGrade.Qualified);
        decisions[2].Explanation.Children.Last().Parameters["tie-at-boundary"].Should().Be("true");
    }

    [Fact]
    public void BranchQuota_TieAtBoundary_IncludeTied_LetsAllTiedIn()
    {
        var candidates = new[] { 50m, 48m, 45m, 45m, 41m, 35m, 32m, 25m, 22m, 10m }.Select((p, i) => Candidate(i + 1, p)).ToArray();

        Grades(Quota("0.3", BranchQuotaGradingStrategy.IncludeTied), candidates).Take(5).Should().Equal(
            MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Qualified);
    }

    [Fact]
    public void BranchQuota_TieBelowTheBoundary_IsNoTie()
    {
        // 3 places; 45, 45 are 3rd and 4th? No: 50, 48, 46 take the places; 45 and 45 tie below the boundary.
        var candidates = new[] { 50m, 48m, 46m, 45m, 45m, 35m, 32m, 25m, 22m, 10m }.Select((p, i) => Candidate(i + 1, p)).ToArray();

        Grades(Quota("0.3"), candidates).Take(5).Should().Equal(
            MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Qualified);
    }

    [Theory]
    [InlineData(9, 3)]
    [InlineData(8, 2)]
    [InlineData(12, 4)]
    [InlineData(11, 3)]
    public void BranchQuota_ExcellentQuotaOneThird_IsExact_OnBothSidesOfEachWholePlace(int members, int excellent)
    {
        // 1/3 as a decimal is 0.3333…, and 0.3333… × 9 = 2.9999… would give 2 places; the exact share gives 3.
        var candidates = Enumerable.Range(1, members).Select(i => Candidate(i, 50m + i)).ToArray();
        var strategy = (BranchQuotaGradingStrategy)Quota("1/3");

        strategy.PlacesFor(members).Should().Be(excellent);
        Grades(strategy, candidates).Count(g => g == MemberGrade.Excellent).Should().Be(excellent);
        strategy.Grade([.. candidates]).First(d => d.Grade == MemberGrade.Excellent).Explanation.Children.Last().Parameters
            .Should().Contain("excellent-quota", "1/3").And.Contain("excellent-places", excellent.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void BranchQuota_FewerEligibleThanPlaces_AllEligibleExcellent()
    {
        Grades(Quota("0.5"), Candidate(1, 45m), Candidate(2, 30m), Candidate(3, 30m), Candidate(4, 20m))
            .Should().Equal(MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Qualified, MemberGrade.BasicallyQualified);
    }

    [Fact]
    public void BranchQuota_ZeroPlaces_NoExcellent()
    {
        Grades(Quota("0.2"), Candidate(1, 45m), Candidate(2, 44m), Candidate(3, 30m))
            .Should().Equal(MemberGrade.Qualified, MemberGrade.Qualified, MemberGrade.Qualified);
    }

    [Fact]
    public void BranchQuota_CappedMemberIsNotEligible_PlaceGoesToNext()
    {
        // 4 members, 25% → 1 place; the top scorer is capped by a hard condition.
        Grades(Quota("0.25"), Candidate(1, 60m, ceiling: MemberGrade.BasicallyQualified), Candidate(2, 45m), Candidate(3, 41m), Candidate(4, 20m))
            .Should().Equal(MemberGrade.BasicallyQualified, MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.BasicallyQualified);
    }

    [Fact]
    public void Grading_IsIndependentOfCandidateOrder()
    {
        var candidates = new[] { 50m, 48m, 45m, 45m, 41m, 35m }.Select((p, i) => Candidate(i + 1, p)).ToArray();
        var strategy = Quota("0.5");

        strategy.Grade([.. candidates.AsEnumerable().Reverse()]).Should().Equal(strategy.Grade([.. candidates]));
    }

    [Theory]
    [InlineData("nope", CommonErrorCodes.StrategyUnknown)]
    public void GradingStrategies_UnknownName_IsRejected(string name, string code)
    {
        var act = () => CreateGrading(new StrategySpec(name));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Single().ErrorCode.Should().Be(code);
    }

    [Fact]
    public void GradingStrategies_BadParameters_AreAllListed()
    {
        var choice = Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "20"), ("qualified", "30"), ("basically-qualified", "x"), ("excellent-quota", "1.5"), ("tie-rule", "coin"), ("extra", "1"));

        var problems = CheckGrading(choice);

        problems.Select(p => p.ErrorCode).Should().OnlyContain(c => c == CommonErrorCodes.StrategyParameterInvalid || c == CommonErrorCodes.StrategyParameterUnknown);
        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "Grading.Parameters.basically-qualified", "Grading.Parameters.excellent", "Grading.Parameters.excellent-quota",
            "Grading.Parameters.tie-rule", "Grading.Parameters.extra");
    }

    [Fact]
    public void GradingStrategies_MissingParameter_IsReported()
    {
        CheckGrading(Choice(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "40")))
            .Select(p => p.Path).Should().BeEquivalentTo("Grading.Parameters.qualified", "Grading.Parameters.basically-qualified");
    }

    [Fact]
    public void Grade_DefaultCandidateArray_IsAProgrammingError_ForEveryStrategy()
    {
        ((Action)(() => CreateGrading(Thresholds()).Grade(default))).Should().Throw<ArgumentException>().WithParameterName("candidates");
        ((Action)(() => Quota("0.3").Grade(default))).Should().Throw<ArgumentException>().WithParameterName("candidates");
    }
}
