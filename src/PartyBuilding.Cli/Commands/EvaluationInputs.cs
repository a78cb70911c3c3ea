using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// Finds and reads what <c>evaluate</c> and <c>explain</c> run on: a data set file (or the bundled seed data set when none
/// is given), its scheme, the year and the as-of date. Holds no domain logic: it only reads documents and calls the library.
/// </summary>
internal static class EvaluationInputs
{
    /// <summary>The bundled seed year, the latest year of the bundled schemes.</summary>
    public const int BundledYear = 2024;

    /// <summary><c>--scheme FILE</c>.</summary>
    public static Arguments.OptionSpec Scheme { get; } = new("scheme", "FILE", "The assessment scheme (default: scheme-<year>.json beside the data set).");

    /// <summary><c>--year YYYY</c>.</summary>
    public static Arguments.OptionSpec Year { get; } = new("year", "YYYY", $"The assessment year (default: the data set's; {BundledYear} for the bundled seed).");

    /// <summary><c>--as-of DATE</c>.</summary>
    public static Arguments.OptionSpec AsOf { get; } = new("as-of", "YYYY-MM-DD", "The evaluation date (default: 31 December of the year).");

    /// <summary>Gets the directory of the bundled seeds, copied beside the tool.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Reads the data set, scheme and date an evaluation runs on.</summary>
    /// <param name="arguments">The command's arguments: an optional DATASET positional, <c>--scheme</c>, <c>--year</c>, <c>--as-of</c>.</param>
    /// <returns>The data set, the scheme, the as-of date and the path the data set came from.</returns>
    /// <exception cref="CliException">A file is missing (exit 3), or the options contradict the data (exit 2).</exception>
    /// <exception cref="PartyBuildingValidationException">A document cannot be read (exit 1, every problem listed).</exception>
    public static (AssessmentDataSet Data, AssessmentScheme Scheme, LocalDate AsOf, string Source) Load(Arguments.ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var requestedYear = arguments.Has(Year.Name) ? arguments.Integer(Year.Name, BundledYear, 1949, 9998) : (int?)null;
        var path = arguments.Positionals.Length > 0
            ? arguments.Positionals[0]
            : Path.Combine(SeedDirectory, "assessment", $"committee-{requestedYear ?? BundledYear}.json");
        var data = Read<AssessmentDataSet>(path);
        if (requestedYear is { } year && year != data.Year.Value)
        {
            throw CliException.Usage($"--year {year} does not match the data set '{path}', which is for {data.Year.Value}.");
        }

        var schemePath = arguments.Value(Scheme.Name)
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $"scheme-{data.Year.Value}.json");
        var scheme = Read<AssessmentScheme>(schemePath);
        var asOf = arguments.Value(AsOf.Name) is { } text ? ParseDate(text) : data.Year.LastDay;
        return (data, scheme, asOf, path);
    }

    /// <summary>Reads one document of a known kind from a file.</summary>
    /// <typeparam name="T">The document's content type.</typeparam>
    /// <param name="path">The file.</param>
    /// <returns>The content.</returns>
    /// <exception cref="CliException">The file is missing or unreadable (exit 3).</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; the message names the file.</exception>
    public static T Read<T>(string path)
        where T : class, PartyBuilding.Core.Common.IDocumentContent
    {
        var bytes = CliFiles.ReadAllBytes(path);
        try
        {
            return PartyBuildingJson.Deserialize<T>(bytes);
        }
        catch (PartyBuildingValidationException ex)
        {
            throw new PartyBuildingValidationException($"document '{path}'", ex.Problems, ex);
        }
    }

    private static LocalDate ParseDate(string text)
    {
        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw CliException.Usage($"--as-of must be a date (yyyy-MM-dd), not '{text}'.");
    }
}
