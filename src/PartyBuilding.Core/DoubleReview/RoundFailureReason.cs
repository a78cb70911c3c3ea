using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Why a rater group's rating of an organization is invalid.</summary>
[JsonConverter(typeof(StrictEnumConverter<RoundFailureReason>))]
public enum RoundFailureReason
{
    /// <summary>Fewer raters took part than the group's quorum requires (参评率不足).</summary>
    BelowQuorum = 1,

    /// <summary>No ballot was cast at all.</summary>
    NoBallots = 2,
}
