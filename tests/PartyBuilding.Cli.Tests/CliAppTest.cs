using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests;

public class CliAppTest
{
    [Theory]
    [InlineData(DisplayLanguage.English, "exit codes")]
    [InlineData(DisplayLanguage.ZhCn, "退出码")]
    public void Run_NoArguments_PrintsCommandsAndIsUsageError(DisplayLanguage system, string exitCodes)
    {
        var run = CliRun.In(system);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("validate").And.Contain("schema").And.Contain("test").And.Contain(exitCodes);
    }

    [Theory]
    [InlineData("--help", "--lang", "en", "commands:")]
    [InlineData("-h", "--lang", "zh", "命令：")]
    [InlineData("--lang", "zh", "--help", "命令：")]
    public void Run_Help_PrintsCommandsAndSucceeds(string first, string second, string third, string heading)
    {
        var run = CliRun.Of(first, second, third);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Stdout.Should().Contain(heading);
    }

    [Fact]
    public void Run_HelpOfCommand_PrintsItsUsage()
    {
        CliRun.In(DisplayLanguage.English, "help", "schema").Stdout.Should().Contain("usage: pbeval schema --out DIR");
        CliRun.In(DisplayLanguage.English, "schema", "--help").Stdout.Should().Contain("usage: pbeval schema --out DIR");
        CliRun.Of("schema", "--help").Stdout.Should().Contain("用法：pbeval schema --out DIR").And.Contain("写入 <类型>.schema.json 文件的文件夹。");
    }

    [Fact]
    public void Run_HelpInChinese_HasNoEnglishBeyondNamesAndPlaceholders()
    {
        CommandRegistry.Default.All.Should().NotBeEmpty();
        foreach (var command in CommandRegistry.Default.All)
        {
            var help = CliRun.Of(command.Spec.Name, "--help").Stdout;
            var words = System.Text.RegularExpressions.Regex.Matches(help, "(?<![-<.A-Za-z])[a-z]{3,}(?![-A-Za-z])").Select(m => m.Value);

            words.Except(KnownNames).Should().BeEmpty($"the Chinese help of '{command.Spec.Name}' holds only names, not English words");
        }
    }

    /// <summary>Names that stay as written in Chinese text: commands, options' values, document kinds and format names.</summary>
    private static readonly string[] KnownNames =
    [
        "pbeval", "evaluate", "explain", "generate", "schema", "test", "validate", "zh", "en", "table", "text", "json", "csv", "md", "html", "xlsx",
        "municipal", "province", "scheme", "assessment", "data", "set", "review", "double", "member", "points", "responsibility",
        "standardization", "catalogue", "manifest", "evaluation", "year", "kind", "memberPoints", "import", "template", "organizational", "life", "records",
        "notices", "case", "organization", "person", "supervision", "rectification", "ledger", "snapshot", "event", "log", "accountability",
    ];

    [Fact]
    public void Run_UnknownCommand_InChinese_IsOneLineUsageError()
    {
        var run = CliRun.Of("frobnicate");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines.Should().Equal(
            "pbeval：错误：未知命令“frobnicate”；可用命令：case, evaluate, explain, generate, import, notices, schema, template, test, validate。",
            "运行 'pbeval --help' 查看全部命令。");
    }

    [Theory]
    [InlineData("zh-CN", null, DisplayLanguage.ZhCn)]
    [InlineData("zh-TW", null, DisplayLanguage.ZhCn)]
    [InlineData("en-US", "zh_CN.UTF-8", DisplayLanguage.English)]
    [InlineData("", "zh_CN.UTF-8", DisplayLanguage.ZhCn)]
    [InlineData("", "C.UTF-8", DisplayLanguage.English)]
    [InlineData("", null, DisplayLanguage.English)]
    public void LanguageOf_ChineseCultureOrLocale_IsChinese_ElseEnglish(string culture, string? lang, DisplayLanguage expected) =>
        CliApp.LanguageOf(culture, name => name == "LANG" ? lang : null).Should().Be(expected);

    [Fact]
    public void LanguageOf_LcAll_TakesPrecedenceOverLang() =>
        CliApp.LanguageOf(string.Empty, name => name switch { "LC_ALL" => "en_US.UTF-8", "LANG" => "zh_CN.UTF-8", _ => null })
            .Should().Be(DisplayLanguage.English);

    [Fact]
    public void Run_WithoutLang_UsesTheSystemLanguage()
    {
        CliRun.In(DisplayLanguage.English, "frobnicate").StderrLines[0].Should().StartWith("pbeval: error: unknown command");
        CliRun.In(DisplayLanguage.ZhCn, "frobnicate").StderrLines[0].Should().StartWith("pbeval：错误：未知命令");
        CliRun.In(DisplayLanguage.ZhCn, "frobnicate", "--lang", "en").StderrLines[0].Should().StartWith("pbeval: error: unknown command");
    }

    [Fact]
    public void Run_SuggestDirective_CompletesCommandsAndFormatValues()
    {
        CliRun.Of("[suggest:4]", "eval").StdoutLines.Should().Equal("evaluate");
        CliRun.Of("[suggest:18]", "evaluate --format ").StdoutLines.Should().Equal("csv", "html", "json", "md", "table", "xlsx");
        CliRun.Of("[suggest:16]", "evaluate --year ").StdoutLines.Should().Equal("2018", "2023", "2024");
    }

    [Fact]
    public void Run_Version_PrintsVersion() =>
        CliRun.Of("--version").Stdout.Should().StartWith("pbeval ");

    [Fact]
    public void Run_UnknownCommand_IsOneLineUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "frobnicate");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines[0].Should().Be("pbeval: error: unknown command 'frobnicate'; commands: case, evaluate, explain, generate, import, notices, schema, template, test, validate.");
        run.StderrLines[1].Should().Contain("pbeval --help");
    }

    [Fact]
    public void Run_UnknownOption_NamesTheCommandsHelp()
    {
        var run = CliRun.In(DisplayLanguage.English, "validate", "x.json", "--bogus");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines.Should().Equal("pbeval: error: unknown option '--bogus' for 'validate'.", "Run 'pbeval validate --help' for its usage.");
    }


    [Fact]
    public void Run_UnknownLanguage_IsUsageError()
    {
        var run = CliRun.Of("test", Seeds.Scenarios, "--lang", "fr");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--lang 必须是 zh 或 en，而不是“fr”。");
    }

    [Fact]
    public void Run_UnexpectedException_IsOneLineWithoutStackTrace()
    {
        var commands = new CommandRegistry([new ThrowingCommand(new InvalidOperationException("boom\n   at Somewhere.Method()"))]);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = CliApp.Run(["throw"], stdout, stderr, commands, DocumentCatalog.Default, DisplayLanguage.English);

        exitCode.Should().Be(ExitCodes.UnexpectedError);
        stderr.ToString().TrimEnd().Should().Be("pbeval: unexpected error (InvalidOperationException): boom at Somewhere.Method()");
    }

    [Fact]
    public void Run_IoException_IsFileError()
    {
        var commands = new CommandRegistry([new ThrowingCommand(new FileNotFoundException("Could not find file 'x'."))]);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        CliApp.Run(["throw"], stdout, stderr, commands, DocumentCatalog.Default, DisplayLanguage.English).Should().Be(ExitCodes.FileError);
        stderr.ToString().Should().Be("pbeval: error: Could not find file 'x'." + Environment.NewLine);
    }

    [Fact]
    public void CommandRegistry_TwoCommandsWithOneName_AreRefused()
    {
        var act = () => new CommandRegistry([new ThrowingCommand(new InvalidOperationException()), new ThrowingCommand(new InvalidOperationException())]);

        act.Should().Throw<ArgumentException>().WithMessage("*'throw'*");
    }

    private sealed class ThrowingCommand(Exception exception) : ICommand
    {
        public CommandSpec Spec { get; } = new("throw", new LocalizedText("抛出异常。", "Throws."), string.Empty, 0, 0, []);

        public int Execute(ParsedArguments arguments, CliContext context) => throw exception;
    }
}
