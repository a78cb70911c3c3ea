using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The floor of issue 11: the same province data laid out in flat arrays (indices instead of identifiers, day numbers
/// instead of dates) and plain loops doing the minimal arithmetic of the evaluation, in exact <see cref="decimal"/> like
/// the library: member points with monthly and yearly caps, audits, late refusals, mass reviews and the branch quota;
/// branch standardization scores and department means; double-review group means and their weighted combination; the
/// weighted component total with bonuses and deductions, and the ranking sort. No validation, no explanations, no
/// identifiers: the physical limit the library is compared with.
/// </summary>
public sealed class FloorData
{
    // Member points: declarations sorted by member then month.
    private int[] _declMember = [];
    private int[] _declMonth = [];
    private int[] _declStandard = [];
    private int[] _declSubmitted = [];
    private byte[] _declDecision = [];
    private decimal[] _declAuditPoints = [];
    private int[] _declQuantity = [];
    private decimal[] _stdPoints = [];
    private decimal[] _stdSign = [];
    private decimal[] _stdMonthCap = [];
    private decimal[] _stdYearCap = [];
    private int[] _deadline = new int[12];
    private int[] _reviewMember = [];
    private int[][] _reviewCounts = [];
    private decimal[] _reviewWeights = [];
    private int[] _memberBranchStart = [];
    private int[] _branchDepartment = [];
    private bool[] _memberGraded = [];

    // Standardization: 52 observations per branch.
    private int _indicators;
    private int[] _stdBranchDepartment = [];
    private decimal[] _observed = [];
    private byte[] _method = [];
    private decimal[] _maxPoints = [];
    private decimal[] _perOccurrence = [];

    // Double review: one value per ballot.
    private int[] _ballotSubject = [];
    private int[] _ballotGroup = [];
    private decimal[] _ballotValue = [];
    private decimal[] _groupWeight = [];

    // Assessment.
    private int _departments;
    private decimal[] _routine = [];
    private decimal[] _key = [];
    private decimal[] _adjustment = [];
    private decimal[] _componentWeights = [];

    /// <summary>Lays out a workload in flat arrays.</summary>
    /// <param name="inputs">The typed inputs.</param>
    /// <returns>The floor data.</returns>
    public static FloorData From(AnnualEvaluationInputs inputs)
    {
        var f = new FloorData();
        var departments = inputs.GivenInputs!.Organizations.Select(o => o.Id).Order().ToArray();
        var departmentIndex = departments.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        f._departments = departments.Length;

        // Member points.
        var scheme = inputs.MemberPointsScheme!;
        var points = inputs.MemberPointsData!;
        var standards = scheme.Standards.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        f._stdPoints = [.. scheme.Standards.Select(s => s.Points.Value)];
        f._stdSign = [.. scheme.Standards.Select(s => s.Kind == PointsKind.Deduction ? -1m : 1m)];
        f._stdMonthCap = [.. scheme.Standards.Select(s => s.MonthlyCap?.Value ?? decimal.MaxValue)];
        f._stdYearCap = [.. scheme.Standards.Select(s => s.YearlyCap?.Value ?? decimal.MaxValue)];
        f._deadline = [.. Enumerable.Range(1, 12).Select(m => scheme.DeadlineFor(new NodaTime.YearMonth(points.Year.Value, m)).ToEpochDay())];
        var roster = points.Roster.OrderBy(m => m.BranchOn(points.Year.LastDay)!.Value).ThenBy(m => m.MemberId).ToArray();
        var memberIndex = roster.Select((m, i) => (m.MemberId, i)).ToDictionary(x => x.MemberId, x => x.i);
        var branches = points.Branches.Select(b => b.BranchId).Order().ToArray();
        var branchIndex = branches.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        f._branchDepartment = [.. branches.Select(b => departmentIndex[points.Branches.First(x => x.BranchId == b).ParentId])];
        f._memberBranchStart = new int[branches.Length + 1];
        foreach (var m in roster)
        {
            f._memberBranchStart[branchIndex[m.BranchOn(points.Year.LastDay)!.Value] + 1]++;
        }

        for (var b = 0; b < branches.Length; b++)
        {
            f._memberBranchStart[b + 1] += f._memberBranchStart[b];
        }

        f._memberGraded = [.. roster.Select(m => m.StatusOn(points.Year.LastDay) == Organizations.MembershipStatus.Full)];
        var audits = points.Audits.ToDictionary(a => a.DeclarationId);
        var declarations = points.Declarations.OrderBy(d => memberIndex[d.MemberId]).ThenBy(d => d.Month).ToArray();
        f._declMember = [.. declarations.Select(d => memberIndex[d.MemberId])];
        f._declMonth = [.. declarations.Select(d => d.Month.Month - 1)];
        f._declStandard = [.. declarations.Select(d => standards[d.StandardId])];
        f._declSubmitted = [.. declarations.Select(d => d.SubmittedOn.ToEpochDay())];
        f._declQuantity = [.. declarations.Select(d => d.Quantity)];
        f._declDecision = [.. declarations.Select(d => (byte)audits[d.Id].Decision)];
        f._declAuditPoints = [.. declarations.Select(d => audits[d.Id].Points?.Value ?? 0m)];
        var reviews = points.MassReviews.OrderBy(r => memberIndex[r.MemberId]).ThenBy(r => r.Quarter).ToArray();
        f._reviewMember = [.. reviews.Select(r => memberIndex[r.MemberId])];
        f._reviewCounts = [[.. reviews.Select(r => r.Good)], [.. reviews.Select(r => r.FairlyGood)], [.. reviews.Select(r => r.Average)], [.. reviews.Select(r => r.Poor)]];
        var table = scheme.MassReview.Parameters;
        f._reviewWeights = [.. new[] { "good", "fairly-good", "average", "poor" }.Select(k => decimal.Parse(table[k], CultureInfo.InvariantCulture))];

        // Standardization.
        var indicators = inputs.StandardizationCatalogue!.AllIndicators();
        f._indicators = indicators.Length;
        var assessments = inputs.StandardizationData!.Assessments;
        var rosterDepartment = inputs.StandardizationData.Roster.Branches.ToDictionary(b => b.BranchId, b => b.DepartmentId);
        f._stdBranchDepartment = [.. assessments.Select(a => departmentIndex[rosterDepartment[a.BranchId]])];
        f._method = [.. indicators.Select(i => i.Scoring.Name switch { "proportional" => (byte)0, "checklist" => (byte)1, _ => (byte)2 })];
        f._maxPoints = [.. indicators.Select(i => i.MaxPoints.Value)];
        f._perOccurrence = [.. indicators.Select(i => i.Scoring.Parameters.TryGetValue("per-occurrence", out var per) ? decimal.Parse(per, System.Globalization.CultureInfo.InvariantCulture) : 0m)];
        var position = indicators.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        f._observed = new decimal[assessments.Length * indicators.Length];
        for (var a = 0; a < assessments.Length; a++)
        {
            foreach (var score in assessments[a].Scores)
            {
                f._observed[(a * indicators.Length) + position[score.IndicatorId]] = score.Observed;
            }
        }

        // Double review.
        var drScheme = inputs.DoubleReviewScheme!;
        var groups = drScheme.Groups.Select((g, i) => (g.Group, i)).ToDictionary(x => x.Group, x => x.i);
        f._groupWeight = [.. drScheme.Groups.Select(g => g.Weight.Value)];
        var gradeScores = drScheme.Groups.SelectMany(g => g.Scale.GradeScores).GroupBy(g => g.Grade).ToDictionary(g => g.Key, g => g.First().Score.Value);
        var ballots = inputs.DoubleReviewData!.Ballots;
        f._ballotSubject = [.. ballots.Select(b => departmentIndex[b.Subject])];
        f._ballotGroup = [.. ballots.Select(b => groups[b.Group])];
        f._ballotValue = [.. ballots.Select(b => b.Points?.Value ?? gradeScores[b.Grade!.Value])];

        // Given inputs and the component weights.
        var grades = inputs.Scheme.QualitativeScores.ToDictionary(q => q.Grade, q => q.Score.Value);
        f._routine = new decimal[departments.Length];
        f._key = new decimal[departments.Length];
        f._adjustment = new decimal[departments.Length];
        foreach (var input in inputs.GivenInputs.Inputs)
        {
            var d = departmentIndex[input.Organization];
            if (input.Grade is { } grade)
            {
                f._routine[d] = grades[grade];
            }
            else
            {
                f._key[d] = input.Score!.Value.Value;
            }

            f._adjustment[d] += input.Bonuses.Sum(b => b.Points.Value) - input.Deductions.Sum(x => x.Points.Value);
        }

        f._componentWeights = [.. inputs.Scheme.Components.Select(c => c.Weights[0].Value.Value)];
        return f;
    }

    /// <summary>Runs the minimal arithmetic of the evaluation over the flat arrays.</summary>
    /// <returns>A checksum of the ranked totals (so that nothing is optimised away).</returns>
    public decimal Run()
    {
        var pts = MemberPoints();
        var std = Standardization();
        var dr = DoubleReview();
        var totals = new decimal[_departments];
        var order = new int[_departments];
        for (var d = 0; d < _departments; d++)
        {
            totals[d] = -(Math.Round((dr[d] * _componentWeights[0]) + (std[d] * _componentWeights[1]) + (pts[d] * _componentWeights[2])
                + (_routine[d] * _componentWeights[3]) + (_key[d] * _componentWeights[4]) + _adjustment[d], 2, MidpointRounding.AwayFromZero));
            order[d] = d;
        }

        Array.Sort(totals, order);
        var checksum = 0m;
        for (var i = 0; i < order.Length; i++)
        {
            checksum += totals[i] * (i + 1);
        }

        return checksum;
    }

    private decimal[] MemberPoints()
    {
        var members = _memberGraded.Length;
        var totals = new decimal[members];
        var usedMonth = new decimal[_stdPoints.Length];
        var usedYear = new decimal[_stdPoints.Length];
        int d = 0, r = 0;
        for (var m = 0; m < members; m++)
        {
            Array.Clear(usedYear);
            var month = -1;
            var total = 0m;
            for (; d < _declMember.Length && _declMember[d] == m; d++)
            {
                if (_declMonth[d] != month)
                {
                    Array.Clear(usedMonth);
                    month = _declMonth[d];
                }

                if (_declSubmitted[d] > _deadline[month] || _declDecision[d] == (byte)AuditDecision.Reject)
                {
                    continue;
                }

                var s = _declStandard[d];
                var claimed = _declDecision[d] == (byte)AuditDecision.Adjust ? _declAuditPoints[d] : _stdPoints[s] * _declQuantity[d];
                var allowed = Math.Min(claimed, Math.Min(_stdMonthCap[s] - usedMonth[s], _stdYearCap[s] - usedYear[s]));
                usedMonth[s] += allowed;
                usedYear[s] += allowed;
                total += _stdSign[s] * allowed;
            }

            for (; r < _reviewMember.Length && _reviewMember[r] == m; r++)
            {
                var raters = _reviewCounts[0][r] + _reviewCounts[1][r] + _reviewCounts[2][r] + _reviewCounts[3][r];
                var sum = (_reviewCounts[0][r] * _reviewWeights[0]) + (_reviewCounts[1][r] * _reviewWeights[1])
                    + (_reviewCounts[2][r] * _reviewWeights[2]) + (_reviewCounts[3][r] * _reviewWeights[3]);
                total += Math.Round(sum / raters, 2, MidpointRounding.AwayFromZero);
            }

            totals[m] = total;
        }

        // Grades: thresholds 200/160/120 with at most 30% excellent per branch; statistics per department.
        var excellent = new int[_departments];
        var passed = new int[_departments];
        var graded = new int[_departments];
        var slice = new decimal[_memberBranchStart.Length == 0 ? 0 : _memberBranchStart.Max()];
        for (var b = 0; b + 1 < _memberBranchStart.Length; b++)
        {
            var (start, end) = (_memberBranchStart[b], _memberBranchStart[b + 1]);
            var n = 0;
            for (var m = start; m < end; m++)
            {
                if (_memberGraded[m])
                {
                    slice[n++] = -totals[m];
                }
            }

            Array.Sort(slice, 0, n);
            var quota = (int)Math.Floor(n * 0.3m);
            var department = _branchDepartment[b];
            for (var i = 0; i < n; i++)
            {
                var t = -slice[i];
                excellent[department] += i < quota && t >= 200m ? 1 : 0;
                passed[department] += t >= 120m ? 1 : 0;
            }

            graded[department] += n;
        }

        var scores = new decimal[_departments];
        for (var i = 0; i < _departments; i++)
        {
            scores[i] = graded[i] == 0 ? 0m : Math.Round(100m * ((0.5m * passed[i]) + (0.5m * excellent[i])) / graded[i], 2, MidpointRounding.AwayFromZero);
        }

        return scores;
    }

    private decimal[] Standardization()
    {
        var sums = new decimal[_departments];
        var counts = new int[_departments];
        for (var a = 0; a < _stdBranchDepartment.Length; a++)
        {
            var score = 0m;
            var offset = a * _indicators;
            for (var i = 0; i < _indicators; i++)
            {
                var observed = _observed[offset + i];
                score += _method[i] switch
                {
                    0 => Math.Round(_maxPoints[i] * observed, 2, MidpointRounding.AwayFromZero),
                    1 => observed == 1m ? _maxPoints[i] : 0m,
                    _ => Math.Max(0m, _maxPoints[i] - (observed * _perOccurrence[i])),
                };
            }

            sums[_stdBranchDepartment[a]] += score;
            counts[_stdBranchDepartment[a]]++;
        }

        for (var d = 0; d < _departments; d++)
        {
            sums[d] = counts[d] == 0 ? 0m : Math.Round(sums[d] / counts[d], 2, MidpointRounding.AwayFromZero);
        }

        return sums;
    }

    private decimal[] DoubleReview()
    {
        var groups = _groupWeight.Length;
        var sums = new decimal[_departments * groups];
        var counts = new int[_departments * groups];
        for (var b = 0; b < _ballotSubject.Length; b++)
        {
            var cell = (_ballotSubject[b] * groups) + _ballotGroup[b];
            sums[cell] += _ballotValue[b];
            counts[cell]++;
        }

        var combined = new decimal[_departments];
        for (var d = 0; d < _departments; d++)
        {
            for (var g = 0; g < groups; g++)
            {
                var cell = (d * groups) + g;
                combined[d] += counts[cell] == 0 ? 0m : _groupWeight[g] * Math.Round(sums[cell] / counts[cell], 2, MidpointRounding.AwayFromZero);
            }
        }

        return combined;
    }
}
