using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The comparison shared by the ranking strategies: the lower group first (the precedence policy's ordering: the final
/// band, or vetoed after the others, or one group for all), then the higher published total, then the higher score of
/// each tie-breaking component in order. Entries equal on all of these are tied.
/// </summary>
internal static class RankingCore
{
    public const string FormerVetoedLast = "vetoed-last";

    public static readonly ImmutableArray<string> Known = ["tie-breakers"];

    public static ImmutableArray<AssessmentComponentId>? Read(
        ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems)
    {
        if (set.TryGetValue(FormerVetoedLast, out var former))
        {
            // The order of vetoed organizations is the precedence policy's decision now, so that one setting decides it.
            problems.Add(new(
                FormerVetoedLast,
                AssessmentErrorCodes.PrecedencePolicy,
                "vetoed-last is no longer a ranking parameter: the scheme's precedence policy orders the published ranking (precedence.order: BandThenTotal, TotalWithMarks or VetoedLast).",
                former));
        }

        StrategyParameters.RejectUnknown(set.Remove(FormerVetoedLast), Known, problems);
        var tieBreakers = ImmutableArray.CreateBuilder<AssessmentComponentId>();
        if (set.TryGetValue("tie-breakers", out var text) && text.Length > 0)
        {
            foreach (var part in text.Split(','))
            {
                if (AssessmentComponentId.TryParse(part.Trim(), out var id))
                {
                    tieBreakers.Add(id);
                }
                else
                {
                    problems.Add(new("tie-breakers", AssessmentErrorCodes.StrategyParameterInvalid, "tie-breakers must be a comma-separated list of component identifiers.", text));
                }
            }
        }

        return problems.Count > 0 ? null : tieBreakers.ToImmutable();
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

    public static ImmutableSortedDictionary<string, string> Describe(ImmutableArray<AssessmentComponentId> tieBreakers) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, string>[]
        {
            new("tie-breakers", string.Join(",", tieBreakers)),
        });
}
