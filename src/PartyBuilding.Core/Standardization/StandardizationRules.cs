using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The rules of branch standardization taken from the source articles, as dated parameters with their citations.</summary>
/// <remarks>A tier scheme carries its own values; these are the articles' figures that the seed schemes and the defaults use.</remarks>
public static class StandardizationRules
{
    /// <summary>Gets the tiers a branch climbs one step at a time: standard, advanced, exemplary (标准、先进、过硬党支部梯级创建, article 000).</summary>
    public static Citation StepwiseTiers { get; } = Sources.Article000.At("标准、先进、过硬党支部梯级创建");

    /// <summary>Gets the most tiers a branch may rise in one year: one (一年一个新台阶, article 002), from 2017.</summary>
    public static DatedParameter<int> MaxRisePerYear { get; } = DatedParameter.Constant(
        "standardization.max-rise-per-year",
        new LocalDate(2017, 1, 1),
        1,
        Sources.Article002.At("一年一个新台阶"));

    /// <summary>
    /// Gets Binzhou's coverage targets, from 2017: 50% of branches named standard in the first year, 80% in the second,
    /// 100% in the third (article 002: 376 branches named, over half of all, aiming at 80% and then 100%).
    /// </summary>
    public static DatedParameter<ImmutableArray<CoverageTarget>> BinzhouCoverageTargets { get; } = DatedParameter.Constant(
        "standardization.coverage-targets",
        new LocalDate(2017, 1, 1),
        ImmutableArray.Create(
            new CoverageTarget(1, Proportion.FromPercent(50m)),
            new CoverageTarget(2, Proportion.FromPercent(80m)),
            new CoverageTarget(3, Proportion.FromPercent(100m))),
        Sources.Article002.At("376个党支部命名；50%以上、第二年80%、第三年100%"));

    /// <summary>Gets the rule that lagging branches get targeted rectification to reach at least standard by year end (article 001: 44 lagging branches).</summary>
    public static Citation LaggingRectification { get; } = Sources.Article001.At("44个后进支部年底前达到标准党支部以上");
}
