using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>The Organizations engine pair: <c>Validate</c> lists every problem, <c>Evaluate</c> throws them or gives the tree on the date.</summary>
public sealed class OrganizationsEngineTest
{
    private static readonly LocalDate SnapshotDate = new(2019, 1, 1);

    private static OrganizationSnapshot Snapshot() =>
        new(SnapshotDate, [new Organization(OrganizationId.Parse("WC"), OrganizationKind.WorkingCommittee, "工委")]);

    private static OrganizationEventLog Rename(LocalDate on) =>
        new([new OrganizationRenamed(on, OrganizationId.Parse("WC"), "新工委")]);

    [Fact]
    public void Evaluate_OnTheDayOfAnEvent_AppliesIt_AndTheDayBeforeDoesNot()
    {
        var day = new LocalDate(2019, 6, 1);

        OrganizationsEngine.Evaluate(Snapshot(), Rename(day), day).Get(OrganizationId.Parse("WC")).Name.Should().Be("新工委");
        OrganizationsEngine.Evaluate(Snapshot(), Rename(day), day.PlusDays(-1)).Get(OrganizationId.Parse("WC")).Name.Should().Be("工委");
    }

    [Fact]
    public void DateBeforeTheSnapshot_IsAProblemAtTheSnapshotsDate_AndTheSnapshotsOwnDateIsNot()
    {
        var report = OrganizationsEngine.Validate(Snapshot(), null, SnapshotDate.PlusDays(-1));

        report.Problems.Should().Equal(new ValidationProblem("snapshot.AsOf", OrganizationsErrorCodes.AsOfBeforeSnapshot,
            "The evaluation date 2018-12-31 is before the snapshot's date 2019-01-01.", "2018-12-31"));
        OrganizationsEngine.Validate(Snapshot(), null, SnapshotDate).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_InvalidLog_ThrowsEveryProblemOfValidate()
    {
        var log = Rename(SnapshotDate);
        var report = OrganizationsEngine.Validate(Snapshot(), log, SnapshotDate.PlusDays(-1));

        var act = () => OrganizationsEngine.Evaluate(Snapshot(), log, SnapshotDate.PlusDays(-1));

        report.Problems.Select(p => p.ErrorCode).Should().Equal(OrganizationsErrorCodes.EventBeforeSnapshot, OrganizationsErrorCodes.AsOfBeforeSnapshot);
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().Equal(report.Problems);
    }

    [Fact]
    public void Evaluate_NullSnapshot_ThrowsArgumentNullNamingSnapshot() =>
        FluentActions.Invoking(() => OrganizationsEngine.Evaluate(null!, null, SnapshotDate)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
}
