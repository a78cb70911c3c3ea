using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>Pins every rule of <see cref="OrganizationEventLogValidator"/>: path, code, message and attempted value in order.</summary>
public sealed class OrganizationEventLogValidatorRulesTest
{
    private static readonly LocalDate Day = new(2019, 6, 1);

    [Fact]
    public void Validate_LogBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var log = new OrganizationEventLog(
        [
            new StaffCountChanged(Day, default, -1),
            new OrganizationCreated(Day.PlusDays(-1), O("A"), default, " "),
            new StaffCountChanged(Day.PlusDays(-1), O("A"), 0),
        ]);

        var rows = Rows(new OrganizationEventLogValidator().Check(log));

        rows.Should().Equal(
        [
            ("Events[0].StaffCount", OrganizationsErrorCodes.CountNegative, "'Staff Count' must be greater than or equal to '0'.", "-1"),
            ("Events[0].OrganizationId", OrganizationsErrorCodes.EventFieldRequired, "A StaffCountChanged event needs 'OrganizationId'.", null),
            ("Events[1].Date", OrganizationsErrorCodes.EventOutOfOrder, "Events must be in date order; 2019-05-31 follows 2019-06-01.", "2019-05-31"),
            ("Events[1].OrganizationKind", OrganizationsErrorCodes.EventFieldRequired, "A Created event needs 'OrganizationKind'.", null),
            ("Events[1].Name", OrganizationsErrorCodes.EventFieldRequired, "A Created event needs 'Name'.", null),
        ]);
    }
}
