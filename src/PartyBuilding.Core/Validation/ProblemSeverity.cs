using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Validation;

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProblemSeverity>))]
public enum ProblemSeverity
{
    /// <summary>The input cannot be used; nothing is computed from it.</summary>
    Error = 1,

    /// <summary>The input can be used but is suspicious.</summary>
    Warning = 2,

    /// <summary>For information only.</summary>
    Info = 3,
}
