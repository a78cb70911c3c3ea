using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The checks of standardization's inputs, behind <see cref="StandardizationEngine"/>'s <c>Validate…</c> methods: the
/// catalogue (unique identifiers, no empty aspect, a positive declared total that the counting indicators' maximum points
/// add up to exactly, known scoring methods with valid parameters, a way of checking each indicator), the tier scheme (a
/// known rule with valid parameters, a rise of at least one tier a year, coverage targets), the roster (every branch once)
/// and each assessment against the catalogue.
/// </summary>
/// <remarks>
/// Every problem is reported with its path relative to what is checked and a code of <see cref="StandardizationErrorCodes"/>
/// or <see cref="CommonErrorCodes"/>. The strategies are created while they are checked, so nothing is parsed twice.
/// </remarks>
internal static class StandardizationChecks
{
    /// <summary>Checks a catalogue and creates the scoring method of each indicator.</summary>
    /// <returns>The methods by indicator, or <see langword="null"/> when a problem was found.</returns>
    public static ImmutableDictionary<IndicatorId, IIndicatorScoringMethod>? Catalogue(IndicatorCatalogue catalogue, StandardizationStrategies strategies, ProblemCollector problems)
    {
        var before = problems.HasErrors;
        if (catalogue.Id.IsEmpty)
        {
            problems.Add("Id", CommonErrorCodes.IdentifierEmpty, "A catalogue needs an identifier.", null);
        }

        if (catalogue.Title is null)
        {
            problems.Add("Title", CommonErrorCodes.Required, "A catalogue needs a title.", null);
        }

        if (catalogue.DeclaredTotal.Value <= 0m)
        {
            problems.Add("DeclaredTotal", StandardizationErrorCodes.DeclaredTotalInvalid, "The declared total must be above zero.", Text(catalogue.DeclaredTotal.Value));
        }

        CheckSource(catalogue, problems);
        var methods = new Dictionary<IndicatorId, IIndicatorScoringMethod>();
        if (catalogue.Aspects.IsEmpty)
        {
            problems.Add("Aspects", StandardizationErrorCodes.Empty, "A catalogue needs at least one aspect.", null);
            return null;
        }

        var aspectIds = new HashSet<AspectId>();
        var indicatorIds = new HashSet<IndicatorId>();
        decimal? countedTotal = 0m;
        for (var a = 0; a < catalogue.Aspects.Length; a++)
        {
            var aspect = catalogue.Aspects[a];
            var at = problems.At($"Aspects[{a}]");
            if (aspect.Id.IsEmpty)
            {
                at.Add("Id", CommonErrorCodes.IdentifierEmpty, "An aspect needs an identifier.", null);
            }
            else if (!aspectIds.Add(aspect.Id))
            {
                at.Add("Id", StandardizationErrorCodes.DuplicateAspect, $"Aspect '{aspect.Id}' appears more than once.", aspect.Id.Value);
            }

            if (aspect.Title is null)
            {
                at.Add("Title", CommonErrorCodes.Required, "An aspect needs a title.", null);
            }

            if (aspect.Indicators.IsEmpty)
            {
                at.Add("Indicators", StandardizationErrorCodes.Empty, $"Aspect '{aspect.Id}' has no indicators.", null);
            }

            for (var i = 0; i < aspect.Indicators.Length; i++)
            {
                countedTotal += Indicator(aspect.Indicators[i], strategies, indicatorIds, methods, at.At($"Indicators[{i}]"));
            }
        }

        // The total is checked once every indicator's method is known: which indicators count towards it depends on them.
        if (catalogue.DeclaredTotal.Value > 0m && countedTotal is { } total && total != catalogue.DeclaredTotal.Value)
        {
            problems.Add(
                "DeclaredTotal",
                StandardizationErrorCodes.TotalMismatch,
                $"The maximum points of the counting indicators add up to {Text(total)}, not to the declared total {catalogue.DeclaredTotal}.",
                Text(total));
        }

        return before || problems.HasErrors ? null : methods.ToImmutableDictionary();
    }

    /// <summary>Checks a tier scheme and creates its rule.</summary>
    /// <returns>The rule, or <see langword="null"/> when a problem was found.</returns>
    public static ITierRule? Tiers(TierScheme scheme, StandardizationStrategies strategies, ProblemCollector problems)
    {
        var before = problems.HasErrors;
        if (scheme.MaxRisePerYear < 1)
        {
            problems.Add("MaxRisePerYear", StandardizationErrorCodes.MaxRiseInvalid, "A branch must be allowed to rise at least one tier a year.", Text(scheme.MaxRisePerYear));
        }

        var rule = scheme.Rule is null
            ? Required(problems, "Rule", "A tier scheme needs a tier rule.")
            : strategies.TierRules.TryCreate(scheme.Rule, problems.At("Rule"));
        var years = new HashSet<int>();
        for (var i = 0; i < scheme.CoverageTargets.Length; i++)
        {
            var target = scheme.CoverageTargets[i];
            var at = problems.At($"CoverageTargets[{i}]");
            if (target.CampaignYear < 1 || !years.Add(target.CampaignYear))
            {
                at.Add("CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid, "Campaign years start at 1 and appear once each.", Text(target.CampaignYear));
            }

            if (!Enum.IsDefined(target.MinimumTier))
            {
                at.Add("MinimumTier", CommonErrorCodes.UndefinedEnumValue, "Not a known tier.", target.MinimumTier.ToString());
            }
        }

        if (!scheme.CoverageTargets.IsEmpty && scheme.CampaignStart is null)
        {
            problems.Add("CampaignStart", StandardizationErrorCodes.CoverageTargetInvalid, "Coverage targets need the campaign's first year.", null);
        }

        return before || problems.HasErrors ? null : rule;
    }

    /// <summary>Checks a roster: a committee, and every branch listed once with a department and a district.</summary>
    public static void Roster(BranchRoster roster, ProblemCollector problems)
    {
        SetId(problems, "CommitteeId", roster.CommitteeId);
        var seen = new HashSet<OrganizationId>();
        for (var i = 0; i < roster.Branches.Length; i++)
        {
            var entry = roster.Branches[i];
            var at = problems.At($"Branches[{i}]");
            SetId(at, "BranchId", entry.BranchId);
            SetId(at, "DepartmentId", entry.DepartmentId);
            SetId(at, "DistrictId", entry.DistrictId);
            if (!entry.BranchId.IsEmpty && !seen.Add(entry.BranchId))
            {
                at.Add("BranchId", StandardizationErrorCodes.RosterDuplicate, $"Branch '{entry.BranchId}' is listed more than once.", entry.BranchId.Value);
            }
        }
    }

    /// <summary>
    /// Checks a data set against a valid catalogue: the roster, each assessment against the catalogue's indicators and
    /// methods, every assessed branch on the roster once a year, and no score dated after the evaluation.
    /// </summary>
    public static void Data(
        StandardizationDataSet data, IndicatorCatalogue catalogue, ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods, LocalDate asOf, ProblemCollector problems)
    {
        if (data.Roster is null)
        {
            problems.Add("Roster", CommonErrorCodes.Required, "A data set needs its roster.", null);
            return;
        }

        Roster(data.Roster, problems.At("Roster"));
        var listed = data.Roster.Branches.Select(b => b.BranchId).ToHashSet();
        var seen = new HashSet<(OrganizationId, AssessmentYear)>(data.Assessments.Length);
        var indicators = new HashSet<IndicatorId>();
        for (var i = 0; i < data.Assessments.Length; i++)
        {
            var assessment = data.Assessments[i];
            var at = new ProblemSite(problems, "Assessments", i);
            Assessment(assessment, catalogue, methods, asOf, at, data.LifeRecords, data.LifeScheme, indicators);
            if (!listed.Contains(assessment.BranchId))
            {
                at.Add("BranchId", StandardizationErrorCodes.BranchNotInRoster, $"Branch '{assessment.BranchId}' is assessed but not on the roster.", assessment.BranchId.Value);
            }

            if (!seen.Add((assessment.BranchId, assessment.Year)))
            {
                at.Add(string.Empty, StandardizationErrorCodes.RoundInvalid, $"Branch '{assessment.BranchId}' is assessed more than once in {assessment.Year}.", assessment.BranchId.Value);
            }
        }
    }

    /// <summary>
    /// Checks an assessment against its catalogue: same catalogue, only known indicators, each at most once, every indicator
    /// that must be scored present, observations that suit each method, an assessor and a date in the assessment year (and
    /// not after the evaluation) for every record.
    /// </summary>
    /// <remarks>One pass over the scores; a path is built only for a score with a problem, and <paramref name="seen"/>, when
    /// given, is the set of indicators reused from one assessment to the next (cleared here).</remarks>
    public static void Assessment(
        BranchAssessment assessment, IndicatorCatalogue catalogue, ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods, LocalDate? asOf, ProblemSite problems,
        OrganizationalLifeRecords? records = null, OrganizationalLifeScheme? scheme = null, HashSet<IndicatorId>? seen = null)
    {
        if (assessment.BranchId.IsEmpty)
        {
            problems.Add("BranchId", CommonErrorCodes.IdentifierEmpty, "'BranchId' must be a non-empty identifier.", null);
        }

        if (assessment.CatalogueId != catalogue.Id)
        {
            problems.Add("CatalogueId", StandardizationErrorCodes.CatalogueMismatch, $"The assessment must be against catalogue '{catalogue.Id}'.", assessment.CatalogueId.Value);
        }

        seen ??= new HashSet<IndicatorId>(assessment.Scores.Length + assessment.Derived.Length);
        seen.Clear();
        for (var i = 0; i < assessment.Scores.Length; i++)
        {
            var score = assessment.Scores[i];
            var at = problems.Item("Scores", i);
            if (!methods.TryGetValue(score.IndicatorId, out var method))
            {
                at.Add("IndicatorId", StandardizationErrorCodes.IndicatorUnknown, $"Catalogue '{catalogue.Id}' has no indicator '{score.IndicatorId}'.", score.IndicatorId.Value);
            }
            else if (!seen.Add(score.IndicatorId))
            {
                at.Add("IndicatorId", StandardizationErrorCodes.ScoreDuplicate, $"Indicator '{score.IndicatorId}' is scored more than once.", score.IndicatorId.Value);
            }
            else if (method.CheckObservation(score.Observed) is { } problem)
            {
                at.Add("Observed", StandardizationErrorCodes.ObservationInvalid, $"{problem} (indicator '{score.IndicatorId}', method '{method.Name}')", Text(score.Observed));
            }

            if (string.IsNullOrWhiteSpace(score.Assessor))
            {
                at.Add("Assessor", StandardizationErrorCodes.AssessorMissing, "Every score must name its assessor.", score.Assessor);
            }

            if (!assessment.Year.Contains(score.AssessedOn))
            {
                at.Add("AssessedOn", StandardizationErrorCodes.DateOutsideYear, $"The score must be dated within {assessment.Year}.", Iso(score.AssessedOn));
            }
            else if (asOf is { } date && score.AssessedOn > date)
            {
                at.Add("AssessedOn", StandardizationErrorCodes.ScoredAfterAsOf, $"The score is dated after the evaluation's date {Iso(date)}.", Iso(score.AssessedOn));
            }

            if (score.CheckedBy is { } check && !Enum.IsDefined(check))
            {
                at.Add("CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking.", check.ToString());
            }
        }

        if (!assessment.Derived.IsEmpty)
        {
            Derived(assessment, methods, asOf, records, scheme, seen, problems.At());
        }

        foreach (var aspect in catalogue.Aspects)
        {
            foreach (var indicator in aspect.Indicators)
            {
                if (!seen.Contains(indicator.Id) && methods.TryGetValue(indicator.Id, out var method) && method.DefaultObservation is null)
                {
                    problems.Add("Scores", StandardizationErrorCodes.ScoreMissing, $"Indicator '{indicator.Id}' ({method.Name}) must be scored.", indicator.Id.Value);
                }
            }
        }
    }

    /// <summary>
    /// Checks the derived observations of an assessment: a known indicator, derived once and not also scored, a valid measure,
    /// records given for the assessment's year listing the branch, a derived value that suits the method, an assessor and a
    /// date in the year (not after the evaluation).
    /// </summary>
    private static void Derived(
        BranchAssessment assessment, ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods, LocalDate? asOf, OrganizationalLifeRecords? records, OrganizationalLifeScheme? scheme, HashSet<IndicatorId> scored, ProblemCollector problems)
    {
        var branch = records is not null && records.Year == assessment.Year ? RecordMeasures.BranchOf(records, assessment.BranchId) : null;
        var derived = new HashSet<IndicatorId>();
        for (var i = 0; i < assessment.Derived.Length; i++)
        {
            var item = assessment.Derived[i];
            var at = problems.At($"Derived[{i}]");
            if (item is null)
            {
                at.Add(string.Empty, CommonErrorCodes.Required, "A derived observation is missing.", null);
                continue;
            }

            IIndicatorScoringMethod? method = null;
            if (!methods.TryGetValue(item.IndicatorId, out method))
            {
                at.Add("IndicatorId", StandardizationErrorCodes.IndicatorUnknown, $"The catalogue has no indicator '{item.IndicatorId}'.", item.IndicatorId.Value);
            }
            else if (scored.Contains(item.IndicatorId))
            {
                at.Add("IndicatorId", derived.Contains(item.IndicatorId) ? StandardizationErrorCodes.ScoreDuplicate : StandardizationErrorCodes.ObservedAndDerived,
                    derived.Contains(item.IndicatorId)
                        ? $"Indicator '{item.IndicatorId}' is derived more than once."
                        : $"Indicator '{item.IndicatorId}' of branch '{assessment.BranchId}' is both scored and derived from the records of organizational life; give one.",
                    item.IndicatorId.Value);
                method = null;
            }
            else
            {
                scored.Add(item.IndicatorId);
                derived.Add(item.IndicatorId);
            }

            var measureValid = item.Measure is { } m && !m.Meetings.IsEmpty && Enum.IsDefined(m.Kind) && Enum.IsDefined(m.Period) && m.Meetings.All(Enum.IsDefined);
            if (!measureValid)
            {
                at.Add("Measure", StandardizationErrorCodes.DerivationInvalid, "A derivation needs a defined measure, period and at least one defined kind of meeting.", item.Measure?.ToString());
            }

            if (records is null)
            {
                at.Add("Measure", StandardizationErrorCodes.DerivationWithoutRecords, $"Indicator '{item.IndicatorId}' of branch '{assessment.BranchId}' is derived from the records of organizational life, but no records are given.", item.IndicatorId.Value);
            }
            else if (branch is null)
            {
                at.Add("Measure", StandardizationErrorCodes.DerivationNotRecorded, $"The records of organizational life are for {records.Year} and must list branch '{assessment.BranchId}' of the {assessment.Year} assessment.", assessment.BranchId.Value);
            }
            else if (method is not null && measureValid)
            {
                var value = RecordMeasures.Branch(records, branch, item.Measure!, asOf ?? assessment.Year.LastDay, scheme).Value;
                if (method.CheckObservation(value) is { } problem)
                {
                    at.Add("Measure", StandardizationErrorCodes.ObservationInvalid, $"{problem} (indicator '{item.IndicatorId}', method '{method.Name}', derived from records)", Text(value));
                }
            }

            if (string.IsNullOrWhiteSpace(item.Assessor))
            {
                at.Add("Assessor", StandardizationErrorCodes.AssessorMissing, "Every derived observation must name who took it.", item.Assessor);
            }

            if (!assessment.Year.Contains(item.AssessedOn))
            {
                at.Add("AssessedOn", StandardizationErrorCodes.DateOutsideYear, $"The derived observation must be dated within {assessment.Year}.", Iso(item.AssessedOn));
            }
            else if (asOf is { } date && item.AssessedOn > date)
            {
                at.Add("AssessedOn", StandardizationErrorCodes.ScoredAfterAsOf, $"The derived observation is dated after the evaluation's date {Iso(date)}.", Iso(item.AssessedOn));
            }
        }
    }

    /// <returns>The points the indicator counts towards the total, or <see langword="null"/> when its method is not known.</returns>
    private static decimal? Indicator(
        Indicator indicator, StandardizationStrategies strategies, HashSet<IndicatorId> seen, Dictionary<IndicatorId, IIndicatorScoringMethod> methods, ProblemCollector problems)
    {
        if (indicator.Id.IsEmpty)
        {
            problems.Add("Id", CommonErrorCodes.IdentifierEmpty, "An indicator needs an identifier.", null);
        }
        else if (!seen.Add(indicator.Id))
        {
            problems.Add("Id", StandardizationErrorCodes.DuplicateIndicator, $"Indicator '{indicator.Id}' appears more than once in the catalogue.", indicator.Id.Value);
        }

        if (indicator.Title is null)
        {
            problems.Add("Title", CommonErrorCodes.Required, "An indicator needs a title.", null);
        }

        if (indicator.CheckedBy.IsEmpty)
        {
            problems.Add("CheckedBy", StandardizationErrorCodes.CheckMethodMissing, $"Indicator '{indicator.Id}' must name how it is checked.", null);
        }

        foreach (var check in indicator.CheckedBy.Where(c => !Enum.IsDefined(c)))
        {
            problems.Add("CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking.", check.ToString());
        }

        var method = indicator.Scoring is null
            ? Required<IIndicatorScoringMethod>(problems, "Scoring", "An indicator needs a scoring method.")
            : strategies.Scoring.TryCreate(indicator.Scoring, problems.At("Scoring"));
        if (method is null)
        {
            return null;
        }

        if (method.CheckMaxPoints(indicator.MaxPoints) is { } problem)
        {
            problems.Add("MaxPoints", StandardizationErrorCodes.MaxPointsInvalid, problem, Text(indicator.MaxPoints.Value));
        }

        if (!indicator.Id.IsEmpty)
        {
            methods.TryAdd(indicator.Id, method);
        }

        return method.CountsTowardsTotal ? indicator.MaxPoints.Value : 0m;
    }

    private static void CheckSource(IndicatorCatalogue catalogue, ProblemCollector problems)
    {
        if (catalogue.Source is { } source && !Sources.All.Any(k => string.Equals(k.Code, source, StringComparison.Ordinal)))
        {
            problems.Add("Source", StandardizationErrorCodes.SourceUnknown, $"'{source}' is not a known source; use one of {string.Join(", ", Sources.All.Select(s => s.Code))}.", source);
        }

        if (catalogue.SourceFile is { } file
            && !Sources.All.Any(k => string.Equals(k.Code, catalogue.Source, StringComparison.Ordinal) && string.Equals(k.Reference, file, StringComparison.Ordinal)))
        {
            problems.Add("SourceFile", StandardizationErrorCodes.SourceUnknown, $"'{file}' is not the file of source '{catalogue.Source}'.", file);
        }
    }

    private static T? Required<T>(ProblemCollector problems, string path, string message)
        where T : class
    {
        problems.Add(path, CommonErrorCodes.Required, message, null);
        return null;
    }

    private static ITierRule? Required(ProblemCollector problems, string path, string message) => Required<ITierRule>(problems, path, message);

    private static void SetId<TId>(ProblemCollector problems, string path, TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (id.IsEmpty)
        {
            problems.Add(path, CommonErrorCodes.IdentifierEmpty, $"'{path}' must be a non-empty identifier.", null);
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
