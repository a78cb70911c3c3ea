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
/// in one pass; a path or a message is built only when a problem is reported. The references resolved on the way (each
/// declaration's member and standard, each audit's declaration, each review's member) are kept as dense indices in a
/// <see cref="MemberPointsDataIndex"/>, which the engine lays its arrays out from, so nothing is looked up twice.
/// Thread-safe once constructed.
/// </remarks>
internal sealed class MemberPointsDataSetValidator
{
    private readonly PointsScheme _scheme;
    private readonly Dictionary<PointsStandardId, int> _standards;

    /// <summary>Initializes the checks of data under a scheme.</summary>
    /// <param name="scheme">The scheme the data is evaluated under.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public MemberPointsDataSetValidator(PointsScheme scheme)
    {
        _scheme = Guard.NotNull(scheme);
        _standards = new Dictionary<PointsStandardId, int>(scheme.Standards.Length);
        for (var i = 0; i < scheme.Standards.Length; i++)
        {
            if (scheme.Standards[i] is { } standard)
            {
                _standards.TryAdd(standard.Id, i);
            }
        }
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
    /// <returns>The references the checks resolved, by index (meaningful for the engine only when no problem was added).</returns>
    public MemberPointsDataIndex Check(MemberPointsDataSet data, ProblemCollector problems)
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

        var branches = UniqueKeys(data.Branches, b => b.BranchId, "Branches", problems);
        for (var i = 0; i < data.Branches.Length; i++)
        {
            if (data.Branches[i].BranchId.IsEmpty)
            {
                new ProblemSite(problems, "Branches", i).Add("BranchId", CommonErrorCodes.IdentifierEmpty, "A branch needs an identifier.", string.Empty);
            }

            if (data.Branches[i].ParentId.IsEmpty)
            {
                new ProblemSite(problems, "Branches", i).Add("ParentId", CommonErrorCodes.IdentifierEmpty, "A branch needs its parent organization's identifier.", string.Empty);
            }
        }

        var members = UniqueKeys(data.Roster, m => m.MemberId, "Roster", problems);
        CheckRoster(data, branches, problems);
        var declarations = UniqueKeys(data.Declarations, d => d.Id, "Declarations", problems);
        var (declarationMembers, declarationStandards) = CheckDeclarations(data, members, problems);
        CheckRecords(data, problems);
        var (auditStarts, auditOrder) = CheckAudits(data, declarations, problems);
        var reviewMembers = CheckReviews(data, members, problems);
        return new MemberPointsDataIndex(branches, members, declarationMembers, declarationStandards, auditStarts, auditOrder, reviewMembers);
    }

    /// <summary>Reports every item whose key an earlier item has.</summary>
    /// <returns>Each key's first index.</returns>
    private static Dictionary<TKey, int> UniqueKeys<TItem, TKey>(ValueArray<TItem> items, Func<TItem, TKey> key, string path, ProblemCollector problems)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var k = key(items[i]);
            if (!first.TryAdd(k, i))
            {
                new ProblemSite(problems, path, i).Add(string.Empty, CommonErrorCodes.DuplicateIdentifier, $"'{k}' appears more than once in '{path}'.", k.ToString());
            }
        }

        return first;
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static ProblemSite Roster(ProblemCollector problems, int i) => new(problems, "Roster", i);

    private static void CheckRoster(MemberPointsDataSet data, Dictionary<OrganizationId, int> branches, ProblemCollector problems)
    {
        var lastDay = data.Year.LastDay;
        BranchAssignment[] sorted = [];
        for (var i = 0; i < data.Roster.Length; i++)
        {
            var member = data.Roster[i];
            if (member.MemberId.IsEmpty)
            {
                Roster(problems, i).Add("MemberId", CommonErrorCodes.IdentifierEmpty, "A member needs an identifier.", null);
            }

            if (member.JoinedOn > lastDay)
            {
                Roster(problems, i).Add("JoinedOn", MemberPointsErrorCodes.MembershipDates, "The member joined after the year ended.", Text(member.JoinedOn));
            }

            if (member.ProbationEndsOn is { } end && end < member.JoinedOn)
            {
                Roster(problems, i).Add("ProbationEndsOn", MemberPointsErrorCodes.MembershipDates, "Probation cannot end before the member joined.", Text(end));
            }

            for (var j = 0; j < member.Assignments.Length; j++)
            {
                var a = member.Assignments[j];
                if (a.To is { } to && to < a.From)
                {
                    Roster(problems, i).Item("Assignments", j).Add("To", MemberPointsErrorCodes.AssignmentInvalid, "An assignment ends before it starts.", Text(to));
                }

                if (!branches.ContainsKey(a.BranchId))
                {
                    Roster(problems, i).Item("Assignments", j).Add("BranchId", MemberPointsErrorCodes.BranchUnknown, "The branch is not in the data set's branch list.", a.BranchId.ToString());
                }
            }

            var assignments = ByStart(member.Assignments, ref sorted);
            for (var j = 1; j < assignments.Length; j++)
            {
                if (assignments[j - 1].To is not { } previousEnd || previousEnd >= assignments[j].From)
                {
                    Roster(problems, i).Add("Assignments", MemberPointsErrorCodes.AssignmentInvalid, "A member's branch assignments overlap.", Text(assignments[j].From));
                }
            }

            if (member.BranchOn(lastDay) is null)
            {
                Roster(problems, i).Add("Assignments", MemberPointsErrorCodes.NoBranchAtYearEnd, "No branch assignment covers the last day of the year (the grading branch).", member.MemberId.ToString());
            }
        }
    }

    /// <summary>Orders a member's assignments by their first day, equal days in given order, in a buffer reused between members.</summary>
    private static ReadOnlySpan<BranchAssignment> ByStart(ValueArray<BranchAssignment> assignments, ref BranchAssignment[] buffer)
    {
        if (assignments.Length < 2)
        {
            return assignments.AsSpan();
        }

        if (buffer.Length < assignments.Length)
        {
            buffer = new BranchAssignment[Math.Max(assignments.Length, 2 * buffer.Length)];
        }

        var sorted = buffer.AsSpan(0, assignments.Length);
        assignments.AsSpan().CopyTo(sorted);
        for (var i = 1; i < sorted.Length; i++)
        {
            var item = sorted[i];
            var j = i - 1;
            for (; j >= 0 && sorted[j].From > item.From; j--)
            {
                sorted[j + 1] = sorted[j];
            }

            sorted[j + 1] = item;
        }

        return sorted;
    }

    private static ProblemSite Declarations(ProblemCollector problems, int i) => new(problems, "Declarations", i);

    /// <summary>Checks each declaration's identifier, member, standard and quantity.</summary>
    /// <returns>Each declaration's member (its first roster index) and standard (its index in the scheme), −1 when unknown.</returns>
    private (int[] Members, int[] Standards) CheckDeclarations(MemberPointsDataSet data, Dictionary<MemberId, int> members, ProblemCollector problems)
    {
        var memberOf = new int[data.Declarations.Length];
        var standardOf = new int[data.Declarations.Length];
        for (var i = 0; i < data.Declarations.Length; i++)
        {
            var d = data.Declarations[i];
            if (d.Id.IsEmpty)
            {
                Declarations(problems, i).Add("Id", CommonErrorCodes.IdentifierEmpty, "A declaration needs an identifier.", null);
            }

            if (!members.TryGetValue(d.MemberId, out memberOf[i]))
            {
                memberOf[i] = -1;
                Declarations(problems, i).Add("MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", d.MemberId.ToString());
            }

            if (!_standards.TryGetValue(d.StandardId, out standardOf[i]))
            {
                standardOf[i] = -1;
                Declarations(problems, i).Add("StandardId", MemberPointsErrorCodes.StandardUnknown, "The scheme has no such standard.", d.StandardId.ToString());
            }

            if (d.Quantity < 1)
            {
                Declarations(problems, i).Add("Quantity", MemberPointsErrorCodes.QuantityNotPositive, "A declaration declares at least one occurrence.", d.Quantity.ToString(CultureInfo.InvariantCulture));
            }
        }

        return (memberOf, standardOf);
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
                Declarations(problems, i).Add("StandardId", MemberPointsErrorCodes.DeclaredAndDerived,
                    $"Member '{d.MemberId}' is listed in the records of organizational life, from which the scheme counts '{d.StandardId}'; the member may not also declare it.", d.StandardId.ToString());
            }
        }
    }


    private static ProblemSite Audits(ProblemCollector problems, int i) => new(problems, "Audits", i);

    /// <summary>Checks each audit: its declaration, its date, one audit of a declaration a day, its decision, points and reason.</summary>
    /// <returns>The audits of each declaration, ordered by date then index (<see cref="MemberPointsDataIndex.AuditStarts"/>).</returns>
    private static (int[] Starts, int[] Order) CheckAudits(MemberPointsDataSet data, Dictionary<DeclarationId, int> declarations, ProblemCollector problems)
    {
        var audits = data.Audits.AsSpan();
        var declarationOf = new int[audits.Length];
        var starts = new int[data.Declarations.Length + 1];
        for (var i = 0; i < audits.Length; i++)
        {
            if (declarations.TryGetValue(audits[i].DeclarationId, out var d))
            {
                declarationOf[i] = d;
                starts[d + 1]++;
            }
            else
            {
                declarationOf[i] = -1;
            }
        }

        for (var d = 0; d < data.Declarations.Length; d++)
        {
            starts[d + 1] += starts[d];
        }

        var order = new int[starts[^1]];
        var sameDay = Group(data.Audits.AsImmutableArray(), declarationOf, starts, order);

        // An audit of no known declaration is compared with the others of its identifier; such identifiers are errors, so rare.
        HashSet<(DeclarationId, LocalDate)>? unknown = null;
        for (var i = 0; i < audits.Length; i++)
        {
            var a = audits[i];
            var d = declarationOf[i];
            if (d < 0)
            {
                Audits(problems, i).Add("DeclarationId", MemberPointsErrorCodes.DeclarationUnknown, "No declaration has this identifier.", a.DeclarationId.ToString());
            }
            else if (a.AuditedOn < data.Declarations[d].SubmittedOn)
            {
                Audits(problems, i).Add("AuditedOn", MemberPointsErrorCodes.AuditBeforeSubmission, "An audit cannot precede the declaration's submission.", Text(a.AuditedOn));
            }

            if (d < 0 ? !(unknown ??= []).Add((a.DeclarationId, a.AuditedOn)) : sameDay[i])
            {
                Audits(problems, i).Add("AuditedOn", MemberPointsErrorCodes.AuditSameDay, "The declaration already has an audit on this date; their order would be unknown.", Text(a.AuditedOn));
            }

            if (!Enum.IsDefined(a.Decision))
            {
                Audits(problems, i).Add("Decision", CommonErrorCodes.UndefinedEnumValue, "'Decision' is not a known value.", ((int)a.Decision).ToString(CultureInfo.InvariantCulture));
            }
            else if (a.Decision == AuditDecision.Adjust ? a.Points is not { Value: >= 0m } : a.Points is not null)
            {
                Audits(problems, i).Add("Points", MemberPointsErrorCodes.AuditPoints, "An adjustment needs non-negative points; an approval or a rejection carries none.", a.Points?.ToString());
            }

            if (a.Decision is AuditDecision.Adjust or AuditDecision.Reject && string.IsNullOrWhiteSpace(a.Reason))
            {
                Audits(problems, i).Add("Reason", MemberPointsErrorCodes.AuditReasonMissing, "An adjustment or a rejection needs a reason.", a.Reason);
            }
        }

        return (starts, order);
    }

    /// <summary>
    /// Lays the audits of known declarations out by declaration (<paramref name="starts"/> gives each one's range of
    /// <paramref name="order"/>), each declaration's ordered by date then index.
    /// </summary>
    /// <returns>For each audit, whether an earlier audit of its declaration has its date.</returns>
    private static bool[] Group(ImmutableArray<AuditRecord> audits, int[] declarationOf, int[] starts, int[] order)
    {
        var next = starts[..^1];
        for (var i = 0; i < audits.Length; i++)
        {
            if (declarationOf[i] is var d and >= 0)
            {
                order[next[d]++] = i;
            }
        }

        var sameDay = new bool[audits.Length];
        var byDate = new AuditDates(audits);
        for (var d = 0; d + 1 < starts.Length; d++)
        {
            var group = order.AsSpan(starts[d], starts[d + 1] - starts[d]);
            if (group.Length < 2)
            {
                continue;
            }

            MemberPointsDataIndex.Sort(group, byDate);
            for (var k = 1; k < group.Length; k++)
            {
                sameDay[group[k]] = audits[group[k]].AuditedOn == audits[group[k - 1]].AuditedOn;
            }
        }

        return sameDay;
    }

    private static ProblemSite Reviews(ProblemCollector problems, int i) => new(problems, "MassReviews", i);

    /// <summary>Checks each mass review: its member, quarter, rating counts, and one review of a member a quarter.</summary>
    /// <returns>Each review's member (its first roster index), −1 when unknown.</returns>
    private static int[] CheckReviews(MemberPointsDataSet data, Dictionary<MemberId, int> members, ProblemCollector problems)
    {
        var memberOf = new int[data.MassReviews.Length];

        // Quarters 1..4 of a known member are bits of its roster index; any other (an error) is compared as a pair.
        var quarters = new byte[data.Roster.Length];
        HashSet<(MemberId, int)>? others = null;
        for (var i = 0; i < data.MassReviews.Length; i++)
        {
            var r = data.MassReviews[i];
            if (!members.TryGetValue(r.MemberId, out memberOf[i]))
            {
                memberOf[i] = -1;
                Reviews(problems, i).Add("MemberId", MemberPointsErrorCodes.MemberUnknown, "The member is not on the roster.", r.MemberId.ToString());
            }

            if (r.Quarter is < 1 or > 4)
            {
                Reviews(problems, i).Add("Quarter", MemberPointsErrorCodes.ReviewInvalid, "The quarter must be 1 to 4.", r.Quarter.ToString(CultureInfo.InvariantCulture));
            }

            var raters = r.Good + (long)r.FairlyGood + r.Average + r.Poor;
            if (r.Good < 0 || r.FairlyGood < 0 || r.Average < 0 || r.Poor < 0 || raters == 0)
            {
                Reviews(problems, i).Add(string.Empty, MemberPointsErrorCodes.ReviewInvalid, "Rating counts must be non-negative with at least one rater.", null);
            }
            else if (raters > int.MaxValue)
            {
                // MassReview.Raters is an int; a larger total would overflow when a strategy folds the review.
                Reviews(problems, i).Add(string.Empty, MemberPointsErrorCodes.ReviewInvalid, "The rating counts add up to more than 2,147,483,647 raters.", raters.ToString(CultureInfo.InvariantCulture));
            }

            bool repeated;
            if (memberOf[i] >= 0 && r.Quarter is >= 1 and <= 4)
            {
                var bit = (byte)(1 << (r.Quarter - 1));
                repeated = (quarters[memberOf[i]] & bit) != 0;
                quarters[memberOf[i]] |= bit;
            }
            else
            {
                repeated = !(others ??= []).Add((r.MemberId, r.Quarter));
            }

            if (repeated)
            {
                Reviews(problems, i).Add(string.Empty, MemberPointsErrorCodes.ReviewInvalid, "The member already has a review for this quarter.", r.Quarter.ToString(CultureInfo.InvariantCulture));
            }
        }

        return memberOf;
    }

    /// <summary>Orders audit indices by date, then index.</summary>
    private readonly struct AuditDates(ImmutableArray<AuditRecord> audits) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byDate = audits[x].AuditedOn.CompareTo(audits[y].AuditedOn);
            return byDate != 0 ? byDate : x.CompareTo(y);
        }
    }
}
