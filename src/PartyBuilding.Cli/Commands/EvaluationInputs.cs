using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// Finds, reads and runs what <c>evaluate</c> and <c>explain</c> work on. A DATASET is either an
/// <c>evaluation-manifest</c> (the whole annual evaluation: every area's documents, run through
/// <see cref="AnnualEvaluation"/>) or an <c>assessment-data-set</c> (component inputs given directly, run through
/// <see cref="AnnualAssessment"/> under a scheme). Holds no domain logic: it only reads files and calls the library.
/// </summary>
internal static class EvaluationInputs
{
    /// <summary>The year of the bundled seed manifest (article 002's Binzhou committee: 97 organizations in 5 districts).</summary>
    public const int BundledYear = 2018;

    /// <summary><c>--scheme FILE</c>.</summary>
    public static Arguments.OptionSpec Scheme { get; } = new("scheme", "FILE", CliMessages.SchemeHelp);

    /// <summary><c>--year YYYY</c>.</summary>
    public static Arguments.OptionSpec Year { get; } = new("year", "YYYY", CliMessages.YearHelp(BundledYearList, BundledYear))
    {
        Completions = [.. BundledYears.Select(y => y.ToString(CultureInfo.InvariantCulture))],
    };

    /// <summary><c>--as-of DATE</c>.</summary>
    public static Arguments.OptionSpec AsOf { get; } = new("as-of", "YYYY-MM-DD", CliMessages.AsOfHelp);

    /// <summary><c>--documents-root DIR</c>.</summary>
    public static Arguments.OptionSpec DocumentsRoot { get; } = new(
        "documents-root", "DIR", CliMessages.DocumentsRootHelp);

    /// <summary>Gets the directory of the bundled seeds, copied beside the tool.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Gets the years of the bundled data sets (evaluation manifests and assessment data sets beside the tool), in order.</summary>
    public static ImmutableArray<int> BundledYears => [.. BundledFiles().Keys];

    private static string BundledYearList => string.Join(", ", BundledYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Checks the options of <c>evaluate</c> and <c>explain</c> before any document is read: <c>--year</c> is a year and,
    /// without a DATASET, one of <see cref="BundledYears"/>; <c>--as-of</c> is a date; the DATASET and <c>--scheme</c> files
    /// exist.
    /// </summary>
    /// <exception cref="CliException">An option is malformed (usage error), or names no bundled year or a missing file (file error).</exception>
    public static void Check(Arguments.ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        int? year = arguments.Has(Year.Name) ? arguments.Integer(Year.Name, BundledYear, 1949, 9998) : null;
        _ = OptionalDate(arguments);
        if (arguments.Positionals.Length == 0 && year is { } y && !BundledYears.Contains(y))
        {
            throw NotBundled(y);
        }

        foreach (var path in arguments.Positionals.Take(1).Concat(arguments.Value(Scheme.Name) is { } scheme ? [scheme] : []))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw CliException.File(CliMessages.CannotRead(path, CliMessages.NoSuchFile));
            }
        }
    }

    /// <summary>Reads the inputs named by the arguments and runs the evaluation.</summary>
    /// <param name="arguments">An optional DATASET positional, <c>--scheme</c>, <c>--year</c>, <c>--as-of</c>.</param>
    /// <param name="context">Where progress goes.</param>
    /// <returns>What was evaluated and the result.</returns>
    /// <exception cref="CliException">A file is missing (exit 3), or the options contradict the data (exit 2).</exception>
    /// <exception cref="PartyBuildingValidationException">A document is invalid (exit 1, every problem listed).</exception>
    public static Evaluated Run(Arguments.ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        int? year = arguments.Has(Year.Name) ? arguments.Integer(Year.Name, BundledYear, 1949, 9998) : null;
        var path = arguments.Positionals.Length > 0 ? arguments.Positionals[0] : BundledPath(year ?? BundledYear);
        var bytes = CliFiles.ReadAllBytes(path);
        var kind = PartyBuildingJson.PeekKind(bytes);
        var root = arguments.Value(DocumentsRoot.Name) ?? DefaultRoot(path);
        var evaluated = kind switch
        {
            "evaluation-manifest" => RunManifest(path, bytes, root, arguments, context),
            "assessment-data-set" => RunAssessment(path, bytes, arguments, context),
            _ => throw CliException.Usage(CliMessages.WrongDataSetKind(path, kind)),
        };
        if (year is { } y && y != evaluated.Result.Year.Value)
        {
            throw CliException.Usage(CliMessages.YearMismatch(y, path, evaluated.Result.Year.Value));
        }

        return evaluated;
    }

    /// <summary>The folder a manifest's documents must lie in by default: the bundled seeds for a bundled manifest (they share one set of documents), else the manifest's own folder.</summary>
    private static string DefaultRoot(string manifest)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest)) ?? ".";
        var seeds = Path.TrimEndingDirectorySeparator(Path.GetFullPath(SeedDirectory));
        return folder == seeds || folder.StartsWith(seeds + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? seeds : folder;
    }

    /// <summary>The bundled data sets by year: the evaluation manifest of a year (<c>evaluation/binzhou-YYYY.json</c>), else its assessment data set (<c>assessment/committee-YYYY.json</c>).</summary>
    private static ImmutableSortedDictionary<int, string> BundledFiles()
    {
        var files = ImmutableSortedDictionary.CreateBuilder<int, string>();
        foreach (var (folder, prefix) in new[] { ("assessment", "committee-"), ("evaluation", "binzhou-") })
        {
            var directory = Path.Combine(SeedDirectory, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, prefix + "*.json"))
            {
                var name = Path.GetFileNameWithoutExtension(file)[prefix.Length..];
                if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    files[year] = file;
                }
            }
        }

        return files.ToImmutable();
    }

    /// <summary>The bundled data set of a year.</summary>
    /// <exception cref="CliException">No data set of that year is bundled (file error; the message lists the bundled years).</exception>
    private static string BundledPath(int year) =>
        BundledFiles().GetValueOrDefault(year) ?? throw NotBundled(year);

    /// <summary>
    /// The refusal of a year with no bundled data set: a file error (exit code 3), as since the first release, when the
    /// tool looked for the year's file and did not find it; the message lists the bundled years, not the tool's folder.
    /// </summary>
    private static CliException NotBundled(int year) => CliException.File(CliMessages.YearNotBundled(year, BundledYearList));

    private static Evaluated RunManifest(string path, byte[] bytes, string root, Arguments.ParsedArguments arguments, CliContext context)
    {
        if (arguments.Has(Scheme.Name))
        {
            throw CliException.Usage(CliMessages.SchemeWithManifest);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var read = new List<string> { Path.GetFullPath(path) };
        var (inputs, manifestAsOf) = Labelled(path, () =>
        {
            using var manifest = new MemoryStream(bytes, writable: false);
            return EvaluationManifestLoader.Load(manifest, relative => OpenContained(directory, root, relative, read, context));
        });
        var asOf = OptionalDate(arguments) ?? manifestAsOf;
        context.Note(CliMessages.EvaluatingManifest(inputs.Committee.ToString(), inputs.Year.ToString(), Iso(asOf), path, inputs.Organizations.Organizations.Length).In(context.Language));
        var result = Labelled(path, () => AnnualEvaluation.Run(inputs, asOf, context.Steps ? new EvaluationSteps(context) : null));
        foreach (var missing in result.Missing)
        {
            context.Note(CliMessages.NotRankedProgress(missing.Organization.ToString(), missing.Component.ToString(), missing.Reason).In(context.Language));
        }

        var registry = OrganizationsEngine.Evaluate(inputs.Organizations, inputs.OrganizationEvents, asOf);
        return new Evaluated(result.Assessment, result.Data, inputs.Scheme, path, [.. read], result, registry)
        {
            LifeCheck = new(() => result.OrganizationalLife ?? Life(inputs, asOf)),
            LifeRecords = inputs.OrganizationalLifeRecords,
        };
    }

    /// <summary>
    /// The compliance check of the manifest's organizational-life records on the evaluation date, with its scheme or, without
    /// one, the regulation's frequencies (as the evaluation checks them); <see langword="null"/> without records. Run only when
    /// a report or <c>explain --branch</c> reads it, and not again when the evaluation's own area ran it (with the same records
    /// and scheme).
    /// </summary>
    private static OrganizationalLifeResult? Life(AnnualEvaluationInputs inputs, LocalDate asOf) =>
        inputs.OrganizationalLifeRecords is { } records
            ? OrganizationalLifeEngine.Evaluate(records, inputs.OrganizationalLifeScheme ?? new OrganizationalLifeScheme(records.Year, records.CommitteeId), asOf)
            : null;

    private static Evaluated RunAssessment(string path, byte[] bytes, Arguments.ParsedArguments arguments, CliContext context)
    {
        var data = Labelled(path, () => PartyBuildingJson.Deserialize<AssessmentDataSet>(bytes));
        var schemePath = arguments.Value(Scheme.Name)
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $"scheme-{data.Year.Value}.json");
        var schemeBytes = CliFiles.ReadAllBytes(schemePath);
        var scheme = Labelled(schemePath, () => PartyBuildingJson.Deserialize<AssessmentScheme>(schemeBytes));
        var asOf = OptionalDate(arguments) ?? data.Year.LastDay;
        context.Note(CliMessages.EvaluatingDataSet(data.Organizations.Length, data.CommitteeId.ToString(), data.Year.ToString(), Iso(asOf), path).In(context.Language));
        return new Evaluated(Labelled(path, () => AnnualAssessment.Evaluate(data, scheme, asOf)), data, scheme, path, [Path.GetFullPath(path), Path.GetFullPath(schemePath)], null);
    }

    /// <summary>
    /// Opens a document a manifest names, relative to the manifest's folder, only when its real location (every symbolic
    /// link on the way resolved) lies inside <paramref name="root"/>: a manifest from elsewhere cannot make the tool read
    /// <c>/proc</c>, a home folder or another agency's files. The refusal names the path, never anything of the file.
    /// </summary>
    private static FileStream OpenContained(string directory, string root, string relative, List<string> read, CliContext context)
    {
        if (!CliFiles.IsContained(directory, root, relative, out var full))
        {
            throw CliException.File(CliMessages.OutsideRoot(full, root, DocumentsRoot.Name));
        }

        var stream = CliFiles.OpenRead(full);
        read.Add(Path.GetFullPath(full));
        context.Progress(CliMessages.ReadingDocument(relative, stream.Length, context.Elapsed));
        return stream;
    }

    /// <summary>The key of <see cref="Exception.Data"/> that names the file of an invalid input (the shell's message names it).</summary>
    public const string SourceKey = "pbeval.source";

    /// <summary>Runs a step, naming the file in the message of any validation failure it raises.</summary>
    private static T Labelled<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (PartyBuildingValidationException ex)
        {
            throw new PartyBuildingValidationException($"input '{path}'", ex.Problems, ex) { Data = { [SourceKey] = path } };
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Reads <c>--as-of</c>.</summary>
    /// <exception cref="CliException">The date is malformed (a usage error).</exception>
    internal static LocalDate? OptionalDate(Arguments.ParsedArguments arguments)
    {
        if (arguments.Value(AsOf.Name) is not { } text)
        {
            return null;
        }

        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw CliException.Usage(CliMessages.DateInvalid(AsOf.Name, text));
    }
}

/// <summary>An evaluation the tool ran.</summary>
/// <param name="Result">The assessment result: scores, bands, ranks, explanation trees, receipt.</param>
/// <param name="Data">The assessment data set it was computed from.</param>
/// <param name="Scheme">The scheme it was computed under.</param>
/// <param name="Source">The file the data came from.</param>
/// <param name="Inputs">The full paths of every file read for the run (the data set or manifest, and every document it lists).</param>
/// <param name="Full">The whole annual evaluation (every area's results), when a manifest was run.</param>
/// <param name="Registry">The organization registry as of the evaluation date, when a manifest was run (it names the committee and every organization).</param>
internal sealed record Evaluated(AssessmentResult Result, AssessmentDataSet Data, AssessmentScheme Scheme, string Source, ImmutableArray<string> Inputs, AnnualEvaluationResult? Full, OrganizationTree? Registry = null)
{
    /// <summary>Gets the compliance check of the manifest's organizational-life records on the evaluation date, or <see langword="null"/> when it listed none.</summary>
    public OrganizationalLifeResult? Life => LifeCheck?.Value;

    /// <summary>Gets the compliance check, run when <see cref="Life"/> is first read (a report that shows it, <c>explain --branch</c>), or <see langword="null"/>.</summary>
    public Lazy<OrganizationalLifeResult?>? LifeCheck { get; init; }

    /// <summary>Gets the manifest's organizational-life records (the records behind the findings of <see cref="Life"/>), or <see langword="null"/>.</summary>
    public OrganizationalLifeRecords? LifeRecords { get; init; }
}
