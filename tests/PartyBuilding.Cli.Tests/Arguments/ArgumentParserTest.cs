using PartyBuilding.Cli.Arguments;

namespace PartyBuilding.Cli.Tests.Arguments;

public class ArgumentParserTest
{
    private static readonly CommandSpec Spec = new(
        "demo",
        "A demo command.",
        "FILE…",
        1,
        2,
        [new OptionSpec("out", "DIR", "Output."), new OptionSpec("quiet", null, "Be quiet.")]);

    private static ParsedArguments Parse(params string[] args) => ArgumentParser.Parse(Spec, args);

    private static CliException Fails(params string[] args)
    {
        var act = () => Parse(args);
        return act.Should().Throw<CliException>().Which;
    }

    [Fact]
    public void Parse_PositionalsOptionsAndFlags_AreRead()
    {
        var parsed = Parse("a.json", "--out", "dir", "b.json", "--quiet");

        parsed.Positionals.Should().Equal("a.json", "b.json");
        parsed.Value("out").Should().Be("dir");
        parsed.Has("quiet").Should().BeTrue();
        parsed.Has("lang").Should().BeFalse();
    }

    [Fact]
    public void Parse_InlineValueAndDoubleDash_AreRead()
    {
        var parsed = Parse("--out=x", "--", "--quiet");

        parsed.Value("out").Should().Be("x");
        parsed.Positionals.Should().Equal("--quiet");
        parsed.Has("quiet").Should().BeFalse();
    }

    [Fact]
    public void Parse_UnknownOption_IsUsageError()
    {
        var error = Fails("a", "--bogus");

        error.ExitCode.Should().Be(ExitCodes.UsageError);
        error.Message.Should().Contain("--bogus");
    }

    [Fact]
    public void Parse_ShortOption_IsUsageError() =>
        Fails("a", "-q").ExitCode.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void Parse_OptionWithoutValue_IsUsageError() =>
        Fails("a", "--out").Message.Should().Contain("needs a value (DIR)");

    [Fact]
    public void Parse_OptionFollowedByOption_IsUsageError() =>
        Fails("a", "--out", "--quiet").Message.Should().Contain("needs a value");

    [Fact]
    public void Parse_FlagWithValue_IsUsageError() =>
        Fails("a", "--quiet=yes").Message.Should().Contain("takes no value");

    [Fact]
    public void Parse_RepeatedOption_IsUsageError() =>
        Fails("a", "--out", "x", "--out", "y").Message.Should().Contain("more than once");

    [Fact]
    public void Parse_TooFewPositionals_IsUsageError() =>
        Fails().Message.Should().Contain("needs FILE…");

    [Fact]
    public void Parse_TooManyPositionals_IsUsageError() =>
        Fails("a", "b", "c").Message.Should().Contain("at most 2");

    [Fact]
    public void Parse_TwoPositionals_AtTheMaximum_AreAccepted() =>
        Parse("a", "b").Positionals.Should().HaveCount(2);

    [Fact]
    public void Parse_Help_SkipsPositionalCheck() =>
        Parse("--help").Has("help").Should().BeTrue();

    [Fact]
    public void Parse_RequiredOptionMissing_IsUsageError()
    {
        var spec = Spec with { Options = [new OptionSpec("out", "DIR", "Output.", Required: true)] };
        var act = () => ArgumentParser.Parse(spec, ["a"]);

        act.Should().Throw<CliException>().Which.Message.Should().Contain("needs --out DIR");
    }

    [Theory]
    [InlineData("x", 1, 5, "3", 3)]
    [InlineData("y", 1, 5, null, 7)]
    public void Integer_InRangeOrAbsent_IsRead(string name, int min, int max, string? text, int expected)
    {
        var values = text is null ? ImmutableSortedDictionary<string, string>.Empty : ImmutableSortedDictionary<string, string>.Empty.Add(name, text);
        new ParsedArguments(Spec, [], values).Integer(name, 7, min, max).Should().Be(expected);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("three")]
    public void Integer_OutOfRangeOrNotANumber_IsUsageError(string text)
    {
        var parsed = new ParsedArguments(Spec, [], ImmutableSortedDictionary<string, string>.Empty.Add("n", text));
        var act = () => parsed.Integer("n", 1, 1, 5);

        act.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.UsageError);
    }

    [Fact]
    public void WriteHelp_ListsOptionsAndGlobalOptions()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Spec.WriteHelp(writer);

        writer.ToString().Should().Contain("usage: pbeval demo FILE… [--out DIR] [--quiet] [--lang zh|en]")
            .And.Contain("--lang zh|en").And.Contain("--help");
    }
}
