using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How one lagging branch stands in a later naming.</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="ReachedStandard">Whether the later naming is standard or above.</param>
/// <param name="LaterTier">The tier of the later naming, or <see langword="null"/> when the branch was not named again.</param>
/// <param name="LaterScore">The score of the later naming, or <see langword="null"/> when the branch was not named again.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RectificationOutcome(OrganizationId BranchId, bool ReachedStandard, BranchTier? LaterTier = null, Score? LaterScore = null);

/// <summary>
/// The follow-up of lagging branches (后进支部整改跟踪): which of them a later naming shows at standard or above. Article 001
/// sets the aim that all 44 lagging branches reach at least standard by year end. A JSON document of kind
/// <c>standardization-rectification-report</c>.
/// </summary>
/// <param name="Year">The year of the later naming.</param>
/// <param name="Reached">How many of the branches reached standard or above.</param>
/// <param name="Branches">One outcome per lagging branch, ordered by branch.</param>
/// <param name="Explanation">The count of branches that reached standard as the sum of one node per branch, with the article's citation.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record RectificationReport(AssessmentYear Year, int Reached, ValueArray<RectificationOutcome> Branches, Explanation Explanation) : IDocumentContent
{
    private readonly DeferredExplanation _explanation = Explanation;

    /// <summary>Gets the count of branches that reached standard as the sum of one node per branch, with the article's citation; built when read (each read builds it again).</summary>
    public Explanation Explanation
    {
        get => _explanation.Value;
        init => _explanation = value;
    }

    /// <summary>Sets the explanation to one built when read (<see cref="RectificationTracker"/>'s, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <inheritdoc />
    public static string DocumentKind => "standardization-rectification-report";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;


    /// <summary>Gets a value indicating whether every lagging branch reached standard or above.</summary>
    public bool AllReached => Reached == Branches.Length;
}
