using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Validates a <see cref="DoubleReviewDataSet"/> against the scheme it is evaluated with, as of a date: the period fits
/// the scheme, every organization has an electorate, and every ballot may be counted — its rater may rate in its group
/// (a member of the organization, a leader or member of the committee, a peer in scope), does not rate itself, has not
/// voted before for the same organization in the same group, rates on the group's scale, and, in round one, was
/// collected by the district's supervision group; committee leaders' ballots carry a comment.
/// </summary>
/// <remarks>
/// Every problem is reported — all rejected ballots at once — with its path (e.g. <c>Ballots[17].RaterOrganization</c>)
/// and a code from <see cref="DoubleReviewErrorCodes"/>. The scheme itself is checked by
/// <see cref="DoubleReviewSchemeValidator"/>. Thread-safe once constructed.
/// </remarks>
public sealed class DoubleReviewDataSetValidator : AbstractValidator<DoubleReviewDataSet>
{
    private readonly DoubleReviewScheme _scheme;
    private readonly LocalDate _asOf;

    /// <summary>Initializes a validator for data evaluated with a scheme as of a date.</summary>
    /// <param name="scheme">The scheme the data is evaluated with.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public DoubleReviewDataSetValidator(DoubleReviewScheme scheme, LocalDate asOf)
    {
        _scheme = Guard.NotNull(scheme);
        _asOf = asOf;
        RuleFor(d => d.Committee).MustBeSetId();
        RuleFor(d => d.Organizations).MustHaveUniqueKeys(o => o.Id);
        RuleForEach(d => d.Organizations).ChildRules(o =>
        {
            o.RuleFor(x => x.Id).MustBeSetId();
            o.RuleFor(x => x.Electorate).MustHaveUniqueKeys(m => m);
            o.RuleForEach(x => x.Electorate).MustBeSetId();
        });
        RuleFor(d => d.CommitteeLeaders).MustHaveUniqueKeys(m => m);
        RuleFor(d => d.CommitteeMembers).MustHaveUniqueKeys(m => m);
        RuleFor(d => d).Custom(Check);
    }

    private void Check(DoubleReviewDataSet data, ValidationContext<DoubleReviewDataSet> context)
    {
        CheckPeriod(data, context);
        var eligibility = new ReviewEligibility(data, _scheme.PeerScope);
        CheckRosters(data, eligibility, context);
        CheckBallots(data, eligibility, context);
        CheckComponents(data, context);
    }

    private void CheckPeriod(DoubleReviewDataSet data, ValidationContext<DoubleReviewDataSet> context)
    {
        if (_scheme.EffectiveFrom > _asOf)
        {
            context.Fail(
                string.Empty,
                DoubleReviewErrorCodes.SchemeNotInForce,
                string.Create(CultureInfo.InvariantCulture, $"The scheme '{_scheme.Name}' applies from {_scheme.EffectiveFrom:uuuu-MM-dd}, after the as-of date {_asOf:uuuu-MM-dd}."),
                _asOf);
        }

        var halfYearly = _scheme.Cadence == ReviewCadence.HalfYearly;
        if (halfYearly != data.Half.HasValue || (data.Half is { } half && !Enum.IsDefined(half)))
        {
            context.Fail(
                "Half",
                DoubleReviewErrorCodes.PeriodMismatch,
                halfYearly ? "A half-yearly scheme reviews one half of a year: give 'half'." : "An annual scheme reviews a whole year: give no 'half'.",
                data.Half);
        }

        if (_asOf < data.Period.Start)
        {
            context.Fail(
                string.Empty,
                DoubleReviewErrorCodes.AsOfBeforePeriod,
                string.Create(CultureInfo.InvariantCulture, $"The review of {data.Period} cannot be evaluated as of {_asOf:uuuu-MM-dd}, before it starts."),
                _asOf);
        }
    }

    private void CheckRosters(DoubleReviewDataSet data, ReviewEligibility eligibility, ValidationContext<DoubleReviewDataSet> context)
    {
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            var organization = data.Organizations[i];
            if (organization is null)
            {
                context.Fail($"Organizations[{i}]", CommonErrorCodes.Required, "An organization is missing.", null);
                continue;
            }

            foreach (var rule in _scheme.Groups.Where(g => g is not null).OrderBy(g => g.Group))
            {
                if (eligibility.EligibleCount(rule.Group, organization) > 0)
                {
                    continue;
                }

                if (rule.Group == RaterGroup.Members)
                {
                    context.Fail($"Organizations[{i}].Electorate", DoubleReviewErrorCodes.ElectorateEmpty, $"{organization.Id} has no members to report to and be rated by.", organization.Id);
                }
                else
                {
                    context.Fail($"Organizations[{i}]", DoubleReviewErrorCodes.NoEligibleRaters, $"Nobody may rate {organization.Id} in the group {rule.Group}.", rule.Group);
                }
            }
        }
    }

    private void CheckBallots(DoubleReviewDataSet data, ReviewEligibility eligibility, ValidationContext<DoubleReviewDataSet> context)
    {
        var seen = new HashSet<(RaterGroup, OrganizationId, string)>();
        for (var i = 0; i < data.Ballots.Length; i++)
        {
            var ballot = data.Ballots[i];
            var path = $"Ballots[{i}]";
            if (ballot is null)
            {
                context.Fail(path, CommonErrorCodes.Required, "A ballot is missing.", null);
                continue;
            }

            var subject = eligibility.Find(ballot.Subject);
            if (subject is null)
            {
                context.Fail(path + ".Subject", DoubleReviewErrorCodes.SubjectUnknown, $"{ballot.Subject} is not under review.", ballot.Subject);
            }

            var rule = _scheme.RuleOf(ballot.Group);
            if (rule is null)
            {
                context.Fail(path + ".Group", DoubleReviewErrorCodes.GroupNotInScheme, $"The scheme has no rater group {ballot.Group}.", ballot.Group);
                continue;
            }

            if (rule.Scale is not null)
            {
                CheckRating(context, path, ballot, rule.Scale);
            }

            if (ballot.Group == RaterGroup.CommitteeLeaders && string.IsNullOrWhiteSpace(ballot.Comment))
            {
                context.Fail(path + ".Comment", DoubleReviewErrorCodes.CommentRequired, "A committee leader comments on each report (逐一点评).", null);
            }

            var asOrganization = DoubleReviewRules.RatesAsOrganization(ballot.Group);
            if (asOrganization ? ballot.RaterOrganization is null || ballot.Rater is not null : ballot.Rater is null || ballot.RaterOrganization is not null)
            {
                context.Fail(
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
                context.Fail(raterPath, DoubleReviewErrorCodes.SelfRating, $"{ballot.Subject} may not rate itself.", ballot.RaterKey);
            }
            else if (!eligibility.MayRate(ballot.Group, subject, ballot))
            {
                context.Fail(raterPath, DoubleReviewErrorCodes.RaterNotEligible, NotEligibleMessage(ballot), ballot.RaterKey);
            }

            if (!seen.Add((ballot.Group, ballot.Subject, ballot.RaterKey)))
            {
                context.Fail(raterPath, DoubleReviewErrorCodes.DuplicateBallot, $"{ballot.RaterKey} already cast a ballot for {ballot.Subject} in the group {ballot.Group}.", ballot.RaterKey);
            }

            if (ballot.Group == RaterGroup.Members && subject.District is { } district && ballot.CollectedBy != district)
            {
                context.Fail(
                    path + ".CollectedBy",
                    DoubleReviewErrorCodes.SupervisionGroupMismatch,
                    $"Round-one ballots for {subject.Id} are collected by the supervision group of district {district}.",
                    ballot.CollectedBy);
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

    private static void CheckRating(ValidationContext<DoubleReviewDataSet> context, string path, Ballot ballot, RatingScale scale)
    {
        if (scale.Kind == RatingScaleKind.Grades)
        {
            if (ballot.Grade is not { } grade || !Enum.IsDefined(grade) || ballot.Points is not null)
            {
                context.Fail(path + ".Grade", DoubleReviewErrorCodes.RatingKind, "This group rates by grade: give 'grade' (Good, FairlyGood, Average, Poor) and no 'points'.", ballot.Grade);
            }

            return;
        }

        if (ballot.Points is not { } points || ballot.Grade is not null)
        {
            context.Fail(path + ".Points", DoubleReviewErrorCodes.RatingKind, "This group rates by points: give 'points' and no 'grade'.", ballot.Points);
        }
        else if (points < scale.MinimumPoints || points > scale.MaximumPoints)
        {
            context.Fail(path + ".Points", DoubleReviewErrorCodes.PointsOutOfRange, $"Points lie within {scale.MinimumPoints}–{scale.MaximumPoints}.", points);
        }
    }

    private void CheckComponents(DoubleReviewDataSet data, ValidationContext<DoubleReviewDataSet> context)
    {
        var used = _scheme.Components.Where(c => c is not null).Select(c => c.Component).ToHashSet();
        var organizations = data.Organizations.Where(o => o is not null).Select(o => o.Id).ToHashSet();
        var seen = new HashSet<(OrganizationId, AssessedComponent)>();
        for (var i = 0; i < data.ComponentScores.Length; i++)
        {
            var score = data.ComponentScores[i];
            var path = $"ComponentScores[{i}]";
            if (score is null)
            {
                context.Fail(path, CommonErrorCodes.Required, "A component score is missing.", null);
                continue;
            }

            if (!used.Contains(score.Component) || !organizations.Contains(score.Organization))
            {
                context.Fail(path, DoubleReviewErrorCodes.ComponentUnexpected, $"The scheme does not score {score.Component} of {score.Organization}.", score.Component);
                continue;
            }

            if (!seen.Add((score.Organization, score.Component)))
            {
                context.Fail(path, DoubleReviewErrorCodes.ComponentMissing, $"{score.Organization} has more than one {score.Component} score.", score.Organization);
            }

            if (score.Score < Score.Zero || score.Score > Score.Of(100m))
            {
                context.Fail(path + ".Score", DoubleReviewErrorCodes.ComponentOutOfRange, "A component score lies within 0–100.", score.Score);
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
                context.Fail($"Organizations[{i}]", DoubleReviewErrorCodes.ComponentMissing, $"{organization.Id} has no {component} score.", component);
            }
        }
    }
}
