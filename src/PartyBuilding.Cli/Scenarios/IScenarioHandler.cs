using System.Text.Json.Nodes;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Computes the actual values of one scenario kind by calling the library. Add one by implementing this and listing
/// it in <see cref="ScenarioRunner.Default"/>.
/// </summary>
internal interface IScenarioHandler
{
    /// <summary>Gets the scenario kind the handler runs (the <c>kind</c> of a scenario file).</summary>
    string Kind { get; }

    /// <summary>Runs the scenario's inputs through the library.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The actual values, shaped like the kind's <c>expected</c>.</returns>
    /// <exception cref="ScenarioException">The inputs are not valid for this kind.</exception>
    JsonNode Run(Scenario scenario);
}
