using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Reads the documents an <see cref="EvaluationManifest"/> lists, through streams the caller opens (the library does no file I/O).</summary>
public static class EvaluationManifestLoader
{
    /// <summary>Reads a manifest and every document it lists.</summary>
    /// <param name="manifest">The manifest document (<c>evaluation-manifest</c>).</param>
    /// <param name="open">Opens a document by the path written in the manifest (relative to the manifest; the caller resolves it). The loader disposes each stream.</param>
    /// <returns>The inputs of <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>, and the evaluation date is the manifest's <see cref="EvaluationManifest.AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The manifest or any document cannot be read or is not valid JSON of its kind; every such document is reported at once, paths as <c>file#json-path</c>.</exception>
    public static (AnnualEvaluationInputs Inputs, LocalDate AsOf) Load(Stream manifest, Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(open);
        EvaluationManifest read;
        try
        {
            read = PartyBuildingJson.Deserialize<EvaluationManifest>(manifest);
        }
        catch (PartyBuildingValidationException e)
        {
            throw new PartyBuildingValidationException("evaluation manifest", [.. e.Problems.Select(p => p with { Path = "manifest#" + p.Path })], e);
        }

        return (Load(read, open), read.AsOf);
    }

    /// <summary>Reads every document a manifest lists.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="open">Opens a document by the path written in the manifest (relative to the manifest; the caller resolves it). The loader disposes each stream.</param>
    /// <returns>The inputs of <see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">Any document cannot be opened or read, or is not valid JSON of its kind; every such document is reported at once, paths as <c>file#json-path</c>.</exception>
    public static AnnualEvaluationInputs Load(EvaluationManifest manifest, Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(open);
        var problems = new List<ValidationProblem>();
        var d = manifest.Documents;
        var inputs = new AnnualEvaluationInputs(
            manifest.Committee,
            manifest.Year,
            Read<OrganizationSnapshot>(d.OrganizationSnapshot, "documents.organizationSnapshot", open, problems)!,
            Read<AssessmentScheme>(d.AssessmentScheme, "documents.assessmentScheme", open, problems)!,
            manifest.Components ?? new EvaluationComponents(),
            Read<OrganizationEventLog>(d.OrganizationEvents, "documents.organizationEvents", open, problems),
            Incomplete: manifest.Incomplete);
        var documents = EvaluationAreas.BuiltIn.SelectMany(a => a.Documents).ToList();
        foreach (var document in documents)
        {
            inputs = document.Load(inputs, d, open, problems);
        }

        problems.AddRange(d.Parts.Keys.Where(name => !documents.Exists(x => x.Name == name && x.IsSplittable)).Select(name => new ValidationProblem(
            $"documents.parts.{name}", EvaluationErrorCodes.PartsNotAllowed,
            $"'{name}' cannot be split across several documents; only 'memberPointsData' and 'organizationalLifeRecords' can.", name)));

        inputs = inputs with { GivenInputs = Read<AssessmentDataSet>(d.GivenInputs, "documents.givenInputs", open, problems) };
        if (problems.Count > 0)
        {
            throw new PartyBuildingValidationException("evaluation documents", [.. problems]);
        }

        return inputs;
    }

    /// <summary>Reads one document a manifest lists; every problem of reading it is collected, paths as <c>file#json-path</c>.</summary>
    /// <typeparam name="T">The document's content type.</typeparam>
    /// <param name="path">The path in the manifest; <see langword="null"/> when the document is not listed.</param>
    /// <param name="field">The manifest's field, e.g. <c>documents.doubleReviewData</c>.</param>
    /// <param name="open">Opens the path.</param>
    /// <param name="problems">Collects the problems.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    internal static T? Read<T>(string? path, string field, Func<string, Stream> open, List<ValidationProblem> problems)
        where T : class, IDocumentContent
    {
        if (path is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add(new ValidationProblem(field, CommonErrorCodes.Required, $"The path of '{field}' is blank.", path));
            return null;
        }

        try
        {
            using var stream = open(path) ?? throw new IOException($"The opener returned no stream for '{path}'.");
            return PartyBuildingJson.Deserialize<T>(stream);
        }
        catch (PartyBuildingValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => p with { Path = $"{path}#{p.Path}" }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new ValidationProblem(path, EvaluationErrorCodes.DocumentUnreadable, $"The document '{field}' cannot be read: {e.Message}", path));
        }

        return null;
    }
}
