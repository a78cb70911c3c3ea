using System.Globalization;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>
/// Evaluates a committee's documents, publishes the summary and archives the canonical inputs with the receipt; gives an
/// archived evaluation's result back (from a small cache, or by re-running its archived inputs) and reproduces it.
/// </summary>
/// <param name="archive">The archive.</param>
/// <param name="json">The host's JSON options (with the library's metadata registered).</param>
internal sealed class EvaluationService(EvaluationArchive archive, IOptions<JsonOptions> json)
{
    /// <summary>How many evaluated results the service keeps in memory for explanations and reports.</summary>
    private const int CachedResults = 4;

    private readonly ConcurrentDictionary<string, (AnnualEvaluationResult Result, Core.Assessment.AssessmentScheme Scheme)> _results = new(StringComparer.Ordinal);

    /// <summary>Reads an evaluation request, evaluates it, archives it and returns its entry and summary.</summary>
    /// <param name="body">The request body: <c>{ "manifest": {…}, "documents": { "&lt;path in the manifest&gt;": {…}, … } }</c>.</param>
    /// <param name="cancellationToken">The request's cancellation (<c>HttpContext.RequestAborted</c>).</param>
    /// <returns>The archived entry, the summary, and whether it was archived now (not before).</returns>
    /// <exception cref="PartyBuildingValidationException">The request or a document is not valid; every problem is listed.</exception>
    public async Task<(ArchiveEntry Entry, EvaluationSummary Summary, bool Created)> PublishAsync(Stream body, CancellationToken cancellationToken)
    {
        var request = await EvaluationRequest.ReadAsync(body, cancellationToken);
        var (inputs, asOf) = request.Load();
        var result = AnnualEvaluation.Run(inputs, asOf, cancellationToken);
        var summary = EvaluationSummary.Of(result, inputs.Scheme);
        var receipt = result.Assessment.Receipt;
        var entry = new ArchiveEntry(
            receipt.Sha256,
            summary.Committee.Value,
            summary.Year.Value,
            summary.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            receipt.Algorithm,
            receipt.LibraryVersion,
            receipt.Sha256,
            string.Empty);
        var created = await archive.SaveAsync(entry, CanonicalInputs.Of(inputs, asOf), JsonSerializer.Serialize(summary, json.Value.SerializerOptions), cancellationToken);
        Remember(entry.Id, result, inputs.Scheme);
        return (entry, summary, created);
    }

    /// <summary>Gets an archived evaluation's result: from the cache, or by re-running its archived inputs.</summary>
    /// <param name="id">The evaluation's identifier.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result and the scheme, or <see langword="null"/> when the evaluation is not archived.</returns>
    public async Task<(AnnualEvaluationResult Result, Core.Assessment.AssessmentScheme Scheme)?> ResultAsync(string id, CancellationToken cancellationToken)
    {
        if (_results.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (await archive.InputsAsync(id, cancellationToken) is not { } archived)
        {
            return null;
        }

        var (inputs, asOf) = archived.Load();
        var result = AnnualEvaluation.Run(inputs, asOf, cancellationToken);
        Remember(id, result, inputs.Scheme);
        return (result, inputs.Scheme);
    }

    /// <summary>Re-runs an archived evaluation from its canonical inputs with this library and compares the receipts.</summary>
    /// <param name="id">The evaluation's identifier.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The comparison, or <see langword="null"/> when the evaluation is not archived.</returns>
    public async Task<Reproduction?> ReproduceAsync(string id, CancellationToken cancellationToken)
    {
        if (await archive.FindAsync(id, cancellationToken) is not { } found || await archive.InputsAsync(id, cancellationToken) is not { } archived)
        {
            return null;
        }

        var entry = found.Entry;

        var (inputs, asOf) = archived.Load();
        var receipt = AnnualEvaluation.Run(inputs, asOf, cancellationToken).Assessment.Receipt;
        return new Reproduction(
            entry.Id,
            entry.ReceiptSha256,
            entry.LibraryVersion,
            receipt.Sha256,
            receipt.LibraryVersion,
            receipt.Sha256 == entry.ReceiptSha256 && receipt.Algorithm == entry.ReceiptAlgorithm);
    }

    private void Remember(string id, AnnualEvaluationResult result, Core.Assessment.AssessmentScheme scheme)
    {
        while (_results.Count >= CachedResults && _results.Keys.FirstOrDefault() is { } old)
        {
            _results.TryRemove(old, out _);
        }

        _results[id] = (result, scheme);
    }
}

/// <summary>The outcome of re-running an archived evaluation.</summary>
/// <param name="Id">The evaluation's identifier.</param>
/// <param name="ArchivedReceipt">The receipt's hash as archived.</param>
/// <param name="ArchivedLibraryVersion">The library version that computed the archived result.</param>
/// <param name="ReproducedReceipt">The receipt's hash of the re-run.</param>
/// <param name="LibraryVersion">The library version of the re-run.</param>
/// <param name="Matches">Whether the re-run gave the archived receipt: the same inputs, scheme, date and library version.</param>
internal sealed record Reproduction(string Id, string ArchivedReceipt, string ArchivedLibraryVersion, string ReproducedReceipt, string LibraryVersion, bool Matches);
