using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The comparison shared by the ranking strategies: the lower group first (the precedence policy's ordering: the final
/// band, or vetoed after the others, or one group for all), then the higher published total, then the higher score of
/// each tie-breaking component in order. Entries equal on all of these are tied.
/// </summary>
internal static class RankingCore
{
    /// <summary>The former ranking parameter that the precedence policy replaced.</summary>
    public const string FormerVetoedLast = "vetoed-last";

    /// <summary>Reads the parameters both ranking strategies take: the tie-breaking components.</summary>
    public static ValueArray<AssessmentComponentId> Read(StrategyParameters parameters)
    {
        if (parameters.IsGiven(FormerVetoedLast))
        {
            // The order of vetoed organizations is the precedence policy's decision now, so that one setting decides it.
            parameters.List(FormerVetoedLast);
            parameters.Fail(
                FormerVetoedLast,
                AssessmentErrorCodes.PrecedencePolicy,
                "vetoed-last is no longer a ranking parameter: the scheme's precedence policy orders the published ranking (precedence.order: BandThenTotal, TotalWithMarks or VetoedLast).");
        }

        var tieBreakers = ImmutableArray.CreateBuilder<AssessmentComponentId>();
        foreach (var part in parameters.List(AssessmentStrategies.TieBreakers))
        {
            if (AssessmentComponentId.TryParse(part, out var id))
            {
                tieBreakers.Add(id);
            }
            else
            {
                parameters.Fail(AssessmentStrategies.TieBreakers, CommonErrorCodes.StrategyParameterInvalid, "tie-breakers must be component identifiers separated by commas.");
            }
        }

        return tieBreakers.ToImmutable();
    }

    /// <summary>Compares two entries; negative when <paramref name="left"/> ranks better.</summary>
    public static int Compare(RankingEntry left, RankingEntry right)
    {
        var byGroup = left.Group.CompareTo(right.Group);
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byTotal = right.Total.CompareTo(left.Total);
        if (byTotal != 0)
        {
            return byTotal;
        }

        for (var i = 0; i < left.TieBreakScores.Length; i++)
        {
            var byComponent = right.TieBreakScores[i].CompareTo(left.TieBreakScores[i]);
            if (byComponent != 0)
            {
                return byComponent;
            }
        }

        return 0;
    }
}
