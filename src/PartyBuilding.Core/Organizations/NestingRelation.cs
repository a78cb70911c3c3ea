using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>How an organization relates to the one it sits under in the tree (<see cref="KindNesting.Relation"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<NestingRelation>))]
public enum NestingRelation
{
    /// <summary>The parent leads the child (领导), e.g. a working committee and the organ party committees of its departments.</summary>
    Leads = 1,

    /// <summary>
    /// The parent guides and supervises the child (指导督促) without leading it: a working committee and a department's
    /// leading party group or party committee (2019 organ regulation, 第三十四条).
    /// </summary>
    GuidesAndSupervises = 2,
}
