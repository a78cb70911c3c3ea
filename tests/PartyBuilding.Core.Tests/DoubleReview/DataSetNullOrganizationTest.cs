using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// A data set built in code with a missing organization is reported, not a crash (found by the mutation triage: the
/// unique-identifier rule read every organization's identifier before the organizations' own required rule ran).
/// </summary>
public sealed class DataSetNullOrganizationTest
{
    [Fact]
    public void Validate_NullOrganization_IsReportedAsMissing()
    {
        var valid = HandExample.Data();
        var data = new DoubleReviewDataSet(
            valid.Committee, valid.Year, [.. valid.Organizations, null!], valid.Ballots, valid.Half,
            valid.CommitteeLeaders, valid.CommitteeMembers, valid.ComponentScores);

        HandExample.DataProblems(HandExample.Scheme(), HandExample.AsOf, data).Problems
            .Select(p => (p.Path, p.ErrorCode, p.Message, p.AttemptedValue))
            .Should().Equal([($"Organizations[{valid.Organizations.Length}]", CommonErrorCodes.Required, "An organization is missing.", (string?)null)]);
    }
}
