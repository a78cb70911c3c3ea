using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using static PartyBuilding.Core.Tests.Supervision.SupFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>Where a finding stands as of a date, the due-date presets, the methods' sources and what the evaluation counts.</summary>
public sealed class RulesTest
{
    private static FindingStatus Status(SupervisionRecords records, LocalDate asOf, string finding = "F01") =>
        SupervisionEngine.Evaluate(records, Catalogue(), asOf).For(Org)!.Findings.Single(f => f.Finding == F(finding));

    [Theory]
    [InlineData("2018-04-24", FindingState.NotOnNotice)]
    [InlineData("2018-04-25", FindingState.Open)]
    [InlineData("2018-11-30", FindingState.Open)]
    [InlineData("2018-12-01", FindingState.PastDue)]
    public void Article000_EndOfNovemberPreset_IsDueOn30November_PastDueFromTheNextDay(string asOf, FindingState expected)
    {
        var status = Status(Records(), LocalDate.FromDateTime(DateTime.Parse(asOf, CultureInfo.InvariantCulture)));

        status.State.Should().Be(expected);
        if (expected != FindingState.NotOnNotice)
        {
            (status.Notice, status.Deadline, status.DueOn).Should().Be((Nt("N01"), DeadlineClass.EndOfNovember, new LocalDate(2018, 11, 30)));
        }
    }

    [Fact]
    public void Article000_YearEndPreset_IsDueOn31DecemberOfTheNoticesYear()
    {
        var records = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd)));

        Status(records, new LocalDate(2018, 12, 31)).State.Should().Be(FindingState.Open);
        Status(records, new LocalDate(2019, 1, 1)).Should().Match<FindingStatus>(s => s.State == FindingState.PastDue && s.DueOn == new LocalDate(2018, 12, 31));
    }

    [Fact]
    public void Article000_LongTermPreset_HasNoDueDate_AndIsNeverPastDue()
    {
        var records = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.LongTerm)));

        Status(records, new LocalDate(2025, 1, 1)).Should().Match<FindingStatus>(s => s.State == FindingState.Open && s.DueOn == null && s.Deadline == DeadlineClass.LongTerm);
    }

    [Fact]
    public void ExplicitDueDate_IsNotAPreset_AndIsPastDueTheDayAfter()
    {
        var records = Records().With(Notice(new NoticeItem(F("F01"), DueOn: new LocalDate(2018, 6, 30))));

        Status(records, new LocalDate(2018, 6, 30)).Should().Match<FindingStatus>(s => s.State == FindingState.Open && s.Deadline == null);
        Status(records, new LocalDate(2018, 7, 1)).State.Should().Be(FindingState.PastDue);
    }

    [Fact]
    public void LibraryRule_ARestatedFinding_IsGovernedByTheLatestNoticeIssuedByTheDate()
    {
        var restated = new RectificationNotice(Nt("N02"), Org, new LocalDate(2018, 10, 8), [new NoticeItem(F("F01"), DueOn: new LocalDate(2018, 12, 20), Repeats: Nt("N01"))]);
        var records = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember)), restated);

        Status(records, new LocalDate(2018, 10, 7)).Notice.Should().Be(Nt("N01"));
        Status(records, new LocalDate(2018, 12, 1)).Should().Match<FindingStatus>(s => s.Notice == Nt("N02") && s.State == FindingState.Open && s.DueOn == new LocalDate(2018, 12, 20));
        Status(records, new LocalDate(2018, 12, 21)).State.Should().Be(FindingState.PastDue);
    }

    [Fact]
    public void AsOf_SeesOnlyVisitsDatedAndNoticesIssuedByThen()
    {
        SupervisionEngine.Evaluate(Records(), Catalogue(), VisitDay.PlusDays(-1)).Organizations.Should().BeEmpty();

        var result = SupervisionEngine.Evaluate(Records(), Catalogue(), VisitDay).For(Org)!;

        result.Visits.Should().Equal(SupervisionVisitId.Parse("V01"));
        result.Notices.Should().BeEmpty();
        result.Findings.Select(f => f.State).Should().OnlyContain(s => s == FindingState.NotOnNotice);
    }

    [Fact]
    public void Article004_FindingsAreCountedByAspect_InCatalogueOrder_ThenByTarget()
    {
        var records = Records() with { Visits = [Visit(SupFixture.LifeFinding(), PointFinding("F03", "P3"), PointFinding(), PointFinding("F04", "P2"))] };

        var result = SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 31)).For(Org)!;

        result.Groups.Select(g => (g.TargetKind, g.Aspect?.Value, g.Count)).Should().Equal(
            (FindingTargetKind.SupervisionPoint, "A1", 2),
            (FindingTargetKind.SupervisionPoint, "A2", 1),
            (FindingTargetKind.OrganizationalLifeRule, null, 1));
        result.Findings.Select(f => f.Finding.Value).Should().Equal("F01", "F04", "F03", "F02");
        result.Explanation.Value.Should().Be(4m);
        result.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Result_DoesNotDependOnInputOrder()
    {
        var restated = new RectificationNotice(Nt("N02"), Org, new LocalDate(2018, 10, 8), [new NoticeItem(F("F02"), Deadline: DeadlineClass.YearEnd)]);
        var records = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember)), restated);
        var reversed = records with { Visits = [Visit(SupFixture.LifeFinding(), PointFinding())], Notices = [restated, records.Notices[0]] };

        SupervisionEngine.Evaluate(reversed, Catalogue(), new LocalDate(2018, 12, 31))
            .Should().Be(SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 31)));
    }

    [Theory]
    [InlineData(SupervisionMethod.HearReport, "article-002", "听汇报")]
    [InlineData(SupervisionMethod.CheckFiles, "article-002", "查档案")]
    [InlineData(SupervisionMethod.ReviewMaterials, "article-002", "看材料")]
    [InlineData(SupervisionMethod.IndividualInterview, "article-004", "个别访谈")]
    [InlineData(SupervisionMethod.SitInOnMeeting, "article-004", "列席会议")]
    [InlineData(SupervisionMethod.LedgerReview, "article-004", "台账管理")]
    [InlineData(SupervisionMethod.SupervisionOrder, "article-004", "督查督办")]
    public void Methods_CiteTheArticleThatNamesThem_InItsOwnWords(SupervisionMethod method, string source, string words)
    {
        var citation = SupervisionCitations.Method(method);

        citation.Source.Code.Should().Be(source);
        citation.Clause.Should().Contain(words);
        SupervisionLabels.Methods[method].ZhCn.Should().Be(words);
    }

    [Fact]
    public void RandomCheck_IsNamedByNoArticle_AndCitedAsTheLibrarysOwn() =>
        SupervisionCitations.Method(SupervisionMethod.RandomCheck).Should().Match<Citation>(c => c.IsIllustrative && c.Source.Code == "library-rules");
}
