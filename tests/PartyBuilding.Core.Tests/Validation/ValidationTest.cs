using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Validation;

public sealed class ValidationTest
{
    private sealed record Weighting(OrganizationId Owner, ImmutableArray<Proportion> Weights, ImmutableArray<MemberId> Raters, DisplayLanguage Language);

    private sealed class WeightingValidator : AbstractValidator<Weighting>
    {
        public WeightingValidator()
        {
            RuleFor(w => w.Owner).MustBeSetId();
            RuleFor(w => w.Weights).MustBePresent();
            RuleFor(w => w.Raters).MustHaveUniqueKeys(r => r);
            RuleFor(w => w.Language).MustBeDefined();
            When(w => !w.Weights.IsDefault, () => RuleForEach(w => w.Weights).MustBeProportion());
        }
    }

    [Fact]
    public void Check_ListsEveryProblem_WithPathCodeAndValue()
    {
        var m = MemberId.Parse("M1");
        var bad = new Weighting(default, [Proportion.Of(0.5m)], [m, MemberId.Parse("M2"), m], (DisplayLanguage)9);

        var report = new WeightingValidator().Check(bad, "content");

        report.IsValid.Should().BeFalse();
        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("content.Owner", CommonErrorCodes.IdentifierEmpty),
            ("content.Raters[2]", CommonErrorCodes.DuplicateIdentifier),
            ("content.Language", CommonErrorCodes.UndefinedEnumValue));
        report.Problems[1].AttemptedValue.Should().Be("M1");
        report.Problems[2].AttemptedValue.Should().Be("9");
    }

    [Fact]
    public void ValidateOrThrow_ThrowsOneExceptionListingAllProblems()
    {
        var bad = new Weighting(default, default, [], (DisplayLanguage)0);

        var act = () => new WeightingValidator().ValidateOrThrow(bad, "weighting");

        var ex = act.Should().Throw<PartyBuildingValidationException>().Which;
        ex.Problems.Should().HaveCount(3);
        ex.Message.Should().StartWith("The weighting is not valid: 3 problems.")
            .And.Contain("Owner: [COMMON.ID_EMPTY]")
            .And.Contain("Weights: [COMMON.REQUIRED]");
    }

    [Fact]
    public void ValidateOrThrow_ValidInput_ReturnsIt()
    {
        var good = new Weighting(OrganizationId.Parse("BZ-001"), [Proportion.One], [MemberId.Parse("M1")], DisplayLanguage.English);

        new WeightingValidator().ValidateOrThrow(good, "weighting").Should().BeSameAs(good);
    }

    [Fact]
    public void Report_WarningsDoNotMakeItInvalid()
    {
        var report = new ValidationReport([new ValidationProblem("x", "X.WARN", "Suspicious.", "1", ProblemSeverity.Warning)]);

        report.IsValid.Should().BeTrue();
        report.Invoking(r => r.ThrowIfInvalid("x")).Should().NotThrow();
        ValidationReport.Combine([report, ValidationReport.Valid]).Problems.Should().ContainSingle();
    }

    [Fact]
    public void Problem_ToString_IsOneReadableLine()
    {
        new ValidationProblem("Organizations[3].ParentId", "ORG.PARENT_UNKNOWN", "Unknown parent.", "BZ-999").ToString()
            .Should().Be("Organizations[3].ParentId: [ORG.PARENT_UNKNOWN] Unknown parent. (value: 'BZ-999')");
        new ValidationProblem(string.Empty, "JSON.TOO_LARGE", "Too large.", null).ToString()
            .Should().Be("(document): [JSON.TOO_LARGE] Too large.");
    }
}
