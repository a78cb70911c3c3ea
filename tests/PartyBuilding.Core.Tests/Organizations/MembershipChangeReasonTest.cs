using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the reasons of member events: a member joins by admission or transfer in, leaves by transfer out, death, removal,
/// withdrawal or expulsion; a reason on the wrong kind of event, or an admitted member joining as full, is refused.
/// </summary>
public sealed class MembershipChangeReasonTest
{
    private static readonly LocalDate Day = new(2019, 6, 1);

    private static OrganizationEvent Joined(MembershipChangeReason? reason, MembershipStatus status = MembershipStatus.Probationary) =>
        EventFactory.Make(Day, OrganizationEventKind.MemberJoined, O("A-B01"), Name: "新党员", MemberId: M("A-B01-M900"), Status: status, Reason: reason);

    private static OrganizationEvent Left(MembershipChangeReason? reason) =>
        EventFactory.Make(Day, OrganizationEventKind.MemberLeft, MemberId: M("A-B01-M001"), Reason: reason);

    private static MemberId M(string id) => MemberId.Parse(id);

    [Theory]
    [InlineData(null)]
    [InlineData(MembershipChangeReason.Admitted)]
    [InlineData(MembershipChangeReason.TransferredIn)]
    public void MemberJoined_AdmissionOrTransferIn_IsValid(MembershipChangeReason? reason) =>
        new OrganizationEventLogValidator().Check(new OrganizationEventLog([Joined(reason)])).IsValid.Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData(MembershipChangeReason.TransferredOut)]
    [InlineData(MembershipChangeReason.Died)]
    [InlineData(MembershipChangeReason.Removed)]
    [InlineData(MembershipChangeReason.Withdrew)]
    [InlineData(MembershipChangeReason.Expelled)]
    public void MemberLeft_TransferOutDeathRemovalWithdrawalOrExpulsion_IsValid(MembershipChangeReason? reason) =>
        new OrganizationEventLogValidator().Check(new OrganizationEventLog([Left(reason)])).IsValid.Should().BeTrue();

    [Fact]
    public void MemberJoined_TransferredInAsFullMember_IsValid() =>
        new OrganizationEventLogValidator().Check(new OrganizationEventLog([Joined(MembershipChangeReason.TransferredIn, MembershipStatus.Full)]))
            .IsValid.Should().BeTrue();

    [Fact]
    public void Reasons_OnTheWrongKindOfEvent_AreRefusedAtTheirPaths()
    {
        var log = new OrganizationEventLog(
        [
            Joined(MembershipChangeReason.Died),
            Left(MembershipChangeReason.Admitted),
            Joined(MembershipChangeReason.Admitted, MembershipStatus.Full),
            Left((MembershipChangeReason)99),
        ]);

        Rows(new OrganizationEventLogValidator().Check(log)).Should().Equal(
        [
            ("Events[0].Reason", OrganizationsErrorCodes.EventReasonMismatch, "A MemberJoined event's reason is one of Admitted, TransferredIn; 'Died' is not.", "Died"),
            ("Events[1].Reason", OrganizationsErrorCodes.EventReasonMismatch, "A MemberLeft event's reason is one of TransferredOut, Died, Removed, Withdrew, Expelled; 'Admitted' is not.", "Admitted"),
            ("Events[2].Status", OrganizationsErrorCodes.EventReasonMismatch, "A member admitted to the party joins as a probationary member, not a full member.", "Full"),
            ("Events[3].Reason", CommonErrorCodes.UndefinedEnumValue, "'Reason' is not a known value.", "99"),
        ]);
    }

    [Fact]
    public void Labels_NameEveryReasonInBothLanguages()
    {
        OrganizationsLabels.MembershipChangeReasons[MembershipChangeReason.Expelled].ZhCn.Should().Be("开除党籍");
        OrganizationsLabels.MembershipChangeReasons[MembershipChangeReason.TransferredIn].English.Should().Be("Transferred in");
        OrganizationsLabels.EventKinds[OrganizationEventKind.MemberLeft].ZhCn.Should().Be("党员减少", "leaving covers more than transfer out (转出)");
    }
}
