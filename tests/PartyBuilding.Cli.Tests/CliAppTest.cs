using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests;

public class CliAppTest
{
    [Fact]
    public void Run_NoArguments_PrintsCommandsAndIsUsageError()
    {
        var run = CliRun.Of();

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("validate").And.Contain("schema").And.Contain("test").And.Contain("exit codes");
    }

    [Fact]
    public void Run_Help_PrintsCommandsAndSucceeds()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Stdout.Should().Contain("commands:");
    }

    [Fact]
    public void Run_HelpOfCommand_PrintsItsUsage()
    {
        CliRun.Of("help", "schema").Stdout.Should().Contain("usage: pbeval schema --out DIR");
        CliRun.Of("schema", "--help").Stdout.Should().Contain("usage: pbeval schema --out DIR");
    }

    [Fact]
    public void Run_Version_PrintsVersion() =>
        CliRun.Of("--version").Stdout.Should().StartWith("pbeval ");

    [Fact]
    public void Run_UnknownCommand_IsOneLineUsageError()
    {
        var run = CliRun.Of("frobnicate");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines[0].Should().Be("pbeval: error: unknown command 'frobnicate'; commands: evaluate, explain, generate, schema, test, validate.");
        run.StderrLines[1].Should().Contain("pbeval --help");
    }

    [Fact]
    public void Run_UnknownOption_NamesTheCommandsHelp()
    {
        var run = CliRun.Of("validate", "x.json", "--bogus");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines.Should().Equal("pbeval: error: unknown option '--bogus' for 'validate'.", "Run 'pbeval validate --help' for its usage.");
    }

    [Theory]
    [InlineData("zh", DisplayLanguage.ZhCn)]
    [InlineData("en", DisplayLanguage.English)]
    [InlineData(null, DisplayLanguage.ZhCn)]
    public void ParseLanguage_ZhOrEn_IsRead(string? text, DisplayLanguage expected) =>
        CliApp.ParseLanguage(text).Should().Be(expected);

    [Fact]
    public void Run_UnknownLanguage_IsUsageError()
    {
        var run = CliRun.Of("test", Seeds.Scenarios, "--lang", "fr");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--lang must be zh or en");
    }

    [Fact]
    public void Run_UnexpectedException_IsOneLineWithoutStackTrace()
    {
        var commands = new CommandRegistry([new ThrowingCommand(new InvalidOperationException("boom\n   at Somewhere.Method()"))]);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = CliApp.Run(["throw"], stdout, stderr, commands, DocumentCatalog.Default);

        exitCode.Should().Be(ExitCodes.UnexpectedError);
        stderr.ToString().TrimEnd().Should().Be("pbeval: unexpected error (InvalidOperationException): boom at Somewhere.Method()");
    }

    [Fact]
    public void Run_IoException_IsFileError()
    {
        var commands = new CommandRegistry([new ThrowingCommand(new FileNotFoundException("Could not find file 'x'."))]);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        CliApp.Run(["throw"], stdout, stderr, commands, DocumentCatalog.Default).Should().Be(ExitCodes.FileError);
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
        public CommandSpec Spec { get; } = new("throw", "Throws.", string.Empty, 0, 0, []);

        public int Execute(ParsedArguments arguments, CliContext context) => throw exception;
    }
}
