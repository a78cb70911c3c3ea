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
            new OrganizationEvent(Day, (OrganizationEventKind)99),
            new OrganizationEvent(Day, OrganizationEventKind.StaffCountChanged, StaffCount: -1),
            new OrganizationEvent(Day.PlusDays(-1), OrganizationEventKind.StaffCountChanged, O("A")),
            new OrganizationEvent(Day.PlusDays(-1), OrganizationEventKind.StaffCountChanged, O("A"), StaffCount: 0),
        ]);

        var rows = Rows(new OrganizationEventLogValidator().Check(log));

        rows.Should().Equal(
        [
            ("Events[0].Kind", CommonErrorCodes.UndefinedEnumValue, "'Kind' is not a known value.", "99"),
            ("Events[1].StaffCount", OrganizationsErrorCodes.CountNegative, "'Staff Count' must be greater than or equal to '0'.", "-1"),
            ("Events[1].OrganizationId", OrganizationsErrorCodes.EventFieldRequired, "A StaffCountChanged event needs 'OrganizationId'.", null),
            ("Events[2].Date", OrganizationsErrorCodes.EventOutOfOrder, "Events must be in date order; 2019-05-31 follows 2019-06-01.", "2019-05-31"),
            ("Events[2].StaffCount", OrganizationsErrorCodes.EventFieldRequired, "A StaffCountChanged event needs 'StaffCount'.", null),
        ]);
    }
}
