using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Arguments;

/// <summary>
/// The command line on System.CommandLine: what it reads, and every usage error it reports, worded by the tool (not by
/// System.CommandLine) in the run's language.
/// </summary>
public class CommandLineTest
{
    private static readonly CommandSpec Spec = new(
        "demo",
        new LocalizedText("演示命令。", "A demo command."),
        "FILE…",
        1,
        2,
        [new OptionSpec("out", "DIR", new LocalizedText("输出。", "Output.")), new OptionSpec("quiet", null, new LocalizedText("安静。", "Be quiet."))]);

    private static ParsedArguments Parse(params string[] args) => Parse(Spec, args);

    private static ParsedArguments Parse(CommandSpec spec, params string[] args) =>
        CommandLine.Of(new CommandRegistry([new DemoCommand(spec)])).Parse(["demo", .. args]).Arguments!;

    private static CliException Fails(params string[] args) => Fails(Spec, args);

    private static CliException Fails(CommandSpec spec, params string[] args)
    {
        var act = () => Parse(spec, args);
        var error = act.Should().Throw<CliException>().Which;
        error.ExitCode.Should().Be(ExitCodes.UsageError);
        return error;
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
    public void Parse_AtSign_IsAFileNameNotAResponseFile() =>
        Parse("@list.txt").Positionals.Should().Equal("@list.txt");

    [Fact]
    public void Parse_Lang_IsReadAfterTheCommand() =>
        Parse("a", "--lang", "zh").Value("lang").Should().Be("zh");

    [Fact]
    public void Parse_UnknownOption_IsUsageErrorInBothLanguages()
    {
        var error = Fails("a", "--bogus");

        error.Text.English.Should().Be("unknown option '--bogus' for 'demo'.");
        error.Text.ZhCn.Should().Be("命令“demo”没有选项“--bogus”。");
    }

    [Fact]
    public void Parse_ShortOption_IsUsageError() =>
        Fails("a", "-q").Text.English.Should().Be("unknown option '-q' for 'demo' (options are written --name).");

    [Fact]
    public void Parse_OptionWithoutValue_IsUsageError() =>
        Fails("a", "--out").Text.Should().Be(new LocalizedText("选项“--out”需要一个值（DIR）。", "option '--out' needs a value (DIR)."));

    [Fact]
    public void Parse_OptionFollowedByOption_IsUsageError() =>
        Fails("a", "--out", "--quiet").Text.English.Should().Contain("needs a value");

    [Fact]
    public void Parse_FlagWithValue_IsUsageError() =>
        Fails("a", "--quiet=yes").Text.English.Should().Be("option '--quiet' takes no value.");

    [Fact]
    public void Parse_RepeatedOption_IsUsageError() =>
        Fails("a", "--out", "x", "--out", "y").Text.Should().Be(new LocalizedText("选项“--out”只能给一次。", "option '--out' is given more than once."));

    [Fact]
    public void Parse_TooFewPositionals_IsUsageError() =>
        Fails().Text.Should().Be(new LocalizedText("命令“demo”需要参数 FILE…。", "'demo' needs FILE…."));

    [Fact]
    public void Parse_TooManyPositionals_IsUsageError() =>
        Fails("a", "b", "c").Text.English.Should().Be("'demo' takes at most 2 FILE… argument(s); got 3.");

    [Fact]
    public void Parse_PositionalToACommandWithout_IsUsageError() =>
        Fails(Spec with { MinPositionals = 0, MaxPositionals = 0 }, "x").Text.English.Should().Be("'demo' takes no positional arguments; got 'x'.");

    [Fact]
    public void Parse_TwoPositionals_AtTheMaximum_AreAccepted() =>
        Parse("a", "b").Positionals.Should().HaveCount(2);

    [Fact]
    public void Parse_RequiredOptionMissing_IsUsageError() =>
        Fails(Spec with { Options = [new OptionSpec("out", "DIR", new LocalizedText("输出。", "Output."), Required: true)] }, "a")
            .Text.Should().Be(new LocalizedText("命令“demo”需要 --out DIR。", "'demo' needs --out DIR."));

    [Fact]
    public void Parse_UnknownLanguage_IsUsageError() =>
        Fails("a", "--lang", "fr").Text.Should().Be(new LocalizedText("--lang 必须是 zh 或 en，而不是“fr”。", "--lang must be zh or en, not 'fr'."));

    [Fact]
    public void Parse_Help_IsAHelpRequestEvenWithoutPositionals()
    {
        var request = CommandLine.Of(new CommandRegistry([new DemoCommand(Spec)])).Parse(["demo", "--help"]);

        request.Kind.Should().Be(RequestKind.Help);
        request.Command!.Spec.Should().Be(Spec);
    }

    [Theory]
    [InlineData(new[] { "--lang", "en", "x" }, DisplayLanguage.English)]
    [InlineData(new[] { "x", "--lang=zh" }, DisplayLanguage.ZhCn)]
    [InlineData(new[] { "x", "--lang", "fr" }, DisplayLanguage.English)]
    [InlineData(new[] { "x", "--", "--lang", "zh" }, DisplayLanguage.English)]
    public void PreviewLanguage_ReadsAValidLangBeforeParsing(string[] args, DisplayLanguage expected) =>
        CommandLine.PreviewLanguage(args, DisplayLanguage.English).Should().Be(expected);

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

    [Theory]
    [InlineData(DisplayLanguage.English, "usage: pbeval demo FILE… [--out DIR] [--quiet] [--lang zh|en]", "options:", "Output.")]
    [InlineData(DisplayLanguage.ZhCn, "用法：pbeval demo FILE… [--out DIR] [--quiet] [--lang zh|en]", "选项：", "输出。")]
    public void WriteHelp_ListsOptionsAndGlobalOptions_InTheLanguage(DisplayLanguage language, string usage, string heading, string help)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Spec.WriteHelp(writer, language);

        writer.ToString().Should().Contain(usage).And.Contain(heading).And.Contain(help).And.Contain("--lang zh|en").And.Contain("--help");
    }

    private sealed class DemoCommand(CommandSpec spec) : ICommand
    {
        public CommandSpec Spec { get; } = spec;

        public int Execute(ParsedArguments arguments, CliContext context) => ExitCodes.Success;
    }
}
