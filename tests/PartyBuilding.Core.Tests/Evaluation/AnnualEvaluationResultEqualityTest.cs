using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>An annual evaluation result compares member by member, its list of missing inputs by value.</summary>
public sealed class AnnualEvaluationResultEqualityTest
{
    private static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    private static readonly AssessmentYear Year2018 = AssessmentYear.Create(2018);
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    [Fact]
    public void Equals_RecomputedCopy_IsEqual_WithTheMissingInputsComparedByValue()
    {
        var result = Result();
        var copy = Result();

        result.Missing.Should().NotBeSameAs(copy.Missing);
        result.Equals(copy).Should().BeTrue();
        result.Equals(result).Should().BeTrue();
        result.GetHashCode().Should().Be(copy.GetHashCode());
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Result().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_AnyMemberChanged_IsFalse()
    {
        var r = Result();
        var otherReceipt = new AssessmentResult(Committee, Year2018, AsOf, r.Assessment.Banding, r.Assessment.Ranking, [], new ReproducibilityReceipt("sha256", "1.0.0", "other"));
        AnnualEvaluationResult[] changed =
        [
            new(AsOf.PlusDays(1), r.Assessment, r.Data, r.Missing, r.DoubleReview, r.Standardization, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, otherReceipt, r.Data, r.Missing, r.DoubleReview, r.Standardization, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data with { Year = AssessmentYear.Create(2017) }, r.Missing, r.DoubleReview, r.Standardization, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, [], r.DoubleReview, r.Standardization, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, r.Missing, null, r.Standardization, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, r.Missing, r.DoubleReview, null, r.MemberPoints, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, r.Missing, r.DoubleReview, r.Standardization, null, r.Responsibilities, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, r.Missing, r.DoubleReview, r.Standardization, r.MemberPoints, null, r.Rectification),
            new(r.AsOf, r.Assessment, r.Data, r.Missing, r.DoubleReview, r.Standardization, r.MemberPoints, r.Responsibilities, null),
        ];
        var result = r;

        for (var i = 0; i < changed.Length; i++)
        {
            result.Equals(changed[i]).Should().BeFalse($"copy {i} differs in one member");
            changed[i].Equals(result).Should().BeFalse($"copy {i} differs in one member");
        }
    }

    private static AnnualEvaluationResult Result()
    {
        var strategy = new AppliedStrategy("fixed", ImmutableSortedDictionary<string, string>.Empty);
        var assessment = new AssessmentResult(Committee, Year2018, AsOf, strategy, strategy, [], new ReproducibilityReceipt("sha256", "1.0.0", "abc"));
        var data = new AssessmentDataSet(Committee, Year2018, [], []);
        var leaf = Explanation.Given(new LocalizedText("输入", "Input"), 0m);
        var stats = new PointsStatistics(Committee, 0, 0, 0, 0, 0, 0, 0, Score.Of(0m), Score.Of(0m), Proportion.Zero, Proportion.Zero, Score.Of(0m), leaf);
        return new AnnualEvaluationResult(
            AsOf,
            assessment,
            data,
            [new MissingComponent(OrganizationId.Parse("BZ-097"), AssessmentComponentId.Parse("DR"), new LocalizedText("参评人数不足", "below quorum"))],
            new DoubleReviewOutcome("bz-wc", Year2018, AsOf, [], []),
            new StandardizationOutcome([], [], []),
            new MemberPointsYearResult(Year2018, Committee, AsOf, [], [], [], [], stats),
            new ResponsibilityAssessment("scheme", Year2018, AsOf, []),
            new RectificationLedgerStatus(RectificationLedgerId.Parse("L-2018"), AsOf, [], []));
    }
}
