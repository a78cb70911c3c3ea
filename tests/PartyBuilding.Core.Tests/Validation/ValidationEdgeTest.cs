using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Validation;

/// <summary>
/// The edges of the shared validation machinery, pinned one rule a test (found by mutation testing: see
/// docs/quality.md, "Mutation testing").
/// </summary>
public sealed class ValidationEdgeTest
{
    private sealed record Holder(ImmutableArray<string> Keys);

    private sealed class HolderValidator : AbstractValidator<Holder>
    {
        public HolderValidator() => RuleFor(h => h.Keys).MustHaveUniqueKeys(k => k);
    }

    private sealed class NullKeyValidator : AbstractValidator<Holder>
    {
        public NullKeyValidator() => RuleFor(h => h.Keys).MustHaveUniqueKeys<Holder, string, string>(null!);
    }

    private static readonly ValidationProblem Problem = new("Items[1]", "X.CODE", "Bad item.", "v");

    [Fact]
    public void MustHaveUniqueKeys_RefusesNullRuleAndKey()
    {
        ((Action)(() => CommonRules.MustHaveUniqueKeys((IRuleBuilder<Holder, ImmutableArray<string>>)null!, (string k) => k))).Should().Throw<ArgumentNullException>();
        ((Action)(() => CommonRules.MustHaveUniqueKeys((IRuleBuilder<Holder, PartyBuilding.Core.Common.ValueArray<string>>)null!, (string k) => k))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new NullKeyValidator())).Should().Throw<ArgumentNullException>();
    }

    private sealed record Item(string Id);

    private sealed record ItemHolder(ImmutableArray<Item> Items);

    private sealed class ItemHolderValidator : AbstractValidator<ItemHolder>
    {
        public ItemHolderValidator() => RuleFor(h => h.Items).MustHaveUniqueKeys(i => i.Id);
    }

    [Fact]
    public void MustHaveUniqueKeys_MissingItems_AreSkippedNotDereferenced()
    {
        var problem = new ItemHolderValidator().Check(new ItemHolder([new("a"), null!, null!, new("a")])).Problems
            .Should().ContainSingle().Subject;

        problem.Path.Should().Be("Items[3]");
        problem.ErrorCode.Should().Be(CommonErrorCodes.DuplicateIdentifier);
        problem.AttemptedValue.Should().Be("a");
    }

    [Fact]
    public void MustHaveUniqueKeys_DefaultArray_IsNoProblemOfThisRule()
    {
        new HolderValidator().Check(new Holder(default)).Problems.Should().BeEmpty();
    }

    [Fact]
    public void MustHaveUniqueKeys_Duplicate_NamesTheKeyAndTheCollection()
    {
        var problem = new HolderValidator().Check(new Holder(["a", "b", "a"])).Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("Keys[2]");
        problem.Message.Should().Be("'a' appears more than once in 'Keys'.");
    }

    [Fact]
    public void ValidationException_WithoutProblems_SaysZeroProblems()
    {
        var exception = new PartyBuildingValidationException();

        exception.Message.Should().Be("The input is not valid: 0 problems.");
        exception.Problems.Should().BeEmpty();
    }

    [Fact]
    public void ValidationException_DefaultProblems_ReadAsEmpty()
    {
        var exception = new PartyBuildingValidationException("scheme", default(ImmutableArray<ValidationProblem>));

        exception.Problems.IsDefault.Should().BeFalse();
        exception.Message.Should().Be("The scheme is not valid: 0 problems.");
    }

    [Fact]
    public void ValidationException_OneProblem_IsSingular_AndListsIt()
    {
        new PartyBuildingValidationException("data set", [Problem]).Message
            .Should().Be("The data set is not valid: 1 problem.\n  " + Problem);
    }

    [Fact]
    public void ValidationReport_DefaultProblems_ReadAsEmpty()
    {
        var report = new ValidationReport(default);

        report.Problems.Should().BeEmpty();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void ValidationReport_RefusesNullArguments()
    {
        ((Action)(() => ValidationReport.From(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ValidationReport.Combine(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => new HolderValidator().Check(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ValidatorExtensions.Check<Holder>(null!, new Holder([])))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ValidationReport_From_ObjectLevelFailure_TakesThePrefixAsPath_AndAGenericCode()
    {
        var result = new ValidationResult([new ValidationFailure(string.Empty, "The whole thing is wrong.")]);

        var problem = ValidationReport.From(result, "Scheme").Problems.Single();

        problem.Path.Should().Be("Scheme");
        problem.ErrorCode.Should().Be("VALIDATION");
    }
}
