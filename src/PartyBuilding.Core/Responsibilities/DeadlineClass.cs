using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The deadline class of a rectification measure (整改期限), resolved to a date within the ledger's year.</summary>
/// <remarks>The three classes are those of article 000 (<see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>).</remarks>
[JsonConverter(typeof(StrictEnumConverter<DeadlineClass>))]
public enum DeadlineClass
{
    /// <summary>By the end of November (11月底): 30 November of the ledger's year.</summary>
    EndOfNovember = 1,

    /// <summary>By the end of the year (年底): 31 December of the ledger's year.</summary>
    YearEnd = 2,

    /// <summary>A long-term task (长期任务): no deadline, never overdue, kept under look-back re-checks.</summary>
    LongTerm = 3,
}
