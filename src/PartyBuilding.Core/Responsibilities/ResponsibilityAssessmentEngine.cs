using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Scores every organization's responsibility lists as of a date under a scheme (责任清单落实评价): the status of each item from its
/// due rule and dated evidence, then the scheme's scoring strategy (<see cref="ResponsibilityStrategies"/>), then the published rounding.
/// </summary>
/// <remarks>
/// <para>The engine is a pure function of (data set, scheme, as-of date, strategies). <see cref="Validate"/> lists every problem;
/// <see cref="Evaluate"/> runs the same checks first and throws one <see cref="PartyBuildingValidationException"/> listing them
/// before computing anything. The scheme's strategy is created once, while the scheme is checked.</para>
/// <para>An item's occurrence is not yet due before its window opens, done when enough evidence is dated inside its window and on
/// or before the as-of date, due up to and including its deadline and overdue from the day after; evidence dated after the
/// deadline does not make it done, and a deadline on a weekend or holiday is not moved.</para>
/// <para>Every explanation names the strategy and each parameter in force, and says in words whether the scheme set it or the
/// default applied. Thread-safe; the result does not depend on the order of lists or evidence.</para>
/// </remarks>
public static class ResponsibilityAssessmentEngine
{
    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "responsibility data set and scheme";

    /// <summary>Checks a data set and the scheme it is scored with, as of a date, without computing anything.</summary>
    /// <param name="data">The lists, evidence and chains of the year.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date (the checks do not depend on it).</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="ResponsibilityStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Every problem, with a path under <c>Scheme.</c> or <c>Data.</c> (e.g. <c>Scheme.Scoring.Parameters.max-points</c>,
    /// <c>Data.Lists[0].Items[2].DefinitionId</c>) and a code of <see cref="ResponsibilitiesErrorCodes"/> or <see cref="CommonErrorCodes"/>.
    /// That list items name responsibilities the scheme defines at the same level is checked only when both are otherwise valid.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(ResponsibilityDataSet data, ResponsibilityScheme scheme, LocalDate asOf, ResponsibilityStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, strategies ?? ResponsibilityStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a scheme alone (a scheme document before any data set is at hand).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="ResponsibilityStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path relative to the scheme (e.g. <c>Scoring.Parameters.weight-principal</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateScheme(ResponsibilityScheme scheme, ResponsibilityStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        CheckScheme(scheme, strategies ?? ResponsibilityStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a data set alone (a data set document before any scheme is at hand): its lists, evidence and chains.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>Every problem, with a path relative to the data set (e.g. <c>Lists[0].Items[1].Due</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateData(ResponsibilityDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ResponsibilityDataSetValidator().Check(data);
    }

    /// <summary>Scores every organization that has a list in the data set.</summary>
    /// <param name="data">The lists, evidence and chains of the year.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date: the status of every occurrence is taken on it.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="ResponsibilityStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result per organization, ordered by organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the data set is not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static ResponsibilityAssessment Evaluate(ResponsibilityDataSet data, ResponsibilityScheme scheme, LocalDate asOf, ResponsibilityStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var strategy = Check(data, scheme, strategies ?? ResponsibilityStrategies.Default, problems);
        problems.ThrowIfErrors(Subject);

        var evidence = data.Evidence.ToLookup(e => (e.ListId, e.ItemId));
        var results = data.Lists
            .GroupBy(l => l.Owner)
            .OrderBy(g => g.Key)
            .Select(g => Score(g.Key, data.Year, [.. g.OrderBy(l => l.Id)], evidence, strategy!, asOf, scheme.IsIllustrative))
            .ToImmutableArray();
        var contacts = data.ContactPoints
            .OrderBy(c => c.Member.Member).ThenBy(c => c.Organization)
            .Select(c => ResponsibilityStatusEngine.EvaluateContactPoint(c, asOf))
            .ToImmutableArray();
        return new ResponsibilityAssessment(scheme.Code, data.Year, asOf, results, contacts);
    }

    /// <summary>
    /// Checks the people's duties of a data set against the organization structure, each on its own date: a list's holder
    /// (<see cref="ResponsibilityList.Holder"/>) is a member named as the structure names them and the secretary of the list's
    /// organization on the signing date, or on the year's first day (<see cref="ResponsibilityCitations.SecretaryAgreement"/>); a contact
    /// branch's member (<see cref="ContactPoint.Member"/>) is in the leading group of its organization — its secretary, a deputy
    /// secretary or a leading-group member (<see cref="ResponsibilityCitations.LeadingGroupRoles"/>) — and the branch is a branch under
    /// that organization (<see cref="ResponsibilityCitations.ContactBranches"/>), on the date the branch was chosen or the year's first day.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="registry">The organization registry. A date before its first date is checked on its first date, the earliest structure it knows.</param>
    /// <returns>
    /// Every problem, at paths under <c>Data.</c>, with <see cref="ResponsibilitiesErrorCodes.OrganizationUnknown"/>,
    /// <see cref="ResponsibilitiesErrorCodes.PersonUnknown"/>, <see cref="ResponsibilitiesErrorCodes.PersonNameMismatch"/>,
    /// <see cref="ResponsibilitiesErrorCodes.HolderNotSecretary"/>, <see cref="ResponsibilitiesErrorCodes.ContactNotLeadingGroup"/> or
    /// <see cref="ResponsibilitiesErrorCodes.ContactBranchNotUnder"/>. Lists and contact branches without a person are not checked here.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="registry"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(ResponsibilityDataSet data, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(registry);
        var problems = new ProblemCollector();
        PeopleDutiesCheck.CheckStructure(data, registry.TreesByDate(), problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>
    /// Checks the link between a secretary's duty list and the year-end report-and-review (年终述职评议, article 000,
    /// <see cref="ResponsibilityCitations.TargetAgreement"/>): where a list names its holder and the review names the person reviewed for
    /// the list's organization, they are the same member. The review is given as the person reviewed per organization, e.g. from a
    /// secretaries' double-review data set: <c>review.Organizations.Where(o =&gt; o.Person is not null).ToDictionary(o =&gt; o.Id, o =&gt; o.Person!.Member)</c>.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="reviewYear">The year of the review; it must be the data set's.</param>
    /// <param name="reviewedPersons">The person reviewed for each organization (a dictionary will do); a list is accepted when its holder is among the persons reviewed for its organization.</param>
    /// <returns>Every problem, at <c>Data.Lists[i].Holder.Member</c> with <see cref="ResponsibilitiesErrorCodes.ReviewPersonNotHolder"/> and the reviewed person as its value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="reviewedPersons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reviewYear"/> is not the data set's year: that review does not close these lists.</exception>
    public static ValidationReport CheckYearEndReview(ResponsibilityDataSet data, AssessmentYear reviewYear, IEnumerable<KeyValuePair<OrganizationId, MemberId>> reviewedPersons)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reviewedPersons);
        if (reviewYear != data.Year)
        {
            throw new ArgumentException($"The review is of {reviewYear}, the lists of {data.Year}.", nameof(reviewYear));
        }

        var problems = new ProblemCollector();
        PeopleDutiesCheck.CheckReview(data, reviewedPersons.ToLookup(p => p.Key, p => p.Value), problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Checks the scheme (creating its strategy), the data set and, when both are valid, the one against the other.</summary>
    /// <returns>The scheme's strategy, or <see langword="null"/> when the scheme is not valid.</returns>
    private static IResponsibilityScoringStrategy? Check(ResponsibilityDataSet data, ResponsibilityScheme scheme, ResponsibilityStrategies strategies, ProblemCollector problems)
    {
        var before = problems.Count;
        var strategy = CheckScheme(scheme, strategies, problems.At("Scheme"));
        var dataProblems = problems.At("Data");
        dataProblems.AddRange(new ResponsibilityDataSetValidator().Check(data).Problems);
        if (problems.Count == before)
        {
            CheckDefinitions(data, scheme, dataProblems);
        }

        return strategy;
    }

    private static IResponsibilityScoringStrategy? CheckScheme(ResponsibilityScheme scheme, ResponsibilityStrategies strategies, ProblemCollector problems)
    {
        problems.AddRange(new ResponsibilitySchemeValidator().Check(scheme).Problems);
        if (scheme.Scoring is null)
        {
            problems.Add("Scoring", CommonErrorCodes.Required, "The scheme needs a scoring strategy.", null);
            return null;
        }

        return strategies.Scoring.TryCreate(scheme.Scoring, problems.At("Scoring"));
    }

    /// <summary>Checks that list items name responsibilities the scheme defines, at the same level.</summary>
    private static void CheckDefinitions(ResponsibilityDataSet data, ResponsibilityScheme scheme, ProblemCollector problems)
    {
        var definitions = scheme.Responsibilities.ToDictionary(r => r.Id);
        for (var l = 0; l < data.Lists.Length; l++)
        {
            for (var i = 0; i < data.Lists[l].Items.Length; i++)
            {
                var item = data.Lists[l].Items[i];
                if (item.DefinitionId is not { } definitionId)
                {
                    continue;
                }

                var path = $"Lists[{l}].Items[{i}].DefinitionId";
                if (!definitions.TryGetValue(definitionId, out var definition))
                {
                    problems.Add(path, ResponsibilitiesErrorCodes.DefinitionUnknown, $"The scheme defines no responsibility '{definitionId}'.", definitionId.Value);
                }
                else if (definition.Level != item.Level)
                {
                    problems.Add(path, ResponsibilitiesErrorCodes.DefinitionLevel, $"The item is at level {item.Level} but '{definitionId}' is at level {definition.Level}.", definitionId.Value);
                }
            }
        }
    }

    private static OrganizationResponsibilityResult Score(
        OrganizationId organization,
        AssessmentYear year,
        ImmutableArray<ResponsibilityList> lists,
        ILookup<(ResponsibilityListId, ResponsibilityItemId), EvidenceRecord> evidence,
        IResponsibilityScoringStrategy strategy,
        LocalDate asOf,
        bool illustrative)
    {
        var statuses = lists
            .Select(l => ResponsibilityStatusEngine.EvaluateValid(
                l, l.Items.SelectMany(i => evidence[(l.Id, i.Id)]).ToLookup(e => e.ItemId), asOf))
            .ToImmutableArray();
        var exact = strategy.Score(statuses.SelectMany(s => s.Items));
        var published = exact.Value.Round(ScoreRounding.Default);
        var citation = illustrative ? ResponsibilityCitations.ThreeLevelSplit.AsIllustrative() : ResponsibilityCitations.ThreeLevelSplit;
        var explanation = new DeferredExplanation(() => Explanation.Formula(
            ResponsibilitiesTexts.OrganizationScore(organization),
            published.Value,
            "round-half-away-from-zero",
            [new("scale", ScoreRounding.Default.Scale.ToString(CultureInfo.InvariantCulture))],
            [exact.Explanation]) with
        {
            Key = organization.Value,
            Citation = citation,
        });
        return new OrganizationResponsibilityResult(organization, year, asOf, published, strategy.MaxPoints, strategy.Name, statuses, null)
        {
            Tree = explanation,
            ExplanationCitation = citation,
        };
    }
}
