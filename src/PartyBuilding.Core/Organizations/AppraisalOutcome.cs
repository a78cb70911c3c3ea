using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>The measures the party constitution, article 9, names for a member who does not meet the conditions of membership (不合格党员的处置).</summary>
[JsonConverter(typeof(StrictEnumConverter<AppraisalOutcome>))]
public enum AppraisalOutcome
{
    /// <summary>The member is asked to correct within a deadline (限期改正).</summary>
    CorrectWithinDeadline = 1,

    /// <summary>The member is advised to withdraw from the party (劝其退党).</summary>
    AdvisedToWithdraw = 2,

    /// <summary>The member's name is removed (除名).</summary>
    Removed = 3,
}
