using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Issue 23, columnar engines: the data set checks resolve references to indices in one pass and build a path only for a
/// problem, and the result keeps declarations, months and reviews as the run's rows, made into records when first read.
/// Neither may change what is reported or computed.
/// </summary>
public sealed class ColumnarRunTest
{
    [Fact]
    public void LibraryRule_TheDataChecks_ReportEveryProblemInInputOrder_AndARepeatOnlyAfterItsFirst()
    {
        var a = M(1);
        var d = Declare(a, "B1", 3, id: "D1");
        var none = DeclarationId.Parse("D-NONE");
        AuditRecord[] audits =
        [
            Approve(d, d.SubmittedOn.PlusDays(9)),
            Approve(d, d.SubmittedOn.PlusDays(2)),
            new(none, d.SubmittedOn, AuditDecision.Approve),
            Approve(d, d.SubmittedOn.PlusDays(9)),
            new(none, d.SubmittedOn, AuditDecision.Approve),
            Approve(d, d.SubmittedOn.PlusDays(2)),
        ];
        MassReview[] reviews =
        [
            new(a, 7, 1, 0, 0, 0), new(M(9), 1, 1, 0, 0, 0), new(a, 1, 1, 0, 0, 0), new(a, 7, 1, 0, 0, 0), new(M(9), 1, 1, 0, 0, 0), new(a, 1, 1, 0, 0, 0),
        ];

        var problems = MemberPointsEngine.Validate(Data([Member(a)], [d], audits, reviews), Scheme(), AsOf).Problems;

        problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Audits[2].DeclarationId", MemberPointsErrorCodes.DeclarationUnknown, "D-NONE"),
            ("Data.Audits[3].AuditedOn", MemberPointsErrorCodes.AuditSameDay, IsoDate(d.SubmittedOn.PlusDays(9))),
            ("Data.Audits[4].DeclarationId", MemberPointsErrorCodes.DeclarationUnknown, "D-NONE"),
            ("Data.Audits[4].AuditedOn", MemberPointsErrorCodes.AuditSameDay, IsoDate(d.SubmittedOn)),
            ("Data.Audits[5].AuditedOn", MemberPointsErrorCodes.AuditSameDay, IsoDate(d.SubmittedOn.PlusDays(2))),
            ("Data.MassReviews[0].Quarter", MemberPointsErrorCodes.ReviewInvalid, "7"),
            ("Data.MassReviews[1].MemberId", MemberPointsErrorCodes.MemberUnknown, M(9).Value),
            ("Data.MassReviews[3].Quarter", MemberPointsErrorCodes.ReviewInvalid, "7"),
            ("Data.MassReviews[3]", MemberPointsErrorCodes.ReviewInvalid, "7"),
            ("Data.MassReviews[4].MemberId", MemberPointsErrorCodes.MemberUnknown, M(9).Value),
            ("Data.MassReviews[4]", MemberPointsErrorCodes.ReviewInvalid, "1"),
            ("Data.MassReviews[5]", MemberPointsErrorCodes.ReviewInvalid, "1"));
    }

    [Fact]
    public void LibraryRule_AuditsGivenOutOfDateOrder_AreReadByDate_TheLatestOnOrBeforeTheDateDeciding()
    {
        var a = M(1);
        var d = Declare(a, "X1", 3, id: "D1");
        var late = Adjust(d, 1m, "后来调整", d.SubmittedOn.PlusDays(20));
        var early = Approve(d, d.SubmittedOn.PlusDays(1));
        var middle = Reject(d, "材料不全", d.SubmittedOn.PlusDays(10));

        var before = Evaluate(Data([Member(a)], [d], [late, middle, early]), asOf: d.SubmittedOn.PlusDays(5)).Declarations.Single();
        var between = Evaluate(Data([Member(a)], [d], [late, middle, early]), asOf: d.SubmittedOn.PlusDays(15)).Declarations.Single();
        var after = Evaluate(Data([Member(a)], [d], [late, middle, early]), asOf: d.SubmittedOn.PlusDays(25)).Declarations.Single();

        (before.Status, before.Counted).Should().Be((DeclarationStatus.Counted, Score.Of(3m)));
        (between.Status, between.Counted).Should().Be((DeclarationStatus.Rejected, Score.Zero));
        (after.Status, after.Counted).Should().Be((DeclarationStatus.Counted, Score.Of(1m)));
        after.Explanation.Children[0].Children.Select(c => c.Key).Should().Equal(
            null, IsoDate(early.AuditedOn), IsoDate(middle.AuditedOn), IsoDate(late.AuditedOn));
    }

    [Fact]
    public void LibraryRule_DeclarationsMonthsAndReviews_AreMadeOnceWhenFirstRead_OnEveryThread_AndEqualTheirJson()
    {
        var a = M(1);
        var (d, audit) = Approved(a, "B1", 2);
        var result = Evaluate(Data([Member(a), Member(M(2))], [d], [audit], [new MassReview(a, 1, 2, 1, 0, 0)]));

        var reads = new ImmutableArray<MonthlyPoints>[8];
        Parallel.For(0, reads.Length, i => reads[i] = result.Members[0].Monthly.AsImmutableArray());

        reads.Should().OnlyContain(r => r == reads[0], "one list is published, whichever thread built it");
        (result.Declarations.AsImmutableArray() == result.Declarations.AsImmutableArray()).Should().BeTrue();
        (result.Members[0].Reviews.AsImmutableArray() == result.Members[0].Reviews.AsImmutableArray()).Should().BeTrue();
        result.Members[0].Monthly.Should().HaveCount(12);
        result.Members[0].Monthly[1].Base.Should().Be(Score.Of(2m));
        result.Members[0].Reviews.Should().Equal(new QuarterReviewPoints(1, Score.Of(0.83m)));
        var read = PartyBuildingJson.Deserialize<MemberPointsYearResult>(PartyBuildingJson.Serialize(result));
        read.Should().Be(result);
        read.GetHashCode().Should().Be(result.GetHashCode());
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
