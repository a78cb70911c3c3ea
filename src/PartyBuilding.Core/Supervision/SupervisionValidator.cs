using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Checks a catalogue and records against it: identifiers unique, points under defined aspects, groups with one leader,
/// visits in the year with their methods, findings measured against exactly one known point, indicator or rule with their
/// evidence, and circulars and notices that cover known findings, of the organization notified, each finding on one notice
/// unless restated, with due dates after the issue and issues after the visits.
/// </summary>
/// <remarks>Behind <see cref="SupervisionEngine.Validate"/>. Every problem has a path relative to what it is given and a code of
/// <see cref="SupervisionErrorCodes"/> or <see cref="CommonErrorCodes"/>.</remarks>
internal static class SupervisionValidator
{
    /// <summary>Checks a catalogue.</summary>
    public static void CheckCatalogue(SupervisionCatalogue catalogue, ProblemCollector problems)
    {
        var aspects = new HashSet<SupervisionAspectId>();
        for (var i = 0; i < catalogue.Aspects.Length; i++)
        {
            if (catalogue.Aspects[i] is not { } aspect)
            {
                problems.Add(I($"Aspects[{i}]"), CommonErrorCodes.Required, "An aspect is missing.", null);
            }
            else if (!aspects.Add(aspect.Id))
            {
                problems.Add(I($"Aspects[{i}].Id"), SupervisionErrorCodes.DuplicateId, "Two aspects share this identifier.", aspect.Id.Value);
            }
        }

        var points = new HashSet<SupervisionPointId>();
        var used = new HashSet<SupervisionAspectId>();
        for (var i = 0; i < catalogue.Points.Length; i++)
        {
            if (catalogue.Points[i] is not { } point)
            {
                problems.Add(I($"Points[{i}]"), CommonErrorCodes.Required, "A point is missing.", null);
                continue;
            }

            if (!points.Add(point.Id))
            {
                problems.Add(I($"Points[{i}].Id"), SupervisionErrorCodes.DuplicateId, "Two points share this identifier.", point.Id.Value);
            }

            if (!aspects.Contains(point.Aspect))
            {
                problems.Add(I($"Points[{i}].Aspect"), SupervisionErrorCodes.AspectUnknown, "The point names an aspect the catalogue does not define.", point.Aspect.Value);
            }

            used.Add(point.Aspect);
        }

        for (var i = 0; i < catalogue.Aspects.Length; i++)
        {
            if (catalogue.Aspects[i] is { } aspect && !used.Contains(aspect.Id))
            {
                problems.Add(I($"Aspects[{i}]"), SupervisionErrorCodes.AspectEmpty, "The aspect has no key point.", aspect.Id.Value);
            }
        }
    }

    /// <summary>Checks the records against a catalogue.</summary>
    public static void CheckRecords(SupervisionRecords records, SupervisionCatalogue catalogue, ProblemCollector problems)
    {
        var groups = Groups(records, problems);
        var points = catalogue.Points.Where(p => p is not null).Select(p => p.Id).ToHashSet();
        var findings = new Dictionary<SupervisionFindingId, (SupervisionVisit Visit, SupervisionFinding Finding)>();
        var visits = new HashSet<SupervisionVisitId>();
        for (var i = 0; i < records.Visits.Length; i++)
        {
            if (records.Visits[i] is { } visit)
            {
                Visit(visit, records.Year, groups, points, visits, findings, problems.At(I($"Visits[{i}]")));
            }
        }

        var issued = new HashSet<SupervisionNoticeId>();
        for (var i = 0; i < records.Circulars.Length; i++)
        {
            if (records.Circulars[i] is { } circular)
            {
                Circular(circular, issued, findings, problems.At(I($"Circulars[{i}]")));
            }
        }

        for (var i = 0; i < records.Notices.Length; i++)
        {
            if (records.Notices[i] is { } notice)
            {
                Notice(notice, issued, findings, problems.At(I($"Notices[{i}]")));
            }
        }

        OneNoticePerFinding(records, problems);
    }

    /// <summary>Checks the records' organizations against the organization structure: each visit's and notice's on its date, each finding's within the visited organization.</summary>
    public static void CheckStructure(SupervisionRecords records, Func<LocalDate, OrganizationTree> structureOn, ProblemCollector problems)
    {
        for (var i = 0; i < records.Visits.Length; i++)
        {
            if (records.Visits[i] is not { } visit)
            {
                continue;
            }

            var tree = structureOn(visit.Date);
            if (!Within(tree, records.CommitteeId, visit.Organization))
            {
                problems.Add(I($"Visits[{i}].Organization"), SupervisionErrorCodes.OrganizationUnknown, I($"The organization is not under {records.CommitteeId} in the organization structure on {tree.Date:uuuu-MM-dd}."), visit.Organization.Value);
                continue;
            }

            for (var j = 0; j < visit.Findings.Length; j++)
            {
                if (visit.Findings[j] is { } finding && !Within(tree, visit.Organization, finding.Organization))
                {
                    problems.Add(I($"Visits[{i}].Findings[{j}].Organization"), SupervisionErrorCodes.OrganizationUnknown, I($"The organization is neither {visit.Organization} nor within it in the organization structure on {tree.Date:uuuu-MM-dd}."), finding.Organization.Value);
                }
            }
        }

        for (var i = 0; i < records.Notices.Length; i++)
        {
            if (records.Notices[i] is { } notice && structureOn(notice.IssuedOn) is var tree && !Within(tree, records.CommitteeId, notice.Organization))
            {
                problems.Add(I($"Notices[{i}].Organization"), SupervisionErrorCodes.OrganizationUnknown, I($"The organization is not under {records.CommitteeId} in the organization structure on {tree.Date:uuuu-MM-dd}."), notice.Organization.Value);
            }

            if (records.Notices[i] is { } noticed)
            {
                NoticeItemsStructure(records, noticed, structureOn(noticed.IssuedOn), problems.At(I($"Notices[{i}]")));
            }
        }
    }

    /// <summary>Checks a notice's items' responsible departments (under the committee) and responsible persons (members) against the structure on the notice's date.</summary>
    private static void NoticeItemsStructure(SupervisionRecords records, RectificationNotice notice, OrganizationTree tree, ProblemCollector problems)
    {
        for (var k = 0; k < notice.Items.Length; k++)
        {
            if (notice.Items[k] is not { } item)
            {
                continue;
            }

            if (item.ResponsibleDepartment is { } department && !Within(tree, records.CommitteeId, department))
            {
                problems.Add(I($"Items[{k}].ResponsibleDepartment"), SupervisionErrorCodes.OrganizationUnknown, I($"The organization is not under {records.CommitteeId} in the organization structure on {tree.Date:uuuu-MM-dd}."), department.Value);
            }

            if (item.Responsible is { } person && tree.FindMember(person) is null)
            {
                problems.Add(I($"Items[{k}].Responsible"), SupervisionErrorCodes.ResponsibleUnknown, I($"The person is not a member in the organization structure on {tree.Date:uuuu-MM-dd}."), person.Value);
            }
        }
    }

    /// <summary>Checks that every finding against a standardization indicator names a known one.</summary>
    public static void CheckIndicators(SupervisionRecords records, IReadOnlySet<IndicatorId> known, ProblemCollector problems)
    {
        for (var i = 0; i < records.Visits.Length; i++)
        {
            var findings = records.Visits[i]?.Findings ?? [];
            for (var j = 0; j < findings.Length; j++)
            {
                if (findings[j]?.Indicator is { } indicator && !known.Contains(indicator))
                {
                    problems.Add(I($"Visits[{i}].Findings[{j}].Indicator"), SupervisionErrorCodes.IndicatorUnknown, "The finding names an indicator that is not among the known indicators.", indicator.Value);
                }
            }
        }
    }

    private static bool Within(OrganizationTree tree, OrganizationId root, OrganizationId organization) =>
        tree.Contains(root) && tree.Contains(organization) && tree.Path(organization).Any(o => o.Id == root);

    private static HashSet<SupervisionGroupId> Groups(SupervisionRecords records, ProblemCollector problems)
    {
        var groups = new HashSet<SupervisionGroupId>();
        for (var i = 0; i < records.Groups.Length; i++)
        {
            if (records.Groups[i] is not { } group)
            {
                problems.Add(I($"Groups[{i}]"), CommonErrorCodes.Required, "A group is missing.", null);
                continue;
            }

            if (!groups.Add(group.Id))
            {
                problems.Add(I($"Groups[{i}].Id"), SupervisionErrorCodes.DuplicateId, "Two groups share this identifier.", group.Id.Value);
            }

            var leaders = group.Members.Count(m => m?.Role == GroupRole.Leader);
            if (leaders != 1 || group.Members.Any(m => m is null || string.IsNullOrWhiteSpace(m.Name) || !Enum.IsDefined(m.Role)))
            {
                problems.Add(I($"Groups[{i}].Members"), SupervisionErrorCodes.GroupMembers, I($"A group has exactly one leader and every person a name and a defined role ({SupervisionCitations.OneLeader}); it has {leaders} leader(s)."), group.Id.Value);
            }
        }

        return groups;
    }

    private static void Visit(
        SupervisionVisit visit,
        AssessmentYear year,
        HashSet<SupervisionGroupId> groups,
        HashSet<SupervisionPointId> points,
        HashSet<SupervisionVisitId> visits,
        Dictionary<SupervisionFindingId, (SupervisionVisit Visit, SupervisionFinding Finding)> findings,
        ProblemCollector problems)
    {
        if (!visits.Add(visit.Id))
        {
            problems.Add("Id", SupervisionErrorCodes.DuplicateId, "Two visits share this identifier.", visit.Id.Value);
        }

        if (!groups.Contains(visit.Group))
        {
            problems.Add("Group", SupervisionErrorCodes.GroupUnknown, "The visit names a group the records do not list.", visit.Group.Value);
        }

        if (visit.Date.Year != year.Value)
        {
            problems.Add("Date", SupervisionErrorCodes.DateOutOfYear, "The visit is dated outside the records' year.", Date(visit.Date));
        }

        if (visit.Methods.IsEmpty || visit.Methods.Distinct().Count() != visit.Methods.Length || visit.Methods.Any(m => !Enum.IsDefined(m)))
        {
            problems.Add("Methods", SupervisionErrorCodes.Methods, "A visit names at least one method, each once, each defined.", string.Join(",", visit.Methods));
        }

        for (var j = 0; j < visit.Findings.Length; j++)
        {
            if (visit.Findings[j] is not { } finding)
            {
                problems.Add(I($"Findings[{j}]"), CommonErrorCodes.Required, "A finding is missing.", null);
                continue;
            }

            if (!findings.TryAdd(finding.Id, (visit, finding)))
            {
                problems.Add(I($"Findings[{j}].Id"), SupervisionErrorCodes.DuplicateId, "Two findings share this identifier.", finding.Id.Value);
            }

            Finding(finding, points, problems.At(I($"Findings[{j}]")));
        }
    }

    private static void Finding(SupervisionFinding finding, HashSet<SupervisionPointId> points, ProblemCollector problems)
    {
        if (finding.TargetKind is null || (finding.LifeRule is { } rule && !Enum.IsDefined(rule)))
        {
            problems.Add(string.Empty, SupervisionErrorCodes.FindingTarget, "A finding is measured against exactly one of a key point, an indicator or a rule of organizational life.", finding.Id.Value);
        }
        else if (finding.Point is { } point && !points.Contains(point))
        {
            problems.Add("Point", SupervisionErrorCodes.PointUnknown, "The finding names a key point the catalogue does not list.", point.Value);
        }

        if (finding.Evidence.IsEmpty)
        {
            problems.Add("Evidence", SupervisionErrorCodes.Evidence, "A finding rests on at least one piece of evidence.", finding.Id.Value);
        }

        for (var k = 0; k < finding.Evidence.Length; k++)
        {
            if (finding.Evidence[k] is not { } evidence || string.IsNullOrWhiteSpace(evidence.Reference) || !Enum.IsDefined(evidence.Kind))
            {
                problems.Add(I($"Evidence[{k}]"), SupervisionErrorCodes.Evidence, "A piece of evidence has a defined kind and a reference.", finding.Evidence[k]?.Reference);
            }
        }
    }

    private static void Circular(
        SupervisionCircular circular,
        HashSet<SupervisionNoticeId> issued,
        Dictionary<SupervisionFindingId, (SupervisionVisit Visit, SupervisionFinding Finding)> findings,
        ProblemCollector problems)
    {
        if (!issued.Add(circular.Id))
        {
            problems.Add("Id", SupervisionErrorCodes.DuplicateId, "Two circulars or notices share this identifier.", circular.Id.Value);
        }

        if (circular.Findings.IsEmpty)
        {
            problems.Add("Findings", SupervisionErrorCodes.NoticeEmpty, "A circular reports at least one finding.", circular.Id.Value);
        }

        var early = false;
        for (var j = 0; j < circular.Findings.Length; j++)
        {
            if (!findings.TryGetValue(circular.Findings[j], out var found))
            {
                problems.Add(I($"Findings[{j}]"), SupervisionErrorCodes.FindingUnknown, "The circular names a finding the records do not hold.", circular.Findings[j].Value);
            }
            else
            {
                early |= found.Visit.Date > circular.IssuedOn;
            }
        }

        if (early)
        {
            problems.Add("IssuedOn", SupervisionErrorCodes.DateOrder, "The circular is issued before a visit whose finding it reports.", Date(circular.IssuedOn));
        }
    }

    private static void Notice(
        RectificationNotice notice,
        HashSet<SupervisionNoticeId> issued,
        Dictionary<SupervisionFindingId, (SupervisionVisit Visit, SupervisionFinding Finding)> findings,
        ProblemCollector problems)
    {
        if (!issued.Add(notice.Id))
        {
            problems.Add("Id", SupervisionErrorCodes.DuplicateId, "Two circulars or notices share this identifier.", notice.Id.Value);
        }

        if (notice.Items.IsEmpty)
        {
            problems.Add("Items", SupervisionErrorCodes.NoticeEmpty, "A rectification notice covers at least one finding.", notice.Id.Value);
        }

        var early = false;
        for (var k = 0; k < notice.Items.Length; k++)
        {
            if (notice.Items[k] is not { } item)
            {
                problems.Add(I($"Items[{k}]"), CommonErrorCodes.Required, "An item is missing.", null);
                continue;
            }

            var path = I($"Items[{k}]");
            if (!findings.TryGetValue(item.Finding, out var found))
            {
                problems.Add(path + ".Finding", SupervisionErrorCodes.FindingUnknown, "The notice names a finding the records do not hold.", item.Finding.Value);
            }
            else if (found.Visit.Organization != notice.Organization)
            {
                problems.Add(path + ".Finding", SupervisionErrorCodes.FindingOfAnotherOrganization, I($"The finding comes from a visit to {found.Visit.Organization}, not to {notice.Organization}."), item.Finding.Value);
            }
            else
            {
                early |= found.Visit.Date > notice.IssuedOn;
            }

            if (item.Deadline.HasValue == item.DueOn.HasValue || (item.Deadline is { } preset && !Enum.IsDefined(preset)))
            {
                problems.Add(path, SupervisionErrorCodes.DueShape, "An item gives its due date as exactly one of a defined preset (deadline) or a date (dueOn).", item.Finding.Value);
            }
            else if (item.DueDate(notice.IssuedOn) is { } due && due < notice.IssuedOn)
            {
                problems.Add(path + (item.DueOn.HasValue ? ".DueOn" : ".Deadline"), SupervisionErrorCodes.DateOrder, I($"The due date {due:uuuu-MM-dd} falls before the notice's issue on {notice.IssuedOn:uuuu-MM-dd}."), Date(due));
            }
        }

        if (early)
        {
            problems.Add("IssuedOn", SupervisionErrorCodes.DateOrder, "The notice is issued before a visit whose finding it covers.", Date(notice.IssuedOn));
        }
    }

    /// <summary>A finding is on one notice; a later notice (or a later item) that restates it names an earlier notice that covered it (<see cref="SupervisionCitations.OneNoticePerFinding"/>).</summary>
    private static void OneNoticePerFinding(SupervisionRecords records, ProblemCollector problems)
    {
        var items =
            from i in Enumerable.Range(0, records.Notices.Length)
            let notice = records.Notices[i]
            where notice is not null
            from k in Enumerable.Range(0, notice.Items.Length)
            let item = notice.Items[k]
            where item is not null
            select (Path: I($"Notices[{i}].Items[{k}]"), Notice: notice, Item: item);
        foreach (var covering in items.GroupBy(x => x.Item.Finding))
        {
            var seen = new List<RectificationNotice>();
            foreach (var (path, notice, item) in covering.OrderBy(x => x.Notice.IssuedOn).ThenBy(x => x.Notice.Id).ThenBy(x => x.Item.Repeats.HasValue))
            {
                if (item.Repeats is { } repeats)
                {
                    if (!seen.Exists(n => n.Id == repeats && n.Id != notice.Id))
                    {
                        problems.Add(path + ".Repeats", SupervisionErrorCodes.FindingOnTwoNotices, I($"The item repeats {repeats}, which did not cover the finding before this notice."), repeats.Value);
                    }
                }
                else if (seen.Count > 0)
                {
                    problems.Add(path + ".Finding", SupervisionErrorCodes.FindingOnTwoNotices, I($"The finding is already on {seen[0].Id}; a notice that restates it says so (repeats)."), item.Finding.Value);
                }

                seen.Add(notice);
            }
        }
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
