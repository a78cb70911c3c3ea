using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The one pass over a document's text before anything is bound, token by token, over a whole text or over a stream read
/// a block at a time: syntax, nesting depth, items per list, null list items, the length of each value
/// (<see cref="JsonReadLimits"/>), the strict checks (<see cref="StrictJsonCheck"/>) and the envelope — its version, its
/// kind and where its content starts and ends, so that the content can then be bound from the text or from the stream.
/// </summary>
/// <remarks>
/// Resource limits (depth, items, value length) stop the pass at once; the strict problems are collected and reported
/// together when the pass ends (<see cref="Finish"/>), before any problem of the envelope, as a single text was checked
/// before. Not thread-safe: one scan per read.
/// </remarks>
internal sealed class DocumentScan
{
    private readonly JsonReadLimits _limits;
    private readonly JsonPathTracker _path = new();
    private readonly StrictJsonCheck _strict = new();
    private string? _envelopeName;
    private bool _inContent;
    private bool _started;
    private ValidationProblem? _envelopeProblem;

    /// <summary>Initializes a scan.</summary>
    /// <param name="limits">The limits the text must stay within.</param>
    public DocumentScan(JsonReadLimits limits) => _limits = limits;

    /// <summary>Gets the envelope's schema version; <see langword="null"/> when it has none.</summary>
    public string? Version { get; private set; }

    /// <summary>Gets the envelope's kind; <see langword="null"/> when it has none.</summary>
    public string? Kind { get; private set; }

    /// <summary>Gets the offset of the content's first byte in the text; -1 when the envelope has no content.</summary>
    public long ContentStart { get; private set; } = -1;

    /// <summary>Gets the offset just after the content's last byte.</summary>
    public long ContentEnd { get; private set; } = -1;

    /// <summary>Gets the path of the token last taken in, for a problem found between tokens.</summary>
    public string Path => _path.Path();

    /// <summary>Creates the reader options of a scan: one level more than the limit, so that exceeding it is told apart from a syntax error.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>The options.</returns>
    public static JsonReaderOptions ReaderOptions(JsonReadLimits limits) => new() { MaxDepth = limits.MaxDepth + 1 };

    /// <summary>Scans a whole text.</summary>
    /// <param name="utf8Json">The UTF-8 text.</param>
    /// <param name="limits">The limits.</param>
    /// <returns>The finished scan.</returns>
    /// <exception cref="PartyBuildingValidationException">The text breaks a limit or a strict rule.</exception>
    public static DocumentScan Of(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits)
    {
        var scan = new DocumentScan(limits);
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(limits));
        scan.Block(ref reader, 0);
        scan.Finish();
        return scan;
    }

    /// <summary>Takes in every token a reader over one block of the text can read.</summary>
    /// <param name="reader">The reader over the block (its state carried over from the block before).</param>
    /// <param name="offset">The offset of the block's first byte in the text.</param>
    /// <exception cref="PartyBuildingValidationException">The text is not well-formed or breaks a limit.</exception>
    public void Block(ref Utf8JsonReader reader, long offset)
    {
        try
        {
            while (reader.Read())
            {
                Token(ref reader, offset);
            }
        }
        catch (JsonException ex)
        {
            throw Problem("$", CommonErrorCodes.MalformedJson, JsonValueException.Describe(ex), null, ex);
        }
        catch (InvalidOperationException ex)
        {
            // A property name that is well-formed JSON but not valid UTF-8, or an escaped lone surrogate (\ud800).
            throw Problem("$", CommonErrorCodes.MalformedJson, "A property name is not valid Unicode (invalid UTF-8 or a lone surrogate).", null, ex);
        }
    }

    /// <summary>Reports the strict problems found, then the first problem of the envelope.</summary>
    /// <exception cref="PartyBuildingValidationException">The text breaks a strict rule, or its envelope is not a document's.</exception>
    public void Finish()
    {
        if (_strict.Problems is { IsEmpty: false } problems)
        {
            throw new PartyBuildingValidationException("JSON document", problems);
        }

        if (_envelopeProblem is { } envelope)
        {
            throw new PartyBuildingValidationException("JSON document", [envelope], null);
        }
    }

    /// <summary>Refuses a value longer than <see cref="JsonReadLimits.MaxValueBytes"/>, at the path of the token before it.</summary>
    /// <param name="length">The length of the value so far, in bytes.</param>
    /// <returns>The exception to throw.</returns>
    public PartyBuildingValidationException ValueTooLong(long length) =>
        Problem(
            _path.Path(),
            CommonErrorCodes.DocumentValueTooLong,
            string.Create(CultureInfo.InvariantCulture, $"A value (a text, a number or a property name) is longer than the limit of {_limits.MaxValueBytes} bytes."),
            length.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The blocks a stream is scanned in: a buffer that starts at 64 KiB and grows only while one value does not fit,
    /// up to <see cref="JsonReadLimits.MaxValueBytes"/> and a block more, so a streamed document costs at most that much
    /// memory to check however large it is.
    /// </summary>
    public sealed class Blocks
    {
        private const int FirstSize = 64 * 1024;

        private readonly DocumentScan _scan;
        private readonly long _maxBuffer;
        private readonly long _maxBytes;
        private byte[] _buffer;
        private int _filled;
        private long _offset;
        private long _total;
        private JsonReaderState _state;

        /// <summary>Initializes the blocks of a scan.</summary>
        /// <param name="scan">The scan the blocks feed.</param>
        /// <param name="limits">The limits.</param>
        /// <param name="maxBytes">The most bytes the stream may yield.</param>
        public Blocks(DocumentScan scan, JsonReadLimits limits, long maxBytes)
        {
            _scan = scan;
            _maxBytes = maxBytes;
            _maxBuffer = (long)limits.MaxValueBytes + FirstSize;
            _buffer = new byte[(int)Math.Min(FirstSize, _maxBuffer)];
            _state = new JsonReaderState(ReaderOptions(limits));
        }

        /// <summary>Gets where the next read goes: never empty.</summary>
        public Memory<byte> Free => _buffer.AsMemory(_filled);

        /// <summary>Scans what the last read added; a read of nothing is the end of the stream.</summary>
        /// <param name="read">The bytes read into <see cref="Free"/>.</param>
        /// <returns><see langword="true"/> when the stream has ended and the text is all scanned.</returns>
        /// <exception cref="PartyBuildingValidationException">The text breaks a limit or is not well-formed.</exception>
        public bool Scanned(int read)
        {
            _total += read;
            if (_total > _maxBytes)
            {
                CheckSize(_total, _maxBytes);
            }

            _filled += read;
            var final = read == 0;
            var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), final, _state);
            _scan.Block(ref reader, _offset);
            if (final)
            {
                return true;
            }

            var consumed = (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
            _filled -= consumed;
            _offset += consumed;
            if (_filled == _buffer.Length)
            {
                // One value fills the whole buffer: grow it, up to the value limit.
                if (_buffer.Length >= _maxBuffer)
                {
                    throw _scan.ValueTooLong(_filled);
                }

                Array.Resize(ref _buffer, (int)Math.Min(_maxBuffer, (long)_buffer.Length * 2));
            }

            return false;
        }
    }

    /// <summary>Refuses a document larger than its limit.</summary>
    /// <param name="length">The document's length, or the bytes read so far.</param>
    /// <param name="max">The limit.</param>
    /// <exception cref="PartyBuildingValidationException">Always, when <paramref name="length"/> is over <paramref name="max"/>.</exception>
    public static void CheckSize(long length, long max)
    {
        if (length > max)
        {
            throw Problem(
                "$",
                CommonErrorCodes.DocumentTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {max} bytes."),
                length.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Token(ref Utf8JsonReader reader, long offset)
    {
        _path.Advance(ref reader);
        _strict.Advance(ref reader, _path);
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number
            && reader.ValueSpan.Length > _limits.MaxValueBytes)
        {
            throw ValueTooLong(reader.ValueSpan.Length);
        }

        if (_path.InArray && _path.Index >= _limits.MaxItems)
        {
            throw Problem(
                _path.Path(),
                CommonErrorCodes.DocumentTooManyItems,
                string.Create(CultureInfo.InvariantCulture, $"A list has more items than the limit of {_limits.MaxItems} (at byte {offset + reader.TokenStartIndex})."),
                (_path.Index + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (reader.TokenType == JsonTokenType.Null && _path.InArray)
        {
            throw Problem(
                _path.Path(),
                CommonErrorCodes.MalformedJson,
                string.Create(CultureInfo.InvariantCulture, $"An array item is null (at byte {offset + reader.TokenStartIndex}); the items of a list are never null."),
                null);
        }

        if (reader.CurrentDepth >= _limits.MaxDepth
            && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            throw Problem(
                "$",
                CommonErrorCodes.DocumentTooDeep,
                string.Create(CultureInfo.InvariantCulture, $"The document nests deeper than the limit of {_limits.MaxDepth} levels (at byte {offset + reader.TokenStartIndex})."),
                (reader.CurrentDepth + 1).ToString(CultureInfo.InvariantCulture));
        }

        Envelope(ref reader, offset);
    }

    /// <summary>Follows the envelope: the root object's properties and where the content's value starts and ends.</summary>
    private void Envelope(ref Utf8JsonReader reader, long offset)
    {
        if (!_started)
        {
            _started = true;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Note("$", "A document must be a JSON object with 'schemaVersion', 'kind' and 'content'.", null);
            }

            return;
        }

        if (reader.CurrentDepth != 1)
        {
            return;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                _envelopeName = EnvelopeText(ref reader);
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                if (_inContent)
                {
                    ContentEnd = offset + reader.BytesConsumed;
                    _inContent = false;
                }

                return;
        }

        // A value of the envelope.
        switch (_envelopeName)
        {
            case "schemaVersion" when reader.TokenType == JsonTokenType.String:
                Version = EnvelopeText(ref reader);
                break;
            case "kind" when reader.TokenType == JsonTokenType.String:
                Kind = EnvelopeText(ref reader);
                break;
            case "content":
                ContentStart = offset + reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _inContent = true;
                }
                else
                {
                    ContentEnd = offset + reader.BytesConsumed;
                }

                break;
            case "schemaVersion" or "kind":
                Note("$." + _envelopeName, $"'{_envelopeName}' must be a string.", null);
                break;
            case null:
                // The name was not valid Unicode: already noted.
                break;
            default:
                Note("$." + _envelopeName, "Unknown envelope property: a document has only 'schemaVersion', 'kind' and 'content'.", _envelopeName);
                break;
        }
    }

    private string? EnvelopeText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Well-formed JSON whose text is not valid UTF-8, or holds an escaped lone surrogate (\ud800): not text at all.
            Note("$", "The document's envelope holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).", null);
            return null;
        }
    }

    private void Note(string path, string message, string? value) =>
        _envelopeProblem ??= new ValidationProblem(path, CommonErrorCodes.MalformedJson, message, value);

    private static PartyBuildingValidationException Problem(string path, string code, string message, string? value, Exception? inner = null) =>
        new("JSON document", [new ValidationProblem(path, code, message, value)], inner);
}
