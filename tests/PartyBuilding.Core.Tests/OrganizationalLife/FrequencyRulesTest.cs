using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>The frequencies of the branch work regulation (2018) and the committee's scheme, per period, on both sides of each minimum.</summary>
public sealed class FrequencyRulesTest
{
    private static ImmutableArray<LifeFinding> Missed(MeetingKind kind, IEnumerable<MeetingRecord> meetings, LocalDate? asOf = null, LifeBranch? branch = null) =>
        Findings(Evaluate(Records(branch ?? Members(5, committee: 3), meetings), asOf), LifeFindingKind.MissedMeeting, kind);

    [Fact]
    public void BranchWorkRegulation2018Art11_MembersMeetingInEveryQuarter_NoFinding() =>
        Missed(MeetingKind.MembersMeeting, Range(1, 4).Select(q => Meeting($"MM-{q}", MeetingKind.MembersMeeting, new LocalDate(2019, q * 3, 10), Range(1, 5)))).Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018Art11_NoMembersMeetingInTheFourthQuarter_IsMissed()
    {
        var finding = Missed(MeetingKind.MembersMeeting, Range(1, 3).Select(q => Meeting($"MM-{q}", MeetingKind.MembersMeeting, new LocalDate(2019, q * 3, 10), Range(1, 5))))
            .Should().ContainSingle().Subject;

        finding.Period.Should().Be(DateRange.Create(new LocalDate(2019, 10, 1), new LocalDate(2019, 12, 31)));
        finding.Citation.Should().Be(OrganizationalLifeRules.MembersMeetingFrequency);
        finding.Explanation.Summary!.ZhCn.Should().Contain("2019年第四季度");
    }

    [Fact]
    public void BranchWorkRegulation2018Art12_CommitteeMeetingMissingInOneMonth_IsMissedThatMonthOnly()
    {
        var meetings = Range(1, 12).Where(m => m != 7).Select(m => Meeting($"CM-{m}", MeetingKind.BranchCommitteeMeeting, new LocalDate(2019, m, 5), Range(1, 3)));

        Missed(MeetingKind.BranchCommitteeMeeting, meetings).Should().ContainSingle()
            .Which.Period.Start.Should().Be(new LocalDate(2019, 7, 1));
    }

    [Fact]
    public void BranchWithoutCommittee_IsNotCheckedForCommitteeMeetings() =>
        Missed(MeetingKind.BranchCommitteeMeeting, [], branch: Members(5)).Should().BeEmpty();

    [Fact]
    public void BranchWorkRegulation2018Art13_EachPartyGroup_MeetsEveryMonth()
    {
        var group = OrganizationId.Parse("BZ-001-B02-G1");
        var branch = Members(5) with { Groups = [group] };
        var meetings = Range(1, 11).Select(m => Meeting($"PG-{m}", MeetingKind.PartyGroupMeeting, new LocalDate(2019, m, 8), Range(1, 5)) with { OrganizationId = group });

        var finding = Missed(MeetingKind.PartyGroupMeeting, meetings, branch: branch).Should().ContainSingle().Subject;

        finding.OrganizationId.Should().Be(group);
        finding.Period.Start.Should().Be(new LocalDate(2019, 12, 1));
    }

    [Fact]
    public void ThemePartyDay_EveryMonth_OnlyEndedMonthsAreChecked() =>
        Missed(MeetingKind.ThemePartyDay, [], new LocalDate(2019, 3, 30)).Should().HaveCount(2, "January and February have ended, March has not");

    [Fact]
    public void BranchWorkRegulation2018Art17_NoOrganizationalLifeMeetingInTheYear_IsMissed()
    {
        Missed(MeetingKind.OrganizationalLifeMeeting, []).Should().ContainSingle().Which.Citation.Should().Be(OrganizationalLifeRules.OrganizationalLifeMeetingFrequency);
        Missed(MeetingKind.OrganizationalLifeMeeting, [Meeting("OL-1", MeetingKind.OrganizationalLifeMeeting, new LocalDate(2019, 12, 20), Range(1, 5))]).Should().BeEmpty();
    }

    [Fact]
    public void DemocraticAppraisal_OnceAYear()
    {
        Missed(MeetingKind.DemocraticAppraisal, []).Should().ContainSingle();
        Missed(MeetingKind.DemocraticAppraisal, [Meeting("DA-1", MeetingKind.DemocraticAppraisal, new LocalDate(2019, 12, 20), Range(1, 5))]).Should().BeEmpty();
    }

    [Fact]
    public void BranchWorkRegulation2018_BeforeItApplied_NoFrequencyIsChecked()
    {
        var records = new OrganizationalLifeRecords(AssessmentYear.Create(2018), Committee, [Members(5, committee: 3)]);
        var scheme = new OrganizationalLifeScheme(AssessmentYear.Create(2018), Committee);

        var missed = OrganizationalLifeEngine.Evaluate(records, scheme, new LocalDate(2018, 12, 31)).Findings
            .Where(f => f is { Kind: LifeFindingKind.MissedMeeting, Meeting: MeetingKind.BranchCommitteeMeeting });

        missed.Select(f => f.Period.Start.Month).Should().Equal([10, 11, 12], "the regulation applies from 2018-10-28, to periods ending on or after it");
    }

    [Fact]
    public void Scheme_TighterThanTheRegulation_IsApplied_AndCitedIllustrativeWhenTheSchemeIs()
    {
        var scheme = Scheme(new FrequencyRequirement(MeetingKind.ThemePartyDay, LifePeriod.Month, 2)) with { IsIllustrative = true };
        var meetings = Range(1, 12).Select(m => Meeting($"TD-{m}", MeetingKind.ThemePartyDay, new LocalDate(2019, m, 1), Range(1, 5)));

        var missed = OrganizationalLifeEngine.Evaluate(Records(Members(5), meetings), scheme, YearEnd).Findings
            .Where(f => f.Meeting == MeetingKind.ThemePartyDay).ToList();

        missed.Should().HaveCount(12);
        missed.Should().OnlyContain(f => f.Citation.IsIllustrative);
    }

    [Fact]
    public void Scheme_BeforeTheRegulation_ItsOwnRequirementIsTheRule()
    {
        var year = AssessmentYear.Create(2018);
        var scheme = new OrganizationalLifeScheme(year, Committee, [new FrequencyRequirement(MeetingKind.MembersMeeting, LifePeriod.Quarter)]);

        var missed = OrganizationalLifeEngine.Evaluate(new OrganizationalLifeRecords(year, Committee, [Members(5)]), scheme, new LocalDate(2018, 12, 31)).Findings
            .Where(f => f.Meeting == MeetingKind.MembersMeeting).ToList();

        missed.Should().HaveCount(4);
        missed[0].Citation.Should().Be(OrganizationalLifeRules.CommitteeFrequency);
        missed[3].Citation.Should().Be(OrganizationalLifeRules.MembersMeetingFrequency);
    }

    [Fact]
    public void SecretaryLesson_AtLeastOnceAYear()
    {
        var byOther = Meeting("PL-1", MeetingKind.PartyLesson, new LocalDate(2019, 3, 1), Range(1, 5), giver: LessonGiver.Other);
        var bySecretary = Meeting("PL-2", MeetingKind.PartyLesson, new LocalDate(2019, 6, 1), Range(1, 5), giver: LessonGiver.Secretary);

        var finding = Findings(Evaluate(Records(Members(5), [byOther])), LifeFindingKind.MissingSecretaryLesson).Should().ContainSingle().Subject;
        finding.Records.Should().Equal(R("PL-1"));
        finding.Citation.Should().Be(OrganizationalLifeRules.SecretaryLesson);
        Findings(Evaluate(Records(Members(5), [byOther, bySecretary])), LifeFindingKind.MissingSecretaryLesson).Should().BeEmpty();
    }

    [Fact]
    public void HeartToHeartTalks_EveryMemberAtLeastOnceAYear()
    {
        var talks = Range(2, 4).Select(i => new MeetingRecord(R($"TK-{i}"), MeetingKind.HeartToHeartTalk, Branch, new LocalDate(2019, 5, i), Chair: M(1), Attendees: [M(i)]));

        var finding = Findings(Evaluate(Records(Members(5), talks)), LifeFindingKind.MissingTalks).Should().ContainSingle().Subject;

        finding.Members.Should().Equal(M(5));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void PartyConstitutionArt8_LeadingCadre_TakesPartInTheBranchsLifeEveryQuarter(int attended, int findings)
    {
        var branch = Members(5, leadingCadre: 5);
        var meetings = new[]
        {
            Meeting("TD-1", MeetingKind.ThemePartyDay, new LocalDate(2019, 1, 5), attended == 1 ? Range(1, 5) : Range(1, 4)),
        };

        var result = Findings(Evaluate(Records(branch, meetings), new LocalDate(2019, 3, 31)), LifeFindingKind.LeadingCadreAbsent);

        result.Should().HaveCount(findings);
        result.Where(f => f.Members.Single() != M(5) || !f.Citation.IsIllustrative).Should().BeEmpty();
    }
}
