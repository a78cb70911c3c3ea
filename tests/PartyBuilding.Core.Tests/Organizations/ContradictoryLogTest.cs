using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class ContradictoryLogTest
{
    private static readonly LocalDate Start = new(2019, 1, 1);
    private static readonly LocalDate Day = new(2019, 6, 1);

    private static OrganizationSnapshot Snapshot() => new SnapshotBuilder(Start)
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", secretary: true)
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 3)
        .Org("A-B01-G01", OrganizationKind.PartyGroup, "A-B01")
        .Org("A-B02", OrganizationKind.Branch, "A").Members("A-B02", 3)
        .Build();

    private static ImmutableArray<ValidationProblem> Problems(params OrganizationEvent[] events)
    {
        var act = () => OrganizationRegistry.Create(Snapshot(), new OrganizationEventLog([.. events]));
        return act.Should().Throw<PartyBuildingValidationException>().Which.Problems;
    }

    private static OrganizationEvent Dissolve(string id, LocalDate? date = null, string? successor = null) =>
        EventFactory.Make(date ?? Day, OrganizationEventKind.Dissolved, O(id), SuccessorId: successor is null ? null : O(successor));

    [Fact]
    public void DissolvedTwice_IsRejected()
    {
        var problem = Problems(Dissolve("A-B02", successor: "A-B01"), Dissolve("A-B02", Day.PlusDays(1), "A-B01")).Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(OrganizationsErrorCodes.AlreadyDissolved);
        problem.Path.Should().Be("log.Events[1].OrganizationId");
        problem.AttemptedValue.Should().Be("A-B02");
    }

    [Fact]
    public void ReparentedUnderItsOwnDescendant_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.Reparented, O("A"), ParentId: O("A-B01")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.Cycle);

    [Fact]
    public void ReparentedUnderItself_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.Reparented, O("A-B02"), ParentId: O("A-B02")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.Cycle);

    [Fact]
    public void UnknownOrganization_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.Renamed, O("NOPE"), Name: "x"))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.OrganizationUnknown);

    [Fact]
    public void EventsOutOfOrder_AreRejected()
    {
        var problem = Problems(
            EventFactory.Make(Day, OrganizationEventKind.Unchanged, O("A")),
            EventFactory.Make(Day.PlusDays(-1), OrganizationEventKind.Unchanged, O("A"))).Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(OrganizationsErrorCodes.EventOutOfOrder);
        problem.Path.Should().Be("log.Events[1].Date");
    }

    [Fact]
    public void MemberInTwoBranchesAtOnce_IsRejected()
    {
        var problem = Problems(EventFactory.Make(Day, OrganizationEventKind.MemberJoined, O("A-B02"), MemberId: M("A-B01-M001"), Name: "x", Status: MembershipStatus.Full))
            .Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(OrganizationsErrorCodes.MemberInTwoBranches);
        problem.Message.Should().Contain("A-B01").And.Contain("A-B02");
    }

    [Fact]
    public void EventOnOrBeforeTheSnapshot_IsRejected() =>
        Problems(EventFactory.Make(Start, OrganizationEventKind.Unchanged, O("A")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.EventBeforeSnapshot);

    [Fact]
    public void MissingField_IsRejectedPerField()
    {
        var problems = Problems(EventFactory.Make(Day, OrganizationEventKind.Created, O("N")));

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("log.Events[0].OrganizationKind", OrganizationsErrorCodes.EventFieldRequired),
            ("log.Events[0].Name", OrganizationsErrorCodes.EventFieldRequired),
        ]);
    }

    [Fact]
    public void CreatedWithAnExistingId_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.Created, O("A-B01"), ParentId: O("A"), OrganizationKind: OrganizationKind.Branch, Name: "x"))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.OrganizationExists);

    [Fact]
    public void CreatedUnderAKindThatMayNotHoldIt_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.Created, O("X"), ParentId: O("A-B01-G01"), OrganizationKind: OrganizationKind.Branch, Name: "x"))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.NestingNotAllowed);

    [Fact]
    public void DissolvedWithChildren_IsRejected() =>
        Problems(Dissolve("A")).Select(p => p.ErrorCode).Should().Equal(OrganizationsErrorCodes.DissolvedWithChildren);

    [Fact]
    public void DissolvedWithMembersAndNoSuccessor_IsRejected() =>
        Problems(Dissolve("A-B02")).Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.DissolvedWithMembers);

    [Fact]
    public void DissolvedWithASuccessorThatCannotHoldMembers_IsRejected() =>
        Problems(Dissolve("A-B02", successor: "A")).Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.NotABranch);

    [Fact]
    public void SecondSecretary_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.RoleAssigned, O("A"), MemberId: M("A-B01-M001"), Role: PartyRole.Secretary))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.SecretaryTaken);

    [Fact]
    public void EndingARoleNotHeld_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.RoleEnded, O("A"), MemberId: M("A-B01-M001"), Role: PartyRole.DeputySecretary))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.RoleNotHeld);

    [Fact]
    public void TransferOfAnUnknownMember_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.MemberTransferred, O("A-B02"), MemberId: M("GHOST")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.MemberUnknown);

    [Fact]
    public void TransferToTheSameBranch_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.MemberTransferred, O("A-B01"), MemberId: M("A-B01-M001")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.TransferToSameBranch);

    [Fact]
    public void ConfirmingAFullMember_IsRejected() =>
        Problems(EventFactory.Make(Day, OrganizationEventKind.MemberConfirmed, MemberId: M("A-B01-M001")))
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.MemberAlreadyFull);

    [Fact]
    public void EveryProblemIsListed_AndNothingIsHalfApplied()
    {
        var log = new OrganizationEventLog(
        [
            EventFactory.Make(Day, OrganizationEventKind.Renamed, O("A"), Name: "改名"),
            EventFactory.Make(Day, OrganizationEventKind.Renamed, O("NOPE"), Name: "x"),
            Dissolve("A-B02"),
            EventFactory.Make(Day, OrganizationEventKind.Reparented, O("A"), ParentId: O("A-B01")),
        ]);

        var report = OrganizationsEngine.Validate(Snapshot(), log, Snapshot().AsOf);
        var act = () => OrganizationRegistry.Create(Snapshot(), log);

        report.IsValid.Should().BeFalse();
        report.Problems.Select(p => p.ErrorCode).Should().Equal(
            OrganizationsErrorCodes.OrganizationUnknown, OrganizationsErrorCodes.DissolvedWithMembers, OrganizationsErrorCodes.Cycle);
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().Equal(report.Problems);
    }
}
