using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>How an <see cref="Explanation"/> node's value comes from its children.</summary>
[JsonConverter(typeof(StrictEnumConverter<ExplanationCombination>))]
public enum ExplanationCombination
{
    /// <summary>The value is an input as given (a rating, a count, an indicator score); the node may have no children.</summary>
    Given = 1,

    /// <summary>The value is the exact sum of the children's values; <see cref="Explanation.Verify"/> checks it.</summary>
    Sum = 2,

    /// <summary>The value is computed from the children by the named <see cref="Explanation.Strategy"/> with its <see cref="Explanation.Parameters"/>.</summary>
    Formula = 3,
}
