using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;
using static PartyBuilding.Core.Tests.RecordEquality;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins value equality of the member-points records per member (each overrides <c>Equals</c> because it holds
/// <see cref="ImmutableArray{T}"/>s), the normalisation of unset lists to empty, the identifiers' default text and the document kinds.
/// </summary>
public sealed class MemberPointsRecordEqualityTest
{

    private static MemberPointsYearResult Result()
    {
        var d = Declare(M(1), "B1", 1, id: "D1");
        var e = Declare(M(2), "D2", 2, id: "D2");
        return Evaluate(Data([Member(M(1)), Member(M(2))], [d, e], [Approve(d), Approve(e)], [new MassReview(M(1), 1, 1, 0, 0, 0)]));
    }

    [Fact]
    public void MemberRosterEntryEquals_AnyMemberChanged_IsFalse()
    {
        var entry = new MemberRosterEntry(M(1), new LocalDate(2010, 7, 1), [new BranchAssignment(B01, new LocalDate(2010, 7, 1))], new LocalDate(2011, 7, 1));

        ShouldDifferFromEach(
            entry,
            entry with { MemberId = M(2) },
            entry with { JoinedOn = new LocalDate(2010, 7, 2) },
            entry with { ProbationEndsOn = null },
            entry with { Assignments = [new BranchAssignment(B02, new LocalDate(2010, 7, 1))] });
        entry.Equals(entry with { Assignments = [new BranchAssignment(B01, new LocalDate(2010, 7, 1))] }).Should().BeTrue();
    }

    [Fact]
    public void MemberPointsDataSetEquals_AnyMemberChanged_IsFalse()
    {
        var d = Declare(M(1), "B1", 1);
        var data = Data([Member(M(1))], [d], [Approve(d)], [new MassReview(M(1), 1, 1, 0, 0, 0)]);

        ShouldDifferFromEach(
            data,
            data with { Year = AssessmentYear.Create(2023) },
            data with { CommitteeId = Dept },
            data with { Branches = [new BranchParent(B01, Dept)] },
            data with { Roster = [Member(M(2))] },
            data with { Declarations = [] },
            data with { Audits = [] },
            data with { MassReviews = [] });
        data.Equals(Data([Member(M(1))], [d], [Approve(d)], [new MassReview(M(1), 1, 1, 0, 0, 0)])).Should().BeTrue();
    }

    [Fact]
    public void PointsSchemeEquals_AnyMemberChanged_IsFalse()
    {
        var scheme = Scheme();

        ShouldDifferFromEach(
            scheme,
            scheme with { Name = new LocalizedText("另一方案", "Another scheme") },
            scheme with { Year = AssessmentYear.Create(2023) },
            scheme with { Standards = [Standard("B1", PointsKind.Base, 2m)] },
            scheme with { MassReview = Choice(ShareThresholdMassReviewStrategy.StrategyName) },
            scheme with { Grading = Thresholds(excellent: 41m) },
            scheme with { ParticipationWeight = Proportion.Of(0.4m) },
            scheme with { HardConditions = [] },
            scheme with { DeclarationDeadlineDay = 6 },
            scheme with { LatePolicy = LateDeclarationPolicy.Accept },
            scheme with { GradeProbationaryMembers = true },
            scheme with { MinimumMonthsForGrading = 4 });
        scheme.Equals(Scheme()).Should().BeTrue();
    }

    [Fact]
    public void PointsStrategyChoiceEquals_NameOrParametersChanged_IsFalse()
    {
        var choice = Thresholds();

        ShouldDifferFromEach(choice, new PointsStrategyChoice("other", choice.Parameters), Thresholds(qualified: 31m));
        choice.Equals(Thresholds()).Should().BeTrue();
    }

    [Fact]
    public void MemberYearResultEquals_AnyMemberChanged_IsFalse()
    {
        var member = Result().Members[0];

        ShouldDifferFromEach(
            member,
            member with { MemberId = M(3) },
            member with { BranchId = B02 },
            member with { OrganizationId = Committee },
            member with { Status = MembershipStatus.Probationary },
            member with { MonthsInParty = 11 },
            member with { Points = Score.Of(99m) },
            member with { Monthly = member.Monthly.RemoveAt(0) },
            member with { Reviews = [] },
            member with { DeclaredItems = 7 },
            member with { PointsExplanation = Explanation.Given(new LocalizedText("零", "Zero"), 0m) },
            member with { Grade = MemberGrade.Excellent },
            member with { Ungraded = UngradedReason.TooFewMonths },
            member with { GradeExplanation = null });
        member.Equals(Result().Members[0]).Should().BeTrue();
    }

    [Fact]
    public void MemberPointsYearResultEquals_AnyMemberChanged_IsFalse()
    {
        var result = Result();

        ShouldDifferFromEach(
            result,
            result with { Year = AssessmentYear.Create(2023) },
            result with { CommitteeId = Dept },
            result with { AsOf = result.AsOf.PlusDays(1) },
            result with { Members = result.Members.RemoveAt(1) },
            result with { Declarations = result.Declarations.RemoveAt(1) },
            result with { Branches = result.Branches.RemoveAt(1) },
            result with { Organizations = [] },
            result with { Committee = result.Branches[0] });
        result.Equals(Result()).Should().BeTrue();
    }

    [Fact]
    public void MemberGradeExportEquals_AnyMemberChanged_IsFalse()
    {
        var export = MemberPointsEngine.ExportGrades(Result());

        ShouldDifferFromEach(
            export,
            export with { Year = AssessmentYear.Create(2023) },
            export with { CommitteeId = Dept },
            export with { Rows = export.Rows.RemoveAt(0) });
        export.Equals(MemberPointsEngine.ExportGrades(Result())).Should().BeTrue();
    }

    [Fact]
    public void Constructors_UnsetLists_ReadAsEmpty()
    {
        var entry = new MemberRosterEntry(M(1), new LocalDate(2010, 7, 1), default);
        var data = new MemberPointsDataSet(Year, Committee, default, default);
        var scheme = Scheme() with { };
        var unsetScheme = new PointsScheme(scheme.Name, Year, default, scheme.MassReview, scheme.Grading, scheme.ParticipationWeight);
        var member = new MemberYearResult(M(1), B01, Dept, MembershipStatus.Full, 12, Score.Zero, default, default, 0, Explanation.Given(new LocalizedText("零", "Zero"), 0m));
        var committee = Result().Committee;
        var result = new MemberPointsYearResult(Year, Committee, AsOf, default, default, default, default, committee);
        var export = new MemberGradeExport(Year, Committee, default);

        entry.Assignments.IsDefault.Should().BeFalse();
        new[] { data.Branches.IsDefault, data.Roster.IsDefault, data.Declarations.IsDefault, data.Audits.IsDefault, data.MassReviews.IsDefault }.Should().AllBeEquivalentTo(false);
        new[] { unsetScheme.Standards.IsDefault, unsetScheme.HardConditions.IsDefault }.Should().AllBeEquivalentTo(false);
        new[] { member.Monthly.IsDefault, member.Reviews.IsDefault }.Should().AllBeEquivalentTo(false);
        new[] { result.Members.IsDefault, result.Declarations.IsDefault, result.Branches.IsDefault, result.Organizations.IsDefault }.Should().AllBeEquivalentTo(false);
        export.Rows.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void Identifiers_Default_HaveEmptyText()
    {
        default(DeclarationId).Value.Should().BeEmpty();
        default(PointsStandardId).Value.Should().BeEmpty();
        new PointsStrategyChoice(null!).Name.Should().BeEmpty();
    }

    [Fact]
    public void DocumentKinds_AreTheirPublishedNames()
    {
        MemberPointsYearResult.DocumentKind.Should().Be("member-points-year-result");
        MemberGradeExport.DocumentKind.Should().Be("member-grade-export");
        MemberPointsDataSet.DocumentKind.Should().Be("member-points-data-set");
        PointsScheme.DocumentKind.Should().Be("member-points-scheme");
    }
}
