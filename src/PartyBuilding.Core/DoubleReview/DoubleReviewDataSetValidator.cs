using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Checks a <see cref="DoubleReviewDataSet"/> against the (valid) scheme it is evaluated with, as of a date: the period
/// fits the scheme, every organization has an electorate, and every ballot may be counted — its rater may rate in its
/// group (a member of the organization, a leader or member of the committee, a peer in scope), does not rate itself, has
/// not voted before for the same organization in the same group, rates on the group's scale, and, in round one, was
/// collected by the district's supervision group; committee leaders' ballots carry a comment.
/// </summary>
/// <remarks>
/// Behind <see cref="DoubleReviewEngine.Validate"/>. Every problem is reported — all rejected ballots at once — with its
/// path relative to the data set (e.g. <c>Ballots[17].RaterOrganization</c>) and a code from
/// <see cref="DoubleReviewErrorCodes"/> or <see cref="CommonErrorCodes"/>.
/// </remarks>
internal static class DoubleReviewDataSetValidator
{
    /// <summary>Checks a data set.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The valid scheme it is evaluated with.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="problems">Where problems go, positioned at the data set.</param>
    public static void Check(DoubleReviewDataSet data, DoubleReviewScheme scheme, LocalDate asOf, ProblemCollector problems)
    {
        SetId(problems, "Committee", "Committee", data.Committee);
        UniqueKeys(problems, "Organizations", data.Organizations, o => o.Id);
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            if (data.Organizations[i] is not { } organization)
            {
                continue;
            }

            var path = $"Organizations[{i}]";
            SetId(problems, path + ".Id", "Id", organization.Id);
            UniqueKeys(problems, path + ".Electorate", organization.Electorate, m => m);
            for (var j = 0; j < organization.Electorate.Length; j++)
            {
                SetId(problems, $"{path}.Electorate[{j}]", "Electorate", organization.Electorate[j]);
            }

            if (organization.Person is { } person)
            {
                SetId(problems, path + ".Person.Member", "Member", person.Member);
                if (string.IsNullOrWhiteSpace(person.Name))
                {
                    problems.Add(path + ".Person.Name", CommonErrorCodes.Required, "A person under review is named: give 'name'.", person.Name);
                }
            }
        }

        UniqueKeys(problems, "CommitteeLeaders", data.CommitteeLeaders, m => m);
        UniqueKeys(problems, "CommitteeMembers", data.CommitteeMembers, m => m);
        CheckPeriod(data, scheme, asOf, problems);
        var eligibility = new ReviewEligibility(data, scheme.PeerScope);
        CheckRosters(data, scheme, eligibility, problems);
        CheckBallots(data, scheme, eligibility, problems);
        CheckComponents(data, scheme, problems);
    }

    private static void SetId<TId>(ProblemCollector problems, string path, string name, TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (id.IsEmpty)
        {
            problems.Add(path, CommonErrorCodes.IdentifierEmpty, $"'{name}' must be a non-empty identifier.", V(id));
        }
    }

    /// <summary>Reports each repeated key once, at its second occurrence; missing items are reported elsewhere.</summary>
    private static void UniqueKeys<TItem, TKey>(ProblemCollector problems, string path, ValueArray<TItem> items, Func<TItem, TKey> key)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item && !seen.Add(key(item)))
            {
                problems.Add($"{path}[{i}]", CommonErrorCodes.DuplicateIdentifier, $"'{key(item)}' appears more than once in '{path}'.", V(key(item)));
            }
        }
    }

    private static void CheckPeriod(DoubleReviewDataSet data, DoubleReviewScheme scheme, LocalDate asOf, ProblemCollector problems)
    {
        if (scheme.EffectiveFrom > asOf)
        {
            problems.Add(
                string.Empty,
                DoubleReviewErrorCodes.SchemeNotInForce,
                string.Create(CultureInfo.InvariantCulture, $"The scheme '{scheme.Name}' applies from {scheme.EffectiveFrom:uuuu-MM-dd}, after the as-of date {asOf:uuuu-MM-dd}."),
                V(asOf));
        }

        var halfYearly = scheme.Cadence == ReviewCadence.HalfYearly;
        if (halfYearly != data.Half.HasValue || (data.Half is { } half && !Enum.IsDefined(half)))
        {
            problems.Add(
                "Half",
                DoubleReviewErrorCodes.PeriodMismatch,
                halfYearly ? "A half-yearly scheme reviews one half of a year: give 'half'." : "An annual scheme reviews a whole year: give no 'half'.",
                V(data.Half));
        }

        if (asOf < data.Period.Start)
        {
            problems.Add(
                string.Empty,
                DoubleReviewErrorCodes.AsOfBeforePeriod,
                string.Create(CultureInfo.InvariantCulture, $"The review of {data.Period} cannot be evaluated as of {asOf:uuuu-MM-dd}, before it starts."),
                V(asOf));
        }
    }

    private static void CheckRosters(DoubleReviewDataSet data, DoubleReviewScheme scheme, ReviewEligibility eligibility, ProblemCollector problems)
    {
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            var organization = data.Organizations[i];
            if (organization is null)
            {
                problems.Add($"Organizations[{i}]", CommonErrorCodes.Required, "An organization is missing.", null);
                continue;
            }

            foreach (var rule in scheme.Groups.Where(g => g is not null).OrderBy(g => g.Group))
            {
                if (eligibility.EligibleCount(rule.Group, organization) > 0)
                {
                    continue;
                }

                if (rule.Group == RaterGroup.Members)
                {
                    problems.Add($"Organizations[{i}].Electorate", DoubleReviewErrorCodes.ElectorateEmpty, $"{organization.Id} has no members to report to and be rated by.", V(organization.Id));
                }
                else
                {
                    problems.Add($"Organizations[{i}]", DoubleReviewErrorCodes.NoEligibleRaters, $"Nobody may rate {organization.Id} in the group {rule.Group}.", V(rule.Group));
                }
            }
        }
    }

    private static void CheckBallots(DoubleReviewDataSet data, DoubleReviewScheme scheme, ReviewEligibility eligibility, ProblemCollector problems)
    {
        var seen = new HashSet<(RaterGroup, OrganizationId, string)>();
        for (var i = 0; i < data.Ballots.Length; i++)
        {
            var ballot = data.Ballots[i];
            var path = $"Ballots[{i}]";
            if (ballot is null)
            {
                problems.Add(path, CommonErrorCodes.Required, "A ballot is missing.", null);
                continue;
            }

            var subject = eligibility.Find(ballot.Subject);
            if (subject is null)
            {
                problems.Add(path + ".Subject", DoubleReviewErrorCodes.SubjectUnknown, $"{ballot.Subject} is not under review.", V(ballot.Subject));
            }

            var rule = scheme.RuleOf(ballot.Group);
            if (rule is null)
            {
                problems.Add(path + ".Group", DoubleReviewErrorCodes.GroupNotInScheme, $"The scheme has no rater group {ballot.Group}.", V(ballot.Group));
                continue;
            }

            if (rule.Scale is not null)
            {
                CheckRating(problems, path, ballot, rule.Scale);
            }

            if (ballot.Group == RaterGroup.CommitteeLeaders && string.IsNullOrWhiteSpace(ballot.Comment))
            {
                problems.Add(path + ".Comment", DoubleReviewErrorCodes.CommentRequired, "A committee leader comments on each report (逐一点评).", null);
            }

            var asOrganization = DoubleReviewRules.RatesAsOrganization(ballot.Group);
            if (asOrganization ? ballot.RaterOrganization is null || ballot.Rater is not null : ballot.Rater is null || ballot.RaterOrganization is not null)
            {
                problems.Add(
                    path + (asOrganization ? ".RaterOrganization" : ".Rater"),
                    DoubleReviewErrorCodes.RaterKind,
                    asOrganization ? "A peer rating names the rating organization in 'raterOrganization' only." : "This group's raters are people: name the rater in 'rater' only.",
                    ballot.RaterKey);
                continue;
            }

            if (subject is null)
            {
                continue;
            }

            var raterPath = path + (asOrganization ? ".RaterOrganization" : ".Rater");
            if (asOrganization && ballot.RaterOrganization == ballot.Subject)
            {
                problems.Add(raterPath, DoubleReviewErrorCodes.SelfRating, $"{ballot.Subject} may not rate itself.", ballot.RaterKey);
            }
            else if (ballot.Rater is { } rater && ReviewEligibility.IsReviewedPerson(subject, rater))
            {
                problems.Add(raterPath, DoubleReviewErrorCodes.SelfRating, $"{rater} is under review as the secretary of {ballot.Subject} and may not rate themselves.", ballot.RaterKey);
            }
            else if (!eligibility.MayRate(ballot.Group, subject, ballot))
            {
                problems.Add(raterPath, DoubleReviewErrorCodes.RaterNotEligible, NotEligibleMessage(ballot), ballot.RaterKey);
            }

            if (!seen.Add((ballot.Group, ballot.Subject, ballot.RaterKey)))
            {
                problems.Add(raterPath, DoubleReviewErrorCodes.DuplicateBallot, $"{ballot.RaterKey} already cast a ballot for {ballot.Subject} in the group {ballot.Group}.", ballot.RaterKey);
            }

            if (ballot.Group == RaterGroup.Members && subject.District is { } district && ballot.CollectedBy != district)
            {
                problems.Add(
                    path + ".CollectedBy",
                    DoubleReviewErrorCodes.SupervisionGroupMismatch,
                    $"Round-one ballots for {subject.Id} are collected by the supervision group of district {district}.",
                    V(ballot.CollectedBy));
            }
        }
    }

    /// <summary>
    /// Checks that every subject resolves against the organization structure on a date: each organization under review
    /// exists, and each person under review is a member of it, named as it names them, and the organization's secretary
    /// (<see cref="DoubleReviewRules.SecretaryReviewCitation"/>).
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="structure">The organization structure on the date of the review.</param>
    /// <param name="problems">Where problems go, positioned at the data set.</param>
    public static void CheckStructure(DoubleReviewDataSet data, OrganizationTree structure, ProblemCollector problems)
    {
        var date = structure.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            if (data.Organizations[i] is not { } reviewed)
            {
                continue;
            }

            var path = $"Organizations[{i}]";
            if (!structure.Contains(reviewed.Id))
            {
                problems.Add(path + ".Id", DoubleReviewErrorCodes.OrganizationUnknown, $"{reviewed.Id} is not in the organization structure on {date}.", V(reviewed.Id));
            }

            if (reviewed.Person is not { } person)
            {
                continue;
            }

            if (structure.FindMember(person.Member) is not { } member)
            {
                problems.Add(path + ".Person.Member", DoubleReviewErrorCodes.PersonUnknown, $"{person.Member} is not a member in the organization structure on {date}.", V(person.Member));
                continue;
            }

            if (!string.Equals(member.Name, person.Name, StringComparison.Ordinal))
            {
                problems.Add(path + ".Person.Name", DoubleReviewErrorCodes.PersonNameMismatch, $"The organization structure names {person.Member} '{member.Name}'.", person.Name);
            }

            if (structure.Contains(reviewed.Id) && structure.SecretaryOf(reviewed.Id) is var secretary && secretary != person.Member)
            {
                problems.Add(
                    path + ".Person.Member",
                    DoubleReviewErrorCodes.PersonNotSecretary,
                    secretary is { } holder
                        ? $"{person.Member} is not the secretary of {reviewed.Id} on {date}; the secretary is {holder}."
                        : $"{person.Member} is not the secretary of {reviewed.Id} on {date}; it has no secretary.",
                    V(person.Member));
            }
        }
    }

    private static string NotEligibleMessage(Ballot ballot) => ballot.Group switch
    {
        RaterGroup.Members => $"{ballot.RaterKey} is not a member of {ballot.Subject}.",
        RaterGroup.CommitteeLeaders => $"{ballot.RaterKey} is not a leader of the committee.",
        RaterGroup.CommitteeMembers => $"{ballot.RaterKey} is not a member of the committee.",
        _ => $"{ballot.RaterKey} is not an organization under review that may rate {ballot.Subject}.",
    };

    private static void CheckRating(ProblemCollector problems, string path, Ballot ballot, RatingScale scale)
    {
        if (scale.Kind == RatingScaleKind.Grades)
        {
            if (ballot.Grade is not { } grade || !Enum.IsDefined(grade) || ballot.Points is not null)
            {
                problems.Add(path + ".Grade", DoubleReviewErrorCodes.RatingKind, "This group rates by grade: give 'grade' (Good, FairlyGood, Average, Poor) and no 'points'.", V(ballot.Grade));
            }

            return;
        }

        if (ballot.Points is not { } points || ballot.Grade is not null)
        {
            problems.Add(path + ".Points", DoubleReviewErrorCodes.RatingKind, "This group rates by points: give 'points' and no 'grade'.", V(ballot.Points));
        }
        else if (points < scale.MinimumPoints || points > scale.MaximumPoints)
        {
            problems.Add(path + ".Points", DoubleReviewErrorCodes.PointsOutOfRange, $"Points lie within {scale.MinimumPoints}–{scale.MaximumPoints}.", V(points));
        }
    }

    private static void CheckComponents(DoubleReviewDataSet data, DoubleReviewScheme scheme, ProblemCollector problems)
    {
        var used = scheme.Components.Where(c => c is not null).Select(c => c.Component).ToHashSet();
        var organizations = data.Organizations.Where(o => o is not null).Select(o => o.Id).ToHashSet();
        var seen = new HashSet<(OrganizationId, AssessedComponent)>();
        for (var i = 0; i < data.ComponentScores.Length; i++)
        {
            var score = data.ComponentScores[i];
            var path = $"ComponentScores[{i}]";
            if (score is null)
            {
                problems.Add(path, CommonErrorCodes.Required, "A component score is missing.", null);
                continue;
            }

            if (!used.Contains(score.Component) || !organizations.Contains(score.Organization))
            {
                problems.Add(path, DoubleReviewErrorCodes.ComponentUnexpected, $"The scheme does not score {score.Component} of {score.Organization}.", V(score.Component));
                continue;
            }

            if (!seen.Add((score.Organization, score.Component)))
            {
                problems.Add(path, DoubleReviewErrorCodes.ComponentMissing, $"{score.Organization} has more than one {score.Component} score.", V(score.Organization));
            }

            if (score.Score < Score.Zero || score.Score > Score.Of(100m))
            {
                problems.Add(path + ".Score", DoubleReviewErrorCodes.ComponentOutOfRange, "A component score lies within 0–100.", V(score.Score));
            }
        }

        for (var i = 0; i < data.Organizations.Length; i++)
        {
            if (data.Organizations[i] is not { } organization)
            {
                continue;
            }

            foreach (var component in used.Order().Where(c => !seen.Contains((organization.Id, c))))
            {
                problems.Add($"Organizations[{i}]", DoubleReviewErrorCodes.ComponentMissing, $"{organization.Id} has no {component} score.", V(component));
            }
        }
    }

    /// <summary>Formats an offending value as problems show it: invariant culture, <see langword="null"/> when absent.</summary>
    private static string? V(object? value) => value switch
    {
        null => null,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
