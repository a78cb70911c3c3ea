using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>Where an organization stands on the published ranking: by total alone, across the committee, within its district.</summary>
/// <param name="ScoreRank">The committee rank by published total and the tie rules alone.</param>
/// <param name="Position">The position by total alone: one more than the organizations ranked ahead (what quota banding counts seats by); the rank itself under standard-competition ranking.</param>
/// <param name="CommitteeRank">The published committee rank.</param>
/// <param name="DistrictRank">The published district rank.</param>
/// <param name="Count">The number of organizations ranked in the committee.</param>
/// <param name="DistrictCount">The number of organizations ranked in the district.</param>
internal sealed record Placement(int ScoreRank, int Position, int CommitteeRank, int DistrictRank, int Count, int DistrictCount);

/// <summary>
/// Says in words, in Simplified Chinese and in English, why an organization stands where it stands: its published total,
/// the band the total earns and by which banding, each veto and forced downgrade with its reasons and the band before and
/// after, the final band, and the ranking rule and precedence policy that placed it, with every parameter in force named
/// (defaults included). Numbers are printed at the published scale; no enumeration or strategy name appears in the text.
/// </summary>
internal static class AssessmentStanding
{
    /// <summary>What every organization's text shares: the scheme and the strategies and policy in force.</summary>
    /// <param name="Scheme">The scheme.</param>
    /// <param name="Banding">The banding strategy in force.</param>
    /// <param name="Ranking">The ranking strategy in force.</param>
    /// <param name="Policy">The precedence policy in force.</param>
    public sealed record Context(AssessmentScheme Scheme, IBandingStrategy Banding, IRankingStrategy Ranking, PrecedencePolicy Policy);

    /// <summary>Marks the title of an illustrative scheme: <c>…（示例）</c> / <c>… (illustrative)</c>.</summary>
    public static LocalizedText MarkedIllustrative(LocalizedText title) => new(title.ZhCn + "（示例）", title.English + " (illustrative)");

    /// <summary>Joins the reasons raised for one rule, each once, in ordinal order of each language.</summary>
    public static LocalizedText JoinReasons(IEnumerable<LocalizedText> reasons)
    {
        var all = reasons.ToList();
        return new LocalizedText(
            string.Join("；", all.Select(r => r.ZhCn).Distinct().Order(StringComparer.Ordinal)),
            string.Join("; ", all.Select(r => r.English).Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>Says why an organization stands where it stands.</summary>
    public static LocalizedText Explain(
        Context context,
        AssessedOrganization organization,
        Score published,
        GradeBand scoreBand,
        GradeBand band,
        ValueArray<AppliedRule> rules,
        Placement at)
    {
        var scheme = context.Scheme;
        var total = Number(published.Value, scheme.PublishedScale);
        var (bandingZh, bandingEn) = Banding(context.Banding, scheme.PublishedScale);
        var (rankingZh, rankingEn) = Ranking(context.Ranking, scheme);
        var order = AssessmentLabels.PublishedRankOrders[context.Policy.Order];
        var given = scheme.Precedence is not null;
        var rulesZh = rules.IsEmpty ? "未适用一票否决或强制降档" : string.Join("；", rules.Select(r => r.Description?.ZhCn ?? r.Rule.Value));
        var rulesEn = rules.IsEmpty ? "no veto or forced downgrade applied" : string.Join("; ", rules.Select(r => r.Description?.English ?? r.Rule.Value));
        // Under dense ranking a tie above lowers the rank number; quota seats are counted by position, so the text says both.
        var (positionZh, positionEn) = context.Banding.Name == AssessmentStrategies.Quota && at.Position != at.ScoreRank
            ? ($"（名次连续计；其前有{at.Position - 1}个单位，按比例评定等次时以第{at.Position}名计）", $" ({at.Position - 1} organizations ahead: position {at.Position} for the quota)")
            : (string.Empty, string.Empty);
        var illustrativeZh = scheme.Illustrative ? "本考核办法为示例，所列分值、比例和规则不是任何机关公布的考核办法。" : string.Empty;
        var illustrativeEn = scheme.Illustrative ? " The scheme is illustrative: its figures and rules are not any committee's published scheme." : string.Empty;

        var zh = string.Create(
            CultureInfo.InvariantCulture,
            $"公布总分{total}，仅按总分（不计否决和降档）在全委{at.Count}个单位中列第{at.ScoreRank}位{positionZh}；{bandingZh}，按总分应评为{Band(scoreBand).ZhCn}；{rulesZh}；最终等次为{Band(band).ZhCn}。"
            + $"公布排名{order.ZhCn}，{rankingZh}，列全委第{at.CommitteeRank}位（共{at.Count}个），责任区{organization.District}内第{at.DistrictRank}位（共{at.DistrictCount}个）。"
            + $"优先规则{(given ? string.Empty : "（考核办法未规定，采用默认）")}：先按总分评定等次，再按优先顺序依次适用一票否决和强制降档；公布排名{order.ZhCn}。{illustrativeZh}");
        var en = string.Create(
            CultureInfo.InvariantCulture,
            $"Published total {total}, rank {at.ScoreRank} of {at.Count} in the committee by total alone (before any veto or downgrade){positionEn}; {bandingEn}, the total earns {Band(scoreBand).English}; {rulesEn}; final band {Band(band).English}. "
            + $"The published ranking orders {order.English}; {rankingEn}: rank {at.CommitteeRank} of {at.Count} in the committee, {at.DistrictRank} of {at.DistrictCount} in district {organization.District}. "
            + $"Precedence policy{(given ? string.Empty : " (the default: the scheme sets none)")}: bands are taken from the total first, then vetoes and forced downgrades apply in order of precedence; the published ranking orders {order.English}.{illustrativeEn}");
        return new LocalizedText(zh, en);
    }

    /// <summary>Says what one veto or forced downgrade did.</summary>
    public static LocalizedText Describe(AppliedRule line, PrecedenceRule rule, AssessmentScheme scheme)
    {
        var label = rule.Label ?? new LocalizedText(rule.Id.Value, rule.Id.Value);
        var (before, after) = (Band(line.Before), Band(line.After));
        string zh;
        string en;
        if (rule.Kind == PrecedenceRuleKind.Veto)
        {
            var max = Band(rule.MaxBand!.Value);
            zh = $"因一票否决事项“{label.ZhCn}”（{line.Reason.ZhCn}），等次最高为{max.ZhCn}，" + (line.Before == line.After ? $"原等次{before.ZhCn}不变" : $"由{before.ZhCn}降为{after.ZhCn}");
            en = $"the veto “{label.English}” ({line.Reason.English}) caps the band at {max.English}: " + (line.Before == line.After ? $"{before.English} stays" : $"{before.English} → {after.English}");
        }
        else
        {
            zh = string.Create(CultureInfo.InvariantCulture, $"因强制降档事项“{label.ZhCn}”（{line.Reason.ZhCn}）降{rule.Steps}档，")
                + (line.Before == line.After ? "原等次已为差，不再降低" : $"由{before.ZhCn}降为{after.ZhCn}");
            en = string.Create(CultureInfo.InvariantCulture, $"the forced downgrade “{label.English}” ({line.Reason.English}) lowers the band by {rule.Steps}: ")
                + (line.Before == line.After ? "already Poor" : $"{before.English} → {after.English}");
        }

        if (!line.AlsoLowered.IsEmpty)
        {
            var components = line.AlsoLowered.Select(id => scheme.Components.FirstOrDefault(c => c.Id == id)?.Label ?? new LocalizedText(id.Value, id.Value)).ToList();
            zh += $"；同一原因已降低“{string.Join("”“", components.Select(c => c.ZhCn))}”得分，考核办法允许重复扣分" + (scheme.Illustrative ? "（示例规则）" : string.Empty);
            en += $"; the same cause already lowered the {string.Join(", ", components.Select(c => $"“{c.English}”"))} score, which the scheme allows (double penalty)" + (scheme.Illustrative ? ", an illustrative rule" : string.Empty);
        }

        return new LocalizedText(zh, en);
    }

    private static LocalizedText Band(GradeBand band) => AssessmentLabels.GradeBands[band];

    private static (string Zh, string En) Banding(IBandingStrategy banding, int scale)
    {
        var p = banding.Parameters;
        return banding.Name switch
        {
            AssessmentStrategies.Quota => (
                $"按比例评定等次（按总分排名前{Percent(p["good-share"])}为好，其后{Percent(p["fairly-good-share"])}为较好，其余为一般；总分低于{Number(p["poor-below"], scale)}为差；名次并列跨线的同取较好等次）",
                $"banded by quota (the top {Percent(p["good-share"])} by total good, the next {Percent(p["fairly-good-share"])} fairly good, the rest average; a total below {Number(p["poor-below"], scale)} poor; organizations tied across a boundary share the better band)"),
            AssessmentStrategies.Thresholds => (
                $"按分数线评定等次（{Number(p["good"], scale)}分及以上为好，{Number(p["fairly-good"], scale)}分及以上为较好，{Number(p["average"], scale)}分及以上为一般，低于{Number(p["average"], scale)}分为差）",
                $"banded by thresholds (good from {Number(p["good"], scale)}, fairly good from {Number(p["fairly-good"], scale)}, average from {Number(p["average"], scale)}, poor below {Number(p["average"], scale)})"),
            _ => ("按考核办法选定的等次评定方法评定等次", "banded by the method the scheme chose"),
        };
    }

    private static (string Zh, string En) Ranking(IRankingStrategy ranking, AssessmentScheme scheme)
    {
        var labels = ranking.TieBreakers.Select(id => scheme.Components.FirstOrDefault(c => c.Id == id)?.Label ?? new LocalizedText(id.Value, id.Value)).ToList();
        var tieZh = labels.Count == 0 ? "总分相同即为并列" : $"总分相同依次比较{string.Join("、", labels.Select(l => l.ZhCn))}得分";
        var tieEn = labels.Count == 0 ? "equal totals are tied" : $"equal totals are separated by the higher score in {string.Join(", then ", labels.Select(l => l.English))}";
        return ranking.Name == AssessmentStrategies.Dense
            ? ($"{tieZh}，仍相同者名次并列、其后名次连续（如1、2、2、3）", $"{tieEn}; organizations still equal share a rank and no rank is skipped (1, 2, 2, 3)")
            : ($"{tieZh}，仍相同者名次并列、其后名次顺延（如1、2、2、4）", $"{tieEn}; organizations still equal share a rank and the next rank is skipped (1, 2, 2, 4)");
    }

    private static string Number(decimal value, int scale) => value.ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Number(string value, int scale) => Number(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture), scale);

    // A share as written in the scheme: a decimal as a percentage (0.2 → 20%), a fraction as the fraction (1/3).
    private static string Percent(string share) => Share.Parse(share).ToDisplayString();
}
