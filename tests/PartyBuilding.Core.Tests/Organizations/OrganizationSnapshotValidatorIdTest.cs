using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>Pins the identifier rule of <see cref="OrganizationSnapshotValidator"/> for organizations: an empty identifier is reported on its path.</summary>
public sealed class OrganizationSnapshotValidatorIdTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    [Fact]
    public void Validate_OrganizationWithoutIdentifier_IsReportedWithPathCodeMessageAndValue()
    {
        var snapshot = new SnapshotBuilder(Day).Build();
        snapshot = snapshot with { Organizations = [.. snapshot.Organizations, new Organization(default, OrganizationKind.Branch, "无编号支部", O("WC"))] };

        Rows(new OrganizationSnapshotValidator().Check(snapshot)).Should().Equal(
            ("Organizations[2].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""));
    }
}
