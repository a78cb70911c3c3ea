using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A problem found (查摆问题) and entered in a rectification ledger, with the measures against it.</summary>
/// <remarks>Immutable; equality is by value over the measures.</remarks>
public sealed record RectificationProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="id">The problem's identifier, unique within the ledger.</param>
    /// <param name="organization">The organization the problem was found in.</param>
    /// <param name="area">The area it belongs to.</param>
    /// <param name="description">The problem.</param>
    /// <param name="measures">The measures against it; <c>default</c> reads as none.</param>
    /// <param name="origin">Where the problem comes from (e.g. a supervision finding), or <see langword="null"/>.</param>
    public RectificationProblem(
        RectificationProblemId id,
        OrganizationId organization,
        RectificationAreaId area,
        LocalizedText description,
        ValueArray<RectificationMeasure> measures,
        ProblemOrigin? origin = null)
    {
        Id = id;
        Organization = organization;
        Area = area;
        Description = description;
        Measures = measures;
        Origin = origin;
    }

    /// <summary>Gets the problem's identifier.</summary>
    public RectificationProblemId Id { get; }

    /// <summary>Gets the organization the problem was found in.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the area.</summary>
    public RectificationAreaId Area { get; }

    /// <summary>Gets the problem.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the measures.</summary>
    public ValueArray<RectificationMeasure> Measures { get; }

    /// <summary>Gets where the problem comes from, or <see langword="null"/>.</summary>
    public ProblemOrigin? Origin { get; }
}
