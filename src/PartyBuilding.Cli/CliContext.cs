using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>What a command runs with: the output streams, the display language and the document catalog.</summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors and progress go.</param>
/// <param name="Language">The display language of reports (<c>--lang zh|en</c>; Chinese by default).</param>
/// <param name="Catalog">The document kinds the tool reads.</param>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, DisplayLanguage Language, DocumentCatalog Catalog)
{
    /// <summary>
    /// Gets a value indicating whether long runs print a line per step (<c>[3/7] 计算：党员积分管理（已用 12.0 秒）</c>): when
    /// stderr is a terminal, so that logs and pipes stay as they were (issue 24: progress, quiet when not a terminal).
    /// </summary>
    public bool Steps { get; init; }

    /// <summary>Writes one progress line on stderr (long runs).</summary>
    public void Progress(string message) => Stderr.WriteLine(message);
}
