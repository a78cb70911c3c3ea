using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>Pins the argument guards of <see cref="AnnualAssessment"/> and <see cref="AssessmentReceipts"/>: the exception type and the parameter named, and the exception of an invalid evaluation.</summary>
public sealed class AnnualAssessmentGuardsTest
{
    private static AssessmentDataSet ValidData() => Data([Member("A01")], Inputs("A01", 80m, 90m));

    [Fact]
    public void Validate_NullDataSet_ThrowsArgumentNullNamingData() =>
        FluentActions.Invoking(() => AnnualAssessment.Validate(null!, Scheme(), YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("data");

    [Fact]
    public void Validate_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => AnnualAssessment.Validate(ValidData(), null!, YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void ValidateScheme_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => AnnualAssessment.ValidateScheme(null!)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_NullDataSet_ThrowsArgumentNullNamingData() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(null!, Scheme(), YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("data");

    [Fact]
    public void Evaluate_NullScheme_ThrowsArgumentNullNamingScheme() =>
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(ValidData(), null!, YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");

    [Fact]
    public void Evaluate_Invalid_ThrowsOneValidationExceptionListingTheProblemsOfValidate()
    {
        var asOf = Start2024.PlusDays(-1);
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(ValidData(), Scheme(), asOf)).Should().Throw<PartyBuildingValidationException>()
            .Which.Problems.Should().Equal(AnnualAssessment.Validate(ValidData(), Scheme(), asOf).Problems)
            .And.ContainSingle().Which.ErrorCode.Should().Be(AssessmentErrorCodes.AsOfBeforeScheme);
    }

    [Fact]
    public void Compute_NullDataSet_ThrowsArgumentNullNamingData() =>
        FluentActions.Invoking(() => AssessmentReceipts.Compute(null!, Scheme(), YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("data");

    [Fact]
    public void Matches_NullReceipt_ThrowsArgumentNullNamingReceipt() =>
        FluentActions.Invoking(() => AssessmentReceipts.Matches(null!, ValidData(), Scheme(), YearEnd2024)).Should().Throw<ArgumentNullException>().WithParameterName("receipt");
}
