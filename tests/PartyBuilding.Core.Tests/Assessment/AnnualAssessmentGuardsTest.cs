using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>Pins the argument guards of <see cref="AnnualAssessment"/> and <see cref="AssessmentReceipts"/>: the exception type, the parameter named and the message.</summary>
public sealed class AnnualAssessmentGuardsTest
{
    private static AssessmentRequest Valid() => new(Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), YearEnd2024);

    [Fact]
    public void Validate_NullRequest_ThrowsArgumentNullNamingRequest() =>
        FluentActions.Invoking(() => AnnualAssessment.Validate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");

    [Fact]
    public void Validate_RequestWithoutDataSet_ThrowsArgumentNamingRequest() =>
        FluentActions.Invoking(() => AnnualAssessment.Validate(Valid() with { Data = null! })).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "request" && e.Message.StartsWith("The request needs a data set and a scheme.", StringComparison.Ordinal));

    [Fact]
    public void Validate_RequestWithoutScheme_ThrowsArgumentNamingRequest() =>
        FluentActions.Invoking(() => AnnualAssessment.Validate(Valid() with { Scheme = null! })).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "request" && e.Message.StartsWith("The request needs a data set and a scheme.", StringComparison.Ordinal));

    [Fact]
    public void Evaluate_NullDataSet_ThrowsArgumentNullNamingData() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(null!, Scheme(), YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("data");

    [Fact]
    public void Evaluate_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(Valid().Data, null!, YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_NullRequest_ThrowsArgumentNullNamingRequest() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");

    [Fact]
    public void Evaluate_InvalidRequest_ThrowsValidationNamingTheAssessmentRequest() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(Valid() with { AsOf = Start2024.PlusDays(-1) })).Should().Throw<PartyBuildingValidationException>()
            .Where(e => e.Message.StartsWith("The assessment request is not valid: 1 problem.", StringComparison.Ordinal))
            .Which.Problems.Select(p => p.ErrorCode).Should().Equal(AssessmentErrorCodes.AsOfBeforeScheme);

    [Fact]
    public void Compute_NullRequest_ThrowsArgumentNullNamingRequest() =>
        FluentActions.Invoking(() => AssessmentReceipts.Compute(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");

    [Fact]
    public void Matches_NullReceipt_ThrowsArgumentNullNamingReceipt() =>
        FluentActions.Invoking(() => AssessmentReceipts.Matches(null!, Valid())).Should().Throw<ArgumentNullException>().WithParameterName("receipt");
}
