using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Computes reproducibility receipts (version 2, <c>SHA-256/canonical-json-v2</c>): SHA-256 over the canonical JSON of the
/// library version, the evaluation date, the canonical scheme, the canonical data set (every list sorted by its identifiers;
/// a component input's explanation only when a caller gave it, never a tree an area builds on demand) and, for an annual
/// evaluation, the order-independent digest of every document it was given. Reordering inputs never changes a receipt;
/// changing any input, document, parameter or the library version does (docs/assessment.md, "Reproducibility receipt").
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class AssessmentReceipts
{
    /// <summary>The algorithm tag written into every receipt.</summary>
    public const string Algorithm = "SHA-256/canonical-json-v2";

    /// <summary>Gets the informational version of this library, as written into receipts.</summary>
    public static string LibraryVersion { get; } =
        typeof(AssessmentReceipts).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AssessmentReceipts).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Computes the receipt of an evaluation.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ReproducibilityReceipt Compute(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        return OfCanonical(data.Canonical(), scheme, asOf);
    }

    /// <summary>Computes the receipt of an evaluation whose data set is already canonical (<see cref="AssessmentDataSet.Canonical"/>), without sorting it again.</summary>
    /// <param name="canonical">The canonical data set.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The receipt, identical to <see cref="Compute"/>'s for any order of the same data.</returns>
    /// <param name="documents">The digests of the documents the data set was made from (an annual evaluation's), by name; empty for a data set given as is.</param>
    internal static ReproducibilityReceipt OfCanonical(AssessmentDataSet canonical, AssessmentScheme scheme, LocalDate asOf, ValueDictionary<string> documents = default)
    {
        // The canonical JSON is hashed as it is written instead of being materialised: for a province the component
        // inputs carry explanation trees down to every declaration, hundreds of megabytes of JSON.
        using var hash = new HashingStream();
        JsonSerializer.Serialize(hash, new ReceiptPayload(LibraryVersion, asOf, scheme.Canonical(), ForReceipt(canonical), documents), AssessmentJson.Receipt);
        return new ReproducibilityReceipt(Algorithm, LibraryVersion, Convert.ToHexString(hash.Finish()).ToLowerInvariant());
    }

    /// <summary>Checks a receipt against a re-run of the same evaluation with this library.</summary>
    /// <param name="receipt">The receipt to check.</param>
    /// <param name="data">The data set as given to the re-run.</param>
    /// <param name="scheme">The scheme as given to the re-run.</param>
    /// <param name="asOf">The evaluation date of the re-run.</param>
    /// <returns><see langword="true"/> when the inputs and the library version are those the receipt was made from.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool Matches(ReproducibilityReceipt receipt, AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return Compute(data, scheme, asOf) == receipt;
    }

    private static AssessmentDataSet ForReceipt(AssessmentDataSet canonical) =>
        canonical with { Inputs = [.. canonical.Inputs.Select(i => i.ForReceipt())] };

    internal static byte[] CanonicalJson(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf, ValueDictionary<string> documents = default) =>
        JsonSerializer.SerializeToUtf8Bytes(new ReceiptPayload(LibraryVersion, asOf, scheme.Canonical(), ForReceipt(data.Canonical()), documents), AssessmentJson.Receipt);

    /// <summary>A write-only stream that feeds SHA-256.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Finish() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>What a receipt hashes.</summary>
internal sealed record ReceiptPayload(string LibraryVersion, LocalDate AsOf, AssessmentScheme Scheme, AssessmentDataSet Data, ValueDictionary<string> Documents);
