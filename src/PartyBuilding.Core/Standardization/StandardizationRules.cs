using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The rules of branch standardization, as dated parameters with their citations: what the source articles state, and
/// the library's own documented options (cited to <see cref="Sources.LibraryRules"/>) where they state nothing.
/// </summary>
/// <remarks>A tier scheme carries its own values; these are the defaults and the seed schemes' figures.</remarks>
public static class StandardizationRules
{
    /// <summary>Gets where the 100-point scale comes from: Binzhou's organ committees score their branches out of 100 (article 002).</summary>
    public static Citation HundredPointScale { get; } = Sources.Article002.At("对所辖党支部实行百分制考核");

    /// <summary>Gets where on-site scoring by report, files and materials comes from (article 002).</summary>
    public static Citation OnSiteScoring { get; } = Sources.Article002.At("听汇报、查档案、看材料、提要求等环节,据实现场量化打分");

    /// <summary>Gets the tiers a branch climbs step by step: standard, advanced, strong (标准党支部、先进党支部和过硬党支部梯级创建, article 000).</summary>
    public static Citation StepwiseTiers { get; } = Sources.Article000.At("深入开展标准党支部、先进党支部和过硬党支部梯级创建");

    /// <summary>
    /// Gets the rule that a triggered veto indicator (一票否决) names the branch lagging whatever its points: the library's own
    /// rule (<see cref="Sources.LibraryRules"/>). No source article states a branch veto; a catalogue's veto indicators are
    /// its own.
    /// </summary>
    public static Citation VetoNamesLagging { get; } = Sources.LibraryRules.At("一票否决指标触发即命名为后进党支部（本库规则）");

    /// <summary>
    /// Gets the most tiers a branch may rise in one year by default: one, the library's own documented option
    /// (<see cref="Sources.LibraryRules"/>), from 2017. No source states a yearly cap per branch: article 000 names the
    /// step-by-step tiers (梯级创建) without a pace, and article 002's "一年一个新台阶" describes the pace of the city–county–
    /// township standardization campaign (市、县、乡党组织标准化三级联动), not of a branch. A tier scheme sets its own value.
    /// </summary>
    public static DatedParameter<int> MaxRisePerYear { get; } = DatedParameter.Constant(
        "standardization.max-rise-per-year",
        new LocalDate(2017, 1, 1),
        1,
        Sources.LibraryRules.At("每个党支部每年至多晋升一个等级（本库默认选项，方案可另定）"));

    /// <summary>
    /// Gets Binzhou's coverage targets, from 2017: 50% of branches named standard in the first year, 80% in the second,
    /// 100% in the third. Article 002 reports 376 branches named in the first year, over half of all (占全部基层党组织50%以上),
    /// and aims at 80% in the second year and 100% in the third (力求第二年达到80%，第三年达到100%); the first-year 50% is the
    /// share reached, which the library uses as that year's target, and the start in 2017 is the year of the article.
    /// </summary>
    public static DatedParameter<ImmutableArray<CoverageTarget>> BinzhouCoverageTargets { get; } = DatedParameter.Constant(
        "standardization.coverage-targets",
        new LocalDate(2017, 1, 1),
        ImmutableArray.Create(
            new CoverageTarget(1, Share.FromDecimal(0.5m)),
            new CoverageTarget(2, Share.FromDecimal(0.8m)),
            new CoverageTarget(3, Share.One)),
        Sources.Article002.At("对达到标准化的376个机关党支部进行了隆重的命名表彰,占全部基层党组织50%以上,力求第二年达到80%,第三年达到100%"));

    /// <summary>Gets the rule that lagging branches get targeted rectification to reach at least standard by year end (article 001: 44 lagging branches).</summary>
    public static Citation LaggingRectification { get; } = Sources.Article001.At("对44个后进支部,有针对性地制定整改措施,及时跟踪帮包,确保年底前全部达到标准党支部以上水平");
}
