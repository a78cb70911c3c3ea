using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The kind of a task a leading-group member carries out at their contact branch. Article 000 names three of its “六个一” tasks
/// (<see cref="ResponsibilityCitations.ContactBranches"/>); the other three are not named there, so a record names them itself
/// (<see cref="Other"/> with <see cref="ContactTask.Name"/>).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<ContactTaskKind>))]
public enum ContactTaskKind
{
    /// <summary>Carry out a piece of research (开展一次调查研究).</summary>
    Research = 1,

    /// <summary>Hold a heart-to-heart talk (进行一次谈心谈话).</summary>
    HeartToHeartTalk = 2,

    /// <summary>Give a party lesson (讲一次党课).</summary>
    PartyLesson = 3,

    /// <summary>Another task, named by the record (<see cref="ContactTask.Name"/>): the article does not name the rest of the six.</summary>
    Other = 4,
}
