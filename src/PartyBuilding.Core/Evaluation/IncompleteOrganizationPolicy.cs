using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>What the annual evaluation does with an organization that lacks an input for a component of the scheme.</summary>
[JsonConverter(typeof(StrictEnumConverter<IncompleteOrganizationPolicy>))]
public enum IncompleteOrganizationPolicy
{
    /// <summary>The evaluation fails: every missing input is reported with the reason the area gave none (the default).</summary>
    Fail = 1,

    /// <summary>The organization is left out of scoring and ranking and reported as incomplete, with the missing components and reasons.</summary>
    Exclude = 2,
}
