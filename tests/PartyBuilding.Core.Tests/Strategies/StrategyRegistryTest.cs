using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Strategies;

/// <summary>
/// The one strategy mechanism: a registry creates a strategy by name, reading its parameters through
/// <see cref="StrategyParameters"/>, and reports every problem of a specification in one pass, by code and path.
/// </summary>
public sealed class StrategyRegistryTest
{
    private sealed record Cut(decimal Minimum, Share Quota, bool Strict, string Ties, ImmutableArray<string> Order, ValueDictionary<string> InForce);

    private static readonly StrategyRegistry<Cut> Registry = StrategyRegistry.Empty<Cut>()
        .With("cut", p => new Cut(
            p.Number("minimum", min: 0m, max: 100m),
            p.Share("quota", Share.Of(1, 3)),
            p.Boolean("strict", false),
            p.OneOf("ties", "exclude-tied", "exclude-tied", "include-tied"),
            p.List("order"),
            p.InForce));

    [Fact]
    public void Create_ReadsGivenParameters_AndNamesEveryDefaultInForce()
    {
        var cut = Registry.Create(StrategySpec.Of("cut", ("minimum", "60"), ("quota", "2/3"), ("order", "a, b")));

        cut.Minimum.Should().Be(60m);
        cut.Quota.Should().Be(Share.Of(2, 3));
        cut.Strict.Should().BeFalse();
        cut.Ties.Should().Be("exclude-tied");
        cut.Order.Should().Equal("a", "b");
        (cut.InForce == ValueDictionary.Of(("minimum", "60"), ("quota", "2/3"), ("order", "a, b"), ("strict", "false"), ("ties", "exclude-tied"))).Should().BeTrue();
    }

    [Fact]
    public void TryCreate_UnknownName_IsOneProblemAtName()
    {
        var problems = new ProblemCollector();

        Registry.TryCreate(StrategySpec.Of("cutt"), problems.At("Grading")).Should().BeNull();

        problems.ToReport().Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "Grading.Name" && p.ErrorCode == CommonErrorCodes.StrategyUnknown && p.AttemptedValue == "cutt");
    }

    [Fact]
    public void TryCreate_ReportsEveryBadParameterInOnePass()
    {
        var problems = new ProblemCollector();
        var spec = StrategySpec.Of("cut", ("quota", "4/3x"), ("strict", "True"), ("ties", "random"), ("colour", "red"));

        Registry.TryCreate(spec, problems.At("Grading")).Should().BeNull();

        problems.ToReport().Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("Grading.Parameters.minimum", CommonErrorCodes.StrategyParameterMissing),
            ("Grading.Parameters.quota", CommonErrorCodes.StrategyParameterInvalid),
            ("Grading.Parameters.strict", CommonErrorCodes.StrategyParameterInvalid),
            ("Grading.Parameters.ties", CommonErrorCodes.StrategyParameterInvalid),
            ("Grading.Parameters.colour", CommonErrorCodes.StrategyParameterUnknown),
        });
    }

    [Theory]
    [InlineData("-0.01", false)]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("100.01", false)]
    public void Number_OutsideItsBounds_IsInvalid(string minimum, bool valid)
    {
        var problems = new ProblemCollector();

        Registry.TryCreate(StrategySpec.Of("cut", ("minimum", minimum)), problems);

        problems.HasErrors.Should().Be(!valid);
    }

    [Fact]
    public void With_ReturnsANewRegistry_AndLeavesTheOriginalUnchanged()
    {
        var extended = Registry.With("other", _ => new Cut(0m, Share.Zero, false, "", [], default));

        extended.Names.Should().Equal("cut", "other");
        Registry.Names.Should().Equal("cut");
    }

    [Fact]
    public void Create_WithProblems_ThrowsOneExceptionListingThemAll()
    {
        var create = () => Registry.Create(StrategySpec.Of("cut", ("colour", "red")));

        create.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Specs_WithTheSameNameAndParameters_AreEqual()
    {
        StrategySpec.Of("cut", ("a", "1"), ("b", "2")).Should().Be(StrategySpec.Of("cut", ("b", "2"), ("a", "1")));
        StrategySpec.Of("cut", ("a", "1")).ToString().Should().Be("cut(a=1)");
        StrategySpec.Of("cut").ToString().Should().Be("cut");
    }

    [Fact]
    public void Contains_IsTrueForRegisteredNamesOnly()
    {
        Registry.Contains("cut").Should().BeTrue();
        Registry.Contains("cutt").Should().BeFalse();
        Registry.Contains(null!).Should().BeFalse();
    }

    [Fact]
    public void List_AnEmptyValueIsTheEmptyList_AnEmptyNameBetweenCommasIsInvalid()
    {
        Registry.Create(StrategySpec.Of("cut", ("minimum", "1"), ("order", ""))).Order.Should().BeEmpty();

        var problems = new ProblemCollector();
        Registry.TryCreate(StrategySpec.Of("cut", ("minimum", "1"), ("order", "a,,b")), problems.At("Grading")).Should().BeNull();

        problems.ToReport().Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "Grading.Parameters.order" && p.ErrorCode == CommonErrorCodes.StrategyParameterInvalid && p.AttemptedValue == "a,,b");
    }
}
