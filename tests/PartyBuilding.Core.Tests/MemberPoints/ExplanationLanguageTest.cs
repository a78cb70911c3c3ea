using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Issue 19, items 7 and 8: every parameter in force is named in the explanation node that used it, given or default,
/// and a member's explanation reads in the reader's language — no English built from enum names or strategy vocabulary
/// in the Chinese labels and notes, no Chinese in the English labels.
/// </summary>
public sealed partial class ExplanationLanguageTest
{
    private static GradingCandidate Candidate(int n, decimal points) => new(M(n), Score.Of(points), 12, MemberGrade.Excellent);

    /// <summary>Branch quota 0.5 with the thresholds 40/30/20 and no tie rule: the default applies.</summary>
    private static IGradingStrategy QuotaWithDefaultTieRule() =>
        CreateGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20"), ("excellent-quota", "0.5")));

    /// <summary>Four members excellent by points, two places, two tied at the boundary (45 and 45).</summary>
    private static ImmutableArray<GradeDecision> TiedAtTheBoundary(IGradingStrategy strategy) =>
        strategy.Grade([Candidate(1, 50m), Candidate(2, 45m), Candidate(3, 45m), Candidate(4, 41m)]);

    private static Explanation QuotaNode(GradeDecision decision) =>
        decision.Explanation.Children.Single(c => c.Parameters.ContainsKey("excellent-places"));

    [Fact]
    public void BranchQuota_DefaultTieRule_IsInForceAndNamedByTheStrategy()
    {
        var strategy = (BranchQuotaGradingStrategy)QuotaWithDefaultTieRule();

        strategy.TieRule.Should().Be(BranchQuotaGradingStrategy.ExcludeTied);
        strategy.TieRuleIsDefault.Should().BeTrue();
        strategy.Parameters.Should().Contain("tie-rule", "exclude-tied").And.Contain("prorate", "false");
    }

    [Fact]
    public void BranchQuota_DefaultTieRule_MemberWithinTheQuota_ExplanationNamesExcludeTiedAsTheDefault()
    {
        var within = TiedAtTheBoundary(QuotaWithDefaultTieRule())[0];

        within.Grade.Should().Be(MemberGrade.Excellent);
        var quota = QuotaNode(within);
        quota.Parameters.Should().Contain("tie-rule", "exclude-tied").And.Contain("tie-at-boundary", "true").And.Contain("excellent-places", "2").And.Contain("excellent-quota", "0.5");
        quota.Label.ZhCn.Should().Be("优秀名额限制（名额内，定为优秀；名额边界同分，按同分处理规则“同分者均不占名额”（方案未指定，按默认规则））");
        quota.Label.English.Should().Contain("exclude-tied, not set by the scheme: the default");
        within.Explanation.Parameters.Should().Contain("tie-rule", "exclude-tied");
    }

    [Fact]
    public void BranchQuota_DefaultTieRule_TiedMembersBeyondTheQuota_ExplanationNamesExcludeTiedAsTheRuleThatDecided()
    {
        var decisions = TiedAtTheBoundary(QuotaWithDefaultTieRule());

        decisions.Skip(1).Should().NotBeEmpty("members are tied beyond the quota");
        foreach (var beyond in decisions.Skip(1))
        {
            beyond.Grade.Should().Be(MemberGrade.Qualified);
            var quota = QuotaNode(beyond);
            quota.Value.Should().Be((int)MemberGrade.Qualified);
            quota.Parameters.Should().Contain("tie-rule", "exclude-tied").And.Contain("tie-at-boundary", "true");
            quota.Label.ZhCn.Should().Be("优秀名额限制（超出名额，定为合格；名额边界同分，按同分处理规则“同分者均不占名额”（方案未指定，按默认规则））");
            quota.Label.English.Should().StartWith("Excellent quota of the branch (beyond the quota: qualified; tied at the boundary; tie rule: tied members are all left out (exclude-tied, not set by the scheme: the default))");
            beyond.Explanation.Label.ZhCn.Should().Be("年度定级（合格）");
        }
    }

    [Fact]
    public void BranchQuota_GivenTieRule_ExplanationSaysTheSchemeSetIt()
    {
        var given = CreateGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20"), ("excellent-quota", "0.5"), ("tie-rule", "include-tied")));

        var decisions = TiedAtTheBoundary(given);

        decisions.Select(d => d.Grade).Should().Equal(MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Excellent, MemberGrade.Qualified);
        QuotaNode(decisions[1]).Label.ZhCn.Should().Be("优秀名额限制（名额内，定为优秀；名额边界同分，按同分处理规则“同分者均占名额”（方案规定））");
        QuotaNode(decisions[3]).Parameters.Should().Contain("tie-rule", "include-tied");
    }

    [Fact]
    public void BranchQuota_NoTieAtTheBoundary_StillNamesTheQuotaAndTieRuleInForce()
    {
        var decisions = QuotaWithDefaultTieRule().Grade([Candidate(1, 50m), Candidate(2, 45m), Candidate(3, 30m)]);

        var quota = QuotaNode(decisions[0]);
        quota.Parameters.Should().Contain("tie-rule", "exclude-tied").And.Contain("tie-at-boundary", "false").And.Contain("excellent-places", "1");
        quota.Label.ZhCn.Should().Contain("本支部名额边界无同分");
        QuotaNode(decisions[1]).Value.Should().Be((int)MemberGrade.Qualified);
    }

    [Fact]
    public void AbsoluteThresholds_ProrateLeftOut_IsNamedAsFalseInTheThresholdNode()
    {
        var decision = CreateGrading(Choice(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20")))
            .Grade([new GradingCandidate(M(1), Score.Of(25m), 6, MemberGrade.Excellent)]).Single();

        decision.Explanation.Children[0].Parameters.Should().Contain("prorate", "false").And.Contain("applied-qualified", "30");
        decision.Explanation.Label.ZhCn.Should().Be("年度定级（基本合格）");
    }

    [Fact]
    public void SeedMember_FullTree_ChineseTextHasNoAsciiWordsAndEnglishTextNoChinese()
    {
        var scheme = PartyBuildingJson.Deserialize<PointsScheme>(File.ReadAllText(SeedPath("binzhou-2018-scheme.json")));
        var data = PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllText(SeedPath("bz-001-2018-data.json")));
        var result = MemberPointsEngine.Evaluate(data, scheme, new LocalDate(2019, 1, 31));

        foreach (var member in result.Members)
        {
            ExplanationText.ChineseWithAsciiWords(member.PointsExplanation).Should().BeEmpty(member.MemberId.Value);
            ExplanationText.ChineseWithAsciiWords(member.GradeExplanation!).Should().BeEmpty(member.MemberId.Value);
            ExplanationText.EnglishWithChinese(member.PointsExplanation).Should().BeEmpty(member.MemberId.Value);
            ExplanationText.EnglishWithChinese(member.GradeExplanation!).Should().BeEmpty(member.MemberId.Value);
        }

        foreach (var statistics in result.Branches.Append(result.Committee))
        {
            ExplanationText.ChineseWithAsciiWords(statistics.Explanation).Should().BeEmpty();
        }

        // The seed holds a member of every kind the rule must cover: late, duplicate and rejected items, a hard condition, a non-graded member.
        result.Members.Should().Contain(m => m.Ungraded != null).And.Contain(m => m.Grade == MemberGrade.Excellent).And.Contain(m => m.Grade == MemberGrade.Qualified);
    }

    [Fact]
    public void ExplanationText_FindsAsciiWordsInChineseButAllowsIdentifiersAndNumbers()
    {
        var tree = Explanation.Sum(new LocalizedText("年度积分 BZ-001-B01-M001 S10 2018-01", "Annual points"), [
            Explanation.Given(new LocalizedText("按分数线定级：Excellent", "Grade by thresholds: excellent"), 1m),
            Explanation.Given(new LocalizedText("审核认定", "Audited 审核"), 1m) with { Note = LocalizedText.AsGiven("within the quota") },
        ]);

        ExplanationText.ChineseWithAsciiWords(tree).Should().Equal("按分数线定级：Excellent", "within the quota");
        ExplanationText.EnglishWithChinese(tree).Should().Equal("Audited 审核");
    }

    [Fact]
    public void Engine_MemberNotGraded_ExplainsWhyWithTheSchemeSettingsInForce()
    {
        var joined = new LocalDate(Year.Value, 11, 1);
        var result = Evaluate(Data([Member(M(1), joined: joined)]));

        var member = result.Member(M(1))!;
        member.Ungraded.Should().Be(UngradedReason.TooFewMonths);
        member.GradeExplanation!.Label.ZhCn.Should().Be("不定级（本年度在党2个月，少于方案规定的3个月）");
        member.GradeExplanation.Parameters.Should().Contain("minimumMonthsForGrading", "3").And.Contain("gradeProbationaryMembers", "false");
        member.GradeExplanation.Value.Should().Be(0m);
    }
}

/// <summary>Flattens the human-facing text of an explanation tree (labels and notes) to check its language.</summary>
internal static partial class ExplanationText
{
    /// <summary>Gets the Chinese labels and the notes that contain an ASCII word, identifiers (<c>BZ-001-B01-M001</c>, <c>S10</c>) and numbers aside.</summary>
    public static string[] ChineseWithAsciiWords(Explanation root) =>
        [.. Texts(root, e => e.Label.ZhCn).Where(t => AsciiLetter().IsMatch(Identifier().Replace(t, string.Empty)))];

    /// <summary>Gets the English labels that contain a Chinese character.</summary>
    public static string[] EnglishWithChinese(Explanation root) =>
        [.. Texts(root, e => e.Label.English, notes: false).Where(t => Chinese().IsMatch(t))];

    private static IEnumerable<string> Texts(Explanation node, Func<Explanation, string> label, bool notes = true)
    {
        yield return label(node);
        if (notes && node.Note is { } note)
        {
            yield return note.ZhCn;
        }

        foreach (var child in node.Children)
        {
            foreach (var text in Texts(child, label, notes))
            {
                yield return text;
            }
        }
    }

    /// <summary>An identifier: capitals and digits with at least one digit, hyphenated parts allowed (BZ-001-B01-M001, S10, D2).</summary>
    [GeneratedRegex(@"\b(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex AsciiLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
