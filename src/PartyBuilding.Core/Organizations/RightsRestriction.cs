using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>Why a member has no right to vote, elect or be elected (表决权、选举权和被选举权) on a date, if any.</summary>
[JsonConverter(typeof(StrictEnumConverter<RightsRestriction>))]
public enum RightsRestriction
{
    /// <summary>The member has the rights.</summary>
    None = 1,

    /// <summary>A probationary member (预备党员, 党章第七条).</summary>
    Probationary = 2,

    /// <summary>A member on probation within the party (留党察看), for its period.</summary>
    PartyProbation = 3,
}

/// <summary>The kind of a <see cref="StandingFinding"/>: where the registry contradicts the constitution's article 7.</summary>
[JsonConverter(typeof(StrictEnumConverter<StandingFindingKind>))]
public enum StandingFindingKind
{
    /// <summary>The member became full before the probation (with its extensions) had run.</summary>
    ConfirmedBeforeProbationEnded = 1,

    /// <summary>The member became full later than the day the probation ran out, with no extension recorded to cover it (party standing counts from the expiry, 党章第七条).</summary>
    ConfirmedAfterProbationEnded = 2,

    /// <summary>The probation (with its extensions) has run and the member is still probationary with no decision recorded.</summary>
    ProbationOverrun = 3,
}
