using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Member standing (党员身份与权利) asked of the registry at a date, on both sides of every threshold: the probation of one
/// year from admission and its extension by at most a year (党章第七条), party standing from 转正 (第七条), no vote while
/// probationary (第七条) or on probation within the party (留党察看, at most two years; 第七章, article number not verified),
/// and the recorded decisions on an unqualified member (第九条).
/// </summary>
public sealed class MemberStandingRulesTest
{
    private static readonly LocalDate Start = new(2019, 1, 1);
    private static readonly LocalDate Admitted = new(2019, 6, 15);
    private static readonly MemberId New = M("A-B01-M010");
    private static readonly MemberId Full = M("A-B01-M001");

    private static OrganizationSnapshot Snapshot() => new SnapshotBuilder(Start)
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", secretary: true)
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 3)
        .Build();

    private static MemberJoined Admit() => new(Admitted, O("A-B01"), New, "新党员", MembershipStatus.Probationary, MembershipChangeReason.Admitted);

    /// <summary>The registry with the admission of 2019-06-15 and the events, in date order (events of one date keep their order).</summary>
    private static OrganizationRegistry Registry(params OrganizationEvent[] events) =>
        OrganizationRegistry.Create(Snapshot(), new OrganizationEventLog([.. events.Prepend(Admit()).OrderBy(e => e.Date)]));

    private static MemberStanding Standing(LocalDate date, params OrganizationEvent[] events) => Registry(events).StandingOf(New, date)!;

    private static ImmutableArray<StandingFinding> Findings(LocalDate date, params OrganizationEvent[] events) => Registry(events).AsOf(date).StandingFindings();

    private static (string Path, string Code, string? Value)[] Problems(params OrganizationEvent[] events) =>
        [.. OrganizationsEngine.Validate(Snapshot(), new OrganizationEventLog([Admit(), .. events]), Start).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

    private static (string Path, string Code, string? Value)[] Expected(string? code, int months) =>
        code is null ? [] : [("log.Events[1].Months", code, months.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public void PartyConstitutionArticle7_ProbationOfOneYear_RunsOutOnTheAnniversaryOfAdmission_AndOverrunsFromThatDay()
    {
        var before = Standing(new LocalDate(2020, 6, 14));
        before.Status.Should().Be(MembershipStatus.Probationary);
        before.ProbationEndsOn.Should().Be(new LocalDate(2020, 6, 15));
        before.PartyStandingMonths.Should().BeNull();
        Findings(new LocalDate(2020, 6, 14)).Should().BeEmpty();

        var overrun = Findings(new LocalDate(2020, 6, 15)).Should().ContainSingle().Subject;
        overrun.Kind.Should().Be(StandingFindingKind.ProbationOverrun);
        overrun.MemberId.Should().Be(New);
        overrun.Days.Should().Be(1);
        overrun.Citation.Source.Should().Be(Sources.PartyConstitution2017);
        overrun.Citation.Clause.Should().StartWith("第七条");
        overrun.Description.ZhCn.Should().Contain("2020-06-15").And.Contain("未记录转正、延长预备期或取消预备党员资格的决定");
    }

    [Fact]
    public void PartyConstitutionArticle7_ProbationaryMember_HasNoVote_UntilConfirmed()
    {
        var confirmed = new MemberConfirmed(new LocalDate(2020, 6, 15), New);

        var probationary = Standing(new LocalDate(2020, 6, 14), confirmed);
        probationary.HasVotingRights.Should().BeFalse();
        probationary.Restriction.Should().Be(RightsRestriction.Probationary);
        probationary.RestrictionCitation.Should().Be(MemberStandingRules.ProbationaryHasNoVote);

        var full = Standing(new LocalDate(2020, 6, 15), confirmed);
        full.HasVotingRights.Should().BeTrue();
        full.Restriction.Should().Be(RightsRestriction.None);
        full.RestrictionCitation.Should().BeNull();
    }

    [Fact]
    public void PartyConstitutionArticle7_PartyStanding_CountsFromBecomingFull_InWholeMonthsAndYears()
    {
        var confirmed = new MemberConfirmed(new LocalDate(2020, 6, 15), New);

        Standing(new LocalDate(2020, 6, 15), confirmed).PartyStandingMonths.Should().Be(0);
        var almost = Standing(new LocalDate(2021, 6, 14), confirmed);
        almost.PartyStandingMonths.Should().Be(11);
        almost.PartyStandingYears.Should().Be(0);
        var year = Standing(new LocalDate(2021, 6, 15), confirmed);
        year.PartyStandingMonths.Should().Be(12);
        year.PartyStandingYears.Should().Be(1);
        Findings(new LocalDate(2021, 6, 15), confirmed).Should().BeEmpty();
    }

    [Fact]
    public void PartyConstitutionArticle7_ConfirmedADayBeforeTheProbationRanOut_IsAFinding()
    {
        var finding = Findings(new LocalDate(2020, 7, 1), new MemberConfirmed(new LocalDate(2020, 6, 14), New)).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(StandingFindingKind.ConfirmedBeforeProbationEnded);
        finding.FullSince.Should().Be(new LocalDate(2020, 6, 14));
        finding.ProbationEndsOn.Should().Be(new LocalDate(2020, 6, 15));
        finding.Days.Should().Be(1);
    }

    [Fact]
    public void PartyConstitutionArticle7_ConfirmedADayAfterTheProbationRanOut_WithoutAnExtension_IsAFinding()
    {
        var finding = Findings(new LocalDate(2020, 7, 1), new MemberConfirmed(new LocalDate(2020, 6, 16), New)).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(StandingFindingKind.ConfirmedAfterProbationEnded);
        finding.Days.Should().Be(1);
        finding.Description.English.Should().Contain("party standing counts from the expiry");
    }

    [Fact]
    public void PartyConstitutionArticle7_ExtendedProbation_RunsOutLater_AndConfirmationThenIsNoFinding()
    {
        var extended = new ProbationExtended(new LocalDate(2020, 6, 10), New, 6);

        var standing = Standing(new LocalDate(2020, 12, 14), extended);
        standing.ExtensionMonths.Should().Be(6);
        standing.ProbationEndsOn.Should().Be(new LocalDate(2020, 12, 15));
        standing.Decisions.Should().Equal(extended);
        Findings(new LocalDate(2020, 12, 14), extended).Should().BeEmpty();
        Findings(new LocalDate(2020, 12, 15), extended).Single().Kind.Should().Be(StandingFindingKind.ProbationOverrun);
        Findings(new LocalDate(2021, 1, 1), extended, new MemberConfirmed(new LocalDate(2020, 12, 15), New)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(12, null)]
    [InlineData(13, OrganizationsErrorCodes.ProbationExtensionLimit)]
    [InlineData(0, OrganizationsErrorCodes.ProbationExtensionLimit)]
    public void PartyConstitutionArticle7_ExtensionOfAtMostOneYear(int months, string? code)
    {
        var problems = Problems(new ProbationExtended(new LocalDate(2020, 6, 10), New, months));

        problems.Should().Equal(Expected(code, months));
    }

    [Fact]
    public void PartyConstitutionArticle7_Extensions_AddUpToAtMostOneYear()
    {
        Problems(new ProbationExtended(new LocalDate(2020, 6, 10), New, 6), new ProbationExtended(new LocalDate(2020, 12, 10), New, 6)).Should().BeEmpty();
        Problems(new ProbationExtended(new LocalDate(2020, 6, 10), New, 6), new ProbationExtended(new LocalDate(2020, 12, 10), New, 7))
            .Should().Equal(("log.Events[2].Months", OrganizationsErrorCodes.ProbationExtensionLimit, "7"));
    }

    [Fact]
    public void ExtendingTheProbationOfAFullMember_IsRefused()
    {
        Problems(new ProbationExtended(new LocalDate(2020, 6, 10), Full, 6))
            .Should().Equal(("log.Events[1].MemberId", OrganizationsErrorCodes.NotProbationary, Full.Value));
    }

    [Fact]
    public void PartyConstitutionDiscipline_PartyProbation_TakesTheRightsAwayForItsPeriod()
    {
        var sanction = new PartyProbationImposed(new LocalDate(2019, 3, 1), Full, 12);
        var registry = Registry(sanction);

        registry.StandingOf(Full, new LocalDate(2019, 2, 28))!.HasVotingRights.Should().BeTrue();
        var during = registry.StandingOf(Full, new LocalDate(2019, 3, 1))!;
        during.HasVotingRights.Should().BeFalse();
        during.Restriction.Should().Be(RightsRestriction.PartyProbation);
        during.RestrictionCitation.Should().Be(MemberStandingRules.PartyProbationHasNoVote);
        during.PartyProbationEnds.Should().Be(new LocalDate(2020, 3, 1));
        during.Decisions.Should().Equal(sanction);
        registry.StandingOf(Full, new LocalDate(2020, 2, 29))!.HasVotingRights.Should().BeFalse();
        var after = registry.StandingOf(Full, new LocalDate(2020, 3, 1))!;
        after.HasVotingRights.Should().BeTrue();
        after.PartyProbationEnds.Should().BeNull();
    }

    [Theory]
    [InlineData(24, null)]
    [InlineData(25, OrganizationsErrorCodes.PartyProbationPeriod)]
    [InlineData(0, OrganizationsErrorCodes.PartyProbationPeriod)]
    public void PartyConstitutionDiscipline_PartyProbationOfAtMostTwoYears(int months, string? code)
    {
        var problems = Problems(new PartyProbationImposed(new LocalDate(2019, 7, 1), Full, months));

        problems.Should().Equal(Expected(code, months));
    }

    [Fact]
    public void PartyConstitutionArticle9_DecisionsOnAnUnqualifiedMember_AreRecordedWithTheirDates()
    {
        var correct = new AppraisalDecisionRecorded(new LocalDate(2019, 12, 20), Full, AppraisalOutcome.CorrectWithinDeadline, new LocalDate(2020, 6, 30));
        var advise = new AppraisalDecisionRecorded(new LocalDate(2020, 7, 10), Full, AppraisalOutcome.AdvisedToWithdraw);

        var registry = Registry(correct, advise);

        registry.StandingOf(Full, new LocalDate(2020, 7, 9))!.Decisions.Should().Equal(correct);
        var standing = registry.StandingOf(Full, new LocalDate(2020, 7, 10))!;
        standing.Decisions.Should().Equal(correct, advise);
        standing.HasVotingRights.Should().BeTrue("a decision on an unqualified member takes no right away");
    }

    [Fact]
    public void PartyConstitutionArticle9_DecisionDeadlines_AreCheckedAtTheirPath()
    {
        Problems(new AppraisalDecisionRecorded(new LocalDate(2019, 12, 20), Full, AppraisalOutcome.CorrectWithinDeadline))
            .Should().Equal(("log.Events[1].Deadline", OrganizationsErrorCodes.EventFieldRequired, (string?)null));
        Problems(
            new AppraisalDecisionRecorded(new LocalDate(2019, 12, 20), Full, AppraisalOutcome.CorrectWithinDeadline, new LocalDate(2019, 12, 20)),
            new AppraisalDecisionRecorded(new LocalDate(2019, 12, 20), Full, AppraisalOutcome.CorrectWithinDeadline, new LocalDate(2019, 12, 21)),
            new AppraisalDecisionRecorded(new LocalDate(2019, 12, 20), Full, AppraisalOutcome.Removed, new LocalDate(2020, 1, 20)))
            .Should().Equal(
                ("log.Events[1].Deadline", OrganizationsErrorCodes.DecisionDeadline, "2019-12-20"),
                ("log.Events[3].Deadline", OrganizationsErrorCodes.DecisionDeadline, "2020-01-20"));
    }

    [Fact]
    public void AMemberWhoJoinedTheRegistryAsFull_HasNoRecordedPartyDates_AndIsNotChecked()
    {
        var joined = new MemberJoined(new LocalDate(2019, 6, 1), O("A-B01"), M("A-B01-M020"), "转入党员", MembershipStatus.Full, MembershipChangeReason.TransferredIn);
        var tree = Registry(joined).AsOf(new LocalDate(2019, 6, 2));

        var standing = tree.StandingOf(M("A-B01-M020"))!;
        standing.PartyDatesRecorded.Should().BeFalse();
        standing.ProbationEndsOn.Should().BeNull();
        standing.PartyStandingMonths.Should().BeNull();
        standing.HasVotingRights.Should().BeTrue();
        tree.StandingFindings().Should().BeEmpty();
    }

    [Fact]
    public void SnapshotMembers_ConfirmedAYearAfterAdmission_HaveNoFinding_AndAMemberWhoLeftHasNoStanding()
    {
        var registry = Registry(new MemberLeft(new LocalDate(2019, 3, 1), M("A-B01-M002"), MembershipChangeReason.TransferredOut));
        var tree = registry.AsOf(new LocalDate(2019, 3, 1));

        tree.StandingFindings().Should().BeEmpty();
        tree.StandingOf(Full)!.PartyStandingYears.Should().Be(17);
        tree.StandingOf(M("A-B01-M002")).Should().BeNull();
        registry.StandingOf(M("NOBODY"), Start).Should().BeNull();
    }

    [Fact]
    public void StandingEvents_OfAnUnknownMember_AreRefused()
    {
        Problems(new PartyProbationImposed(new LocalDate(2019, 7, 1), M("NOBODY"), 12))
            .Should().Equal(("log.Events[1].MemberId", OrganizationsErrorCodes.MemberUnknown, "NOBODY"));
    }
}
