using System.Text.RegularExpressions;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The bilingual names of the strategies, parameters and parameter values that explanation nodes carry, so that
/// <see cref="Explanation.ToText"/> says them in the reader's language: a Chinese reader sees <c>四舍五入</c>, not
/// <c>round-half-away-from-zero</c>. The English names are the strategies' own names, as written in schemes.
/// </summary>
/// <remarks>
/// A name the table does not know is shown as it is (the Docs and Evaluation tests check that every name the bundled
/// evaluation produces is known). Numbers with more than <see cref="MaxShownDecimals"/> decimal places are shown
/// rounded to that many, marked <c>≈</c>: the exact value stays in the tree and in its JSON.
/// </remarks>
internal static partial class ExplanationVocabulary
{
    /// <summary>The most decimal places a number is shown with: 6.</summary>
    internal const int MaxShownDecimals = 6;

    private static readonly Dictionary<string, string> StrategiesZh = new(StringComparer.Ordinal)
    {
        ["sum"] = "求和",
        ["capped-sum"] = "封顶求和",
        ["negate"] = "取负值（扣减）",
        ["weighted"] = "加权",
        ["weighted-mean"] = "加权平均",
        ["trimmed-mean"] = "去掉最高最低后平均",
        ["median"] = "中位数",
        ["mean"] = "平均",
        ["mean-rounded"] = "平均后四舍五入",
        ["round-half-away-from-zero"] = "四舍五入",
        ["published-score"] = "公布得分",
        ["scale-to-100"] = "折算百分制",
        ["grade-to-score"] = "等次折算分值",
        ["share-not-overdue"] = "按期整改占比",
        ["level-weighted"] = "按责任层级加权",
        ["weight-times-mean-completion"] = "权重×平均完成率",
        ["done-over-decided"] = "完成次数÷到期次数",
        ["overdue-deduction"] = "逾期扣分",
        ["count-times-deduction"] = "次数×扣分",
        ["participation-and-grades"] = "参与申报率与合格比例",
        ["rating-table"] = "评价分值表",
        ["latest-audit"] = "以最后一次审核为准",
        ["declaration-status"] = "申报状态",
        ["grading-eligibility"] = "参加定级条件",
        ["branch-quota"] = "支部名额定级",
        ["grade-ceiling"] = "等次上限",
        ["checklist"] = "达标即得分",
        ["deduction"] = "按次扣分",
        ["proportional"] = "按比例得分",
        ["bonus"] = "按次加分",
        ["veto"] = "一票否决",
        ["stepwise-climbing"] = "逐级晋升",
        ["vetoed-as-zero"] = "否决计零分",
        ["share-named-at-least"] = "达到等次的比例",
        ["gap-to-threshold"] = "距达标差距",
        ["absolute-thresholds"] = "绝对分数线",
        ["score-thresholds"] = "分数线",
        ["score-thresholds-aspect-floor"] = "分数线及单项下限",
        ["share-threshold"] = "比例线",
        ["quota"] = "按比例评定等次",
        ["none"] = "无",
        ["derived-from-records"] = "由组织生活记录取数",
        ["counted-from-records"] = "由组织生活记录计分",
        ["periods-without-valid-meeting"] = "未有效召开的期数",
        ["share-of-periods-with-valid-meeting"] = "有效召开的期数占比",
        ["held-in-year"] = "本年度均已有效召开",
        ["attendance-rate"] = "到会率",
        ["minimum-per-period"] = "每期至少召开次数",
        ["more-than-share-present"] = "到会人数超过规定比例",
        ["at-least-share-present"] = "到会人数达到规定比例",
        ["talk-with-every-member"] = "与每名党员谈心谈话",
        ["months-unpaid"] = "未交纳党费月数",
        ["consecutive-months"] = "连续月数",
    };

    private static readonly Dictionary<string, string> ParametersZh = new(StringComparer.Ordinal)
    {
        ["scale"] = "保留小数位数",
        ["places"] = "小数位数",
        ["cap"] = "上限",
        ["weight"] = "权重",
        ["band"] = "等次线",
        ["annualProportion"] = "计入年度考核比例",
        ["grade"] = "等次",
        ["cast"] = "参评人数",
        ["eligible"] = "应参评人数",
        ["minimumCast"] = "最少参评人数",
        ["quorum"] = "规定参评比例",
        ["share"] = "两端各剔除比例",
        ["count"] = "两端各剔除个数",
        ["participationWeight"] = "参与权重",
        ["measures"] = "整改措施数",
        ["overdue"] = "逾期数",
        ["max-points"] = "满分",
        ["maxPoints"] = "满分",
        ["weight-principal"] = "主体责任权重",
        ["weight-assisting"] = "协助责任权重",
        ["weight-guiding-and-supervising"] = "指导督促责任权重",
        ["weight-implementing"] = "具体落实责任权重",
        ["deduction-per-overdue"] = "每次逾期扣分",
        ["declared-total"] = "标准总分",
        ["countedWeight"] = "计分权重合计",
        ["completion"] = "平均完成率",
        ["dueRule"] = "到期规则",
        ["status"] = "状态",
        ["branches"] = "支部数",
        ["vetoed-branches"] = "被否决支部",
        ["per-occurrence"] = "每次分值",
        ["zero-rate"] = "零分比例",
        ["floor"] = "最低分",
        ["full-rate"] = "满分比例",
        ["good"] = "好",
        ["fairly-good"] = "较好",
        ["average"] = "一般",
        ["poor"] = "差",
        ["excellent"] = "优秀分数线",
        ["qualified"] = "合格分数线",
        ["basically-qualified"] = "基本合格分数线",
        ["applied-excellent"] = "实际优秀分数线",
        ["applied-qualified"] = "实际合格分数线",
        ["applied-basically-qualified"] = "实际基本合格分数线",
        ["excellent-quota"] = "优秀名额比例",
        ["excellent-places"] = "优秀名额数",
        ["eligible-members"] = "按分数线可评优秀人数",
        ["prorate"] = "按在党月数折算",
        ["tie-rule"] = "并列规则",
        ["tie-at-boundary"] = "名额线上并列",
        ["good-share"] = "好等次比例",
        ["poor-share"] = "差等次比例",
        ["total"] = "总分",
        ["items"] = "项数",
        ["standard"] = "标准党支部分数线",
        ["advanced"] = "先进党支部分数线",
        ["exemplary"] = "过硬党支部分数线",
        ["aspect-floor"] = "单项得分下限",
        ["max-rise-per-year"] = "每年至多晋升等级数",
        ["previous-tier"] = "上次命名等级",
        ["vetoed"] = "一票否决",
        ["minimum-tier"] = "最低等级",
        ["target"] = "目标比例",
        ["declarationDeadlineDay"] = "次月申报截止日",
        ["deadline"] = "申报截止日期",
        ["latePolicy"] = "逾期申报处理",
        ["gradeProbationaryMembers"] = "预备党员参加定级",
        ["minimumMonthsForGrading"] = "参加定级最少在党月数",
        ["monthlyCap"] = "每月上限",
        ["yearlyCap"] = "每年上限",
        ["periods"] = "期数",
        ["periods-with"] = "有效召开期数",
        ["present"] = "实到人次",
        ["recorded"] = "记录人次",
        ["occurrences"] = "次数",
        ["points"] = "每次分值",
        ["minimum"] = "至少次数",
        ["period"] = "周期",
        ["entitled"] = "应到人数",
        ["months"] = "连续月数界限",
        ["monthsWithoutLife"] = "连续未参加组织生活月数",
        ["monthsUnpaid"] = "连续未交纳党费月数",
    };

    private static readonly Dictionary<string, string> ValuesZh = new(StringComparer.Ordinal)
    {
        ["true"] = "是",
        ["false"] = "否",
        ["Good"] = "好",
        ["FairlyGood"] = "较好",
        ["Average"] = "一般",
        ["Poor"] = "差",
        ["Excellent"] = "优秀",
        ["Qualified"] = "合格",
        ["BasicallyQualified"] = "基本合格",
        ["Unqualified"] = "不合格",
        ["Done"] = "已完成",
        ["Overdue"] = "已逾期",
        ["InProgress"] = "进行中",
        ["NotDue"] = "未到期",
        ["Pending"] = "待完成",
        ["exclude-tied"] = "并列者均不占名额",
        ["include-tied"] = "并列者均占名额",
        ["count"] = "按原得分计入",
        ["zero"] = "按零分计入",
        ["exclude"] = "不计入",
        ["CommitteeLeaders"] = "工委领导评分",
        ["CommitteeMembers"] = "工委成员量化测评",
        ["Members"] = "党员民主测评",
        ["PeerOrganizations"] = "党组织定量互评",
        ["principal"] = "主体责任",
        ["assisting"] = "协助责任",
        ["guidingAndSupervising"] = "指导督促责任",
        ["implementing"] = "落实责任",
        ["Lagging"] = "后进党支部",
        ["Standard"] = "标准党支部",
        ["Advanced"] = "先进党支部",
        ["Exemplary"] = "过硬党支部",
        ["none"] = "无",
        ["refuse"] = "不予计分",
        ["accept"] = "照常计分",
        ["month"] = "每月",
        ["quarter"] = "每季度",
        ["year"] = "每年",
    };

    private static readonly Dictionary<string, string> PeriodsZh = new(StringComparer.Ordinal)
    {
        ["Year"] = "每年",
        ["HalfYear"] = "每半年",
        ["Quarter"] = "每季度",
        ["Month"] = "每月",
    };

    // A quorum's share and attendance are not a trimmed mean's share or an attendance rate's person-times.
    private static readonly Dictionary<string, string> QuorumParametersZh = new(StringComparer.Ordinal)
    {
        ["share"] = "规定到会比例",
        ["present"] = "实到人数",
    };

    /// <summary>Names a strategy in a language.</summary>
    /// <param name="name">The strategy's name, e.g. <c>trimmed-mean</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name in the language, or the name as it is when the table does not know it.</returns>
    internal static string Strategy(string name, DisplayLanguage language) =>
        language == DisplayLanguage.English ? name : StrategiesZh.GetValueOrDefault(name, name);

    /// <summary>Names a parameter of a strategy in a language: <c>scale</c> of a published or 100-point score is the point scale (<c>分制</c>), elsewhere the decimal places.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <param name="name">The parameter's name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name in the language.</returns>
    internal static string Parameter(string strategy, string name, DisplayLanguage language) =>
        language == DisplayLanguage.English ? name
        : name == "scale" && strategy is "published-score" ? "分制"
        : strategy is "more-than-share-present" or "at-least-share-present" && QuorumParametersZh.TryGetValue(name, out var quorum) ? quorum
        : Parameter(name, language);


    /// <summary>Names a parameter in a language; a compound name <c>weight.Members</c> is named part by part: <c>权重（党员民主测评）</c>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name in the language, or the name as it is when the table does not know it.</returns>
    internal static string Parameter(string name, DisplayLanguage language)
    {
        if (language == DisplayLanguage.English)
        {
            return name;
        }

        if (ParametersZh.TryGetValue(name, out var known))
        {
            return known;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && ParametersZh.TryGetValue(name[..dot], out var head)
            ? $"{head}（{ValuesZh.GetValueOrDefault(name[(dot + 1)..], name[(dot + 1)..])}）"
            : name;
    }

    /// <summary>Says a parameter's value in a language: a number bounded to <see cref="MaxShownDecimals"/> places, a known word translated.</summary>
    /// <param name="value">The value as the strategy wrote it.</param>
    /// <param name="language">The language.</param>
    /// <returns>The value in the language.</returns>
    internal static string Value(string value, DisplayLanguage language)
    {
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Number(number);
        }

        if (language == DisplayLanguage.English)
        {
            return value;
        }

        if (ValuesZh.TryGetValue(value, out var known))
        {
            return known;
        }

        if (PerPeriod().Match(value) is { Success: true } perPeriod && PeriodsZh.TryGetValue(perPeriod.Groups[2].Value, out var period))
        {
            return $"{period}{perPeriod.Groups[1].Value}次";
        }

        return OnceBy().Match(value) is { Success: true } onceBy ? $"{onceBy.Groups[1].Value}前1次" : value;
    }

    /// <summary>Shows a number exactly when it has at most <see cref="MaxShownDecimals"/> decimal places, else rounded to that many and marked <c>≈</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>For example <c>97.0575</c> or <c>≈0.666667</c>.</returns>
    internal static string Number(decimal value) =>
        value.Scale <= MaxShownDecimals || value == ScoreRounding.AtScale(MaxShownDecimals).Apply(value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : "≈" + ScoreRounding.AtScale(MaxShownDecimals).Apply(value).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) per (\w+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"^once by (\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OnceBy();
}
