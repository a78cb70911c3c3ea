using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>
/// One quorum rule (支部工作条例第十一条, 第十二条) for the compliance check and the values derived from the records: under the
/// scheme's reading of “半数以上” a meeting counts in both or in neither; and a members' meeting counts its quorum of the full
/// members with a vote on the day, so a member on probation within the party (留党察看, 党章第七章) is left out.
/// </summary>
public sealed class OneQuorumRuleTest
{
    private static readonly LocalDate AsOf = new(2020, 1, 15);
    private static readonly LocalDate Q1Meeting = new(2019, 3, 15);
    private static readonly RecordMeasure QuartersWithoutMembersMeeting = new(RecordMeasureKind.PeriodsWithoutValidMeeting, [MeetingKind.MembersMeeting], LifePeriod.Quarter);

    /// <summary>Member 5 on probation within the party for the whole of 2019.</summary>
    private static LifeBranch FiveWithM5OnPartyProbation(LocalDate from, LocalDate ends)
    {
        var branch = Members(5);
        return branch with { Members = branch.Members.AsImmutableArray().SetItem(4, branch.Members[4] with { PartyProbation = [new LifePartyProbation(from, ends)] }) };
    }

    private static LifeBranch FiveWithM5OnPartyProbation() => FiveWithM5OnPartyProbation(new LocalDate(2019, 1, 1), new LocalDate(2020, 1, 1));

    private static OrganizationalLifeRecords OneMembersMeeting(LifeBranch branch, IEnumerable<int> present, LocalDate? date = null) =>
        Records(branch, [Meeting("MM-1", MeetingKind.MembersMeeting, date ?? Q1Meeting, present)]);

    /// <summary>Whether the compliance check holds the meeting valid: no finding without quorum, and counted among the valid meetings.</summary>
    private static bool ValidInCompliance(OrganizationalLifeRecords records, QuorumReading? reading)
    {
        var result = OrganizationalLifeEngine.Evaluate(records, LifeFixture.Scheme() with { QuorumReading = reading }, AsOf);
        var valid = Findings(result, LifeFindingKind.WithoutQuorum).IsEmpty;
        result.Branches[0].ValidMeetingCount.Should().Be(records.Meetings.Length - (valid ? 0 : 1));
        return valid;
    }

    /// <summary>The node of the meeting in the derived value of indicator B1 (quarters without a valid members' meeting): 1 when it counts, 0 when not.</summary>
    private static decimal CountedWhenDerived(OrganizationalLifeRecords records, QuorumReading? reading)
    {
        var assessment = new BranchAssessment(
            Branch, Year, CatalogueId.Parse("SMALL"),
            [Obs("A1", 1m, Year), Obs("A2", 1m, Year), Obs("B2", 0m, Year), Obs("B3", 0m, Year)],
            [new DerivedObservation(IndicatorId.Parse("B1"), QuartersWithoutMembersMeeting, "第一督导组", new LocalDate(2019, 12, 31))]);
        var data = new StandardizationDataSet(new BranchRoster(Committee, [new(Branch, OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"))]), [assessment])
            with { LifeRecords = records, LifeScheme = reading is null ? null : LifeFixture.Scheme() with { QuorumReading = reading } };
        var b1 = StandardizationEngine.Evaluate(data, SmallScheme(), AsOf).Results.Single().Aspects.SelectMany(a => a.Indicators).Single(i => i.IndicatorId == IndicatorId.Parse("B1"));
        return b1.Explanation.Find("MM-1")!.Value;
    }

    [Theory]
    [InlineData(4, 2, null, false)]
    [InlineData(4, 2, QuorumReading.MoreThanHalf, false)]
    [InlineData(4, 3, QuorumReading.MoreThanHalf, true)]
    [InlineData(4, 2, QuorumReading.AtLeastHalf, true)]
    [InlineData(4, 1, QuorumReading.AtLeastHalf, false)]
    [InlineData(5, 2, QuorumReading.AtLeastHalf, false)]
    [InlineData(5, 3, QuorumReading.AtLeastHalf, true)]
    public void BranchWorkRegulation2018Art11_AMembersMeeting_CountsInTheComplianceCheckAndInADerivedValue_OrInNeither(int full, int present, QuorumReading? reading, bool valid)
    {
        var records = OneMembersMeeting(Members(full), Range(1, present));

        ValidInCompliance(records, reading).Should().Be(valid);
        CountedWhenDerived(records, reading).Should().Be(valid ? 1m : 0m);
    }

    [Theory]
    [InlineData(2, QuorumReading.AtLeastHalf, true)]
    [InlineData(1, QuorumReading.AtLeastHalf, false)]
    [InlineData(2, QuorumReading.MoreThanHalf, false)]
    [InlineData(3, QuorumReading.MoreThanHalf, true)]
    public void BranchWorkRegulation2018Art12_ACommitteeMeetingOfFour_CountsInTheComplianceCheckAndInADerivedValue_OrInNeither(int present, QuorumReading reading, bool valid)
    {
        var records = Records(Members(6, committee: 4), [Meeting("CM-1", MeetingKind.BranchCommitteeMeeting, new LocalDate(2019, 1, 10), Range(1, present))]);
        var measure = new RecordMeasure(RecordMeasureKind.PeriodsWithoutValidMeeting, [MeetingKind.BranchCommitteeMeeting], LifePeriod.Month);

        ValidInCompliance(records, reading).Should().Be(valid);
        var derived = RecordMeasures.Branch(records, records.Branches[0], measure, AsOf, LifeFixture.Scheme() with { QuorumReading = reading });
        derived.Explanation.Find("CM-1")!.Value.Should().Be(valid ? 1m : 0m);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void BranchWorkRegulation2018Art11_PartyProbation_FiveFullMembersOneOnPartyProbation_QuorumOfTheFourWithAVote(int present, bool valid)
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(), Range(1, present));

        ValidInCompliance(records, null).Should().Be(valid);
        CountedWhenDerived(records, null).Should().Be(valid ? 1m : 0m);
    }

    [Fact]
    public void BranchWorkRegulation2018Art11_PartyProbation_AMemberWithoutAVote_IsNotCountedPresent()
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(), [2, 3, 5]);

        var finding = Findings(OrganizationalLifeEngine.Evaluate(records, LifeFixture.Scheme(), AsOf), LifeFindingKind.WithoutQuorum).Single();

        finding.Explanation.Summary!.ZhCn.Should().Contain("应到4人，实到2人");
        var left = finding.Explanation.Children.Single(c => c.Citation == MemberStandingRules.PartyProbationHasNoVote);
        left.Value.Should().Be(1m);
        left.Label.English.Should().Be("Full members on probation within the party, without a vote and not counted");
        CountedWhenDerived(records, null).Should().Be(0m);
    }

    [Theory]
    [InlineData(2019, 1, 1, true)]
    [InlineData(2019, 3, 15, true)]
    [InlineData(2019, 3, 16, false)]
    public void BranchWorkRegulation2018Art11_PartyProbation_CountsOnlyOnTheDaysOfThePeriod(int year, int month, int day, bool onTheDay)
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(new LocalDate(year, month, day), new LocalDate(2019, 9, 1)), Range(1, 2));

        var finding = Findings(OrganizationalLifeEngine.Evaluate(records, LifeFixture.Scheme() with { QuorumReading = QuorumReading.AtLeastHalf }, AsOf), LifeFindingKind.WithoutQuorum);

        // At least half: 2 of 4 is valid (member 5 without a vote on the day), 2 of 5 is not.
        finding.Should().HaveCount(onTheDay ? 0 : 1);
    }

    [Fact]
    public void BranchWorkRegulation2018Art11_PartyProbation_EndedBeforeTheMeeting_TheMemberCountsAgain()
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(new LocalDate(2018, 3, 15), new LocalDate(2019, 3, 15)), Range(1, 2));

        ValidInCompliance(records, QuorumReading.AtLeastHalf).Should().BeFalse();
        ValidInCompliance(OneMembersMeeting(FiveWithM5OnPartyProbation(new LocalDate(2018, 3, 16), new LocalDate(2019, 3, 16)), Range(1, 2)), QuorumReading.AtLeastHalf).Should().BeTrue();
    }

    [Fact]
    public void PartyProbation_EndingOnOrBeforeItsStart_IsRefused()
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 1)), Range(1, 3));

        OrganizationalLifeEngine.Validate(records, LifeFixture.Scheme(), AsOf).Problems.Select(p => (p.Path, p.ErrorCode))
            .Should().Equal(("Data.Branches[0].Members[4].PartyProbation[0]", OrganizationalLifeErrorCodes.PartyProbationInvalid));
    }

    [Fact]
    public void PartyProbation_RoundTripsThroughJson_AndIsLeftOutWhenThereIsNone()
    {
        var records = OneMembersMeeting(FiveWithM5OnPartyProbation(), Range(1, 3));

        var json = PartyBuildingJson.Serialize(records);

        PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(json).Should().Be(records);
        json.Should().Contain("partyProbation").And.Contain("2019-01-01");
        PartyBuildingJson.Serialize(OneMembersMeeting(Members(5), Range(1, 3))).Should().NotContain("partyProbation");
    }

    private static (OrganizationalLifeRecords Records, OrganizationTree Tree) AgainstTheRegistry(params LifePartyProbation[] recorded)
    {
        var snapshot = SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json");
        var b01 = OrganizationId.Parse("BZ-001-B01");
        var sanctioned = MemberId.Parse("BZ-001-B01-M001");
        var tree = OrganizationsEngine.Evaluate(snapshot, new OrganizationEventLog([new PartyProbationImposed(new LocalDate(2019, 3, 1), sanctioned, 12)]), new LocalDate(2019, 12, 31));
        var members = tree.MembersOf(b01).Select(m => new LifeMember(m.Id, m.Status) { PartyProbation = m.Id == sanctioned ? [.. recorded] : [] });
        return (new OrganizationalLifeRecords(Year, Committee, [new LifeBranch(b01, [.. members])]), tree);
    }

    [Fact]
    public void CheckAgainst_PartyProbation_AsTheRegistryDecided_Resolves()
    {
        var (records, tree) = AgainstTheRegistry(new LifePartyProbation(new LocalDate(2019, 3, 1), new LocalDate(2020, 3, 1)));

        OrganizationalLifeEngine.CheckAgainst(records, tree).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 2)]
    public void CheckAgainst_PartyProbation_MissingOrOtherThanTheRegistrys_IsAStandingDisagreement(bool recordedOtherwise, int monthShift)
    {
        var (records, tree) = recordedOtherwise
            ? AgainstTheRegistry(new LifePartyProbation(new LocalDate(2019, 3 + monthShift, 1), new LocalDate(2020, 3, 1)))
            : AgainstTheRegistry();
        var index = records.Branches[0].Members.Select((m, i) => (m, i)).Single(x => x.m.Id == MemberId.Parse("BZ-001-B01-M001")).i;

        OrganizationalLifeEngine.CheckAgainst(records, tree).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))
            .Should().Equal(($"Data.Branches[0].Members[{index}].PartyProbation", OrganizationalLifeErrorCodes.StandingDisagreesWithStructure, "BZ-001-B01-M001"));
    }
}
