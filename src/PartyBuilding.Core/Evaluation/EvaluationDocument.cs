using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A document of the evaluation: its name (the manifest's <c>documents.&lt;name&gt;</c> and the prefix of its problems), its
/// slot in <see cref="AnnualEvaluationInputs"/>, and the committee and year it must be for.
/// </summary>
internal abstract class EvaluationDocument
{
    /// <summary>Initializes a document.</summary>
    /// <param name="name">The document's name, e.g. <c>doubleReviewData</c>.</param>
    protected EvaluationDocument(string name) => Name = name;

    /// <summary>Gets the document's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the area runs without the document (e.g. the accountability records beside supervision).</summary>
    public bool IsOptional { get; private protected init; }

    /// <summary>Creates a document.</summary>
    /// <typeparam name="T">The document's content type.</typeparam>
    /// <param name="name">The document's name, e.g. <c>doubleReviewData</c>.</param>
    /// <param name="get">Gets the document from the inputs.</param>
    /// <param name="path">Gets its path from the manifest; <see langword="null"/> for a document no manifest lists.</param>
    /// <param name="set">Sets it into the inputs (the manifest loader).</param>
    /// <returns>The document.</returns>
    public static EvaluationDocument<T> Of<T>(
        string name, Func<AnnualEvaluationInputs, T?> get, Func<EvaluationDocuments, string?>? path = null, Func<AnnualEvaluationInputs, T, AnnualEvaluationInputs>? set = null)
        where T : class, IDocumentContent =>
        new(name, get, path ?? (_ => null), set ?? ((inputs, _) => inputs), null, null);

    /// <summary>Gets the document from the inputs.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The document, or <see langword="null"/> when it is not given.</returns>
    public abstract object? In(AnnualEvaluationInputs inputs);

    /// <summary>Computes the order-independent digest of the document for the receipt (<see cref="CanonicalDigest"/>).</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="cancellationToken">Stops the digest between blocks.</param>
    /// <returns>The digest, or <see langword="null"/> when the document is not given.</returns>
    public abstract string? Digest(AnnualEvaluationInputs inputs, CancellationToken cancellationToken = default);

    /// <summary>Checks that the document is for the evaluation's committee and year.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The problems, at <c>&lt;name&gt;.&lt;property&gt;</c>.</returns>
    public abstract IEnumerable<ValidationProblem> CheckOwner(AnnualEvaluationInputs inputs);

    /// <summary>Reads the document a manifest lists into the inputs.</summary>
    /// <param name="inputs">The inputs read so far.</param>
    /// <param name="paths">The manifest's paths.</param>
    /// <param name="open">Opens a path.</param>
    /// <param name="problems">Collects every problem of reading.</param>
    /// <returns>The inputs with the document.</returns>
    public abstract AnnualEvaluationInputs Load(AnnualEvaluationInputs inputs, EvaluationDocuments paths, Func<string, Stream> open, List<ValidationProblem> problems);

    /// <summary>Gets a value indicating whether a manifest may split the document across several files (<see cref="EvaluationDocuments.Parts"/>).</summary>
    public abstract bool IsSplittable { get; }

    /// <summary>The problem of a document for another committee, or none.</summary>
    /// <param name="path">The path of its committee.</param>
    /// <param name="expected">The evaluation's committee.</param>
    /// <param name="actual">The document's.</param>
    /// <returns>The problem, or none.</returns>
    internal static IEnumerable<ValidationProblem> Committee(string path, OrganizationId expected, OrganizationId actual) =>
        expected == actual ? []
        : [new ValidationProblem(path, EvaluationErrorCodes.CommitteeMismatch, $"The document is for '{actual}', the evaluation for '{expected}'.", actual.Value)];

    /// <summary>The problem of a document for another year, or none.</summary>
    /// <param name="path">The path of its year.</param>
    /// <param name="expected">The evaluation's year.</param>
    /// <param name="actual">The document's.</param>
    /// <returns>The problem, or none.</returns>
    internal static IEnumerable<ValidationProblem> Year(string path, AssessmentYear expected, AssessmentYear actual) =>
        expected == actual ? []
        : [new ValidationProblem(path, EvaluationErrorCodes.YearMismatch, $"The document is for {actual}, the evaluation for {expected}.", actual.ToString())];
}

/// <summary>A document of a known content type.</summary>
/// <typeparam name="T">The content type.</typeparam>
internal sealed class EvaluationDocument<T> : EvaluationDocument
    where T : class, IDocumentContent
{
    private readonly Func<AnnualEvaluationInputs, T?> _get;
    private readonly Func<EvaluationDocuments, string?> _path;
    private readonly Func<AnnualEvaluationInputs, T, AnnualEvaluationInputs> _set;
    private readonly (string Property, Func<T, OrganizationId> Get)? _committee;
    private readonly (string Property, Func<T, AssessmentYear> Get)? _year;
    private (Func<T, T, T> Append, Func<T, string?> FirstOnly)? _split;

    /// <summary>Initializes a document.</summary>
    /// <param name="name">The name.</param>
    /// <param name="get">Gets it from the inputs.</param>
    /// <param name="path">Gets its path from the manifest.</param>
    /// <param name="set">Sets it into the inputs.</param>
    /// <param name="committee">Its committee's property and getter.</param>
    /// <param name="year">Its year's property and getter.</param>
    internal EvaluationDocument(
        string name,
        Func<AnnualEvaluationInputs, T?> get,
        Func<EvaluationDocuments, string?> path,
        Func<AnnualEvaluationInputs, T, AnnualEvaluationInputs> set,
        (string, Func<T, OrganizationId>)? committee,
        (string, Func<T, AssessmentYear>)? year)
        : base(name)
    {
        _get = get;
        _path = path;
        _set = set;
        _committee = committee;
        _year = year;
    }

    /// <summary>Says the document must be for the evaluation's committee.</summary>
    /// <param name="property">The property that names it, e.g. <c>CommitteeId</c>.</param>
    /// <param name="get">Gets it.</param>
    /// <returns>The document.</returns>
    public EvaluationDocument<T> ForCommittee(string property, Func<T, OrganizationId> get) =>
        new(Name, _get, _path, _set, (property, get), _year) { IsOptional = IsOptional, _split = _split };

    /// <summary>Says the document must be for the evaluation's year.</summary>
    /// <param name="property">The property that names it, e.g. <c>Year</c>.</param>
    /// <param name="get">Gets it.</param>
    /// <returns>The document.</returns>
    public EvaluationDocument<T> ForYear(string property, Func<T, AssessmentYear> get) =>
        new(Name, _get, _path, _set, _committee, (property, get)) { IsOptional = IsOptional, _split = _split };

    /// <summary>Says the area runs without the document.</summary>
    /// <returns>The document.</returns>
    public EvaluationDocument<T> Optional() => new(Name, _get, _path, _set, _committee, _year) { IsOptional = true, _split = _split };

    /// <summary>
    /// Says a manifest may split the document across several files (<see cref="EvaluationDocuments.Parts"/>): each part is read
    /// as a whole document of the kind, must be for the first one's committee and year, and is appended to it.
    /// </summary>
    /// <param name="append">Appends a part's lists to the document read so far.</param>
    /// <param name="firstOnly">Names the property a part sets that only the first document may (e.g. a carry-over), or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public EvaluationDocument<T> Splittable(Func<T, T, T> append, Func<T, string?>? firstOnly = null) =>
        new(Name, _get, _path, _set, _committee, _year) { IsOptional = IsOptional, _split = (append, firstOnly ?? (_ => null)) };

    /// <inheritdoc />
    public override object? In(AnnualEvaluationInputs inputs) => _get(inputs);

    /// <inheritdoc />
    public override string? Digest(AnnualEvaluationInputs inputs, CancellationToken cancellationToken = default) =>
        _get(inputs) is { } document ? CanonicalDigest.Of(document, cancellationToken) : null;

    /// <inheritdoc />
    public override IEnumerable<ValidationProblem> CheckOwner(AnnualEvaluationInputs inputs)
    {
        if (_get(inputs) is not { } document)
        {
            return [];
        }

        var committee = _committee is var (c, getCommittee) ? Committee($"{Name}.{c}", inputs.Committee, getCommittee(document)) : [];
        var year = _year is var (y, getYear) ? Year($"{Name}.{y}", inputs.Year, getYear(document)) : [];
        return [.. committee, .. year];
    }

    /// <inheritdoc />
    public override bool IsSplittable => _split is not null;

    /// <inheritdoc />
    public override AnnualEvaluationInputs Load(AnnualEvaluationInputs inputs, EvaluationDocuments paths, Func<string, Stream> open, List<ValidationProblem> problems)
    {
        var document = EvaluationManifestLoader.Read<T>(_path(paths), "documents." + Name, open, problems);
        var parts = paths.Parts.TryGetValue(Name, out var listed) ? listed : default;
        if (_split is not var (append, firstOnly) || parts.IsEmpty)
        {
            // Parts of a document that cannot be split are the manifest loader's problem (EvaluationManifestLoader.Load).
            return document is null ? inputs : _set(inputs, document);
        }

        if (_path(paths) is null)
        {
            problems.Add(new ValidationProblem($"documents.parts.{Name}", EvaluationErrorCodes.PartsNotAllowed,
                $"'{Name}' has parts but no first document: give its path in 'documents.{Name}'.", Name));
            return inputs;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var field = $"documents.parts.{Name}[{i}]";
            if (EvaluationManifestLoader.Read<T>(parts[i], field, open, problems) is not { } part || document is null)
            {
                continue;
            }

            var property = _committee is var (c, committee) && committee(part) != committee(document) ? c
                : _year is var (y, year) && year(part) != year(document) ? y
                : firstOnly(part);
            if (property is not null)
            {
                problems.Add(new ValidationProblem(field, EvaluationErrorCodes.PartMismatch,
                    $"The part '{parts[i]}' of '{Name}' differs from the document it continues in '{property}': a part carries only further items, for the same committee and year.", parts[i]));
                continue;
            }

            document = append(document, part);
        }

        return document is null ? inputs : _set(inputs, document);
    }
}
