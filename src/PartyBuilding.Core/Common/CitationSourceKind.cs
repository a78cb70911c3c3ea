using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>The kind of document a <see cref="CitationSource"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<CitationSourceKind>))]
public enum CitationSourceKind
{
    /// <summary>The party constitution (党章).</summary>
    PartyConstitution = 1,

    /// <summary>An intra-party regulation (党内法规), such as a 条例.</summary>
    Regulation = 2,

    /// <summary>One of the source articles (newspaper reports) the library's figures are taken from.</summary>
    Article = 3,

    /// <summary>An assessment scheme document of a working committee (考评方案).</summary>
    Scheme = 4,

    /// <summary>The library's own documented rules (<see cref="Sources.LibraryRules"/>), which no source states.</summary>
    Library = 5,
}
