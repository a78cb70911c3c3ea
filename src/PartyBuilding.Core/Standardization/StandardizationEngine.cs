using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Evaluates branch standardization (党支部标准化建设): scores every branch assessment against the catalogue
/// (百分制, <see cref="StandardizationRules.HundredPointScale"/>), names tiers year by year (梯级创建,
/// <see cref="StandardizationRules.StepwiseTiers"/>) and rolls coverage up per committee, district and department against
/// the campaign's targets, listing the lagging branches (<see cref="StandardizationRules.LaggingRectification"/>).
/// </summary>
/// <remarks>
/// <para>The engine is a pure function of (data set, scheme, as-of date, strategies). <see cref="Validate"/> lists every
/// problem; <see cref="Evaluate"/> runs the same checks first and throws one <see cref="PartyBuildingValidationException"/>
/// listing them before computing anything. The scoring methods and the tier rule are created once, while the scheme is
/// checked. A score dated after the as-of date is a problem (<see cref="StandardizationErrorCodes.ScoredAfterAsOf"/>):
/// an evaluation counts only what was scored by its date.</para>
/// <para>Every explanation node names the parameters as the scheme wrote them and the maximum points, and says its
/// outcome in words in Simplified Chinese and English. Results do not depend on the order of assessments or score
/// records. Thread-safe.</para>
/// </remarks>
public static class StandardizationEngine
{
    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "standardization scheme and data set";

    /// <summary>Checks a data set and the scheme it is evaluated with, as of a date, without computing anything.</summary>
    /// <param name="data">The roster and the assessments.</param>
    /// <param name="scheme">The catalogue and the tier scheme.</param>
    /// <param name="asOf">The date of the evaluation; no score may be dated after it.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Every problem, with a path under <c>Scheme.Catalogue.</c>, <c>Scheme.Tiers.</c> or <c>Data.</c> and a code of
    /// <see cref="StandardizationErrorCodes"/> or <see cref="CommonErrorCodes"/>. The assessments are checked against a valid
    /// catalogue only: while the catalogue has an error, the data set's problems are not listed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(StandardizationDataSet data, StandardizationScheme scheme, LocalDate asOf, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, asOf, strategies ?? StandardizationStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a catalogue alone (a catalogue document before any data set is at hand).</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="strategies">The strategies it may name; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path relative to the catalogue (e.g. <c>Aspects[0].Indicators[2].Scoring.Parameters.per-occurrence</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateCatalogue(IndicatorCatalogue catalogue, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new ProblemCollector();
        StandardizationChecks.Catalogue(catalogue, strategies ?? StandardizationStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a tier scheme alone.</summary>
    /// <param name="tiers">The tier scheme.</param>
    /// <param name="strategies">The strategies it may name; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path relative to the tier scheme (e.g. <c>Rule.Parameters.advanced</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateTiers(TierScheme tiers, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var problems = new ProblemCollector();
        StandardizationChecks.Tiers(tiers, strategies ?? StandardizationStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a branch roster alone: a committee, and every branch listed once with a department and a district.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>Every problem, with a path relative to the roster (e.g. <c>Branches[3].BranchId</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateRoster(BranchRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var problems = new ProblemCollector();
        StandardizationChecks.Roster(roster, problems);
        return problems.ToReport();
    }

    /// <summary>
    /// Checks a data set against its catalogue, before a tier scheme is at hand: the roster, each assessment against the
    /// catalogue's indicators, and every assessed branch on the roster once a year — the checks of the data set that
    /// <see cref="Validate"/> runs.
    /// </summary>
    /// <param name="data">The roster and the assessments.</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="asOf">The date of the evaluation; no score may be dated after it.</param>
    /// <param name="strategies">The strategies the catalogue may name; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path under <c>Scheme.Catalogue.</c> or <c>Data.</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="catalogue"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateData(StandardizationDataSet data, IndicatorCatalogue catalogue, LocalDate asOf, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new ProblemCollector();
        var methods = StandardizationChecks.Catalogue(catalogue, strategies ?? StandardizationStrategies.Default, problems.At("Scheme.Catalogue"));
        if (methods is not null)
        {
            StandardizationChecks.Data(data, catalogue, methods, asOf, problems.At("Data"));
        }

        return problems.ToReport();
    }

    /// <summary>Evaluates branch standardization.</summary>
    /// <param name="data">The roster and the assessments.</param>
    /// <param name="scheme">The catalogue and the tier scheme.</param>
    /// <param name="asOf">The date of the evaluation; no score may be dated after it.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The branch results (by year, then branch), one naming round and one coverage report per year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the data set is not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static StandardizationOutcome Evaluate(StandardizationDataSet data, StandardizationScheme scheme, LocalDate asOf, StandardizationStrategies? strategies = null) =>
        EvaluateCancellable(data, scheme, asOf, strategies, CancellationToken.None);

    /// <summary>Evaluates as the public overload does, stopping between branch assessments when the token is cancelled (the annual evaluation's areas).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The catalogue and the tier scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="strategies">The strategies, or <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Checked after validation and before each branch assessment.</param>
    /// <returns>The outcome.</returns>
    internal static StandardizationOutcome EvaluateCancellable(
        StandardizationDataSet data, StandardizationScheme scheme, LocalDate asOf, StandardizationStrategies? strategies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var created = Check(data, scheme, asOf, strategies ?? StandardizationStrategies.Default, problems);
        problems.ThrowIfErrors(Subject);
        cancellationToken.ThrowIfCancellationRequested();

        var (methods, rule) = created!.Value;
        var layout = new BranchScorer.CatalogueLayout(Canonical(scheme.Catalogue), methods);
        var results = data.Assessments
            .Select(a =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return BranchScorer.ScoreValidated(a, layout, Derive(a, data.LifeRecords, data.LifeScheme, asOf));
            })
            .OrderBy(r => r.Year)
            .ThenBy(r => r.BranchId)
            .ToImmutableArray();
        var rounds = TierNamer.NameValidated(scheme.Tiers, results, rule);
        var coverage = rounds.Select(r => CoverageCalculator.ComputeValidated(data.Roster, r, scheme.Tiers, rule)).ToImmutableArray();
        return new StandardizationOutcome(results, rounds, coverage);
    }

    /// <summary>The observations of an assessment derived from the records of organizational life (checked: the records list the branch for the year).</summary>
    private static Dictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)>? Derive(BranchAssessment assessment, OrganizationalLifeRecords? records, OrganizationalLifeScheme? scheme, LocalDate asOf)
    {
        if (assessment.Derived.IsEmpty || records is null || RecordMeasures.BranchOf(records, assessment.BranchId) is not { } branch)
        {
            return null;
        }

        return assessment.Derived.ToDictionary(d => d.IndicatorId, d => (d, RecordMeasures.Branch(records, branch, d.Measure, asOf, scheme)));
    }

    /// <summary>
    /// The catalogue with its aspects in the order of their IDs and each aspect's indicators in the order of theirs
    /// (ordinal): the order in which a document lists them carries no meaning, so it changes nothing in a result, its
    /// explanations or its receipt (issue 25). Results list aspects and indicators in this order; a catalogue shows them in
    /// its authors' order by choosing IDs that sort that way (<c>A1</c>, <c>A2</c>, …; <c>A1-01</c>, <c>A1-02</c>, …).
    /// </summary>
    private static IndicatorCatalogue Canonical(IndicatorCatalogue catalogue) => catalogue with
    {
        Aspects = [.. catalogue.Aspects
            .OrderBy(a => a.Id)
            .Select(a => a with { Indicators = [.. a.Indicators.OrderBy(i => i.Id)] })],
    };

    /// <summary>Checks the scheme (creating its strategies) and, when the catalogue is valid, the data set against it.</summary>
    /// <returns>The scoring method of each indicator and the tier rule, or <see langword="null"/> when the scheme is not valid.</returns>
    private static (ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> Methods, ITierRule Rule)? Check(
        StandardizationDataSet data, StandardizationScheme scheme, LocalDate asOf, StandardizationStrategies strategies, ProblemCollector problems)
    {
        var methods = StandardizationChecks.Catalogue(scheme.Catalogue, strategies, problems.At("Scheme.Catalogue"));
        var rule = StandardizationChecks.Tiers(scheme.Tiers, strategies, problems.At("Scheme.Tiers"));
        if (methods is not null)
        {
            StandardizationChecks.Data(data, scheme.Catalogue, methods, asOf, problems.At("Data"));
        }

        return methods is null || rule is null ? null : (methods, rule);
    }
}
