using System.Diagnostics;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>What a command runs with: the output streams, the display language and the document catalog.</summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors, notes and progress go.</param>
/// <param name="Language">The display language of reports (<c>--lang zh|en</c>; Chinese by default).</param>
/// <param name="Catalog">The document kinds the tool reads.</param>
/// <remarks>
/// Two kinds of lines go to stderr (issue 24, progress on every long command): <see cref="Note"/>s — what is evaluated, the
/// organizations not ranked, the receipt, the parts <c>generate</c> made — always, as a log keeps them; <see cref="Progress"/>
/// lines — the step, the records done of the total, the file being read or written, the time elapsed — only when stderr is
/// a terminal (<see cref="Steps"/>), so that pipes, logs and tests stay as they were.
/// </remarks>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, DisplayLanguage Language, DocumentCatalog Catalog)
{
    /// <summary>The time since the command began (shared by the copies <c>with</c> makes).</summary>
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>
    /// Gets a value indicating whether stderr is a terminal, so that long runs print <see cref="Progress"/> lines
    /// (<c>[3/7] 计算：党员积分管理（已处理记录 120,345/1,727,678，7%，已用 12.0 秒）</c>). The program passes
    /// <c>!Console.IsErrorRedirected</c>; tests force it either way.
    /// </summary>
    public bool Steps { get; init; }

    /// <summary>
    /// Gets a value indicating whether <see cref="Note"/>s are written (by default); <c>explain</c> runs the evaluation without
    /// them, so that its stderr holds only errors and, on a terminal, its progress.
    /// </summary>
    public bool Notes { get; init; } = true;

    /// <summary>Gets the time since the command began.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Writes a note on stderr, terminal or not (unless <see cref="Notes"/> is off): what is evaluated, an organization not ranked, the receipt.</summary>
    /// <param name="message">The line, in the context's language.</param>
    public void Note(string message)
    {
        if (Notes)
        {
            Stderr.WriteLine(message);
        }
    }

    /// <summary>Writes a progress line on stderr when it is a terminal (<see cref="Steps"/>); nothing into a pipe or a log.</summary>
    /// <param name="message">The line, in the context's language.</param>
    public void Progress(LocalizedText message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Steps)
        {
            Stderr.WriteLine(message.In(Language));
        }
    }
}
