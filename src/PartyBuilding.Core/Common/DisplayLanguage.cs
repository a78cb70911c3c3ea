using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>A language in which user-facing labels are available.</summary>
[JsonConverter(typeof(StrictEnumConverter<DisplayLanguage>))]
public enum DisplayLanguage
{
    /// <summary>Simplified Chinese (zh-CN), the default of reports.</summary>
    ZhCn = 1,

    /// <summary>English.</summary>
    English = 2,
}
