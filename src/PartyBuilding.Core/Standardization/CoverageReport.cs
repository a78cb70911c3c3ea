using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// One year's coverage of standardization (创建覆盖情况) for the committee, each district and each department, against
/// the campaign's target, with the list of lagging branches. A JSON document of kind <c>standardization-coverage-report</c>;
/// the annual assessment consumes its department lines.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Committee">The committee's line.</param>
/// <param name="Districts">One line per district, ordered by district.</param>
/// <param name="Departments">One line per department, ordered by department.</param>
/// <param name="LaggingBranches">The branches named lagging, ordered by branch.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CoverageReport(
    AssessmentYear Year,
    CoverageLine Committee,
    ValueArray<CoverageLine> Districts,
    ValueArray<CoverageLine> Departments,
    ValueArray<LaggingBranch> LaggingBranches) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-coverage-report";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;
}
