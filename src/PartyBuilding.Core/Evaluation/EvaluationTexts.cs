using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The texts of the <c>Evaluation</c> composition: area names, gap reasons and the labels of the adapters' explanation nodes.</summary>
internal static class EvaluationTexts
{
    /// <summary>Gets the name of the double-review area.</summary>
    public static LocalizedText DoubleReview { get; } = new("双述双评", "double review");

    /// <summary>Gets the name of the standardization area.</summary>
    public static LocalizedText Standardization { get; } = new("党支部标准化建设", "standardization");

    /// <summary>Gets the name of the member-points area.</summary>
    public static LocalizedText MemberPoints { get; } = new("党员积分管理", "member points");

    /// <summary>Gets the name of the responsibilities area.</summary>
    public static LocalizedText Responsibilities { get; } = new("责任清单落实", "responsibilities");

    /// <summary>Gets the name of the rectification area.</summary>
    public static LocalizedText Rectification { get; } = new("问题整改台账", "rectification ledger");

    /// <summary>Gets the name of the organizational-life area.</summary>
    public static LocalizedText OrganizationalLife { get; } = new("组织生活记录", "organizational-life records");

    /// <summary>Gets the name of the supervision area.</summary>
    public static LocalizedText Supervision { get; } = new("督导检查与问责", "supervision and accountability");

    /// <summary>Gets the label of the supervision component's node.</summary>
    public static LocalizedText SupervisionScore { get; } = new("督导检查得分（未逾期问题占比）", "Supervision score (share of findings not past due)");

    /// <summary>Gets the label of the progress step that checks the documents.</summary>
    public static LocalizedText CheckingDocuments { get; } = new("校验文件并核对组织结构", "checking the documents against the organization structure");

    /// <summary>Gets the label of the progress step that runs an area's engine.</summary>
    public static LocalizedText RunningArea(LocalizedText area) => new($"计算：{area.ZhCn}", $"running: {area.English}");

    /// <summary>Gets the label of the progress step that evaluates the annual assessment.</summary>
    public static LocalizedText Assessing { get; } = new("综合考核与统一排名", "assessing and ranking");

    /// <summary>Gets the label of the last progress report, after the last step: every input record done.</summary>
    public static LocalizedText Completed { get; } = new("评价完成", "evaluation complete");

    /// <summary>Gets the reason of a gap no area explains and the given inputs do not fill.</summary>
    public static LocalizedText NotGiven { get; } = new("直接录入的数据中没有该组织的这一项", "the given inputs have no input for it");

    /// <summary>Gets the label of a double-review component input.</summary>
    public static LocalizedText DoubleReviewScore { get; } = new("双述双评得分（百分制）", "Double review score (100-point scale)");

    /// <summary>Gets the label of a member-points component input.</summary>
    public static LocalizedText MemberPointsScore { get; } = new("党员积分统计得分", "Member-points statistics score");

    /// <summary>Gets the label of a rectification component input.</summary>
    public static LocalizedText RectificationScore { get; } = new("问题整改得分（按期整改措施占比）", "Rectification score (share of measures not overdue)");

    /// <summary>Gets the label of a responsibilities component input.</summary>
    public static LocalizedText ResponsibilityScore { get; } = new("责任清单落实得分（百分制）", "Responsibility lists score (100-point scale)");

    /// <summary>Gets the label of a standardization component input.</summary>
    public static LocalizedText StandardizationScore { get; } = new("党支部标准化建设得分（所辖支部平均）", "Branch standardization score (mean of the branches)");

    /// <summary>Gets the label of an organizational-life component input.</summary>
    public static LocalizedText OrganizationalLifeScore { get; } = new("组织生活合规得分（所辖支部规则符合率）", "Organizational-life compliance score (share of rules met across the branches)");

    /// <summary>The label of a branch's node in an organizational-life component input.</summary>
    /// <param name="branch">The branch.</param>
    /// <param name="met">Its rules met.</param>
    /// <param name="rulesChecked">Its rules checked.</param>
    /// <returns>The label.</returns>
    public static LocalizedText BranchLifeCompliance(OrganizationId branch, int met, int rulesChecked) => new(
        string.Create(CultureInfo.InvariantCulture, $"{branch}：检查{rulesChecked}项，符合{met}项"),
        string.Create(CultureInfo.InvariantCulture, $"{branch}: {met} of {rulesChecked} rules met"));

    /// <summary>The reason of an organization whose branches had no rule of organizational life checked.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText NoLifeRuleChecked(LocalDate asOf) => new(
        string.Create(CultureInfo.InvariantCulture, $"截至{asOf:uuuu-MM-dd}，该组织所辖支部没有可检查的组织生活规则"),
        string.Create(CultureInfo.InvariantCulture, $"no rule of organizational life was checked for its branches by {asOf:uuuu-MM-dd}"));

    /// <summary>The reason of a gap an area gave no result for.</summary>
    /// <param name="area">The area's name.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText NoResult(LocalizedText area) =>
        new($"{area.ZhCn}未给出该组织的结果", $"the {area.English} gave no result for the organization");

    /// <summary>The reason of an organization without a double-review result.</summary>
    /// <param name="zhCn">Each failed round, in Chinese, joined.</param>
    /// <param name="english">Each failed round, in English, joined.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText DoubleReviewInvalid(string zhCn, string english) => new("双述双评无效：" + zhCn, "double review invalid: " + english);

    /// <summary>The reason a rectification input raises the overdue rule.</summary>
    /// <param name="measures">The organization's measures.</param>
    /// <param name="overdue">How many are overdue.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText Overdue(int measures, int overdue) => new(
        string.Create(CultureInfo.InvariantCulture, $"{measures}项整改措施中{overdue}项逾期"),
        string.Create(CultureInfo.InvariantCulture, $"{overdue} of {measures} rectification measures overdue"));

    /// <summary>The note of a department's standardization score: how vetoed branches count, and which are vetoed.</summary>
    /// <param name="rule">The rule's label.</param>
    /// <param name="vetoed">The vetoed branches.</param>
    /// <returns>The note.</returns>
    public static LocalizedText VetoedBranches(LocalizedText rule, IReadOnlyList<string> vetoed) =>
        vetoed.Count == 0
            ? new($"{rule.ZhCn}（本单位无被否决支部）", $"{rule.English}; no branch of the organization is vetoed")
            : new($"{rule.ZhCn}：{string.Join("、", vetoed)}", $"{rule.English}: {string.Join(", ", vetoed)}");

    /// <summary>The reason a vetoed branch raises the standardization veto rule.</summary>
    /// <param name="branch">The branch.</param>
    /// <param name="vetoes">The indicators that vetoed it, in order.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText BranchVetoed(OrganizationId branch, IReadOnlyList<string> vetoes) =>
        new($"支部{branch}因{string.Join("、", vetoes)}被否决", $"branch {branch} vetoed on {string.Join(", ", vetoes)}");

    /// <summary>The reason a department has no standardization score when every branch is vetoed and vetoed branches are excluded.</summary>
    /// <param name="rule">The rule's label.</param>
    /// <param name="year">The year.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText AllBranchesVetoed(LocalizedText rule, AssessmentYear year) =>
        new($"所辖党支部均被一票否决，按“{rule.ZhCn}”无平均分", $"every branch scored in {year} is vetoed and vetoed branches are left out of the mean");

    /// <summary>The label of a vetoed branch counted as zero.</summary>
    /// <param name="branch">The branch.</param>
    /// <returns>The label.</returns>
    public static LocalizedText VetoedAsZero(OrganizationId branch) => new($"{branch} 被一票否决，按零分计入", $"{branch} vetoed, counted as zero");

    /// <summary>The note of a finding the rectification ledger carries, not counted again by supervision.</summary>
    /// <param name="problem">The ledger problem.</param>
    /// <returns>The note.</returns>
    public static LocalizedText SupervisionCarried(RectificationProblemId problem) => new(
        $"已列入整改台账问题{problem}，由问题整改计分，督导检查不重复计分（本库规则）",
        $"carried into the rectification ledger as problem {problem} and counted by rectification; supervision does not count it again (library rule)");

    /// <summary>The cause of the open-findings rule: one finding still open.</summary>
    /// <param name="status">The finding's status.</param>
    /// <returns>The cause.</returns>
    public static LocalizedText SupervisionOpenFinding(FindingStatus status) => new(
        string.Create(CultureInfo.InvariantCulture, $"督导发现问题{status.Finding}（{status.Visit}督导检查，{status.VisitedOn:uuuu-MM-dd}）截至评价日尚未整改{(status.Notice is { } zhNotice ? $"（整改通知书{zhNotice}，{Due(status, true)}）" : "（尚未列入整改通知书）")}"),
        string.Create(CultureInfo.InvariantCulture, $"supervision finding {status.Finding} (visit {status.Visit}, {status.VisitedOn:uuuu-MM-dd}) still open on the evaluation date{(status.Notice is { } notice ? $" (notice {notice}, {Due(status, false)})" : " (on no notice yet)")}"));

    /// <summary>The cause of the past-due rule: one finding past its due date.</summary>
    /// <param name="status">The finding's status.</param>
    /// <returns>The cause.</returns>
    public static LocalizedText SupervisionPastDueFinding(FindingStatus status) => new(
        string.Create(CultureInfo.InvariantCulture, $"督导发现问题{status.Finding}（{status.Visit}督导检查，{status.VisitedOn:uuuu-MM-dd}）逾期未整改：整改通知书{status.Notice}，{Due(status, true)}{(status.LedgerProblem is { } zhProblem ? $"，整改台账问题{zhProblem}措施逾期" : string.Empty)}"),
        string.Create(CultureInfo.InvariantCulture, $"supervision finding {status.Finding} (visit {status.Visit}, {status.VisitedOn:uuuu-MM-dd}) past due: notice {status.Notice}, {Due(status, false)}{(status.LedgerProblem is { } problem ? $", a measure of ledger problem {problem} overdue" : string.Empty)}"));

    /// <summary>The cause of an accountability rule: a case held to account in one form, with the steps behind its facts.</summary>
    /// <param name="c">The case.</param>
    /// <param name="form">The form the rule is mapped to.</param>
    /// <param name="steps">The facts and where each came from.</param>
    /// <returns>The cause.</returns>
    public static LocalizedText AccountabilityOutcome(AccountabilityCaseResult c, AccountabilityForm form, LocalizedText steps)
    {
        var label = SupervisionLabels.AccountabilityForms[form];
        var summary = c.Explanation.Summary ?? c.Explanation.Label;
        return new(
            $"问责案例{c.Case}（{label.ZhCn}）：{summary.ZhCn}事实：{steps.ZhCn}",
            $"accountability case {c.Case} ({label.English.ToLowerInvariant()}): {summary.English} Facts: {steps.English}");
    }

    /// <summary>One fact of a case with the steps it came from: the finding, its visit, its notice and the ledger problem.</summary>
    /// <param name="fact">The fact's label.</param>
    /// <param name="finding">The finding the fact is or came from, or <see langword="null"/>.</param>
    /// <param name="problem">The ledger problem of an overdue measure, or <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    public static LocalizedText CaseStep(LocalizedText fact, FindingStatus? finding, RectificationProblemId? problem) =>
        finding is null || problem is null
            ? fact
            : new(
                string.Create(CultureInfo.InvariantCulture, $"{fact.ZhCn}（源于督导发现问题{finding.Finding}：{finding.Visit}督导检查{finding.VisitedOn:uuuu-MM-dd}，整改通知书{finding.Notice}，列入整改台账问题{problem}）"),
                string.Create(CultureInfo.InvariantCulture, $"{fact.English} (from supervision finding {finding.Finding}: visit {finding.Visit} on {finding.VisitedOn:uuuu-MM-dd}, notice {finding.Notice}, ledger problem {problem})"));

    /// <summary>Joins causes, in order.</summary>
    /// <param name="causes">The causes.</param>
    /// <returns>The joined text.</returns>
    public static LocalizedText Joined(IReadOnlyCollection<LocalizedText> causes) =>
        new(string.Join("；", causes.Select(c => c.ZhCn)), string.Join("; ", causes.Select(c => c.English)));

    /// <summary>The reason of a deduction entry (a plain text, in Chinese, the committee's language), with the points each (示例).</summary>
    /// <param name="cause">The cause.</param>
    /// <param name="points">The points each.</param>
    /// <returns>The reason.</returns>
    public static string DeductionReason(LocalizedText cause, Score points) => $"{cause.ZhCn}；扣{points}分（每项分值为示例）";

    /// <summary>The summary of a department's supervision component.</summary>
    /// <param name="findings">Its findings.</param>
    /// <param name="counted">Those counted here.</param>
    /// <param name="pastDue">Counted and past due.</param>
    /// <param name="open">Counted and open.</param>
    /// <param name="cases">Cases held to account against it.</param>
    /// <returns>The summary.</returns>
    public static LocalizedText SupervisionSummary(int findings, int counted, int pastDue, int open, int cases) => new(
        string.Create(CultureInfo.InvariantCulture, $"督导发现问题{findings}个，计分{counted}个（其余已列入整改台账，不重复计分），其中逾期{pastDue}个、尚未整改{open}个；被问责{cases}起。"),
        string.Create(CultureInfo.InvariantCulture, $"{findings} supervision finding(s), {counted} counted here (the others are in the rectification ledger and not counted twice): {pastDue} past due, {open} open; {cases} accountability case(s)."));

    private static string Due(FindingStatus status, bool chinese) =>
        status.DueOn is { } due
            ? chinese ? string.Create(CultureInfo.InvariantCulture, $"整改期限{due:uuuu-MM-dd}") : string.Create(CultureInfo.InvariantCulture, $"due {due:uuuu-MM-dd}")
            : chinese ? "长期坚持" : "a long-term task";
}
