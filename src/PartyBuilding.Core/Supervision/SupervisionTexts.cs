using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Supervision;

/// <summary>The bilingual wording of the supervision explanations, with no enumeration names in either language.</summary>
internal static class SupervisionTexts
{
    /// <summary>Gets the label of an organization's root node.</summary>
    public static LocalizedText Root(OrganizationId organization) =>
        new(I($"{organization}督导发现问题"), I($"{organization}: supervision findings"));

    /// <summary>Gets the summary of an organization's supervision as of a date.</summary>
    public static LocalizedText RootSummary(LocalDate asOf, int visits, int findings, int open, int pastDue, int notOnNotice, int notices) => new(
        I($"截至{Date(asOf)}，督导检查{visits}次，发现问题{findings}个，下发整改通知书{notices}份；其中整改期限内{open}个，已过整改期限{pastDue}个（是否完成整改以整改台账为准），未列入整改通知书{notOnNotice}个。"),
        I($"As of {Date(asOf)}: {visits} visit(s), {findings} finding(s), {notices} rectification notice(s); {open} within the due date, {pastDue} past it (whether rectified is for the ledger to say), {notOnNotice} not on a notice."));

    /// <summary>Gets the label of a group of findings under an aspect of the catalogue.</summary>
    public static LocalizedText Aspect(SupervisionAspect aspect) =>
        new(I($"督导方面{aspect.Id}：{aspect.Title.ZhCn}"), I($"Aspect {aspect.Id}: {aspect.Title.English}"));

    /// <summary>Gets the label of a group of findings against indicators or rules of organizational life.</summary>
    public static LocalizedText Target(FindingTargetKind kind)
    {
        var label = SupervisionLabels.TargetKinds[kind];
        return new(I($"对照{label.ZhCn}发现的问题"), I($"Findings against a {label.English.ToLowerInvariant()}"));
    }

    /// <summary>Gets the label of a finding: its identifier, the organization, what it is measured against and what was found.</summary>
    public static LocalizedText Finding(SupervisionFinding finding)
    {
        var against = Against(finding);
        return new(
            I($"问题{finding.Id}（{finding.Organization}，对照{against.ZhCn}）：{finding.Description.ZhCn}"),
            I($"Finding {finding.Id} ({finding.Organization}, against {against.English}): {finding.Description.English}"));
    }

    /// <summary>Gets the label of a visit: its group, date and organization.</summary>
    public static LocalizedText Visit(SupervisionVisit visit, SupervisionGroup? group)
    {
        var name = group?.Name ?? LocalizedText.AsGiven(visit.Group.Value);
        return new(
            I($"督导检查{visit.Id}：{name.ZhCn}于{Date(visit.Date)}到{visit.Organization}"),
            I($"Visit {visit.Id}: {name.English} at {visit.Organization} on {Date(visit.Date)}"));
    }

    /// <summary>Gets the label of a method used on a visit.</summary>
    public static LocalizedText Method(SupervisionMethod method)
    {
        var label = SupervisionLabels.Methods[method];
        return new(I($"督导方式：{label.ZhCn}"), I($"Method: {label.English.ToLowerInvariant()}"));
    }

    /// <summary>Gets the label of a piece of evidence.</summary>
    public static LocalizedText Evidence(FindingEvidence evidence)
    {
        var kind = SupervisionLabels.EvidenceKinds[evidence.Kind];
        var note = evidence.Note;
        return new(
            I($"佐证材料（{kind.ZhCn}）：{evidence.Reference}{(note is null ? string.Empty : "，" + note.ZhCn)}"),
            I($"Evidence ({kind.English.ToLowerInvariant()}): {evidence.Reference}{(note is null ? string.Empty : ", " + note.English)}"));
    }

    /// <summary>Gets the label of a circular that reports a finding.</summary>
    public static LocalizedText Circular(SupervisionCircular circular) => new(
        I($"通报{circular.Id}（{Date(circular.IssuedOn)}）：{circular.Title.ZhCn}"),
        I($"Circular {circular.Id} ({Date(circular.IssuedOn)}): {circular.Title.English}"));

    /// <summary>Gets the label of the notice that governs a finding.</summary>
    public static LocalizedText Notice(RectificationNotice notice, NoticeItem item)
    {
        var (zh, en) = item.Repeats is { } r ? (I($"，再次下发（前次{r}）"), I($", restated (first on {r})")) : (string.Empty, string.Empty);
        return new(
            I($"整改通知书{notice.Id}（{Date(notice.IssuedOn)}下发给{notice.Organization}{zh}）"),
            I($"Rectification notice {notice.Id} (issued to {notice.Organization} on {Date(notice.IssuedOn)}{en})"));
    }

    /// <summary>Gets the label of a due date.</summary>
    public static LocalizedText Due(NoticeItem item, LocalDate? due)
    {
        var preset = item.Deadline is { } d ? ResponsibilitiesLabels.DeadlineClasses[d] : null;
        var zhDate = due is { } z ? Date(z) : "无固定期限";
        var enDate = due is { } e ? Date(e) : "no fixed date";
        return preset is null
            ? new(I($"整改期限：{zhDate}"), I($"Due: {enDate}"))
            : new(I($"整改期限：{zhDate}（{preset.ZhCn}）"), I($"Due: {enDate} ({preset.English.ToLowerInvariant()})"));
    }

    /// <summary>Gets the summary of where a finding stands.</summary>
    public static LocalizedText State(FindingState state, LocalDate asOf, LocalDate? due)
    {
        var label = SupervisionLabels.FindingStates[state];
        return state switch
        {
            FindingState.NotOnNotice => new(I($"截至{Date(asOf)}{label.ZhCn}。"), I($"As of {Date(asOf)}: {label.English.ToLowerInvariant()}.")),
            FindingState.PastDue => new(
                I($"截至{Date(asOf)}{label.ZhCn}（期限{Date(due!.Value)}；是否完成整改以整改台账为准）。"),
                I($"As of {Date(asOf)}: {label.English.ToLowerInvariant()} ({Date(due!.Value)}; whether rectified is for the ledger to say).")),
            _ => due is { } d
                ? new(I($"截至{Date(asOf)}在{label.ZhCn}（期限{Date(d)}）。"), I($"As of {Date(asOf)}: {label.English.ToLowerInvariant()} ({Date(d)})."))
                : new(I($"截至{Date(asOf)}为长期整改任务，不计逾期。"), I($"As of {Date(asOf)}: a long-term task, never past due.")),
        };
    }

    // ---- Into the rectification ledger (issue 22, "from findings to action") ----

    /// <summary>Gets the note of a finding on a notice that the given ledger does not hold.</summary>
    public static LocalizedText NotInLedger { get; } = new("未列入整改台账", "Not entered in the rectification ledger");

    /// <summary>Gets the text of the measure a notice item becomes in the ledger.</summary>
    public static LocalizedText LedgerMeasure(SupervisionFinding finding, SupervisionNoticeId notice) => new(
        I($"按整改通知书{notice}整改：{finding.Description.ZhCn}"),
        I($"Rectify as notice {notice} requires: {finding.Description.English}"));

    /// <summary>Gets the label of the ledger problem that carries a finding.</summary>
    public static LocalizedText LedgerProblem(RectificationProblem problem) => new(
        I($"整改台账问题{problem.Id}（方面{problem.Area}）"),
        I($"Ledger problem {problem.Id} (area {problem.Area})"));

    /// <summary>Gets the summary of where the ledger says a finding stands.</summary>
    public static LocalizedText LedgerState(FindingState state, LocalDate asOf, RectificationProblemId problem)
    {
        var label = SupervisionLabels.FindingStates[state];
        return state == FindingState.Open
            ? new(I($"截至{Date(asOf)}，整改台账问题{problem}整改中，无逾期措施。"), I($"As of {Date(asOf)}: ledger problem {problem} is being rectified, no measure overdue."))
            : new(I($"截至{Date(asOf)}，整改台账问题{problem}{label.ZhCn}。"), I($"As of {Date(asOf)}: ledger problem {problem}: {label.English.ToLowerInvariant()}."));
    }

    /// <summary>Gets the summary of an organization's supervision as of a date, with the ledger linked.</summary>
    public static LocalizedText RootSummaryWithLedger(LocalDate asOf, int visits, int findings, int notices, IReadOnlyDictionary<FindingState, int> states)
    {
        int N(FindingState s) => states.GetValueOrDefault(s);
        return new(
            I($"截至{Date(asOf)}，督导检查{visits}次，发现问题{findings}个，下发整改通知书{notices}份；按整改台账，已完成整改{N(FindingState.Rectified)}个，整改逾期{N(FindingState.Overdue)}个，整改中{N(FindingState.Open)}个；未列入整改台账且已过整改期限{N(FindingState.PastDue)}个，未列入整改通知书{N(FindingState.NotOnNotice)}个。"),
            I($"As of {Date(asOf)}: {visits} visit(s), {findings} finding(s), {notices} rectification notice(s); by the ledger {N(FindingState.Rectified)} rectified, {N(FindingState.Overdue)} overdue, {N(FindingState.Open)} open; {N(FindingState.PastDue)} past due and not in the ledger, {N(FindingState.NotOnNotice)} not on a notice."));
    }

    private static LocalizedText Against(SupervisionFinding finding)
    {
        if (finding.Point is { } point)
        {
            return new(I($"重点督导内容{point}"), I($"key point {point}"));
        }

        if (finding.Indicator is { } indicator)
        {
            return new(I($"标准化建设指标{indicator}"), I($"standardization indicator {indicator}"));
        }

        var rule = OrganizationalLifeLabels.FindingKinds[finding.LifeRule!.Value];
        return new(I($"组织生活制度：{rule.ZhCn}"), I($"rule of organizational life: {rule.English.ToLowerInvariant()}"));
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Accountability cases (问责案例), issue 22.

    /// <summary>Gets the label of the facts node of a case.</summary>
    public static LocalizedText CaseFacts { get; } = new("问责事实", "Facts");

    /// <summary>Gets the label of the statistics' cases node.</summary>
    public static LocalizedText StatisticsCases { get; } = new("问责案例数（按问责对象）", "Cases (by subject)");

    /// <summary>Gets the label of the statistics' forms node.</summary>
    public static LocalizedText StatisticsForms { get; } = new("问责方式使用次数（一案多种方式分别计）", "Forms used (a case with several forms counts under each)");

    /// <summary>Gets the label of a case's root node: its identifier and subject.</summary>
    public static LocalizedText CaseRoot(AccountabilityCase c, bool illustrative)
    {
        var subject = SubjectName(c.Subject);
        var (zh, en) = Mark(illustrative);
        return new(I($"问责案例{c.Id}{zh}：{subject.ZhCn}"), I($"Accountability case {c.Id}{en}: {subject.English}"));
    }

    /// <summary>Gets the label of a case's subject.</summary>
    public static LocalizedText CaseSubject(AccountabilitySubject subject)
    {
        var kind = SupervisionLabels.SubjectKinds[subject.Kind];
        var name = SubjectName(subject);
        return new(I($"问责对象（{kind.ZhCn}）：{name.ZhCn}"), I($"Subject ({kind.English.ToLowerInvariant()}): {name.English}"));
    }

    /// <summary>Gets the label of a finding a case rests on, with its visit.</summary>
    public static LocalizedText CaseFinding(SupervisionVisit visit, SupervisionFinding finding) => new(
        I($"督导发现问题{finding.Id}（{finding.Organization}，督导检查{visit.Id}，{Date(visit.Date)}）：{finding.Description.ZhCn}"),
        I($"Supervision finding {finding.Id} ({finding.Organization}, visit {visit.Id}, {Date(visit.Date)}): {finding.Description.English}"));

    /// <summary>Gets the label of an overdue measure a case rests on.</summary>
    public static LocalizedText CaseMeasure(RectificationProblem problem, RectificationMeasure measure, LocalDate due, LocalDate decidedOn) => new(
        I($"整改措施{problem.Id}/{measure.Id}（{problem.Organization}，责任人{measure.FirstResponsible}）逾期未完成：期限{Date(due)}，截至{Date(decidedOn)}未完成：{measure.Description.ZhCn}"),
        I($"Rectification measure {problem.Id}/{measure.Id} ({problem.Organization}, responsible {measure.FirstResponsible}) overdue: due {Date(due)}, not done by {Date(decidedOn)}: {measure.Description.English}"));

    /// <summary>Gets the label of a veto a case rests on.</summary>
    public static LocalizedText CaseVeto(RaisedVeto veto)
    {
        var reason = veto.Reason;
        return new(
            I($"一票否决事项{veto.Rule}（{veto.Organization}，{veto.Year}年度）{(reason is null ? string.Empty : "：" + reason.ZhCn)}"),
            I($"Veto {veto.Rule} ({veto.Organization}, {veto.Year}){(reason is null ? string.Empty : ": " + reason.English)}"));
    }

    /// <summary>Gets the label of the stage a case reached.</summary>
    public static LocalizedText CaseStage(AccountabilityStage stage)
    {
        var label = ResponsibilitiesLabels.Stages[stage];
        return new(I($"责任链条所处环节：{label.ZhCn}（明责→定责→督责→述责→评责→问责）"), I($"Stage of the chain: {label.English.ToLowerInvariant()} (clarify → assign → supervise → report → evaluate → hold accountable)"));
    }

    /// <summary>Gets the label of a case's decision.</summary>
    public static LocalizedText CaseDecision(LocalizedText decidedBy, LocalDate decidedOn) =>
        new(I($"{decidedBy.ZhCn}于{Date(decidedOn)}作出决定"), I($"Decided by {decidedBy.English} on {Date(decidedOn)}"));

    /// <summary>Gets the label of a case's outcome node.</summary>
    public static LocalizedText CaseOutcome(int forms) =>
        forms == 0 ? new("尚未问责（未作出问责决定）", "Not yet held to account (no decision)") : new(I($"问责方式{forms}种"), I($"{forms} form(s) of accountability"));

    /// <summary>Gets the label of a form of accountability.</summary>
    public static LocalizedText CaseForm(AccountabilityForm form)
    {
        var label = SupervisionLabels.AccountabilityForms[form];
        return new(I($"问责方式：{label.ZhCn}"), I($"Form: {label.English.ToLowerInvariant()}"));
    }

    /// <summary>Gets the summary of a case.</summary>
    public static LocalizedText CaseSummary(AccountabilityCase c, ImmutableArray<AccountabilityForm> forms)
    {
        var subject = SubjectName(c.Subject);
        var stage = ResponsibilitiesLabels.Stages[c.Stage];
        if (forms.IsEmpty)
        {
            return new(
                I($"{subject.ZhCn}：截至{Date(c.DecidedOn)}处于“{stage.ZhCn}”环节，未作出问责决定；问责事实{c.Facts.Length}项。"),
                I($"{subject.English}: at the stage “{stage.English.ToLowerInvariant()}” on {Date(c.DecidedOn)}, no accountability decided; {c.Facts.Length} fact(s)."));
        }

        var zh = string.Join("、", forms.Select(f => SupervisionLabels.AccountabilityForms[f].ZhCn));
        var en = string.Join(", ", forms.Select(f => SupervisionLabels.AccountabilityForms[f].English.ToLowerInvariant()));
        return new(
            I($"{c.DecidedBy.ZhCn}于{Date(c.DecidedOn)}对{subject.ZhCn}予以问责：{zh}；问责事实{c.Facts.Length}项。"),
            I($"{c.DecidedBy.English} held {subject.English} to account on {Date(c.DecidedOn)}: {en}; {c.Facts.Length} fact(s)."));
    }

    /// <summary>Gets the label of the statistics' root node.</summary>
    public static LocalizedText StatisticsRoot(AssessmentYear year, bool illustrative)
    {
        var (zh, en) = Mark(illustrative);
        return new(I($"{year}年问责情况{zh}"), I($"Accountability in {year}{en}"));
    }

    /// <summary>Gets the label of the cases against one kind of subject.</summary>
    public static LocalizedText StatisticsKind(AccountabilitySubjectKind kind)
    {
        var label = SupervisionLabels.SubjectKinds[kind];
        return new(I($"问责{label.ZhCn}"), I($"Cases against a {label.English.ToLowerInvariant()}"));
    }

    /// <summary>Gets the label of one case in the statistics.</summary>
    public static LocalizedText StatisticsCase(AccountabilityCaseResult c)
    {
        var stage = ResponsibilitiesLabels.Stages[c.Stage];
        var who = c.Person is { } p ? I($"{p}（{c.Organization}）") : c.Organization.Value;
        var whoEn = c.Person is { } q ? I($"{q} ({c.Organization})") : c.Organization.Value;
        return c.Forms.IsEmpty
            ? new(I($"{c.Case}：{who}，{Date(c.DecidedOn)}，{stage.ZhCn}环节，未问责"), I($"{c.Case}: {whoEn}, {Date(c.DecidedOn)}, at {stage.English.ToLowerInvariant()}, not held to account"))
            : new(
                I($"{c.Case}：{who}，{Date(c.DecidedOn)}，{string.Join("、", c.Forms.Select(f => SupervisionLabels.AccountabilityForms[f].ZhCn))}"),
                I($"{c.Case}: {whoEn}, {Date(c.DecidedOn)}, {string.Join(", ", c.Forms.Select(f => SupervisionLabels.AccountabilityForms[f].English.ToLowerInvariant()))}"));
    }

    /// <summary>Gets the label of the cases that used one form for one kind of subject.</summary>
    public static LocalizedText StatisticsForm(AccountabilityFormCount count)
    {
        var form = SupervisionLabels.AccountabilityForms[count.Form];
        var kind = SupervisionLabels.SubjectKinds[count.SubjectKind];
        return new(I($"{form.ZhCn}（{kind.ZhCn}）：{count.Cases}案"), I($"{form.English} ({kind.English.ToLowerInvariant()}): {count.Cases} case(s)"));
    }

    /// <summary>Gets the label of the cadres dealt with.</summary>
    public static LocalizedText StatisticsCadres(IReadOnlyCollection<MemberId> cadres) => new(
        I($"被问责的党的领导干部{cadres.Count}人{People(cadres, "：")}"),
        I($"Leading cadres held to account: {cadres.Count}{People(cadres, " — ")}"));

    /// <summary>Gets the label of the cadres given a disciplinary sanction, compared with article 003's figure.</summary>
    public static LocalizedText StatisticsDisciplined(IReadOnlyCollection<MemberId> cadres) => new(
        I($"给予纪律处分的党的领导干部{cadres.Count}人{People(cadres, "：")}（文章003报告：党纪处分36人）"),
        I($"Leading cadres given a disciplinary sanction: {cadres.Count}{People(cadres, " — ")} (article 003 reports 36 disciplined)"));

    /// <summary>Gets the summary of the year's statistics.</summary>
    public static LocalizedText StatisticsSummary(LocalDate asOf, int cases, int held, int pending, int cadres, int disciplined) => new(
        I($"截至{Date(asOf)}，问责案例{cases}件，其中已问责{held}件、尚未问责{pending}件；被问责的党的领导干部{cadres}人，其中给予纪律处分{disciplined}人。"),
        I($"As of {Date(asOf)}: {cases} case(s), {held} held to account and {pending} not yet; {cadres} leading cadre(s) held to account, {disciplined} given a disciplinary sanction."));

    private static LocalizedText SubjectName(AccountabilitySubject subject) =>
        subject.Kind == AccountabilitySubjectKind.LeadingCadre && subject.Post is { } post
            ? new(I($"{subject.Name}（{subject.Person}，{subject.Organization}{post.ZhCn}）"), I($"{subject.Name} ({subject.Person}, {post.English}, {subject.Organization})"))
            : LocalizedText.AsGiven(subject.Organization.Value);

    private static (string ZhCn, string English) Mark(bool illustrative) => illustrative ? ("（示例）", " (illustrative)") : (string.Empty, string.Empty);

    private static string People(IReadOnlyCollection<MemberId> cadres, string separator) =>
        cadres.Count == 0 ? string.Empty : separator + string.Join(",", cadres);
}
