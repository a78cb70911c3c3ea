using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// Reads and writes PartyBuilding JSON documents: an envelope that carries the schema version and the kind of
/// document, around the content.
/// </summary>
/// <remarks>
/// <para>The envelope is <c>{ "schemaVersion": "1.0", "kind": "organization-snapshot", "content": { … } }</c>.
/// <see cref="SchemaVersion"/> is the version this library writes; a reader accepts every version with the same
/// major number. Documents are indented UTF-8 with Chinese text written as itself. Property names are camelCase; enumerations are written as their names; dates are ISO-8601
/// (<c>2024-12-31</c>), months <c>2024-03</c>; scores and proportions are exact JSON numbers.</para>
/// <para>Reading is strict: unknown properties, a wrong kind, an unsupported version, malformed JSON, and input beyond
/// <see cref="JsonReadLimits"/> are each reported as a <see cref="PartyBuildingValidationException"/> that names the
/// JSON path (e.g. <c>$.content.organizations[3].kind</c>), an error code from <see cref="CommonErrorCodes"/> and the
/// offending value. Writing and reading back gives an equal value (round trips are exact).</para>
/// <para>All serialization goes through a source-generated context: no reflection, trim- and AOT-safe. Thread-safe.</para>
/// </remarks>
public static class PartyBuildingJson
{
    /// <summary>The schema version this library writes: <c>1.0</c>.</summary>
    public const string SchemaVersion = "1.0";

    private const string SupportedMajor = "1.";

    private const int BufferSize = 81920;

    /// <summary>The deepest content the binder reads from a stream: the default of the library's options (<see cref="JsonSerializerOptions.MaxDepth"/> 0).</summary>
    private const int BinderMaxDepth = 64;

    /// <summary>Writes Chinese text as itself (documents are read by people), still escaping HTML-sensitive characters.</summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes a document.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="content">The content.</param>
    /// <returns>The document as indented UTF-8 JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static string Serialize<T>(T content)
        where T : class, IDocumentContent
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, content);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a document to a stream as UTF-8.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="content">The content.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static void Serialize<T>(Stream stream, T content)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, content);
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>Reads a document from JSON text within <see cref="JsonReadLimits.Default"/>.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(string json)
        where T : class, IDocumentContent => Deserialize<T>(json, JsonReadLimits.Default);

    /// <summary>Reads a document from UTF-8 bytes within <see cref="JsonReadLimits.Default"/>.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON bytes.</param>
    /// <returns>The content.</returns>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : class, IDocumentContent => Deserialize<T>(utf8Json, JsonReadLimits.Default);

    /// <summary>Reads a document from a stream within <see cref="JsonReadLimits.Default"/>.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="stream">The stream of UTF-8 JSON.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(Stream stream)
        where T : class, IDocumentContent => Deserialize<T>(stream, JsonReadLimits.Default);

    /// <summary>Reads a document from JSON text.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The read limits.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(string json, JsonReadLimits limits)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(limits);
        CheckSize(Encoding.UTF8.GetMaxByteCount(json.Length) > limits.MaxBytes ? Encoding.UTF8.GetByteCount(json) : 0, limits);
        return Deserialize<T>(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON bytes.</param>
    /// <param name="limits">The read limits.</param>
    /// <returns>The content.</returns>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits)
        where T : class, IDocumentContent => Deserialize<T>(utf8Json, limits, recordConverters: true);

    /// <summary>Reads a document from UTF-8 bytes, with the record converters of its metadata or (for tests comparing the two) without them.</summary>
    internal static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits, bool recordConverters)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(limits);
        CheckSize(utf8Json.Length, limits);
        var scan = DocumentScan.Of(utf8Json, limits);
        CheckEnvelope<T>(scan);
        return Bind<T>(utf8Json[(int)scan.ContentStart..(int)scan.ContentEnd], limits, recordConverters);
    }

    /// <summary>
    /// Reads a document from a stream. A stream that can seek (a file) is never held whole: it is checked in one pass a
    /// block at a time (memory bounded by <see cref="JsonReadLimits.MaxValueBytes"/>), from its current position, within
    /// <see cref="JsonReadLimits.MaxStreamedBytes"/>, and its content is then bound from the stream; it must not change
    /// while it is read. Any other stream is read into memory, no more than <see cref="JsonReadLimits.MaxBytes"/> bytes.
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="stream">The stream of UTF-8 JSON.</param>
    /// <param name="limits">The read limits.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static T Deserialize<T>(Stream stream, JsonReadLimits limits)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!Streams(stream, limits))
        {
            return Deserialize<T>(ReadBounded(stream, limits), limits);
        }

        var origin = stream.Position;
        var scan = Scan(stream, limits);
        CheckEnvelope<T>(scan);
        return Bind<T>(typeInfo =>
        {
            stream.Position = origin + scan.ContentStart;
            using var content = new ContentStream(stream, scan.ContentEnd - scan.ContentStart);
            return JsonSerializer.Deserialize(content, typeInfo);
        });
    }

    /// <summary>
    /// Reads a document from a stream asynchronously within <see cref="JsonReadLimits.Default"/>, for a host that may not
    /// read synchronously (an ASP.NET Core request body). The same checks, limits, error codes and paths as
    /// <see cref="Deserialize{T}(Stream)"/>.
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="stream">The stream of UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the reading of the stream.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static Task<T> DeserializeAsync<T>(Stream stream, CancellationToken cancellationToken)
        where T : class, IDocumentContent => DeserializeAsync<T>(stream, JsonReadLimits.Default, cancellationToken);

    /// <summary>
    /// Reads a document from a stream asynchronously, exactly as <see cref="Deserialize{T}(Stream, JsonReadLimits)"/> does
    /// (strict check, limits, paths, codes): a stream that can seek is checked a block at a time and bound from the stream,
    /// within <see cref="JsonReadLimits.MaxStreamedBytes"/>; any other stream (a request body) is read into memory, no more
    /// than <see cref="JsonReadLimits.MaxBytes"/> bytes, and refused as soon as it passes the limit.
    /// </summary>
    /// <typeparam name="T">The content type.</typeparam>
    /// <param name="stream">The stream of UTF-8 JSON.</param>
    /// <param name="limits">The read limits.</param>
    /// <param name="cancellationToken">Cancels the reading of the stream.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not registered for serialization.</exception>
    public static async Task<T> DeserializeAsync<T>(Stream stream, JsonReadLimits limits, CancellationToken cancellationToken)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!Streams(stream, limits))
        {
            var utf8Json = await ReadBoundedAsync(stream, limits, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return Deserialize<T>(utf8Json, limits);
        }

        var origin = stream.Position;
        DocumentScan.CheckSize(stream.Length - origin, limits.MaxStreamedBytes);
        var scan = new DocumentScan(limits);
        var blocks = new DocumentScan.Blocks(scan, limits, limits.MaxStreamedBytes);
        while (!blocks.Scanned(await stream.ReadAsync(blocks.Free, cancellationToken).ConfigureAwait(false)))
        {
        }

        scan.Finish();
        CheckEnvelope<T>(scan);
        var bound = await BindAsync(stream, origin + scan.ContentStart, scan.ContentEnd - scan.ContentStart, cancellationToken).ConfigureAwait(false);
        return bound ?? throw Problem("$.content", CommonErrorCodes.MissingContent, "The document's 'content' is null.", null);

        static async Task<T?> BindAsync(Stream stream, long start, long length, CancellationToken cancellationToken)
        {
            try
            {
                if (ReadTypeInfo<T>() is var read && read != TypeInfo<T>())
                {
                    try
                    {
                        return await BindFrom(stream, start, length, read, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (Declines(ex))
                    {
                    }
                }

                return await BindFrom(stream, start, length, TypeInfo<T>(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                throw BindingProblem(ex);
            }
        }

        static async Task<T?> BindFrom(Stream stream, long start, long length, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            stream.Position = start;
            var content = new ContentStream(stream, length);
            await using (content.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(content, typeInfo, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads the kind and schema version of a document without reading its content.</summary>
    /// <param name="utf8Json">The UTF-8 JSON bytes.</param>
    /// <param name="limits">The read limits; <see cref="JsonReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The kind, e.g. <c>organization-snapshot</c>.</returns>
    /// <exception cref="PartyBuildingValidationException">The envelope cannot be read.</exception>
    public static string PeekKind(ReadOnlySpan<byte> utf8Json, JsonReadLimits? limits = null)
    {
        limits ??= JsonReadLimits.Default;
        CheckSize(utf8Json.Length, limits);
        var scan = DocumentScan.Of(utf8Json, limits);
        CheckVersion(scan.Version);
        return scan.Kind ?? throw Problem("$.kind", CommonErrorCodes.WrongDocumentKind, "The document has no 'kind'.", null);
    }

    /// <summary>
    /// Reads the kind and schema version of a document from a stream that can seek (a file), scanning it a block at a
    /// time with the checks of <see cref="Deserialize{T}(Stream, JsonReadLimits)"/> within <see cref="JsonReadLimits.Default"/>
    /// (up to <see cref="JsonReadLimits.MaxStreamedBytes"/>), and puts the stream back where it was, so that it can then
    /// be read as a document of that kind.
    /// </summary>
    /// <param name="stream">The stream of UTF-8 JSON; it must be able to seek.</param>
    /// <returns>The kind, e.g. <c>organization-snapshot</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek: read it into memory and peek its bytes.</exception>
    /// <exception cref="PartyBuildingValidationException">The document cannot be read, or its envelope has no kind.</exception>
    public static string PeekKind(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("Only a stream that can seek can be peeked without being consumed; read it into memory and peek its bytes.", nameof(stream));
        }

        var limits = JsonReadLimits.Default;
        var origin = stream.Position;
        var scan = Scan(stream, limits);
        stream.Position = origin;
        CheckVersion(scan.Version);
        return scan.Kind ?? throw Problem("$.kind", CommonErrorCodes.WrongDocumentKind, "The document has no 'kind'.", null);
    }

    /// <summary>
    /// Gets the source-generated serialization metadata of a document type, for tools that need it (e.g. to export a
    /// JSON Schema with <c>System.Text.Json.Schema.JsonSchemaExporter</c>, or to serialize a part of a document with
    /// exactly the library's settings through <see cref="JsonTypeInfo.Options"/>).
    /// </summary>
    /// <typeparam name="T">A document type.</typeparam>
    /// <returns>The metadata, configured with the library's options around the type's own metadata (<see cref="IDocumentContent.JsonMetadata"/>).</returns>
    /// <exception cref="NotSupportedException">The type's metadata does not know <typeparamref name="T"/>.</exception>
    /// <remarks>
    /// The options serve, in this order, Common's metadata (dates, <see cref="ValueArray{T}"/> of Common's items,
    /// explanations), Validation's, and the metadata the type names: its area's <see cref="ValueArray{T}"/> types in front
    /// of its area's context, whose own metadata of a record that holds a value array would see a read-only collection it
    /// cannot fill. One set of options per document type, made once.
    /// </remarks>
    public static JsonTypeInfo<T> TypeInfo<T>()
        where T : class, IDocumentContent => LibraryJsonMetadata.TypeInfo<T>(OptionsOf<T>.Value);

    private static void Write<T>(IBufferWriter<byte> buffer, T content)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(content);
        var typeInfo = TypeInfo<T>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteString("kind", T.DocumentKind);
        writer.WritePropertyName("content");
        JsonSerializer.Serialize(writer, content, typeInfo);
        writer.WriteEndObject();
    }

    /// <summary>Whether a stream is read a block at a time and bound from the stream rather than read into memory first.</summary>
    /// <remarks>
    /// Only a stream that can seek can be read twice (checked, then bound). The binder's depth is the options' default
    /// (64 levels of content), which the scan's limit must not exceed; a deeper limit reads the text into memory.
    /// </remarks>
    private static bool Streams(Stream stream, JsonReadLimits limits) => stream.CanSeek && limits.MaxDepth - 1 <= BinderMaxDepth;

    /// <summary>Scans a stream that can seek from its position, a block at a time, within <see cref="JsonReadLimits.MaxStreamedBytes"/>.</summary>
    private static DocumentScan Scan(Stream stream, JsonReadLimits limits)
    {
        DocumentScan.CheckSize(stream.Length - stream.Position, limits.MaxStreamedBytes);
        var scan = new DocumentScan(limits);
        var blocks = new DocumentScan.Blocks(scan, limits, limits.MaxStreamedBytes);
        while (!blocks.Scanned(stream.Read(blocks.Free.Span)))
        {
        }

        scan.Finish();
        return scan;
    }

    /// <summary>Checks the envelope a scan found: version, kind and content.</summary>
    private static void CheckEnvelope<T>(DocumentScan scan)
        where T : class, IDocumentContent
    {
        CheckVersion(scan.Version);
        if (!string.Equals(scan.Kind, T.DocumentKind, StringComparison.Ordinal))
        {
            throw Problem("$.kind", CommonErrorCodes.WrongDocumentKind, $"Expected a '{T.DocumentKind}' document.", scan.Kind);
        }

        if (scan.ContentStart < 0)
        {
            throw Problem("$.content", CommonErrorCodes.MissingContent, "The document has no 'content'.", null);
        }
    }

    /// <summary>
    /// Gets the metadata a content is bound with: <see cref="TypeInfo{T}"/>, or with the record converters of the type's
    /// metadata in front (<see cref="RecordConverter{T}"/>) when it has them. When they decline, the content is bound again
    /// with <see cref="TypeInfo{T}"/>, which reads it or refuses it exactly as before.
    /// </summary>
    internal static JsonTypeInfo<T> ReadTypeInfo<T>()
        where T : class, IDocumentContent => LibraryJsonMetadata.TypeInfo<T>(OptionsOf<T>.Read);

    /// <summary>Binds a content's text, already checked: with the record converters, and again without them when they decline.</summary>
    private static T Bind<T>(ReadOnlySpan<byte> content, JsonReadLimits limits, bool recordConverters)
        where T : class, IDocumentContent
    {
        using var identifiers = IdentifierTexts.Enter();
        try
        {
            return (recordConverters && TryRead(content, limits, out T? read) ? read : Read(content, limits, TypeInfo<T>()))
                ?? throw Problem("$.content", CommonErrorCodes.MissingContent, "The document's 'content' is null.", null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw BindingProblem(ex);
        }
    }

    /// <summary>
    /// Binds a content's text in one pass. Within the binder's own depth (that of the streamed path) the text is bound as a
    /// whole; a reader of its own with a deeper limit would first be walked to the end of the value to scope it, a second
    /// pass over the text.
    /// </summary>
    private static T? Read<T>(ReadOnlySpan<byte> content, JsonReadLimits limits, JsonTypeInfo<T> typeInfo)
        where T : class, IDocumentContent
    {
        if (limits.MaxDepth - 1 <= BinderMaxDepth)
        {
            return JsonSerializer.Deserialize(content, typeInfo);
        }

        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        return JsonSerializer.Deserialize(ref reader, typeInfo);
    }

    /// <summary>Binds a content's text with the record converters; <see langword="false"/> when there are none or they decline.</summary>
    private static bool TryRead<T>(ReadOnlySpan<byte> content, JsonReadLimits limits, out T? value)
        where T : class, IDocumentContent
    {
        value = null;
        var typeInfo = ReadTypeInfo<T>();
        if (typeInfo == TypeInfo<T>())
        {
            return false;
        }

        try
        {
            value = Read(content, limits, typeInfo);
            return true;
        }
        catch (Exception ex) when (Declines(ex))
        {
            return false;
        }
    }

    /// <summary>
    /// Whether a failed binding with the record converters is bound again without them: always, but for a cancellation.
    /// A converter declines what it does not take by throwing; what the generated metadata refuses, it refuses itself.
    /// </summary>
    private static bool Declines(Exception ex) => ex is not OperationCanceledException;

    /// <summary>Binds a content read from a stream, already checked: with the record converters, and again without them when they decline.</summary>
    private static T Bind<T>(Func<JsonTypeInfo<T>, T?> bind)
        where T : class, IDocumentContent
    {
        using var identifiers = IdentifierTexts.Enter();
        try
        {
            T? content = null;
            var bound = false;
            if (ReadTypeInfo<T>() is var read && read != TypeInfo<T>())
            {
                try
                {
                    content = bind(read);
                    bound = true;
                }
                catch (Exception ex) when (Declines(ex))
                {
                }
            }

            return (bound ? content : bind(TypeInfo<T>()))
                ?? throw Problem("$.content", CommonErrorCodes.MissingContent, "The document's 'content' is null.", null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw BindingProblem(ex);
        }
    }

    /// <summary>The problem of a content the binder refused, at its path under <c>$.content</c>.</summary>
    private static PartyBuildingValidationException BindingProblem(Exception ex) => ex switch
    {
        JsonValueException value => Problem(ContentPath(value.Path) + value.InnerPath, value.ErrorCode, value.Message, value.AttemptedValue, value),
        JsonException json => Problem(ContentPath(json.Path), CommonErrorCodes.MalformedJson, JsonValueException.Describe(json), null, json),

        // A constructor refused a value that is well-formed JSON but breaks an invariant of its type.
        ArgumentException argument => Problem("$.content", CommonErrorCodes.InvalidValue, argument.Message, argument.ParamName, argument),
        _ => throw new InvalidOperationException(ex.Message, ex),
    };

    private static void CheckVersion(string? version)
    {
        if (version is null || !(version == "1" || version.StartsWith(SupportedMajor, StringComparison.Ordinal)))
        {
            throw Problem(
                "$.schemaVersion",
                CommonErrorCodes.UnsupportedSchemaVersion,
                version is null ? $"The document has no 'schemaVersion'; this library reads version {SchemaVersion}." : $"Schema version '{version}' is not supported; this library reads 1.x.",
                version);
        }
    }

    private static void CheckSize(long length, JsonReadLimits limits) => DocumentScan.CheckSize(length, limits.MaxBytes);

    private static byte[] ReadBounded(Stream stream, JsonReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            Append(copy, buffer, read, limits);
        }

        return copy.ToArray();
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, JsonReadLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(copy, buffer, read, limits);
        }

        return copy.ToArray();
    }

    /// <summary>Appends what was read, refusing the document as soon as it grows over the size limit (before it is all buffered).</summary>
    private static void Append(MemoryStream copy, byte[] buffer, int read, JsonReadLimits limits)
    {
        if (copy.Length + read > limits.MaxBytes)
        {
            CheckSize(copy.Length + read, limits);
        }

        copy.Write(buffer, 0, read);
    }

    private static string ContentPath(string? path) =>
        path is null || path == "$" ? "$.content" : "$.content" + path[1..];

    private static PartyBuildingValidationException Problem(string path, string code, string message, string? value, Exception? inner = null) =>
        new("JSON document", [new ValidationProblem(path, code, message, value)], inner);

    /// <summary>The library's options for one document type, made once from the type's metadata.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    private static class OptionsOf<T>
        where T : class, IDocumentContent
    {
        public static readonly JsonSerializerOptions Value = LibraryJsonMetadata.CreateOptions(T.JsonMetadata);

        /// <summary>The options a content is bound with (<see cref="ReadTypeInfo{T}"/>).</summary>
        public static readonly JsonSerializerOptions Read = LibraryJsonMetadata.CreateReadOptions(T.JsonMetadata, Value);
    }
}
