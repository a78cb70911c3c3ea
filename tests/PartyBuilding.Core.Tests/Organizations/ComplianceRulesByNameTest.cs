using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins <see cref="ComplianceRules.ByName"/>: rules returned in name order, every unknown name reported with its index,
/// code, a message listing the known rules and the name itself, under the subject "compliance rule selection".
/// </summary>
public sealed class ComplianceRulesByNameTest
{
    private const string Known =
        "branch-committee-required, branch-committee-size, branch-committee-size-general, branch-minimum-full-members, "
        + "branch-over-100, branch-over-50, form-advice, party-group-empty, secretary-required, staffing-below-minimum, "
        + "staffing-no-dedicated-staff, term-expired";

    [Fact]
    public void ComplianceRules_ByNameNull_ThrowsArgumentNullNamingTheNames()
    {
        var act = () => ComplianceRules.ByName(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("names");
    }

    [Fact]
    public void ComplianceRules_ByName_ReturnsTheNamedRulesInNameOrder() =>
        ComplianceRules.ByName(["term-expired", "branch-over-50"]).Select(r => r.Name).Should().Equal("branch-over-50", "term-expired");

    [Fact]
    public void ComplianceRules_ByNameWithUnknownNames_ListsEachWithIndexCodeMessageAndName()
    {
        var act = () => ComplianceRules.ByName(["term-expired", "no-such-rule", "branch-over-50", "Term-Expired"]);

        var error = act.Should().Throw<PartyBuildingValidationException>().Which;
        error.Message.Split('\n')[0].Should().Be("The compliance rule selection is not valid: 2 problems.");
        Rows(error.Problems).Should().Equal(
            ("[1]", OrganizationsErrorCodes.RuleUnknown, $"'no-such-rule' is not a compliance rule; known rules: {Known}.", "no-such-rule"),
            ("[3]", OrganizationsErrorCodes.RuleUnknown, $"'Term-Expired' is not a compliance rule; known rules: {Known}.", "Term-Expired"));
    }
}
