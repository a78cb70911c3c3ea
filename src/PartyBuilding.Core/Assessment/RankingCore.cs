using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The comparison shared by the ranking strategies: vetoed organizations after the others when <c>vetoed-last</c> is
/// true, then the higher published total, then the higher score of each tie-breaking component in order. Entries equal
/// on all of these are tied.
/// </summary>
internal static class RankingCore
{
    public static readonly ImmutableArray<string> Known = ["tie-breakers", "vetoed-last"];

    public static (ImmutableArray<AssessmentComponentId> TieBreakers, bool VetoedLast)? Read(
        ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems)
    {
        StrategyParameters.RejectUnknown(set, Known, problems);
        var vetoedLast = StrategyParameters.Boolean(set, "vetoed-last", true, problems);
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

        return vetoedLast is null || problems.Count > 0 ? null : (tieBreakers.ToImmutable(), vetoedLast.Value);
    }

    /// <summary>Compares two entries; negative when <paramref name="left"/> ranks better.</summary>
    public static int Compare(RankingEntry left, RankingEntry right, bool vetoedLast)
    {
        if (vetoedLast && left.Vetoed != right.Vetoed)
        {
            return left.Vetoed ? 1 : -1;
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

    public static ImmutableSortedDictionary<string, string> Describe(ImmutableArray<AssessmentComponentId> tieBreakers, bool vetoedLast) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, string>[]
        {
            new("tie-breakers", string.Join(",", tieBreakers)),
            new("vetoed-last", vetoedLast ? "true" : "false"),
        });
}
