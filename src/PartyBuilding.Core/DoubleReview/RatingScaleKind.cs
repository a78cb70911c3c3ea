using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>How a rater group rates: by grade or by points.</summary>
[JsonConverter(typeof(StrictEnumConverter<RatingScaleKind>))]
public enum RatingScaleKind
{
    /// <summary>A grade (好/较好/一般/差) on each ballot, mapped to a score by the scale.</summary>
    Grades = 1,

    /// <summary>Points on each ballot, within the scale's range (e.g. 0–100).</summary>
    Points = 2,
}
