using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>How often a kind of meeting must be held (会议频次): at least <paramref name="Minimum"/> valid meetings every <paramref name="Period"/>.</summary>
/// <param name="Kind">The kind of meeting.</param>
/// <param name="Period">The period counted in.</param>
/// <param name="Minimum">The least number of valid meetings in each period, 1 or more.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FrequencyRequirement(MeetingKind Kind, LifePeriod Period, int Minimum = 1)
{
    /// <summary>Tells whether this requirement is at least as strict as another: a period no longer and a minimum no lower.</summary>
    /// <param name="other">The other requirement.</param>
    /// <returns><see langword="true"/> when this one asks at least as much.</returns>
    public bool IsAtLeastAsStrictAs(FrequencyRequirement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Period <= other.Period && Minimum >= other.Minimum;
    }
}

/// <summary>
/// A working committee's scheme for checking organizational life in one year (组织生活检查方案): the frequencies the
/// committee sets on top of the regulation's (<see cref="OrganizationalLifeRules"/>) and its own figures.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Requirements">
/// The committee's own frequencies, at most one per kind. Where the regulation is in force, each must be at least as strict
/// as the regulation's (a committee may tighten, never loosen); before the regulation applies (2018-10-28) it is the only
/// rule of its kind and is cited as the committee's (示例).
/// </param>
/// <param name="LeadingCadreMeetingsPerQuarter">
/// The least number of the branch's meetings a leading cadre attends in a quarter (双重组织生活); 1 by default, the
/// library's figure (示例): the constitution says that every member takes part, not how often.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationalLifeScheme(
    AssessmentYear Year,
    OrganizationId CommitteeId,
    ValueArray<FrequencyRequirement> Requirements = default,
    int LeadingCadreMeetingsPerQuarter = 1) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "organizational-life-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => OrganizationalLifeJson.Metadata;

    /// <summary>Gets a value indicating whether the scheme's figures are illustrative (示例): a sample, not a committee's adopted rules.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>
    /// Gets how the scheme reads “半数以上” in a quorum (<see cref="OrganizationalLife.QuorumReading"/>), or
    /// <see langword="null"/> for the library's default, <see cref="QuorumReading.MoreThanHalf"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public QuorumReading? QuorumReading { get; init; }

    /// <summary>Gives the citation of a node that uses the scheme's figures: marked illustrative when the scheme is.</summary>
    /// <param name="citation">The rule's citation.</param>
    /// <returns>The citation, marked when <see cref="IsIllustrative"/>.</returns>
    internal Citation Cite(Citation citation) => IsIllustrative ? citation.AsIllustrative() : citation;

    /// <summary>Gets the requirement of a kind in force on a date, with its citation: the scheme's own where it sets one, else the regulation's.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date (the last day of the period checked).</param>
    /// <returns>The requirement and its citation, or <see langword="null"/> when no rule of the kind is in force.</returns>
    internal (FrequencyRequirement Requirement, Citation Citation)? RequirementOf(MeetingKind kind, LocalDate date)
    {
        DatedValue<FrequencyRequirement>? regulation = null;
        OrganizationalLifeRules.FrequencyOf(kind)?.TryGetEntryAsOf(date, out regulation);
        foreach (var own in Requirements)
        {
            if (own.Kind == kind)
            {
                return (own, Cite(regulation?.Citation ?? OrganizationalLifeRules.CommitteeFrequency));
            }
        }

        return regulation is null ? null : (regulation.Value, regulation.Citation!);
    }
}
