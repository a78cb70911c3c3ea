using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>What the assessors observed for one indicator of one branch (指标评分记录), with who, when and on what evidence.</summary>
/// <param name="IndicatorId">The indicator scored.</param>
/// <param name="Observed">The observed value in the unit of the indicator's method: 1 or 0 for a checklist item or a veto, a rate from 0 to 1, or a whole count of occurrences.</param>
/// <param name="Assessor">Who scored it (a name or a post).</param>
/// <param name="AssessedOn">The date it was scored, within the assessment year.</param>
/// <param name="CheckedBy">How it was checked this time, or <see langword="null"/> when not recorded.</param>
/// <param name="Evidence">The evidence the score rests on (a file, a record, a visit), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorScore(
    IndicatorId IndicatorId,
    decimal Observed,
    string Assessor,
    LocalDate AssessedOn,
    CheckMethod? CheckedBy = null,
    string? Evidence = null);
