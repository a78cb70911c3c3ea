using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>Builds the explanation node that carries an area's result into a component input.</summary>
internal static class EvaluationNodes
{
    internal static Explanation Component(
        LocalizedText label,
        decimal value,
        string strategy,
        IEnumerable<KeyValuePair<string, string>> parameters,
        IEnumerable<Explanation> children,
        OrganizationId organization,
        AssessmentComponentId component,
        Citation? citation) =>
        Explanation.Formula(label, value, strategy, parameters, children) with
        {
            Key = $"{component}:{organization}",
            Citation = citation,
        };

    internal static KeyValuePair<string, string> Parameter(string name, decimal value) =>
        new(name, value.ToString(CultureInfo.InvariantCulture));

    internal static KeyValuePair<string, string> Parameter(string name, int value) =>
        new(name, value.ToString(CultureInfo.InvariantCulture));

    internal static decimal Round(decimal value) => ScoreRounding.Default.Apply(value);
}
