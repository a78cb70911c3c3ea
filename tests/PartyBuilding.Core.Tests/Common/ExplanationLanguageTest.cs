using System.Text.RegularExpressions;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// Issue 19 item 8: zh-CN output has no English word built from enum names or internal strategy vocabulary, and
/// numbers are shown bounded; English output names strategies and cites sources by their English titles.
/// </summary>
public sealed partial class ExplanationLanguageTest
{
    private static readonly Lazy<AnnualEvaluationResult> Bundled = new(() =>
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation");
        using var manifest = File.OpenRead(Path.Combine(seeds, "binzhou-2018.json"));
        var (inputs, asOf) = EvaluationManifestLoader.Load(manifest, path => File.OpenRead(Path.Combine(seeds, path)));
        return AnnualEvaluation.Run(inputs, asOf);
    });

    [Theory]
    [InlineData("BZ-044")]
    [InlineData("BZ-021")]
    [InlineData("BZ-057")]
    public void ChineseExplanation_OfAnOrganization_HasNoEnglishWordsAndNoLongDecimals(string organization)
    {
        var explanation = Bundled.Value.Assessment.Organizations.Single(o => o.Organization.Value == organization).Explanation;

        var text = explanation.ToText(DisplayLanguage.ZhCn);

        EnglishWords(text).Should().BeEmpty();
        LongDecimal().IsMatch(text).Should().BeFalse();
    }

    [Fact]
    public void ChineseExplanation_OfEveryMember_HasNoEnglishWords()
    {
        // Every member of the bundled run: late and rejected items (the deadline and late policy they name), adjusted
        // bonuses, hard conditions, probationary members not graded (the eligibility rules they name).
        Bundled.Value.MemberPoints!.Members.Should().NotBeEmpty();
        foreach (var member in Bundled.Value.MemberPoints!.Members)
        {
            var text = member.PointsExplanation.ToText(DisplayLanguage.ZhCn) + member.GradeExplanation?.ToText(DisplayLanguage.ZhCn);

            EnglishWords(text).Should().BeEmpty(member.MemberId.Value);
        }
    }

    [Fact]
    public void EnglishExplanation_OfAnOrganization_CitesSourcesByTheirEnglishTitles()
    {
        var text = Bundled.Value.Assessment.Organizations.Single(o => o.Organization.Value == "BZ-044").Explanation.ToText(DisplayLanguage.English);

        text.Should().Contain("Binzhou municipal organs: an integrated pattern of party-building work [article-002]")
            .And.NotContain("《构建工作");
    }

    [Theory]
    [InlineData("round-half-away-from-zero", "四舍五入")]
    [InlineData("trimmed-mean", "去掉最高最低后平均")]
    [InlineData("unknown-strategy", "unknown-strategy")]
    public void Strategy_IsNamedInChinese_AndAsWrittenInEnglish(string name, string zhCn)
    {
        ExplanationVocabulary.Strategy(name, DisplayLanguage.ZhCn).Should().Be(zhCn);
        ExplanationVocabulary.Strategy(name, DisplayLanguage.English).Should().Be(name);
    }

    [Theory]
    [InlineData("scale", "保留小数位数")]
    [InlineData("weight.Members", "权重（党员民主测评）")]
    [InlineData("band.FairlyGood", "等次线（较好）")]
    public void Parameter_IsNamedInChinese_ACompoundNamePartByPart(string name, string zhCn)
    {
        ExplanationVocabulary.Parameter(name, DisplayLanguage.ZhCn).Should().Be(zhCn);
        ExplanationVocabulary.Parameter(name, DisplayLanguage.English).Should().Be(name);
    }

    [Theory]
    [InlineData("Good", "好")]
    [InlineData("true", "是")]
    [InlineData("exclude-tied", "并列者均不占名额")]
    [InlineData("1 per Quarter", "每季度1次")]
    [InlineData("once by 2018-03-31", "2018-03-31前1次")]
    [InlineData("0.3", "0.3")]
    public void Value_IsSaidInChinese(string value, string zhCn) =>
        ExplanationVocabulary.Value(value, DisplayLanguage.ZhCn).Should().Be(zhCn);

    [Fact]
    public void Number_WithMoreThanSixDecimals_IsShownRoundedAndMarked_AndOneWithSixOrFewerExactly()
    {
        ExplanationVocabulary.Number(2m / 3m).Should().Be("≈0.666667");
        ExplanationVocabulary.Number(0.123456m).Should().Be("0.123456");
        ExplanationVocabulary.Number(97.0575m).Should().Be("97.0575");
        ExplanationVocabulary.Value("0.9583333333", DisplayLanguage.English).Should().Be("≈0.958333");
    }

    /// <summary>ASCII words of two or more letters (an identifier may stand right next to a Chinese character), after identifiers (BZ-044, R-P01, VETO-DISCIPLINE, ISO9000) and the receipt are set aside.</summary>
    private static List<string> EnglishWords(string text) =>
        [.. Word().Matches(Identifier().Replace(text, " ")).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"(?<![A-Za-z0-9])([A-Z][A-Z0-9]*(-[A-Z0-9]+)+|ISO\d+|[A-Z]\d+)(?![A-Za-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\d\.\d{7,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LongDecimal();
}
