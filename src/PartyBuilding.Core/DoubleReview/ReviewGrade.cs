using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A grade of a report (述职评议等次): the grade a rater gives on a grade ballot, and the grade of an organization's
/// combined score.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<ReviewGrade>))]
public enum ReviewGrade
{
    /// <summary>Good (好).</summary>
    Good = 1,

    /// <summary>Fairly good (较好).</summary>
    FairlyGood = 2,

    /// <summary>Average (一般).</summary>
    Average = 3,

    /// <summary>Poor (差).</summary>
    Poor = 4,
}
