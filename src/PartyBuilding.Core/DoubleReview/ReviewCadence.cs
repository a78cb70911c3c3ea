using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>How often a scheme's double review is held.</summary>
[JsonConverter(typeof(StrictEnumConverter<ReviewCadence>))]
public enum ReviewCadence
{
    /// <summary>Once a year, at year end (每年底), as the working committee does for its organizations.</summary>
    Annual = 1,

    /// <summary>Twice a year (每半年一次), as organ committees that extend it to every branch do.</summary>
    HalfYearly = 2,
}
