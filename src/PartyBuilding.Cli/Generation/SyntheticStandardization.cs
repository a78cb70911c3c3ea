using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Generates branch standardization (党支部标准化建设) for the assessed year and the two years before it: the roster of
/// every generated branch with its department and district, and one assessment per branch and year scoring every
/// indicator of the catalogue (rates for proportional indicators, met/not met for checklist items, occurrence counts for
/// deduction items). Typed records are built directly.
/// </summary>
/// <remarks>
/// <para>Each branch gets a level drawn once, from its department's quality and its own draw, that improves a little from
/// year to year; an indicator is fully met with a probability that grows with the level, and otherwise partly met. Three
/// years are generated because a branch climbs the tiers one step a year under the seed tier scheme (a first naming
/// climbs from 后进): with them the assessed year names branches across 后进, 标准, 先进 and 过硬 — most 标准 or 先进, some
/// 过硬, few 后进 — as the generator's tests pin for fixed seeds. The levels and probabilities are the generator's own
/// illustrative choices (示例). Deterministic for a seed: the random source is consumed in a fixed order.</para>
/// </remarks>
internal static class SyntheticStandardization
{
    /// <summary>The number of years assessed: the assessed year and the two before it.</summary>
    public const int Years = 3;

    private const string Assessor = "机关工委督导组";

    /// <summary>Builds the standardization data set.</summary>
    /// <param name="random">The generator's random source (consumed in a fixed order).</param>
    /// <param name="departments">The departments with their branches.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="catalogue">The catalogue every branch is assessed against.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The data set: per branch, one assessment for each of <see cref="Years"/> years, oldest first.</returns>
    /// <exception cref="NotSupportedException">The catalogue uses a scoring method the generator has no observations for.</exception>
    public static StandardizationDataSet Build(Random random, IReadOnlyList<SyntheticDepartment> departments, OrganizationId committee, IndicatorCatalogue catalogue, int year)
    {
        var indicators = catalogue.AllIndicators();
        var count = departments.Sum(d => d.Branches.Count);
        var roster = ImmutableArray.CreateBuilder<RosterEntry>(count);
        var assessments = ImmutableArray.CreateBuilder<BranchAssessment>(count * Years);
        foreach (var department in departments)
        {
            var departmentId = OrganizationId.Parse(department.Id);
            var district = DistrictId.Parse(department.District);
            foreach (var branch in department.Branches)
            {
                var branchId = OrganizationId.Parse(branch.Id);
                roster.Add(new RosterEntry(branchId, departmentId, district));
                var level = (0.55 * department.Quality) + (0.45 * random.NextDouble());
                for (var y = year - Years + 1; y <= year; y++)
                {
                    // A little better each year: the campaign raises branches step by step.
                    var met = 0.5 + (0.5 * Math.Clamp(level + 0.05 - (0.06 * (year - y)), 0, 1));
                    var assessedOn = new LocalDate(y, 11, 1 + random.Next(28));
                    var scores = ImmutableArray.CreateBuilder<IndicatorScore>(indicators.Length);
                    foreach (var indicator in indicators)
                    {
                        scores.Add(new IndicatorScore(
                            indicator.Id,
                            Observe(random, indicator.Scoring.Name, met),
                            Assessor,
                            assessedOn,
                            indicator.CheckedBy.IsEmpty ? null : indicator.CheckedBy[0]));
                    }

                    assessments.Add(new BranchAssessment(branchId, AssessmentYear.Create(y), catalogue.Id, scores.MoveToImmutable()));
                }
            }
        }

        return new StandardizationDataSet(new BranchRoster(committee, roster.MoveToImmutable()), assessments.MoveToImmutable());
    }

    /// <summary>Observes one indicator: fully met with probability <paramref name="met"/>, otherwise partly met.</summary>
    private static decimal Observe(Random random, string method, double met)
    {
        var full = random.NextDouble() < met;
        return method switch
        {
            "proportional" => full ? 1m : Math.Round((decimal)(0.6 + (0.35 * random.NextDouble())), 2, MidpointRounding.AwayFromZero),
            "checklist" => full ? 1m : 0m,
            "deduction" => full ? 0m : 1 + random.Next(2),
            "veto" => 0m,
            _ => throw new NotSupportedException($"The generator has no observations for the scoring method '{method}'."),
        };
    }
}
