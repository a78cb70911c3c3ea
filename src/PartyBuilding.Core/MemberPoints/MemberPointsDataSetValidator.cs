using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// Checks a <see cref="MemberPointsDataSet"/> against its <see cref="PointsScheme"/>: the roster and branch assignments,
/// declarations, audits and mass reviews, with every cross-reference. Run by <see cref="MemberPointsEngine.Validate"/>.
/// </summary>
/// <remarks>
/// Late, duplicate and out-of-period declarations are not errors: they are data the engine handles by documented rules.
/// Error codes are in <see cref="MemberPointsErrorCodes"/>; paths are relative to the data set. Each collection is checked
/// in one pass. Thread-safe once constructed.
/// </remarks>
internal sealed class MemberPointsDataSetValidator
{
    private readonly PointsScheme _scheme;
    private readonly HashSet<PointsStandardId> _standards;

    /// <summary>Initializes the checks of data under a scheme.</summary>
    /// <param name="scheme">The scheme the data is evaluated under.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public MemberPointsDataSetValidator(PointsScheme scheme)
    {
        _scheme = Guard.NotNull(scheme);
        _standards = [.. scheme.Standards.Where(s => s is not null).Select(s => s.Id)];
    }

    /// <summary>Checks a data set.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>Every problem, at paths relative to the data set.</returns>
    public ValidationReport Check(MemberPointsDataSet data)
    {
        var problems = new ProblemCollector();
        Check(data, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a data set, adding every problem to a collector.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="problems">The collector, positioned at the data set.</param>
    public void Check(MemberPointsDataSet data, ProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Year != _scheme.Year)
        {
            problems.Add("Year", MemberPointsErrorCodes.YearMismatch, $"The data set must be for the scheme's year {_scheme.Year}.", data.Year.ToString());
        }

        if (data.CommitteeId.IsEmpty)
        {
            problems.Add("CommitteeId", CommonErrorCodes.IdentifierEmpty, "The data set needs its committee's identifier.", string.Empty);
        }

        UniqueKeys(data.Branches, b => b.BranchId, "Branches", problems);
        for (var i = 0; i < data.Branches.Length; i++)
        {
            if (data.Branches[i].BranchId.IsEmpty)
            {
                problems.Add($"Branches[{i}].BranchId", CommonErrorCodes.IdentifierEmpty, "A branch needs an identifier.", string.Empty);
            }

            if (data.Branches[i].ParentId.IsEmpty)
            {
                problems.Add($"Branches[{i}].ParentId", CommonErrorCodes.IdentifierEmpty, "A branch needs its parent organization's identifier.", string.Empty);
            }
        }

        UniqueKeys(data.Roster, m => m.MemberId, "Roster", problems);
        CheckRoster(data, problems);
        UniqueKeys(data.Declarations, d => d.Id, "Declarations", problems);
        CheckDeclarations(data, problems);
        CheckRecords(data, problems);
        CheckAudits(data, problems);
        CheckReviews(data, problems);
    }

    private static void UniqueKeys<TItem, TKey>(ValueArray<TItem> items, Func<TItem, TKey> key, string path, ProblemCollector problems)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Length; i++)
        {
            var k = key(items[i]);
            if (!seen.Add(k))
            {
                problems.Add($"{path}[{i}]", CommonErrorCodes.DuplicateIdentifier, $"'{k}' appears more than once in '{path}'.", k.ToString());
            }
        }
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckRoster(MemberPointsDataSet data, ProblemCollector problems)
    {
        var branches = data.Branches.Select(b => b.BranchId).ToHashSet();
        var lastDay = data.Year.LastDay;
        for (var i = 0; i < data.Roster.Length; i++)
        {
            var member = data.Roster[i];
            var path = $"Roster[{i}]";
            if (member.MemberId.IsEmpty)
            {
                problems.Add(path + ".MemberId", CommonErrorCodes.IdentifierEmpty, "A member needs an identifier.", null);
            }

            if (member.JoinedOn > lastDay)
            {
                problems.Add(path + ".JoinedOn", MemberPointsErrorCodes.MembershipDates, "The member joined after the year ended.", Text(member.JoinedOn));
            }

            if (member.ProbationEndsOn is { } end && end < member.JoinedOn)
            {
                problems.Add(path + ".ProbationEndsOn", MemberPointsErrorCodes.MembershipDates, "Probation cannot end before the member joined.", Text(end));
            }

            var assignments = member.Assignments.OrderBy(a => a.From).ToArray();
            for (var j = 0; j < member.Assignments.Length; j++)
            {
                var a = member.Assignments[j];
                if (a.To is { } to && to < a.From)
                {
                    problems.Add($"{path}.Assignments[{j}].To", MemberPointsErrorCodes.AssignmentInvalid, "An assignment ends before it starts.", Text(to));
                }

                if (!branches.Contains(a.BranchId))
                {
                    problems.Add($"{path}.Assignments[{j}].BranchId", MemberPointsErrorCodes.BranchUnknown, "The branch is not in the data set's branch list.", a.BranchId.ToString());
                }
            }

            for (var j = 1; j < assignments.Length; j++)
            {
                if (assignments[j - 1].To is not { } previousEnd || previousEnd >= assignments[j].From)
                {
                    problems.Add(path + ".Assignments", MemberPointsErrorCodes.AssignmentInvalid, "A member's branch assignments overlap.", Text(assignments[j].From));
                }
            }

            if (member.BranchOn(lastDay) is null)
            {
                problems.Add(path + ".Assignments", MemberPointsErrorCodes.NoBranchAtYearEnd, "No branch assignment covers the last day of the year (the grading branch).", member.MemberId.ToString());
            }
        }
    }

    private void CheckDeclarations(MemberPointsDataSet data, ProblemCollector problems)
    {
        var members = data.Roster.Select(m => m.MemberId).ToHashSet();
        for (var i = 0; i < data.Declarations.Length; i++)
        {
            var d = data.Declarations[i];
            var path = $"Declarations[{i}]";
            if (d.Id.IsEmpty)
            {
                problems.Add(path + ".Id", CommonErrorCodes.IdentifierEmpty, "A declaration needs an identifier.", null);
            }

            if (!members.Contains(d.MemberId))
            {
                problems.Add(path + ".MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", d.MemberId.ToString());
            }

            if (!_standards.Contains(d.StandardId))
            {
                problems.Add(path + ".StandardId", MemberPointsErrorCodes.StandardUnknown, "The scheme has no such standard.", d.StandardId.ToString());
            }

            if (d.Quantity < 1)
            {
                problems.Add(path + ".Quantity", MemberPointsErrorCodes.QuantityNotPositive, "A declaration declares at least one occurrence.", d.Quantity.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Checks the records the scheme's standards are counted from: given, for the year, and no member they list declaring such a standard.</summary>
    private void CheckRecords(MemberPointsDataSet data, ProblemCollector problems)
    {
        if (_scheme.FromRecords.IsEmpty)
        {
            return;
        }

        if (data.LifeRecords is not { } records || records.Year != data.Year)
        {
            problems.Add("LifeRecords", MemberPointsErrorCodes.DerivationWithoutRecords,
                $"The scheme counts {string.Join(", ", _scheme.FromRecords.Where(r => r is not null).Select(r => r.StandardId))} from the records of organizational life of {data.Year}, but none are given.",
                data.LifeRecords?.Year.ToString());
            return;
        }

        var derived = _scheme.FromRecords.Where(r => r is not null).Select(r => r.StandardId).ToHashSet();
        var covered = new Dictionary<MemberId, bool>();
        for (var i = 0; i < data.Declarations.Length; i++)
        {
            var d = data.Declarations[i];
            if (d is not null && derived.Contains(d.StandardId)
                && (covered.TryGetValue(d.MemberId, out var listed) ? listed : covered[d.MemberId] = OrganizationalLife.RecordMeasures.Covers(records, d.MemberId)))
            {
                problems.Add($"Declarations[{i}].StandardId", MemberPointsErrorCodes.DeclaredAndDerived,
                    $"Member '{d.MemberId}' is listed in the records of organizational life, from which the scheme counts '{d.StandardId}'; the member may not also declare it.", d.StandardId.ToString());
            }
        }
    }

    private static void CheckAudits(MemberPointsDataSet data, ProblemCollector problems)
    {
        var declarations = new Dictionary<DeclarationId, Declaration>();
        foreach (var d in data.Declarations)
        {
            declarations.TryAdd(d.Id, d);
        }

        var seen = new HashSet<(DeclarationId, LocalDate)>();
        for (var i = 0; i < data.Audits.Length; i++)
        {
            var a = data.Audits[i];
            var path = $"Audits[{i}]";
            if (!declarations.TryGetValue(a.DeclarationId, out var declaration))
            {
                problems.Add(path + ".DeclarationId", MemberPointsErrorCodes.DeclarationUnknown, "No declaration has this identifier.", a.DeclarationId.ToString());
            }
            else if (a.AuditedOn < declaration.SubmittedOn)
            {
                problems.Add(path + ".AuditedOn", MemberPointsErrorCodes.AuditBeforeSubmission, "An audit cannot precede the declaration's submission.", Text(a.AuditedOn));
            }

            if (!seen.Add((a.DeclarationId, a.AuditedOn)))
            {
                problems.Add(path + ".AuditedOn", MemberPointsErrorCodes.AuditSameDay, "The declaration already has an audit on this date; their order would be unknown.", Text(a.AuditedOn));
            }

            if (!Enum.IsDefined(a.Decision))
            {
                problems.Add(path + ".Decision", CommonErrorCodes.UndefinedEnumValue, "'Decision' is not a known value.", ((int)a.Decision).ToString(CultureInfo.InvariantCulture));
            }
            else if (a.Decision == AuditDecision.Adjust ? a.Points is not { Value: >= 0m } : a.Points is not null)
            {
                problems.Add(path + ".Points", MemberPointsErrorCodes.AuditPoints, "An adjustment needs non-negative points; an approval or a rejection carries none.", a.Points?.ToString());
            }

            if (a.Decision is AuditDecision.Adjust or AuditDecision.Reject && string.IsNullOrWhiteSpace(a.Reason))
            {
                problems.Add(path + ".Reason", MemberPointsErrorCodes.AuditReasonMissing, "An adjustment or a rejection needs a reason.", a.Reason);
            }
        }
    }

    private static void CheckReviews(MemberPointsDataSet data, ProblemCollector problems)
    {
        var members = data.Roster.Select(m => m.MemberId).ToHashSet();
        var seen = new HashSet<(MemberId, int)>();
        for (var i = 0; i < data.MassReviews.Length; i++)
        {
            var r = data.MassReviews[i];
            var path = $"MassReviews[{i}]";
            if (!members.Contains(r.MemberId))
            {
                problems.Add(path + ".MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", r.MemberId.ToString());
            }

            if (r.Quarter is < 1 or > 4)
            {
                problems.Add(path + ".Quarter", MemberPointsErrorCodes.ReviewInvalid, "The quarter must be 1 to 4.", r.Quarter.ToString(CultureInfo.InvariantCulture));
            }

            var raters = r.Good + (long)r.FairlyGood + r.Average + r.Poor;
            if (r.Good < 0 || r.FairlyGood < 0 || r.Average < 0 || r.Poor < 0 || raters == 0)
            {
                problems.Add(path, MemberPointsErrorCodes.ReviewInvalid, "Rating counts must be non-negative with at least one rater.", null);
            }
            else if (raters > int.MaxValue)
            {
                // MassReview.Raters is an int; a larger total would overflow when a strategy folds the review.
                problems.Add(path, MemberPointsErrorCodes.ReviewInvalid, "The rating counts add up to more than 2,147,483,647 raters.", raters.ToString(CultureInfo.InvariantCulture));
            }

            if (!seen.Add((r.MemberId, r.Quarter)))
            {
                problems.Add(path, MemberPointsErrorCodes.ReviewInvalid, "The member already has a review for this quarter.", r.Quarter.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
