using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Evaluates a double review (双述双评): for every organization, each rater group's ballots are aggregated by the group's
/// strategy, the group scores (and, in the branch variant, the given component scores) are combined by the scheme's
/// combination strategy with the scheme's weights, and the combined score is published, graded and given the proportion
/// by which it enters the annual assessment (article 002, <see cref="DoubleReviewRules.AnnualProportionCitation"/>).
/// </summary>
/// <remarks>
/// <para>The engine is a pure function of (data set, scheme, as-of date, strategies). <see cref="Validate"/> lists every
/// problem; <see cref="Evaluate"/> runs the same checks first and throws one <see cref="PartyBuildingValidationException"/>
/// listing them — every ballot that may not be counted (not a member, rating oneself, a duplicate …) — before computing
/// anything. The scheme's strategies are created once, while the scheme is checked.</para>
/// <para>A rater group whose ballots for an organization fall below the group's quorum makes that round invalid: the
/// organization gets a <see cref="RoundFailure"/> instead of a result. The quorum is a <see cref="Share"/> compared in
/// whole numbers (<c>cast × denominator ≥ numerator × eligible</c>): 6 of 9 reaches 2/3, 5 of 9 does not.</para>
/// <para>Every explanation node names the parameters in force, given or default — each group's aggregation and its
/// parameters, the ballots cast and eligible, the quorum and the smallest valid count; the combination and every weight;
/// the rounding scale, every grade band and the annual proportion — and says them in words in its note, in Simplified
/// Chinese and English, with no enumeration names.</para>
/// <para>Results do not depend on the order of organizations or ballots: inputs are grouped and ordered by identifier
/// before they are aggregated, and every strategy orders its inputs itself. Thread-safe.</para>
/// <para>Every strategy's result is checked against the contract of <see cref="IRatingAggregation.Aggregate"/> before it
/// is used: a value outside the range of its inputs, or an excluded key that is not one of them, stops the evaluation
/// with an <see cref="InvalidOperationException"/> naming the strategy, rather than publishing or grading it.</para>
/// </remarks>
public static class DoubleReviewEngine
{

    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "double-review scheme and data set";

    /// <summary>Checks a data set and the scheme it is evaluated with, as of a date, without computing anything.</summary>
    /// <param name="data">The organizations, rosters, ballots and component scores.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The date of the evaluation; the scheme must apply by then and the period must have started.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="DoubleReviewStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Every problem — every ballot that may not be counted (not a member, rating oneself, a duplicate …) at once — with a
    /// path under <c>Scheme.</c> or <c>Data.</c> and a code of <see cref="DoubleReviewErrorCodes"/> or
    /// <see cref="CommonErrorCodes"/>. The data set is checked against a valid scheme only: while the scheme has an error,
    /// only the scheme's problems are listed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(DoubleReviewDataSet data, DoubleReviewScheme scheme, LocalDate asOf, DoubleReviewStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, asOf, strategies ?? DoubleReviewStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a scheme alone (a scheme document before any data set is at hand).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="DoubleReviewStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path relative to the scheme (e.g. <c>Groups[0].Aggregation.Parameters.count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateScheme(DoubleReviewScheme scheme, DoubleReviewStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        DoubleReviewSchemeValidator.Check(scheme, strategies ?? DoubleReviewStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>
    /// Checks that every subject of a data set resolves against the organization structure on the date of the review: each
    /// organization under review exists, and each person under review (述职评议, <see cref="ReviewedOrganization.Person"/>)
    /// is a member in it, named as it names them, and the secretary of the organization they are reviewed for
    /// (<see cref="DoubleReviewRules.SecretaryReviewCitation"/>).
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="structure">The organization structure on the date of the review (<see cref="OrganizationRegistry.AsOf"/>).</param>
    /// <returns>
    /// Every problem, at paths under <c>Data.</c>, with <see cref="DoubleReviewErrorCodes.OrganizationUnknown"/>,
    /// <see cref="DoubleReviewErrorCodes.PersonUnknown"/>, <see cref="DoubleReviewErrorCodes.PersonNameMismatch"/> or
    /// <see cref="DoubleReviewErrorCodes.PersonNotSecretary"/>. Electorates and raters are the annual evaluation's to check
    /// (<c>EVAL.*</c>); <see cref="Validate"/> checks the data set in itself.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="structure"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(DoubleReviewDataSet data, OrganizationTree structure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(structure);
        var problems = new ProblemCollector();
        DoubleReviewDataSetValidator.CheckStructure(data, structure, problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Evaluates a double review.</summary>
    /// <param name="data">The organizations, rosters, ballots and component scores.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The date of the evaluation; the scheme must apply by then and the period must have started.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="DoubleReviewStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>A result for every organization whose rounds are valid, and a failure for every invalid round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the data set is not valid; every problem of <see cref="Validate"/> is listed.</exception>
    /// <exception cref="InvalidOperationException">A strategy (a custom one from <paramref name="strategies"/>) broke the
    /// contract of <see cref="IRatingAggregation.Aggregate"/>: its value lies outside the range of its inputs, or it excluded
    /// a key it was not given.</exception>
    public static DoubleReviewOutcome Evaluate(DoubleReviewDataSet data, DoubleReviewScheme scheme, LocalDate asOf, DoubleReviewStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var created = Check(data, scheme, asOf, strategies ?? DoubleReviewStrategies.Default, problems);
        problems.ThrowIfErrors(Subject);

        var groups = scheme.Groups.OrderBy(g => g.Group).Select(g => (Rule: g, Aggregation: created!.Groups[g.Group])).ToList();
        var combination = created!.Combination;
        var components = scheme.Components.OrderBy(c => c.Component).ToList();
        var eligibility = new ReviewEligibility(data, scheme.PeerScope);
        var ballots = data.Ballots.ToLookup(b => (b.Subject, b.Group));
        var componentScores = data.ComponentScores.ToDictionary(c => (c.Organization, c.Component));
        var rounding = ScoreRounding.AtScale(scheme.RoundingScale);

        var results = ImmutableArray.CreateBuilder<OrganizationReviewResult>();
        var failures = ImmutableArray.CreateBuilder<RoundFailure>();
        foreach (var organization in data.Organizations.OrderBy(o => o.Id))
        {
            var groupParts = ImmutableArray.CreateBuilder<GroupPart>(groups.Count);
            var organizationFailures = new List<RoundFailure>();
            foreach (var (rule, aggregation) in groups)
            {
                var cast = ballots[(organization.Id, rule.Group)].OrderBy(b => b.RaterKey, StringComparer.Ordinal).ToImmutableArray();
                var eligible = eligibility.EligibleCount(rule.Group, organization);
                if (cast.IsEmpty || !rule.Quorum.IsReachedBy(cast.Length, eligible))
                {
                    organizationFailures.Add(Failure(scheme, organization, rule, cast.Length, eligible));
                    continue;
                }

                groupParts.Add(Rate(rule, aggregation, cast, eligible));
            }

            if (organizationFailures.Count > 0)
            {
                failures.AddRange(organizationFailures);
                continue;
            }

            var componentParts = components
                .Select(c => (Rule: c, Given: componentScores[(organization.Id, c.Component)]))
                .ToImmutableArray();
            results.Add(Combine(organization, scheme, combination, rounding, groupParts.ToImmutable(), componentParts, ballots));
        }

        return new DoubleReviewOutcome(scheme.Name, data.Year, asOf, results.ToImmutable(), failures.ToImmutable(), data.Half);
    }

    /// <summary>Checks the scheme (creating its strategies) and, when it is valid, the data set against it.</summary>
    /// <returns>The scheme's strategies, or <see langword="null"/> when the scheme is not valid.</returns>
    private static SchemeStrategies? Check(DoubleReviewDataSet data, DoubleReviewScheme scheme, LocalDate asOf, DoubleReviewStrategies strategies, ProblemCollector problems)
    {
        var created = DoubleReviewSchemeValidator.Check(scheme, strategies, problems.At("Scheme"));
        if (created is not null)
        {
            DoubleReviewDataSetValidator.Check(data, scheme, asOf, problems.At("Data"));
        }

        return created;
    }

    /// <summary>
    /// What one rater group's rating of a subject kept for its explanation: the ballots counted (ordered by rater), their
    /// scores, the strategy's result and the group's result. Immutable; the tree is built from it when read (issue 23).
    /// </summary>
    private sealed record GroupPart(
        RaterGroupRule Rule, IRatingAggregation Aggregation, ImmutableArray<Ballot> Cast, int Eligible, ImmutableArray<WeightedScore> Inputs, AggregatedScore Aggregated, GroupResult Result);

    private static GroupPart Rate(RaterGroupRule rule, IRatingAggregation aggregation, ImmutableArray<Ballot> cast, int eligible)
    {
        var inputs = cast.Select(b => new WeightedScore(b.RaterKey, ScoreOf(b, rule.Scale), Proportion.One)).ToImmutableArray();
        var aggregated = AggregateChecked(aggregation, inputs);
        var result = new GroupResult(rule.Group, DoubleReviewRules.RoundOf(rule.Group), rule.Weight, aggregated.Value, cast.Length, eligible);
        return new GroupPart(rule, aggregation, cast, eligible, inputs, aggregated, result);
    }

    /// <summary>A rater group's node over its ballots, built when the tree is read.</summary>
    private static Explanation GroupNode(DoubleReviewScheme scheme, ReviewedOrganization subject, GroupPart part)
    {
        var (rule, aggregation, cast, eligible, inputs, aggregated, _) = part;
        var key = KeyOf(subject);
        var excluded = aggregated.Excluded.ToHashSet(StringComparer.Ordinal);
        var ballotNodes = cast.Select((b, i) => BallotNode(key, b, inputs[i].Score, excluded.Contains(b.RaterKey)));
        var parameters = aggregation.Parameters.AsDictionary()
            .SetItem("cast", Text(cast.Length))
            .SetItem("eligible", Text(eligible))
            .SetItem("quorum", rule.Quorum.ToString())
            .SetItem("minimumCast", Text(Math.Max(1, rule.Quorum.MinimumCountOf(eligible))));
        return Explanation.Formula(DoubleReviewLabels.RaterGroups[rule.Group], aggregated.Value.Value, aggregation.Name, parameters, ballotNodes) with
        {
            Key = $"{key}/{rule.Group}",
            Citation = scheme.Cite(GroupCitation(subject, rule.Group)),
            Note = DoubleReviewTexts.GroupNote(rule, aggregation, cast.Length, eligible, excluded.Count),
        };
    }

    private static Explanation BallotNode(string subjectKey, Ballot ballot, Score score, bool excluded)
    {
        var notes = new List<LocalizedText>();
        if (ballot.Grade is { } grade)
        {
            notes.Add(DoubleReviewLabels.ReviewGrades[grade]);
        }

        if (!string.IsNullOrWhiteSpace(ballot.Comment))
        {
            notes.Add(LocalizedText.AsGiven(ballot.Comment));
        }

        if (excluded)
        {
            notes.Add(DoubleReviewTexts.Excluded);
        }

        return Explanation.Given(DoubleReviewTexts.RatingBy(ballot.RaterKey), score.Value) with
        {
            Key = $"{subjectKey}/{ballot.Group}/{ballot.RaterKey}",
            Note = notes.Count == 0 ? null : DoubleReviewTexts.Notes(notes),
        };
    }

    private static OrganizationReviewResult Combine(
        ReviewedOrganization organization,
        DoubleReviewScheme scheme,
        IRatingAggregation combination,
        ScoreRounding rounding,
        ImmutableArray<GroupPart> groupParts,
        ImmutableArray<(ComponentRule Rule, ComponentScore Given)> componentParts,
        ILookup<(OrganizationId, RaterGroup), Ballot> ballots)
    {
        var inputs = CombinationInputs(groupParts, componentParts);
        var exact = AggregateChecked(combination, inputs).Value;
        var published = exact.Round(rounding);
        var grade = GradeOf(published, scheme.GradeBands);
        var comments = ballots[(organization.Id, RaterGroup.CommitteeLeaders)]
            .Where(b => b.Rater is not null && !string.IsNullOrWhiteSpace(b.Comment))
            .OrderBy(b => b.Rater!.Value)
            .Select(b => new LeaderComment(b.Rater!.Value, b.Comment!))
            .ToImmutableArray();
        return new OrganizationReviewResult(
            organization.Id,
            published,
            exact,
            grade,
            scheme.AnnualProportion,
            null,
            [.. groupParts.Select(p => p.Result)],
            [.. componentParts.Select(p => new ComponentResult(p.Rule.Component, p.Rule.Weight, p.Given.Score))],
            comments,
            organization.District,
            organization.Person)
        {
            Tree = new DeferredExplanation(() => Tree(organization, scheme, combination, rounding, groupParts, componentParts, exact, published, grade)),
        };
    }

    /// <summary>The combination's inputs: each group's score, then each given component's, with their weights.</summary>
    private static ImmutableArray<WeightedScore> CombinationInputs(
        ImmutableArray<GroupPart> groupParts, ImmutableArray<(ComponentRule Rule, ComponentScore Given)> componentParts) =>
        groupParts.Select(p => new WeightedScore(p.Result.Group.ToString(), p.Result.Score, p.Result.Weight))
            .Concat(componentParts.Select(p => new WeightedScore(p.Rule.Component.ToString(), p.Given.Score, p.Rule.Weight)))
            .ToImmutableArray();

    /// <summary>
    /// An organization's tree — published score ← exact combined score ← each group ← each ballot — built when it is
    /// read from what <see cref="Combine"/> kept (all immutable).
    /// </summary>
    private static Explanation Tree(
        ReviewedOrganization organization,
        DoubleReviewScheme scheme,
        IRatingAggregation combination,
        ScoreRounding rounding,
        ImmutableArray<GroupPart> groupParts,
        ImmutableArray<(ComponentRule Rule, ComponentScore Given)> componentParts,
        Score exact,
        Score published,
        ReviewGrade grade)
    {
        var key = KeyOf(organization);
        var person = organization.Person;
        var inputs = CombinationInputs(groupParts, componentParts);
        var componentNodes = componentParts.Select(p =>
            Explanation.Given(DoubleReviewLabels.AssessedComponents[p.Rule.Component], p.Given.Score.Value) with
            {
                Key = $"{key}/{p.Rule.Component}",
                Citation = scheme.Cite(DoubleReviewRules.BranchVariantCitation),
                Note = p.Given.Note is { } given && !string.IsNullOrWhiteSpace(given) ? LocalizedText.AsGiven(given) : null,
            });
        var weights = inputs.Select(i => new KeyValuePair<string, string>("weight." + i.Key, i.Weight.ToString()));
        var weightedParts = groupParts.Select(p => (DoubleReviewLabels.RaterGroups[p.Result.Group], p.Result.Weight))
            .Concat(componentParts.Select(p => (DoubleReviewLabels.AssessedComponents[p.Rule.Component], p.Rule.Weight)));
        var combined = Explanation.Formula(
            person is null ? DoubleReviewTexts.Combined : DoubleReviewTexts.PersonCombined,
            exact.Value,
            combination.Name,
            combination.Parameters.AsDictionary().SetItems(weights),
            groupParts.Select(p => GroupNode(scheme, organization, p)).Concat(componentNodes)) with
        {
            Key = $"{key}/combined",
            Citation = scheme.Cite(person is null ? DoubleReviewRules.MethodCitation : DoubleReviewRules.SecretaryReviewCitation),
            Note = DoubleReviewTexts.CombinationNote(combination, weightedParts),
        };
        var bands = scheme.GradeBands.Select(b => new KeyValuePair<string, string>("band." + b.Grade, b.MinimumScore.ToString()));
        return Explanation.Formula(
            person is null ? DoubleReviewTexts.Published : DoubleReviewTexts.PersonPublished(person, organization.Id),
            published.Value,
            "round-half-away-from-zero",
            new KeyValuePair<string, string>[]
            {
                new("scale", Text(rounding.Scale)),
                new("grade", grade.ToString()),
                new("annualProportion", scheme.AnnualProportion.ToString()),
            }.Concat(bands),
            [combined]) with
        {
            Key = key,
            Citation = scheme.Cite(person is null ? DoubleReviewRules.AnnualProportionCitation : DoubleReviewRules.SecretaryReviewCitation),
            Note = DoubleReviewTexts.PublishedNote(grade, scheme.GradeBands, rounding, scheme.AnnualProportion),
        };
    }

    /// <summary>The key of a subject's explanation nodes: the organization, or the secretary under review in its stead.</summary>
    private static string KeyOf(ReviewedOrganization subject) => subject.Person?.Member.Value ?? subject.Id.Value;

    /// <summary>
    /// The citation of a rater group's node: article 002's rule of the group for an organization; for a secretary, the
    /// library's reading that the report-and-review uses the double review's rater groups, which no source sets out.
    /// </summary>
    private static Citation GroupCitation(ReviewedOrganization subject, RaterGroup group) =>
        subject.Person is null ? DoubleReviewRules.CitationOf(group) : DoubleReviewRules.SecretaryRatersCitation;

    /// <summary>
    /// Aggregates and checks the result against the contract of <see cref="IRatingAggregation.Aggregate"/>, so that a
    /// custom strategy's fault is reported as such instead of surfacing as a wrong grade or a failed band lookup.
    /// </summary>
    /// <param name="aggregation">The strategy.</param>
    /// <param name="inputs">The inputs, at least one.</param>
    /// <returns>The strategy's result, which lies within the range of the inputs and excludes only their keys.</returns>
    /// <exception cref="InvalidOperationException">The strategy broke the contract.</exception>
    internal static AggregatedScore AggregateChecked(IRatingAggregation aggregation, ImmutableArray<WeightedScore> inputs)
    {
        var result = aggregation.Aggregate(inputs);
        var lowest = inputs.Min(i => i.Score);
        var highest = inputs.Max(i => i.Score);
        if (result.Value < lowest || result.Value > highest)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The rating aggregation '{aggregation.Name}' returned {result.Value}, outside the range of its inputs ({lowest} to {highest}); an aggregation must give a value between its lowest and highest input."));
        }

        var keys = inputs.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        if (result.Excluded.FirstOrDefault(k => !keys.Contains(k)) is { } unknown)
        {
            throw new InvalidOperationException(
                $"The rating aggregation '{aggregation.Name}' excluded '{unknown}', which is not one of its inputs; an aggregation may exclude only the keys it was given.");
        }

        return result;
    }

    /// <summary>Gives the grade of a published score: the band with the highest minimum at or below it.</summary>
    /// <param name="published">The published score.</param>
    /// <param name="bands">The validated bands.</param>
    /// <returns>The grade.</returns>
    internal static ReviewGrade GradeOf(Score published, ValueArray<ReviewGradeBand> bands) =>
        bands.OrderByDescending(b => b.MinimumScore).First(b => published >= b.MinimumScore).Grade;

    private static RoundFailure Failure(DoubleReviewScheme scheme, ReviewedOrganization subject, RaterGroupRule rule, int cast, int eligible)
    {
        var reason = cast == 0 ? RoundFailureReason.NoBallots : RoundFailureReason.BelowQuorum;
        var round = DoubleReviewRules.RoundOf(rule.Group);
        return new RoundFailure(subject.Id, rule.Group, round, reason, cast, eligible, rule.Quorum, null, subject.Person)
        {
            Tree = new DeferredExplanation(() => FailureTree(scheme, subject, rule, reason, cast, eligible)),
        };
    }

    /// <summary>A failure's tree — the ballots cast against the eligible raters and the quorum, with the failure's description — built when read.</summary>
    private static Explanation FailureTree(DoubleReviewScheme scheme, ReviewedOrganization subject, RaterGroupRule rule, RoundFailureReason reason, int cast, int eligible)
    {
        var minimum = Math.Max(1, rule.Quorum.MinimumCountOf(eligible));
        var described = new RoundFailure(subject.Id, rule.Group, DoubleReviewRules.RoundOf(rule.Group), reason, cast, eligible, rule.Quorum, null, subject.Person);
        return Explanation.Formula(
            DoubleReviewTexts.Participation,
            cast,
            "quorum",
            [
                new("cast", Text(cast)),
                new("eligible", Text(eligible)),
                new("quorum", rule.Quorum.ToString()),
                new("minimumCast", Text(minimum)),
            ],
            [Explanation.Given(DoubleReviewTexts.Cast, cast), Explanation.Given(DoubleReviewTexts.Eligible, eligible)]) with
        {
            Key = $"{KeyOf(subject)}/{rule.Group}",
            Citation = scheme.Cite(GroupCitation(subject, rule.Group)),
            Note = described.Description,
        };
    }

    private static Score ScoreOf(Ballot ballot, RatingScale scale) =>
        scale.Kind == RatingScaleKind.Grades ? scale.ScoreOf(ballot.Grade!.Value) : ballot.Points!.Value;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
