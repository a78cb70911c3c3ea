using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Coverage of one unit (the committee, a district or a department) in one year: how many of its branches are named at
/// each tier, the share named at least at the target's minimum tier, and whether the target is reached.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CoverageLine
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a line; only the engine builds one.</summary>
    /// <param name="level">The level of the unit.</param>
    /// <param name="branches">The branches of the unit on the roster.</param>
    /// <param name="notNamed">Branches with no naming this year (not assessed).</param>
    /// <param name="lagging">Branches named lagging.</param>
    /// <param name="standard">Branches named standard.</param>
    /// <param name="advanced">Branches named advanced.</param>
    /// <param name="exemplary">Branches named exemplary.</param>
    /// <param name="covered">Branches named at least at the minimum tier (standard when there is no target).</param>
    /// <param name="share">Covered ÷ branches, rounded to ten places: the published figure (0 for a unit without branches). The target is not compared with it but with the counts.</param>
    /// <param name="explanation">The share as a formula of its counts, with the target's citation; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    /// <param name="organizationId">The committee or department, or <see langword="null"/> for a district.</param>
    /// <param name="districtId">The district (a department's own district), or <see langword="null"/> for the committee.</param>
    /// <param name="target">The target share this year, exact as the scheme wrote it, or <see langword="null"/> when none applies.</param>
    /// <param name="meetsTarget">Whether the covered branches reach the target, compared exactly in whole numbers (covered × denominator ≥ numerator × branches; a unit without branches reaches only a target of 0), or <see langword="null"/> when none applies.</param>
    /// <param name="meanScore">The mean score of the named branches, rounded half away from zero at two places, or <see langword="null"/> when none was named.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal CoverageLine(
        CoverageLevel level,
        int branches,
        int notNamed,
        int lagging,
        int standard,
        int advanced,
        int exemplary,
        int covered,
        Proportion share,
        Explanation? explanation,
        OrganizationId? organizationId = null,
        DistrictId? districtId = null,
        Share? target = null,
        bool? meetsTarget = null,
        Score? meanScore = null)
    {
        Level = level;
        Branches = branches;
        NotNamed = notNamed;
        Lagging = lagging;
        Standard = standard;
        Advanced = advanced;
        Exemplary = exemplary;
        Covered = covered;
        Share = share;
        _explanation = new DeferredExplanation(explanation);
        OrganizationId = organizationId;
        DistrictId = districtId;
        Target = target;
        MeetsTarget = meetsTarget;
        MeanScore = meanScore;
    }

    /// <summary>Gets the level of the unit.</summary>
    public CoverageLevel Level { get; }

    /// <summary>Gets the branches of the unit on the roster.</summary>
    public int Branches { get; }

    /// <summary>Gets branches with no naming this year (not assessed).</summary>
    public int NotNamed { get; }

    /// <summary>Gets branches named lagging.</summary>
    public int Lagging { get; }

    /// <summary>Gets branches named standard.</summary>
    public int Standard { get; }

    /// <summary>Gets branches named advanced.</summary>
    public int Advanced { get; }

    /// <summary>Gets branches named exemplary.</summary>
    public int Exemplary { get; }

    /// <summary>Gets branches named at least at the minimum tier (standard when there is no target).</summary>
    public int Covered { get; }

    /// <summary>Gets covered ÷ branches, rounded to ten places: the published figure (0 for a unit without branches). The target is not compared with it but with the counts.</summary>
    public Proportion Share { get; }

    /// <summary>Gets the share as a formula of its counts, with the target's citation; built when read (each read builds it again).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the committee or department, or <see langword="null"/> for a district.</summary>
    public OrganizationId? OrganizationId { get; }

    /// <summary>Gets the district (a department's own district), or <see langword="null"/> for the committee.</summary>
    public DistrictId? DistrictId { get; }

    /// <summary>Gets the target share this year, exact as the scheme wrote it, or <see langword="null"/> when none applies.</summary>
    public Share? Target { get; }

    /// <summary>Gets a value indicating whether the covered branches reach the target, compared exactly in whole numbers (covered × denominator ≥ numerator × branches; a unit without branches reaches only a target of 0), or <see langword="null"/> when none applies.</summary>
    public bool? MeetsTarget { get; }

    /// <summary>Gets the mean score of the named branches, rounded half away from zero at two places, or <see langword="null"/> when none was named.</summary>
    public Score? MeanScore { get; }
}
