using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using static PartyBuilding.Core.Tests.Supervision.SupFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The records against the one organization structure and the known standardization indicators.</summary>
public sealed class StructureTest
{
    private static OrganizationRegistry Registry() =>
        OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));

    [Fact]
    public void VisitedOrganization_MustBeUnderTheCommittee_AndAFindingsOrganizationWithinTheVisitedOne()
    {
        var records = Records() with
        {
            Visits = [Visit(PointFinding(organization: OrganizationId.Parse("BZ-002-B01")), PointFinding("F03")), Visit() with { Id = SupervisionVisitId.Parse("V02"), Organization = OrganizationId.Parse("BZ-999") }],
            Notices = [Notice(new NoticeItem(F("F03"), Deadline: DeadlineClass.YearEnd)) with { Organization = OrganizationId.Parse("BZ-998") }],
        };

        SupervisionEngine.CheckAgainst(records, Registry()).Problems.Select(p => (p.ErrorCode, p.Path)).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.OrganizationUnknown, "Data.Visits[0].Findings[0].Organization"),
            (SupervisionErrorCodes.OrganizationUnknown, "Data.Visits[1].Organization"),
            (SupervisionErrorCodes.OrganizationUnknown, "Data.Notices[0].Organization"),
        });
        SupervisionEngine.CheckAgainst(Records(), Registry().AsOf(new LocalDate(2019, 1, 1))).Problems.Should().BeEmpty();
    }

    [Fact]
    public void FindingAgainstAnIndicator_MustNameAKnownOne()
    {
        var finding = PointFinding("F03") with { Point = null, Indicator = IndicatorId.Parse("BZ-A2-02") };
        var records = Records() with { Visits = [Visit(PointFinding(), finding)] };

        SupervisionEngine.CheckIndicators(records, [IndicatorId.Parse("BZ-A2-02")]).Problems.Should().BeEmpty();
        SupervisionEngine.CheckIndicators(records, [IndicatorId.Parse("BZ-A2-01")]).Problems.Select(p => (p.ErrorCode, p.Path))
            .Should().Equal((SupervisionErrorCodes.IndicatorUnknown, "Data.Visits[0].Findings[1].Indicator"));
    }
}
