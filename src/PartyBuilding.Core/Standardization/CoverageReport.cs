using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// One year's coverage of standardization (创建覆盖情况) for the committee, each district and each department, against
/// the campaign's target, with the list of lagging branches. A JSON document of kind <c>standardization-coverage-report</c>;
/// the annual assessment consumes its department lines.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CoverageReport : IDocumentContent
{
    /// <summary>Initializes a report; only the engine builds one.</summary>
    /// <param name="year">The year.</param>
    /// <param name="committee">The committee's line.</param>
    /// <param name="districts">One line per district, ordered by district.</param>
    /// <param name="departments">One line per department, ordered by department.</param>
    /// <param name="laggingBranches">The branches named lagging, ordered by branch.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal CoverageReport(
        AssessmentYear year,
        CoverageLine committee,
        ValueArray<CoverageLine> districts,
        ValueArray<CoverageLine> departments,
        ValueArray<LaggingBranch> laggingBranches)
    {
        Year = year;
        Committee = committee;
        Districts = districts;
        Departments = departments;
        LaggingBranches = laggingBranches;
    }

    /// <summary>Gets the year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the committee's line.</summary>
    public CoverageLine Committee { get; }

    /// <summary>Gets one line per district, ordered by district.</summary>
    public ValueArray<CoverageLine> Districts { get; }

    /// <summary>Gets one line per department, ordered by department.</summary>
    public ValueArray<CoverageLine> Departments { get; }

    /// <summary>Gets the branches named lagging, ordered by branch.</summary>
    public ValueArray<LaggingBranch> LaggingBranches { get; }

    /// <inheritdoc />
    public static string DocumentKind => "standardization-coverage-report";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;
}
