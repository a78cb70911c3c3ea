using System.Text.Json;
using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// One kind of document the tool reads: how to read it (<see cref="PartyBuildingJson.Deserialize{T}(ReadOnlySpan{byte})"/>),
/// how to check it (the area's FluentValidation validator) and how to describe it (its JSON Schema).
/// Create one with <see cref="Create{T}(IValidator{T})"/>.
/// </summary>
internal abstract class DocumentKind
{
    /// <summary>Gets the kind, as written in a document's envelope (e.g. <c>explanation</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>Gets the content type.</summary>
    public abstract Type ContentType { get; }

    /// <summary>Registers a document type with its validator.</summary>
    /// <typeparam name="T">The content type, registered in the library's JSON context.</typeparam>
    /// <param name="validator">The area's validator of the content.</param>
    /// <returns>The document kind.</returns>
    public static DocumentKind Create<T>(IValidator<T> validator)
        where T : class, IDocumentContent => new Typed<T>(validator);

    /// <summary>
    /// Registers a document the library writes (a result or report) that has no validator of its own: <c>validate</c>
    /// reads it (its structure) and <c>schema</c> describes it.
    /// </summary>
    /// <typeparam name="T">The content type, registered in the library's JSON context.</typeparam>
    /// <returns>The document kind.</returns>
    public static DocumentKind Output<T>()
        where T : class, IDocumentContent => new Typed<T>(new InlineValidator<T>());

    /// <summary>Reads a document of this kind.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The content.</returns>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read.</exception>
    public abstract object Read(ReadOnlySpan<byte> utf8Json);

    /// <summary>Reads a document of this kind from a stream: a file is checked a block at a time and bound from the file, never held whole.</summary>
    /// <param name="utf8Json">The stream of the document.</param>
    /// <returns>The content.</returns>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read.</exception>
    public abstract object Read(Stream utf8Json);

    /// <summary>Checks content read by <see cref="Read(ReadOnlySpan{byte})"/> with the area's validator.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The report, with paths under <c>$.content</c>.</returns>
    public abstract ValidationReport Validate(object content);

    /// <summary>
    /// Turns a validator's property path (<c>Organizations[3].ParentId</c>) into the JSON path of the document
    /// (<c>$.content.organizations[3].parentId</c>): the library writes property names in camelCase.
    /// </summary>
    internal static string JsonPath(string propertyPath)
    {
        if (propertyPath.Length == 0)
        {
            return "$.content";
        }

        var segments = propertyPath.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            return JsonNamingPolicy.CamelCase.ConvertName(name) + (bracket < 0 ? string.Empty : segment[bracket..]);
        });
        return "$.content." + string.Join('.', segments);
    }

    /// <summary>Reads and checks a document: every problem, from reading or from the validator.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The problems; empty when the document is valid.</returns>
    public ImmutableArray<ValidationProblem> Check(ReadOnlySpan<byte> utf8Json)
    {
        object content;
        try
        {
            content = Read(utf8Json);
        }
        catch (PartyBuildingValidationException ex)
        {
            return ex.Problems;
        }

        return Validate(content).Problems;
    }

    /// <summary>Reads a document from a stream and checks it: every problem, from reading or from the validator.</summary>
    /// <param name="utf8Json">The stream of the document.</param>
    /// <returns>The problems; empty when the document is valid.</returns>
    public ImmutableArray<ValidationProblem> Check(Stream utf8Json)
    {
        object content;
        try
        {
            content = Read(utf8Json);
        }
        catch (PartyBuildingValidationException ex)
        {
            return ex.Problems;
        }

        return Validate(content).Problems;
    }

    /// <summary>Gets the library's serialization options of the content type (its source-generated metadata).</summary>
    public abstract JsonSerializerOptions SerializerOptions { get; }

    private sealed class Typed<T>(IValidator<T> validator) : DocumentKind
        where T : class, IDocumentContent
    {
        private readonly IValidator<T> validator = validator ?? throw new ArgumentNullException(nameof(validator));

        public override string Kind => T.DocumentKind;

        public override Type ContentType => typeof(T);

        public override object Read(ReadOnlySpan<byte> utf8Json) => PartyBuildingJson.Deserialize<T>(utf8Json);

        public override object Read(Stream utf8Json) => PartyBuildingJson.Deserialize<T>(utf8Json);

        public override ValidationReport Validate(object content) =>
            new([.. validator.Check((T)content).Problems.Select(p => p with { Path = JsonPath(p.Path) })]);

        public override JsonSerializerOptions SerializerOptions => PartyBuildingJson.TypeInfo<T>().Options;
    }
}
