using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Where a ledger problem comes from (问题来源): a kind and the key the source gives it, e.g. a supervision finding <c>F01</c>.
/// The ledger holds the reference only; the area the key belongs to (e.g. <c>Supervision</c>) resolves it, so the ledger does not
/// depend on that area.
/// </summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Key">The source's own key of the problem (a supervision finding's identifier).</param>
/// <remarks>Immutable.</remarks>
public sealed record ProblemOrigin(ProblemOriginKind Kind, string Key);

/// <summary>The kind of source a ledger problem comes from.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProblemOriginKind>))]
public enum ProblemOriginKind
{
    /// <summary>A finding of a supervision visit (督导发现问题), put on a rectification notice; the key is the finding's identifier.</summary>
    SupervisionFinding = 1,

    /// <summary>A point of an inspection's feedback (巡视巡察反馈问题); the key is the feedback's own numbering.</summary>
    InspectionFeedback = 2,
}
