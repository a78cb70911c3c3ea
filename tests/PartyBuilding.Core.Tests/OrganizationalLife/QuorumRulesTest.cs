using PartyBuilding.Core.OrganizationalLife;
using static PartyBuilding.Core.Tests.OrganizationalLife.LifeFixture;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>The quorums of the branch work regulation, articles 11 and 12, read as more than half present; probationary members have no vote (constitution, art. 7).</summary>
public sealed class QuorumRulesTest
{
    private static OrganizationalLifeResult MembersMeeting(int full, int probationary, IEnumerable<int> present) =>
        Evaluate(Records(Members(full, probationary), [Meeting("MM-1", MeetingKind.MembersMeeting, new LocalDate(2019, 3, 15), present)]), new LocalDate(2019, 3, 31));

    [Fact]
    public void BranchWorkRegulation2018Art11_MembersMeeting_ThreeOfFivePresent_IsValid()
    {
        var result = MembersMeeting(5, 0, Range(1, 3));

        Findings(result, LifeFindingKind.WithoutQuorum).Should().BeEmpty();
        result.Branches[0].ValidMeetingCount.Should().Be(1);
    }

    [Fact]
    public void BranchWorkRegulation2018Art11_MembersMeeting_TwoOfFivePresent_IsNotValid()
    {
        var result = MembersMeeting(5, 0, Range(1, 2));

        var finding = Findings(result, LifeFindingKind.WithoutQuorum).Should().ContainSingle().Subject;
        finding.Records.Should().Equal(R("MM-1"));
        finding.Meeting.Should().Be(MeetingKind.MembersMeeting);
        finding.Citation.Should().Be(OrganizationalLifeRules.MembersMeetingQuorum);
        result.Branches[0].ValidMeetingCount.Should().Be(0);
    }

    [Fact]
    public void BranchWorkRegulation2018Art11_MembersMeeting_ExactlyHalfPresent_IsNotValid() =>
        Findings(MembersMeeting(4, 0, Range(1, 2)), LifeFindingKind.WithoutQuorum).Should().ContainSingle();

    [Fact]
    public void PartyConstitutionArt7_ProbationaryMembers_DoNotCountForTheQuorum()
    {
        // 5 full members and 2 probationary ones: 3 full present is more than half of 5; 2 full and 2 probationary is not.
        Findings(MembersMeeting(5, 2, Range(1, 3)), LifeFindingKind.WithoutQuorum).Should().BeEmpty();
        Findings(MembersMeeting(5, 2, [1, 2, 6, 7]), LifeFindingKind.WithoutQuorum).Should().ContainSingle();
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void BranchWorkRegulation2018Art12_CommitteeMeeting_OfFiveMembers_IsValidOnlyWithMoreThanHalf(int present, bool valid)
    {
        var records = Records(Members(7, committee: 5), [Meeting("CM-1", MeetingKind.BranchCommitteeMeeting, new LocalDate(2019, 1, 10), Range(1, present))]);

        var result = Evaluate(records, new LocalDate(2019, 1, 31));

        Findings(result, LifeFindingKind.WithoutQuorum).Should().HaveCount(valid ? 0 : 1);
        Findings(result, LifeFindingKind.MissedMeeting, MeetingKind.BranchCommitteeMeeting).Should().HaveCount(valid ? 0 : 1);
    }

    [Fact]
    public void MeetingWithoutQuorum_IsRecordedButDoesNotCountForItsFrequency()
    {
        var records = Records(Members(5), [Meeting("MM-1", MeetingKind.MembersMeeting, new LocalDate(2019, 2, 15), Range(1, 2))]);

        var missed = Findings(Evaluate(records, new LocalDate(2019, 3, 31)), LifeFindingKind.MissedMeeting, MeetingKind.MembersMeeting);

        var finding = missed.Should().ContainSingle().Subject;
        finding.Records.Should().Equal(R("MM-1"));
        finding.Explanation.Value.Should().Be(0);
        finding.Explanation.Find("MM-1")!.Value.Should().Be(0);
    }
}
