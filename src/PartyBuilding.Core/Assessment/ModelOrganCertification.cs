using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// One organization's assessment outcome in one year, as model-organ certification reuses it (统筹考核结果，不另起炉灶,
/// article 001): band, committee rank among how many, whether a veto applied, and how many of its branches were named at
/// a standardization tier out of how many.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="Year">The year.</param>
/// <param name="Band">The final band.</param>
/// <param name="CommitteeRank">The committee rank.</param>
/// <param name="RankedCount">How many organizations were ranked.</param>
/// <param name="Vetoed">Whether a veto applied.</param>
/// <param name="BranchesAtTier">How many of its branches were named at a standardization tier that year, 0 to <paramref name="Branches"/>.</param>
/// <param name="Branches">How many branches it has on the standardization roster that year.</param>
/// <remarks>The tier coverage is kept as the two counts, so that the certification compares it with its minimum share
/// exactly (<see cref="ModelOrganCertifier"/>); <see cref="TierCoverage"/> is the rounded figure for display.</remarks>
public sealed record YearRecord(
    OrganizationId Organization,
    AssessmentYear Year,
    GradeBand Band,
    int CommitteeRank,
    int RankedCount,
    bool Vetoed,
    int BranchesAtTier,
    int Branches)
{
    /// <summary>Gets the share of its branches named at a standardization tier, <see cref="BranchesAtTier"/> ÷ <see cref="Branches"/> rounded to ten places (0 without branches), for display only.</summary>
    public Proportion TierCoverage => Branches > 0 && BranchesAtTier >= 0 && BranchesAtTier <= Branches ? Proportion.FromRatio(BranchesAtTier, Branches) : Proportion.Zero;

    /// <summary>Makes the record of an organization from a year's result.</summary>
    /// <param name="result">The year's assessment result.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="branchesAtTier">How many of its branches were named at a standardization tier that year.</param>
    /// <param name="branches">How many branches it has on the standardization roster that year.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="branches"/> is negative, or <paramref name="branchesAtTier"/> is outside 0..<paramref name="branches"/>.</exception>
    /// <exception cref="KeyNotFoundException">The organization is not in the result.</exception>
    public static YearRecord From(AssessmentResult result, OrganizationId organization, int branchesAtTier, int branches)
    {
        ArgumentNullException.ThrowIfNull(result);
        Guard.InRange(branches, 0, int.MaxValue);
        Guard.InRange(branchesAtTier, 0, branches);
        var assessment = result[organization];
        return new(organization, result.Year, assessment.Band, assessment.CommitteeRank, result.Organizations.Length, assessment.Vetoed, branchesAtTier, branches);
    }
}

/// <summary>The outcome of one criterion for one year.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Year">The year it was checked for.</param>
/// <param name="Met">Whether it holds.</param>
/// <param name="Detail">What was compared, e.g. <c>rank 3 of 10 = 0.3 ≤ 0.3</c>.</param>
public sealed record CriterionCheck(CertificationCriterionKind Criterion, AssessmentYear Year, bool Met, string Detail);

/// <summary>Whether an organization meets the model-organ criteria for a year, with every criterion checked.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Year">The certification year.</param>
/// <param name="Checks">Every criterion for every year considered, in year then criterion order.</param>
public sealed record CertificationCheck(OrganizationId Organization, AssessmentYear Year, ValueArray<CriterionCheck> Checks)
{
    /// <summary>Gets a value indicating whether every criterion holds.</summary>
    public bool Met => Checks.All(c => c.Met);

    /// <summary>Gets the criteria that fail.</summary>
    public ValueArray<CriterionCheck> Failures => [.. Checks.Where(c => !c.Met)];

}

/// <summary>
/// Checks the model-organ criteria (模范机关评估标准和认定办法, article 001; 创建条件与退出机制, article 004) over this year's
/// and earlier years' results.
/// </summary>
/// <remarks>
/// <para>For each of the <see cref="ModelOrganCriteria.Years"/> consecutive years ending with the certification year: no
/// veto (when required), a band at least <see cref="ModelOrganCriteria.MinimumBand"/>, and a committee rank within
/// <see cref="ModelOrganCriteria.TopShare"/> of the ranked organizations. For the certification year: the branches named
/// at a tier at least <see cref="ModelOrganCriteria.MinimumTierCoverage"/> of its branches. A year without a record fails
/// its criteria.</para>
/// <para>Both shares are compared exactly, in whole numbers, never through a rounded decimal (the library's rule):
/// rank × denominator ≤ numerator × ranked count (rank 3 of 9 is within the top 1/3), and branches at tier ×
/// denominator ≥ numerator × branches (6 of 9 reach 2/3, 5 of 9 do not). An organization without branches on the roster
/// reaches a tier coverage only of 0. Thread-safe.</para>
/// </remarks>
public static class ModelOrganCertifier
{
    /// <summary>Checks an organization against the criteria for a year.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="year">The certification year.</param>
    /// <param name="records">Year records of the organization (other organizations' records are ignored), in any order.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The check, listing every criterion for every year considered.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two records are for the same year.</exception>
    public static CertificationCheck Check(OrganizationId organization, AssessmentYear year, IEnumerable<YearRecord> records, ModelOrganCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(criteria);
        var own = records.Where(r => r.Organization == organization).ToList();
        var repeated = own.GroupBy(r => r.Year).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Two records of '{organization}' are for {repeated.Key}.", nameof(records));
        }

        var byYear = own.ToDictionary(r => r.Year);
        var checks = ImmutableArray.CreateBuilder<CriterionCheck>();
        for (var y = year.Value - criteria.Years + 1; y <= year.Value; y++)
        {
            var current = AssessmentYear.Create(y);
            if (!byYear.TryGetValue(current, out var record))
            {
                checks.Add(new(CertificationCriterionKind.MinimumBand, current, false, "no assessment record for this year"));
                continue;
            }

            if (criteria.RequireNoVeto)
            {
                checks.Add(new(CertificationCriterionKind.NoVeto, current, !record.Vetoed, record.Vetoed ? "a veto applied" : "no veto"));
            }

            checks.Add(new(
                CertificationCriterionKind.MinimumBand,
                current,
                record.Band.IsAtLeast(criteria.MinimumBand),
                $"band {record.Band}, at least {criteria.MinimumBand} required"));

            checks.Add(new(
                CertificationCriterionKind.RankingBand,
                current,
                record.RankedCount > 0 && IsWithinTop(record.CommitteeRank, record.RankedCount, criteria.TopShare),
                string.Create(CultureInfo.InvariantCulture, $"rank {record.CommitteeRank} of {record.RankedCount}, top {criteria.TopShare} required")));

            if (current == year)
            {
                checks.Add(new(
                    CertificationCriterionKind.TierCoverage,
                    current,
                    ReachesTierCoverage(record, criteria.MinimumTierCoverage),
                    string.Create(CultureInfo.InvariantCulture, $"tier coverage {record.BranchesAtTier} of {record.Branches} branches ({record.TierCoverage.ToPercentString()}), at least {criteria.MinimumTierCoverage.ToDisplayString()} required")));
            }
        }

        return new CertificationCheck(organization, year, checks.ToImmutable());
    }

    // rank ÷ count ≤ numerator ÷ denominator, in whole numbers.
    private static bool IsWithinTop(int rank, int count, Share top) =>
        (Int128)rank * top.Denominator <= (Int128)top.Numerator * count;

    // at tier ÷ branches ≥ numerator ÷ denominator, in whole numbers; without branches only a minimum of 0 is reached.
    private static bool ReachesTierCoverage(YearRecord record, Share minimum) =>
        record.BranchesAtTier >= 0 && record.BranchesAtTier <= record.Branches
        && (record.Branches > 0 ? minimum.IsReachedBy(record.BranchesAtTier, record.Branches) : minimum == Share.Zero);
}

/// <summary>A recorded step of a certification case.</summary>
/// <param name="Kind">The step.</param>
/// <param name="On">The date it was taken.</param>
/// <param name="Positive">Whether its outcome was positive (meets the criteria, approved, kept).</param>
/// <param name="Note">The record: the department's statement, the meeting's conclusion, the reasons.</param>
public sealed record CertificationStep(CertificationStepKind Kind, LocalDate On, bool Positive, string Note);

/// <summary>
/// A model-organ certification case (模范机关认定): opened from the year's criteria check, then the department's
/// self-evaluation (部门自评), then the joint meeting's assessment (联席会议评估认定) that names the organization or not, and
/// later yearly reviews under the exit mechanism (退出机制) that withdraw the title when the criteria fail.
/// </summary>
/// <remarks>
/// Steps: <see cref="ModelOrganStatus.Applied"/> → <see cref="ModelOrganStatus.SelfEvaluated"/> →
/// <see cref="ModelOrganStatus.Named"/> or <see cref="ModelOrganStatus.Rejected"/>; <see cref="ModelOrganStatus.Named"/>
/// → <see cref="ModelOrganStatus.Withdrawn"/>. Any other move throws <see cref="InvalidTransitionException"/>. The joint
/// meeting can only name an organization whose criteria check is met. Immutable: each step returns a new case.
/// </remarks>
public sealed record ModelOrganCase
{
    private ModelOrganCase(OrganizationId organization, AssessmentYear year, ModelOrganStatus status, ValueArray<CertificationStep> steps, CertificationCheck check)
    {
        Organization = organization;
        Year = year;
        Status = status;
        Steps = steps;
        Check = check;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the certification year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the current state.</summary>
    public ModelOrganStatus Status { get; }

    /// <summary>Gets the steps recorded, in order.</summary>
    public ValueArray<CertificationStep> Steps { get; }

    /// <summary>Gets the criteria check the case was opened from.</summary>
    public CertificationCheck Check { get; }

    /// <summary>Opens a case from a criteria check.</summary>
    /// <param name="check">The check of the certification year.</param>
    /// <returns>A case in <see cref="ModelOrganStatus.Applied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    public static ModelOrganCase Open(CertificationCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new(check.Organization, check.Year, ModelOrganStatus.Applied, [], check);
    }

    /// <summary>Records the department's self-evaluation (部门自评).</summary>
    /// <param name="on">The date.</param>
    /// <param name="claimsMet">Whether the department states it meets the criteria.</param>
    /// <param name="note">Its statement.</param>
    /// <returns>The case in <see cref="ModelOrganStatus.SelfEvaluated"/>.</returns>
    /// <exception cref="InvalidTransitionException">The case is not in <see cref="ModelOrganStatus.Applied"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public ModelOrganCase RecordSelfEvaluation(LocalDate on, bool claimsMet, string note) =>
        Move(ModelOrganStatus.Applied, ModelOrganStatus.SelfEvaluated, new(CertificationStepKind.SelfEvaluation, on, claimsMet, Guard.NotBlank(note)));

    /// <summary>Records the joint meeting's assessment (联席会议评估认定) and, when it approves a case whose criteria are met, the naming (命名).</summary>
    /// <param name="on">The date.</param>
    /// <param name="approved">Whether the meeting approves.</param>
    /// <param name="note">The meeting's conclusion.</param>
    /// <returns>The case in <see cref="ModelOrganStatus.Named"/> when approved and the criteria are met, otherwise <see cref="ModelOrganStatus.Rejected"/>.</returns>
    /// <exception cref="InvalidTransitionException">The case is not in <see cref="ModelOrganStatus.SelfEvaluated"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public ModelOrganCase RecordJointMeeting(LocalDate on, bool approved, string note)
    {
        Guard.NotBlank(note);
        var names = approved && Check.Met;
        var meetingNote = approved && !Check.Met
            ? $"{note} (not named: criteria not met — {string.Join("; ", Check.Failures.Select(f => $"{f.Year} {f.Criterion}: {f.Detail}"))})"
            : note;
        var afterMeeting = Move(
            ModelOrganStatus.SelfEvaluated,
            names ? ModelOrganStatus.Named : ModelOrganStatus.Rejected,
            new(CertificationStepKind.JointMeeting, on, names, meetingNote));
        return names
            ? new(Organization, Year, ModelOrganStatus.Named, afterMeeting.Steps.AsImmutableArray().Add(new(CertificationStepKind.Naming, on, true, $"named a model organ for {Year}")), Check)
            : afterMeeting;
    }

    /// <summary>Reviews a named title against a later year's criteria check (退出机制): the title is kept when the criteria hold and withdrawn when they fail.</summary>
    /// <param name="later">The criteria check of a later year for the same organization.</param>
    /// <param name="on">The date of the review.</param>
    /// <returns>The case, still <see cref="ModelOrganStatus.Named"/> with a review step, or <see cref="ModelOrganStatus.Withdrawn"/> with the failing criteria as the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The check is for another organization or not for a later year.</exception>
    /// <exception cref="InvalidTransitionException">The case is not in <see cref="ModelOrganStatus.Named"/>.</exception>
    public ModelOrganCase Review(CertificationCheck later, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (later.Organization != Organization || later.Year <= Year)
        {
            throw new ArgumentException($"A review needs a later year's check of '{Organization}'.", nameof(later));
        }

        if (later.Met)
        {
            return Move(ModelOrganStatus.Named, ModelOrganStatus.Named, new(CertificationStepKind.Review, on, true, $"criteria met for {later.Year}; title kept"));
        }

        var reasons = string.Join("; ", later.Failures.Select(f => $"{f.Year} {f.Criterion}: {f.Detail}"));
        return Move(ModelOrganStatus.Named, ModelOrganStatus.Withdrawn, new(CertificationStepKind.Withdrawal, on, false, $"criteria failed for {later.Year}: {reasons}"));
    }

    private ModelOrganCase Move(ModelOrganStatus from, ModelOrganStatus to, CertificationStep step) =>
        Status == from
            ? new(Organization, Year, to, Steps.AsImmutableArray().Add(step), Check)
            : throw new InvalidTransitionException($"model-organ case of {Organization} for {Year}", Status.ToString(), to.ToString());
}
