using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The bilingual wording the member-points explanations are built from, so that a Chinese explanation holds no English
/// built from enum names or strategy vocabulary, and an English one no Chinese (issue 19, item 8). Strategy names and
/// parameter names stay machine keys in <see cref="Explanation.Parameters"/>; what they mean is said here in words.
/// </summary>
internal static class MemberPointsTexts
{
    /// <summary>The wording of the tie rules of <see cref="BranchQuotaGradingStrategy"/>.</summary>
    public static LocalizedText TieRule(string tieRule) => string.Equals(tieRule, BranchQuotaGradingStrategy.IncludeTied, StringComparison.Ordinal)
        ? new("同分者均占名额", "tied members are all let in")
        : new("同分者均不占名额", "tied members are all left out");

    /// <summary>Says whether a parameter was given by the scheme or is the default.</summary>
    public static LocalizedText Source(bool isDefault) => isDefault
        ? new("方案未指定，按默认规则", "not set by the scheme: the default")
        : new("方案规定", "set by the scheme");

    /// <summary>The wording of <see cref="LateDeclarationPolicy"/> values in explanation labels.</summary>
    public static LocalizedText LatePolicy(LateDeclarationPolicy policy) => MemberPointsLabels.LateDeclarationPolicies[policy];

    /// <summary>The machine key of a late policy in explanation parameters (like a strategy name, not English for readers).</summary>
    public static string LatePolicyKey(LateDeclarationPolicy policy) => policy == LateDeclarationPolicy.Accept ? "accept" : "refuse";

    /// <summary>Formats a decimal invariantly (for parameters).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends parenthesised remarks: <c>标签（说明；说明）</c> / <c>Label (remark; remark)</c>.</summary>
    public static LocalizedText Remark(LocalizedText label, params LocalizedText[] remarks) =>
        new(
            label.ZhCn + "（" + string.Join("；", remarks.Select(r => r.ZhCn)) + "）",
            label.English + " (" + string.Join("; ", remarks.Select(r => r.English)) + ")");
}
