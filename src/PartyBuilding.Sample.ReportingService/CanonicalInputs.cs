using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>
/// The canonical form of an evaluation's inputs for the archive: every document as the library writes it
/// (<see cref="PartyBuildingJson.Serialize{T}(T)"/>: deterministic, whatever whitespace or property order the request
/// used), under a fixed name, and a manifest that lists them by those names with the committee, year, date, component
/// wiring and policy. Read back through <see cref="EvaluationManifestLoader"/>, they give the same evaluation.
/// </summary>
/// <param name="Manifest">The canonical manifest document.</param>
/// <param name="Documents">The canonical documents by the name the manifest gives them.</param>
internal sealed record CanonicalInputs(string Manifest, IReadOnlyDictionary<string, string> Documents)
{
    /// <summary>Writes the canonical form of loaded inputs.</summary>
    /// <param name="inputs">The inputs, as the manifest loader read them.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The canonical manifest and documents.</returns>
    /// <remarks>A new area's document is one more line here and in <see cref="EvaluationDocuments"/>.</remarks>
    public static CanonicalInputs Of(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? Add<T>(string name, T? document)
            where T : class, IDocumentContent
        {
            if (document is null)
            {
                return null;
            }

            documents[name + ".json"] = PartyBuildingJson.Serialize(document);
            return name + ".json";
        }

        var paths = new EvaluationDocuments(
            Add("organizationSnapshot", inputs.Organizations)!,
            Add("assessmentScheme", inputs.Scheme)!,
            Add("organizationEvents", inputs.OrganizationEvents),
            Add("doubleReviewScheme", inputs.DoubleReviewScheme),
            Add("doubleReviewData", inputs.DoubleReviewData),
            Add("standardizationCatalogue", inputs.StandardizationCatalogue),
            Add("standardizationTiers", inputs.StandardizationTiers),
            Add("standardizationData", inputs.StandardizationData),
            Add("memberPointsScheme", inputs.MemberPointsScheme),
            Add("memberPointsData", inputs.MemberPointsData),
            Add("responsibilityScheme", inputs.ResponsibilityScheme),
            Add("responsibilityData", inputs.ResponsibilityData),
            Add("rectificationLedger", inputs.RectificationLedger),
            Add("givenInputs", inputs.GivenInputs),
            Add("organizationalLifeRecords", inputs.OrganizationalLifeRecords),
            Add("organizationalLifeScheme", inputs.OrganizationalLifeScheme));
        var manifest = new EvaluationManifest(inputs.Committee, inputs.Year, asOf, paths, inputs.Components, inputs.Incomplete);
        return new CanonicalInputs(PartyBuildingJson.Serialize(manifest), documents);
    }

    /// <summary>Reads the archived inputs back, as the manifest loader reads files.</summary>
    /// <returns>The inputs and the evaluation date.</returns>
    /// <exception cref="Core.Validation.PartyBuildingValidationException">An archived document no longer reads (it was altered).</exception>
    public (AnnualEvaluationInputs Inputs, LocalDate AsOf) Load() =>
        EvaluationManifestLoader.Load(Utf8(Manifest), name => Documents.TryGetValue(name, out var text) ? Utf8(text) : throw new FileNotFoundException($"The archive holds no document '{name}'.", name));

    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text), writable: false);
}
