using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>One year's on-site assessment of one branch against a catalogue (支部标准化考核): a score record per indicator.</summary>
/// <param name="BranchId">The branch assessed.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="CatalogueId">The catalogue the branch is assessed against.</param>
/// <param name="Scores">One record per indicator, in any order; a bonus or veto indicator may be left out.</param>
/// <param name="Derived">The indicators whose observed value is derived from the records of organizational life (<see cref="StandardizationDataSet.LifeRecords"/>) instead of scored; none by default.</param>
/// <remarks><see cref="StandardizationEngine"/> checks it against the catalogue. Immutable and thread-safe; equality is by value.</remarks>
public sealed record BranchAssessment(OrganizationId BranchId, AssessmentYear Year, CatalogueId CatalogueId, ValueArray<IndicatorScore> Scores, ValueArray<DerivedObservation> Derived = default);
