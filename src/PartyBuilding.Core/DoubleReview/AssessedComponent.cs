using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A part of the branch variant of double review that is not a ballot: the organ committee's inspection and visits
/// (述、评、查、访 — the 查 and 访). Its score is given per organization.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<AssessedComponent>))]
public enum AssessedComponent
{
    /// <summary>Inspection of files and work (查).</summary>
    Inspection = 1,

    /// <summary>Visits to members and the people served (访).</summary>
    Visit = 2,
}
