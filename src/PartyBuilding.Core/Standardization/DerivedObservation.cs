using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// An indicator of one branch whose observed value is derived from the branch's records of organizational life
/// (由组织生活记录取数) instead of typed in: e.g. the quarters without a valid members' meeting for “党员大会每季度召开”.
/// </summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Measure">What is derived; its value must suit the indicator's method (a count for a deduction or a bonus, a rate for a proportional indicator, 1 or 0 for a checklist item or a veto).</param>
/// <param name="Assessor">Who took the value from the records (a name or a post).</param>
/// <param name="AssessedOn">The date it was taken, within the assessment year.</param>
/// <remarks>
/// The records are <see cref="StandardizationDataSet.LifeRecords"/>, for the assessment's year and listing the branch; an
/// indicator is either scored (<see cref="BranchAssessment.Scores"/>) or derived, never both. The explanation of the
/// indicator shows the derived value with the identifiers of the records it came from. Immutable and thread-safe.
/// </remarks>
public sealed record DerivedObservation(IndicatorId IndicatorId, RecordMeasure Measure, string Assessor, LocalDate AssessedOn);
