using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The kind of a responsibility list.</summary>
[JsonConverter(typeof(StrictEnumConverter<ResponsibilityListKind>))]
public enum ResponsibilityListKind
{
    /// <summary>An annual list of one organization (年度责任清单), e.g. Shandong's 25 items for 2019.</summary>
    Annual = 1,

    /// <summary>
    /// A target-responsibility agreement (目标责任书): signed at the start of the year, checked every quarter, reported and
    /// reviewed at year end, e.g. the petition bureau's 17 items for branch secretaries.
    /// </summary>
    TargetAgreement = 2,

    /// <summary>A four-level list (四级责任清单) that covers all four <see cref="ResponsibilityLevel"/>s at once.</summary>
    FourLevel = 3,
}
