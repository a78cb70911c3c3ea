using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Generates a year of branch standardization (党支部标准化建设): the roster of every generated branch with its
/// department and district, and one assessment per branch scoring every indicator of the catalogue (rates for
/// proportional indicators, met/not met for checklist items, occurrence counts for deduction items), biased by the
/// department's quality. Typed records are built directly.
/// </summary>
internal static class SyntheticStandardization
{
    private const string Assessor = "机关工委督导组";

    /// <summary>Builds the standardization data set.</summary>
    /// <param name="random">The generator's random source (consumed in a fixed order).</param>
    /// <param name="departments">The departments with their branches.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="catalogue">The catalogue every branch is assessed against.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="NotSupportedException">The catalogue uses a scoring method the generator has no observations for.</exception>
    public static StandardizationDataSet Build(Random random, IReadOnlyList<SyntheticDepartment> departments, OrganizationId committee, IndicatorCatalogue catalogue, int year)
    {
        var indicators = catalogue.AllIndicators();
        var count = departments.Sum(d => d.Branches.Count);
        var roster = ImmutableArray.CreateBuilder<RosterEntry>(count);
        var assessments = ImmutableArray.CreateBuilder<BranchAssessment>(count);
        var assessmentYear = AssessmentYear.Create(year);
        foreach (var department in departments)
        {
            var departmentId = OrganizationId.Parse(department.Id);
            var district = DistrictId.Parse(department.District);
            foreach (var branch in department.Branches)
            {
                var branchId = OrganizationId.Parse(branch.Id);
                roster.Add(new RosterEntry(branchId, departmentId, district));
                var quality = Math.Clamp(department.Quality + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
                var assessedOn = new LocalDate(year, 11, 1 + random.Next(28));
                var scores = ImmutableArray.CreateBuilder<IndicatorScore>(indicators.Length);
                foreach (var indicator in indicators)
                {
                    scores.Add(new IndicatorScore(
                        indicator.Id,
                        Observe(random, indicator.Method, quality),
                        Assessor,
                        assessedOn,
                        indicator.CheckedBy.IsEmpty ? null : indicator.CheckedBy[0]));
                }

                assessments.Add(new BranchAssessment(branchId, assessmentYear, catalogue.Id, scores.MoveToImmutable()));
            }
        }

        return new StandardizationDataSet(new BranchRoster(committee, roster.MoveToImmutable()), assessments.MoveToImmutable());
    }

    private static decimal Observe(Random random, string method, double quality) => method switch
    {
        "proportional" => Math.Round((decimal)Math.Clamp(0.5 + (0.5 * quality) + ((random.NextDouble() - 0.6) * 0.3), 0, 1), 2, MidpointRounding.AwayFromZero),
        "checklist" => random.NextDouble() < 0.6 + (0.38 * quality) ? 1m : 0m,
        "deduction" => random.NextDouble() < 0.5 + (0.45 * quality) ? 0m : 1 + random.Next(3),
        "veto" => 0m,
        _ => throw new NotSupportedException($"The generator has no observations for the scoring method '{method}'."),
    };
}
