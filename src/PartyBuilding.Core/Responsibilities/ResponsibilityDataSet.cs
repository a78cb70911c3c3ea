using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The responsibility data of one assessment year: the organizations' lists, the dated evidence of what was done, and the
/// accountability chains of items. A JSON document of kind <c>responsibility-data-set</c>.
/// </summary>
/// <remarks>Immutable; equality is by value. Check one read from a document with <see cref="ResponsibilityDataSetValidator"/>.</remarks>
public sealed record ResponsibilityDataSet : IDocumentContent
{
    /// <summary>Initializes a data set.</summary>
    /// <param name="year">The assessment year.</param>
    /// <param name="lists">The lists; <c>default</c> reads as none.</param>
    /// <param name="evidence">The evidence records, in any order; <c>default</c> reads as none.</param>
    /// <param name="chains">The accountability chains; <c>default</c> reads as none.</param>
    public ResponsibilityDataSet(
        AssessmentYear year,
        ImmutableArray<ResponsibilityList> lists,
        ImmutableArray<EvidenceRecord> evidence = default,
        ImmutableArray<AccountabilityChain> chains = default)
    {
        Year = year;
        Lists = lists.IsDefault ? [] : lists;
        Evidence = evidence.IsDefault ? [] : evidence;
        Chains = chains.IsDefault ? [] : chains;
    }

    /// <inheritdoc />
    public static string DocumentKind => "responsibility-data-set";

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the lists.</summary>
    public ImmutableArray<ResponsibilityList> Lists { get; }

    /// <summary>Gets the evidence records.</summary>
    public ImmutableArray<EvidenceRecord> Evidence { get; }

    /// <summary>Gets the accountability chains.</summary>
    public ImmutableArray<AccountabilityChain> Chains { get; }

    /// <inheritdoc />
    public bool Equals(ResponsibilityDataSet? other) =>
        other is not null && Year == other.Year && Lists.SequenceEqual(other.Lists)
        && Evidence.SequenceEqual(other.Evidence) && Chains.SequenceEqual(other.Chains);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Lists.Length, Evidence.Length, Chains.Length);
}
