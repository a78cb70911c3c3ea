using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>A committee leader's comment on an organization's report (工委领导点评), kept with the result.</summary>
/// <param name="Leader">The leader.</param>
/// <param name="Text">The comment.</param>
public sealed record LeaderComment(MemberId Leader, string Text);
