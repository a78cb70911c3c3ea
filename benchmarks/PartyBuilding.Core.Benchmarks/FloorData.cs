using NodaTime;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The floor of issues 11 and 23: the same province data laid out in flat arrays (indices instead of identifiers, day
/// numbers instead of dates) and plain loops doing the arithmetic of the evaluation, in exact <see cref="decimal"/> and in
/// the same order as the library, so that its published totals equal the engine's (<see cref="Baselines.VerifyFloor"/>):
/// member points with refused late declarations, the latest audit, monthly and yearly caps, hard-condition ceilings,
/// mass reviews, prorated thresholds, the branch quota with tied members excluded and the department statistics score;
/// branch standardization scores on the hundred-point scale and department means; double-review group aggregations
/// (trimmed mean, median, mean) and their weighted combination; the weighted component total with bonuses and
/// deductions, and the ranking sort. No validation, no explanations, no identifiers: the physical limit the library is
/// compared with.
/// </summary>
/// <remarks>
/// The floor covers what the province workload uses and refuses the rest (<see cref="NotSupportedException"/> at layout):
/// standards counted from records of organizational life, derived standardization observations, double-review
/// component scores, vetoed branches other than counted. Records of organizational life are not its work: without an
/// organizational-life component the evaluation only validates them, and the floor validates nothing
/// (<see cref="LifeFloorData"/> is the floor of their check).
/// </remarks>
public sealed class FloorData
{
    private const byte Proportional = 0, Checklist = 1, Deduction = 2, Bonus = 3, Veto = 4;
    private const byte Trimmed = 0, Median = 1, Mean = 2;

    private int _departments;

    // Member points: members ordered by branch; declarations ordered by member then month.
    private int[] _declMember = [];
    private int[] _declMonth = [];
    private int[] _declStandard = [];
    private bool[] _declCounts = [];
    private decimal[] _declClaimed = [];
    private decimal[] _stdSign = [];
    private decimal[] _stdMonthCap = [];
    private decimal[] _stdYearCap = [];
    private byte[] _stdCeiling = [];
    private int[] _reviewMember = [];
    private int[] _reviewRaters = [];
    private decimal[] _reviewSum = [];
    private int[] _memberBranchStart = [];
    private int[] _branchDepartment = [];
    private bool[] _memberGradable = [];
    private int[] _memberMonths = [];
    private decimal _excellent, _qualified, _passed;
    private bool _prorate;
    private long _quotaNumerator, _quotaDenominator;
    private decimal _participationWeight;
    private int[] _excellentCount = [];

    // Standardization: one row of observations per branch assessment of the year.
    private int _indicators;
    private int[] _stdBranchDepartment = [];
    private decimal[] _observed = [];
    private byte[] _method = [];
    private decimal[] _maxPoints = [];
    private decimal[] _first = [];
    private decimal[] _second = [];
    private decimal _declaredTotal;

    // Double review: ballots grouped by organization then rater group.
    private int _groups;
    private int[] _cellStart = [];
    private decimal[] _ballotScore = [];
    private byte[] _aggregation = [];
    private int?[] _trimCount = [];
    private Share?[] _trimShare = [];
    private decimal[] _groupWeight = [];
    private int _drScale;

    // Assessment: per component its kind and weight; the given scores of the other components; bonuses minus deductions.
    private ComponentKind[] _kinds = [];
    private decimal[] _weights = [];
    private decimal[][] _given = [];
    private decimal[] _bonus = [];
    private decimal[] _deduction = [];
    private decimal[] _bonusCap = [];
    private decimal[] _deductionCap = [];
    private decimal _bonusTotalCap, _deductionTotalCap;
    private int _publishedScale;

    /// <summary>Lays out a workload in flat arrays.</summary>
    /// <param name="inputs">The typed inputs.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The floor data.</returns>
    /// <exception cref="NotSupportedException">The workload uses a feature the floor does not cover.</exception>
    public static FloorData From(AnnualEvaluationInputs inputs, LocalDate asOf)
    {
        var f = new FloorData();
        var departments = inputs.GivenInputs!.Organizations.Select(o => o.Id).Order().ToArray();
        var departmentIndex = departments.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        f._departments = departments.Length;
        f.LayOutMemberPoints(inputs.MemberPointsScheme!, inputs.MemberPointsData!, asOf, departmentIndex);
        f.LayOutStandardization(inputs, departmentIndex);
        f.LayOutDoubleReview(inputs.DoubleReviewScheme!, inputs.DoubleReviewData!, departments);
        f.LayOutAssessment(inputs, asOf, departmentIndex);
        return f;
    }

    /// <summary>Runs the arithmetic of the evaluation over the flat arrays.</summary>
    /// <returns>A checksum of the ranked totals (so that nothing is optimised away).</returns>
    public decimal Run()
    {
        var totals = RankedTotals();
        var checksum = 0m;
        for (var i = 0; i < totals.Length; i++)
        {
            checksum += totals[i] * (i + 1);
        }

        return checksum;
    }

    /// <summary>
    /// Runs the arithmetic of the evaluation and returns every department's published total, best first: what
    /// <see cref="Baselines.VerifyFloor"/> compares with the engine's ranking before any time is reported.
    /// </summary>
    /// <returns>The totals in ranking order.</returns>
    public decimal[] RankedTotals()
    {
        var points = MemberPoints();
        var standardization = Standardization();
        var review = DoubleReview();
        var totals = new decimal[_departments];
        for (var d = 0; d < _departments; d++)
        {
            var total = 0m;
            for (var c = 0; c < _kinds.Length; c++)
            {
                var score = _kinds[c] switch
                {
                    ComponentKind.DoubleReview => review[d],
                    ComponentKind.Standardization => standardization[d],
                    ComponentKind.MemberPoints => points[d],
                    _ => _given[c][d],
                };
                total += score * _weights[c];
            }

            total += CappedSum(_bonus, d * _bonusCap.Length, _bonusCap, _bonusTotalCap);
            total -= CappedSum(_deduction, d * _deductionCap.Length, _deductionCap, _deductionTotalCap);
            totals[d] = Math.Round(total, _publishedScale, MidpointRounding.AwayFromZero);
        }

        Array.Sort(totals);
        Array.Reverse(totals);
        return totals;
    }

    private void LayOutMemberPoints(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, Dictionary<OrganizationId, int> departmentIndex)
    {
        if (!scheme.FromRecords.IsEmpty)
        {
            throw new NotSupportedException("The floor does not count standards from records of organizational life.");
        }

        if (scheme.LatePolicy != LateDeclarationPolicy.Refuse)
        {
            throw new NotSupportedException("The floor refuses late declarations only.");
        }

        var lastDay = data.Year.LastDay;
        var standards = scheme.Standards.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _stdSign = [.. scheme.Standards.Select(s => s.Kind == PointsKind.Deduction ? -1m : 1m)];
        _stdMonthCap = [.. scheme.Standards.Select(s => s.MonthlyCap?.Value ?? decimal.MaxValue)];
        _stdYearCap = [.. scheme.Standards.Select(s => s.YearlyCap?.Value ?? decimal.MaxValue)];
        _stdCeiling = [.. scheme.Standards.Select(s => scheme.HardConditions.Where(h => h.StandardId == s.Id).Select(h => (byte)h.MaxGrade).DefaultIfEmpty((byte)MemberGrade.Excellent).Max())];

        var roster = data.Roster.OrderBy(m => m.BranchOn(lastDay)!.Value).ThenBy(m => m.MemberId).ToArray();
        var memberIndex = roster.Select((m, i) => (m.MemberId, i)).ToDictionary(x => x.MemberId, x => x.i);
        var branches = data.Branches.Select(b => b.BranchId).Order().ToArray();
        var branchIndex = branches.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        var parents = data.Branches.ToDictionary(b => b.BranchId, b => b.ParentId);
        _branchDepartment = [.. branches.Select(b => departmentIndex[parents[b]])];
        _memberBranchStart = new int[branches.Length + 1];
        foreach (var m in roster)
        {
            _memberBranchStart[branchIndex[m.BranchOn(lastDay)!.Value] + 1]++;
        }

        for (var b = 0; b < branches.Length; b++)
        {
            _memberBranchStart[b + 1] += _memberBranchStart[b];
        }

        _memberMonths = [.. roster.Select(m => m.JoinedOn.Year == data.Year.Value ? 13 - m.JoinedOn.Month : 12)];
        _memberGradable = [.. roster.Select((m, i) => m.StatusOn(lastDay) switch
        {
            MembershipStatus.Probationary => scheme.GradeProbationaryMembers,
            _ => true,
        } && _memberMonths[i] >= scheme.MinimumMonthsForGrading)];

        var audits = data.Audits.Where(a => a.AuditedOn <= asOf).GroupBy(a => a.DeclarationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.AuditedOn).Last());
        var declarations = data.Declarations.Where(d => d.SubmittedOn <= asOf && d.Month.Year == data.Year.Value)
            .OrderBy(d => memberIndex[d.MemberId]).ThenBy(d => d.Month).ToArray();
        _declMember = [.. declarations.Select(d => memberIndex[d.MemberId])];
        _declMonth = [.. declarations.Select(d => d.Month.Month)];
        _declStandard = [.. declarations.Select(d => standards[d.StandardId])];
        _declCounts = [.. declarations.Select(d => d.SubmittedOn <= scheme.DeadlineFor(d.Month)
            && audits.GetValueOrDefault(d.Id)?.Decision is AuditDecision.Approve or AuditDecision.Adjust)];
        _declClaimed = [.. declarations.Select(d => audits.GetValueOrDefault(d.Id) is { Decision: AuditDecision.Adjust } adjusted
            ? adjusted.Points!.Value.Value
            : scheme.Standards[standards[d.StandardId]].Points.Value * d.Quantity)];

        var table = scheme.MassReview.Parameters;
        if (scheme.MassReview.Name != MemberPointsStrategies.RatingTable)
        {
            throw new NotSupportedException("The floor folds mass reviews by the rating table only.");
        }

        var weights = new[] { "good", "fairly-good", "average", "poor" }.Select(k => decimal.Parse(table[k], CultureInfo.InvariantCulture)).ToArray();
        var reviews = data.MassReviews.OrderBy(r => memberIndex[r.MemberId]).ThenBy(r => r.Quarter).ToArray();
        _reviewMember = [.. reviews.Select(r => memberIndex[r.MemberId])];
        _reviewRaters = [.. reviews.Select(r => r.Good + r.FairlyGood + r.Average + r.Poor)];
        _reviewSum = [.. reviews.Select(r => (r.Good * weights[0]) + (r.FairlyGood * weights[1]) + (r.Average * weights[2]) + (r.Poor * weights[3]))];

        var grading = scheme.Grading.Parameters;
        if (scheme.Grading.Name != MemberPointsStrategies.BranchQuota || grading.GetValueOrDefault("tie-rule", BranchQuotaGradingStrategy.ExcludeTied) != BranchQuotaGradingStrategy.ExcludeTied)
        {
            throw new NotSupportedException("The floor grades by the branch quota with tied members excluded only.");
        }

        _excellent = decimal.Parse(grading["excellent"], CultureInfo.InvariantCulture);
        _qualified = decimal.Parse(grading["qualified"], CultureInfo.InvariantCulture);
        _passed = decimal.Parse(grading["basically-qualified"], CultureInfo.InvariantCulture);
        _prorate = grading.GetValueOrDefault("prorate") == "true";
        var quota = Share.Parse(grading["excellent-quota"]);
        (_quotaNumerator, _quotaDenominator) = (quota.Numerator, quota.Denominator);
        _participationWeight = scheme.ParticipationWeight.Value;
    }

    private void LayOutStandardization(AnnualEvaluationInputs inputs, Dictionary<OrganizationId, int> departmentIndex)
    {
        if (inputs.Components.StandardizationVetoedBranches != VetoedBranchRule.Count)
        {
            throw new NotSupportedException("The floor counts vetoed branches with their scores only.");
        }

        var catalogue = inputs.StandardizationCatalogue!;
        var indicators = catalogue.AllIndicators();
        _indicators = indicators.Length;
        _declaredTotal = catalogue.DeclaredTotal.Value;
        var assessments = inputs.StandardizationData!.Assessments.Where(a => a.Year == inputs.Year).OrderBy(a => a.BranchId).ToArray();
        if (assessments.Any(a => !a.Derived.IsEmpty))
        {
            throw new NotSupportedException("The floor does not derive observations from records of organizational life.");
        }

        var rosterDepartment = inputs.StandardizationData.Roster.Branches.ToDictionary(b => b.BranchId, b => b.DepartmentId);
        _stdBranchDepartment = [.. assessments.Select(a => departmentIndex[rosterDepartment[a.BranchId]])];
        _method = [.. indicators.Select(i => i.Scoring.Name switch
        {
            StandardizationStrategies.Proportional => Proportional,
            StandardizationStrategies.Checklist => Checklist,
            StandardizationStrategies.Deduction => Deduction,
            StandardizationStrategies.Bonus => Bonus,
            StandardizationStrategies.Veto => Veto,
            var other => throw new NotSupportedException($"The floor does not score '{other}'."),
        })];
        _maxPoints = [.. indicators.Select(i => i.MaxPoints.Value)];
        _first = [.. indicators.Select(i => i.Scoring.Name == StandardizationStrategies.Proportional
            ? Parameter(i, StandardizationStrategies.ZeroRate, 0m)
            : Parameter(i, StandardizationStrategies.PerOccurrence, 0m))];
        _second = [.. indicators.Select(i => i.Scoring.Name == StandardizationStrategies.Proportional
            ? Parameter(i, StandardizationStrategies.FullRate, 1m)
            : Parameter(i, StandardizationStrategies.Floor, 0m))];
        var position = indicators.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        _observed = new decimal[assessments.Length * indicators.Length];
        var scored = new bool[_observed.Length];
        for (var a = 0; a < assessments.Length; a++)
        {
            foreach (var score in assessments[a].Scores)
            {
                _observed[(a * indicators.Length) + position[score.IndicatorId]] = score.Observed;
                scored[(a * indicators.Length) + position[score.IndicatorId]] = true;
            }
        }

        if (scored.Contains(false))
        {
            throw new NotSupportedException("The floor needs every indicator of every branch scored.");
        }
    }

    private void LayOutDoubleReview(DoubleReviewScheme scheme, DoubleReviewDataSet data, OrganizationId[] departments)
    {
        if (!scheme.Components.IsEmpty || scheme.Combination.Name != DoubleReviewStrategies.WeightedMean)
        {
            throw new NotSupportedException("The floor combines the rater groups by their weights only, without component scores.");
        }

        _groups = scheme.Groups.Length;
        _drScale = scheme.RoundingScale;
        _groupWeight = [.. scheme.Groups.Select(g => g.Weight.Value)];
        _aggregation = [.. scheme.Groups.Select(g => g.Aggregation.Name switch
        {
            DoubleReviewStrategies.TrimmedMean => Trimmed,
            DoubleReviewStrategies.Median => Median,
            DoubleReviewStrategies.WeightedMean => Mean,
            var other => throw new NotSupportedException($"The floor does not aggregate by '{other}'."),
        })];
        _trimCount = [.. scheme.Groups.Select(g => g.Aggregation.Parameters.TryGetValue(DoubleReviewStrategies.TrimmedMeanCount, out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : (int?)null)];
        _trimShare = [.. scheme.Groups.Select(g => g.Aggregation.Parameters.TryGetValue(DoubleReviewStrategies.TrimmedMeanShare, out var s) ? Share.Parse(s) : (Share?)null)];
        var groupIndex = scheme.Groups.Select((g, i) => (g.Group, i)).ToDictionary(x => x.Group, x => x.i);
        var departmentIndex = departments.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var cells = data.Ballots
            .Select(b => (Cell: (departmentIndex[b.Subject] * _groups) + groupIndex[b.Group], Score: b.Points?.Value ?? scheme.Groups[groupIndex[b.Group]].Scale.ScoreOf(b.Grade!.Value).Value))
            .OrderBy(b => b.Cell).ThenBy(b => b.Score)
            .ToArray();
        _ballotScore = [.. cells.Select(c => c.Score)];
        _cellStart = new int[(departments.Length * _groups) + 1];
        foreach (var (cell, _) in cells)
        {
            _cellStart[cell + 1]++;
        }

        for (var c = 0; c + 1 < _cellStart.Length; c++)
        {
            _cellStart[c + 1] += _cellStart[c];
        }
    }

    private void LayOutAssessment(AnnualEvaluationInputs inputs, LocalDate asOf, Dictionary<OrganizationId, int> departmentIndex)
    {
        var scheme = inputs.Scheme;
        var components = scheme.Components.OrderBy(c => c.Id).ToArray();
        _kinds = [.. components.Select(c => c.Kind)];
        _weights = [.. components.Select(c => Dated.AsOf(c.Weights, asOf).Value)];
        _publishedScale = scheme.PublishedScale;
        var grades = scheme.QualitativeScores.ToDictionary(q => q.Grade, q => q.Score.Value);
        _given = [.. components.Select(_ => new decimal[_departments])];
        var bonusRules = scheme.Bonuses.OrderBy(r => r.Id).ToArray();
        var deductionRules = scheme.Deductions.OrderBy(r => r.Id).ToArray();
        _bonusCap = [.. bonusRules.Select(r => r.Cap.Value)];
        _deductionCap = [.. deductionRules.Select(r => r.Cap.Value)];
        _bonusTotalCap = Dated.TryAsOf(scheme.BonusCaps, asOf, out var bonusCap) ? bonusCap.Value : decimal.MaxValue;
        _deductionTotalCap = Dated.TryAsOf(scheme.DeductionCaps, asOf, out var deductionCap) ? deductionCap.Value : decimal.MaxValue;
        _bonus = new decimal[bonusRules.Length * _departments];
        _deduction = new decimal[deductionRules.Length * _departments];
        foreach (var input in inputs.GivenInputs!.Inputs)
        {
            var d = departmentIndex[input.Organization];
            var c = Array.FindIndex(components, x => x.Id == input.Component);
            _given[c][d] = input.Grade is { } grade ? grades[grade] : input.Score!.Value.Value;
            foreach (var bonus in input.Bonuses)
            {
                _bonus[(d * bonusRules.Length) + Array.FindIndex(bonusRules, r => r.Id == bonus.Factor)] += bonus.Points.Value;
            }

            foreach (var deduction in input.Deductions)
            {
                _deduction[(d * deductionRules.Length) + Array.FindIndex(deductionRules, r => r.Id == deduction.Factor)] += deduction.Points.Value;
            }
        }
    }

    private static decimal CappedSum(decimal[] claimed, int start, decimal[] caps, decimal totalCap)
    {
        var sum = 0m;
        for (var i = 0; i < caps.Length; i++)
        {
            sum += Math.Min(claimed[start + i], caps[i]);
        }

        return Math.Min(sum, totalCap);
    }

    private static decimal Parameter(Indicator indicator, string name, decimal fallback) =>
        indicator.Scoring.Parameters.TryGetValue(name, out var text) ? decimal.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private decimal[] MemberPoints()
    {
        var members = _memberGradable.Length;
        var totals = new decimal[members];
        var ceilings = new byte[members];
        var declaring = new bool[members];
        var usedMonth = new decimal[_stdSign.Length];
        var usedYear = new decimal[_stdSign.Length];
        int d = 0, r = 0;
        for (var m = 0; m < members; m++)
        {
            Array.Clear(usedYear);
            var month = -1;
            var total = 0m;
            var ceiling = (byte)MemberGrade.Excellent;
            declaring[m] = d < _declMember.Length && _declMember[d] == m;
            for (; d < _declMember.Length && _declMember[d] == m; d++)
            {
                if (_declMonth[d] != month)
                {
                    Array.Clear(usedMonth);
                    month = _declMonth[d];
                }

                if (!_declCounts[d])
                {
                    continue;
                }

                var s = _declStandard[d];
                var allowed = Math.Min(_declClaimed[d], Math.Min(_stdMonthCap[s] - usedMonth[s], _stdYearCap[s] - usedYear[s]));
                usedMonth[s] += allowed;
                usedYear[s] += allowed;
                total += _stdSign[s] * allowed;
                if (allowed != 0m && _stdCeiling[s] > ceiling)
                {
                    ceiling = _stdCeiling[s];
                }
            }

            for (; r < _reviewMember.Length && _reviewMember[r] == m; r++)
            {
                total += Math.Round(_reviewSum[r] / _reviewRaters[r], 2, MidpointRounding.AwayFromZero);
            }

            totals[m] = total;
            ceilings[m] = ceiling;
        }

        // Grades: prorated thresholds, hard-condition ceilings, the branch quota with tied members excluded; statistics per department.
        var count = new int[_departments];
        var declared = new int[_departments];
        var good = new int[_departments];
        var graded = new int[_departments];
        _excellentCount = new int[_departments];
        var eligible = new decimal[members];
        for (var b = 0; b + 1 < _memberBranchStart.Length; b++)
        {
            var (start, end) = (_memberBranchStart[b], _memberBranchStart[b + 1]);
            var department = _branchDepartment[b];
            int n = 0, candidates = 0;
            for (var m = start; m < end; m++)
            {
                count[department]++;
                declared[department] += declaring[m] ? 1 : 0;
                if (!_memberGradable[m])
                {
                    continue;
                }

                n++;
                var grade = Math.Max(ceilings[m], GradeByPoints(totals[m], _memberMonths[m]));
                if (grade == (byte)MemberGrade.Excellent)
                {
                    eligible[candidates++] = -totals[m];
                }
                else
                {
                    good[department] += grade == (byte)MemberGrade.Qualified ? 1 : 0;
                }
            }

            // The places go down the eligible members by points; a tie straddling the last place takes none (exclude-tied).
            // Eligible members beyond the places are qualified, so the good count is the same either way.
            Array.Sort(eligible, 0, candidates);
            var places = (int)(n * _quotaNumerator / _quotaDenominator);
            for (var i = 0; i < candidates;)
            {
                var j = i + 1;
                while (j < candidates && eligible[j] == eligible[i])
                {
                    j++;
                }

                _excellentCount[department] += j <= places ? j - i : 0;
                i = j;
            }

            good[department] += candidates;
            graded[department] += n;
        }

        var scores = new decimal[_departments];
        var w = _participationWeight;
        for (var i = 0; i < _departments; i++)
        {
            var participation = count[i] == 0 ? 0m : Math.Round((decimal)declared[i] / count[i], Proportion.RatioScale, MidpointRounding.AwayFromZero);
            var share = graded[i] == 0 ? 0m : Math.Round((decimal)good[i] / graded[i], Proportion.RatioScale, MidpointRounding.AwayFromZero);
            scores[i] = Math.Round(100m * ((w * participation) + ((1m - w) * share)), 2, MidpointRounding.AwayFromZero);
        }

        return scores;
    }

    private byte GradeByPoints(decimal points, int months) =>
        points >= Threshold(_excellent, months) ? (byte)MemberGrade.Excellent
        : points >= Threshold(_qualified, months) ? (byte)MemberGrade.Qualified
        : points >= Threshold(_passed, months) ? (byte)MemberGrade.BasicallyQualified
        : (byte)MemberGrade.Unqualified;

    private decimal Threshold(decimal full, int months) =>
        _prorate && months < 12 ? Math.Round(full * months / 12m, 2, MidpointRounding.AwayFromZero) : full;

    private decimal[] Standardization()
    {
        var sums = new decimal[_departments];
        var counts = new int[_departments];
        for (var a = 0; a < _stdBranchDepartment.Length; a++)
        {
            var raw = 0m;
            var offset = a * _indicators;
            for (var i = 0; i < _indicators; i++)
            {
                var observed = _observed[offset + i];
                var max = _maxPoints[i];
                raw += _method[i] switch
                {
                    Proportional => observed <= _first[i] ? 0m : observed >= _second[i] ? max : max * (observed - _first[i]) / (_second[i] - _first[i]),
                    Checklist => observed == 1m ? max : 0m,
                    Deduction => observed > 0m && _first[i] > (max - _second[i]) / observed ? _second[i] : max - (observed * _first[i]),
                    Bonus => Math.Min(observed * _first[i], max),
                    _ => 0m,
                };
            }

            sums[_stdBranchDepartment[a]] += Math.Round(raw * 100m / _declaredTotal, 2, MidpointRounding.AwayFromZero);
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
        var combined = new decimal[_departments];
        for (var d = 0; d < _departments; d++)
        {
            decimal weighted = 0m, weights = 0m;
            for (var g = 0; g < _groups; g++)
            {
                var cell = (d * _groups) + g;
                var (start, n) = (_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]);
                decimal score;
                if (_aggregation[g] == Median)
                {
                    score = n % 2 == 1 ? _ballotScore[start + (n / 2)] : (_ballotScore[start + (n / 2) - 1] + _ballotScore[start + (n / 2)]) / 2m;
                }
                else
                {
                    var trim = _aggregation[g] == Trimmed ? Math.Max(0, Math.Min(_trimCount[g] ?? (int)(n * _trimShare[g]!.Value.Numerator / _trimShare[g]!.Value.Denominator), (n - 1) / 2)) : 0;
                    var sum = 0m;
                    for (var b = start + trim; b < start + n - trim; b++)
                    {
                        sum += _ballotScore[b];
                    }

                    score = sum / (n - (2 * trim));
                }

                weighted += score * _groupWeight[g];
                weights += _groupWeight[g];
            }

            combined[d] = Math.Round(weighted / weights, _drScale, MidpointRounding.AwayFromZero);
        }

        return combined;
    }
}
