using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>The rules and practices of the <c>Supervision</c> area and where each comes from.</summary>
/// <remarks>Each clause quotes the article's own words (the files are in <c>shared/seeds</c>); what no article states is cited to <see cref="Sources.LibraryRules"/> and so illustrative (示例).</remarks>
public static class SupervisionCitations
{
    /// <summary>
    /// Gets article 004's catalogue of supervision: the working committee made the responsibility system its theme of political
    /// supervision with 14 aspects and 53 key points (确定14个方面53项重点监督内容). The article gives the counts, not the texts.
    /// </summary>
    public static Citation FourteenAspects { get; } = Sources.Article004.At("把落实机关党建工作责任制作为政治监督主题,确定14个方面53项重点监督内容");

    /// <summary>Gets article 004's methods: ledgers, supervision orders, sitting in on meetings and individual interviews (台账管理、督查督办、列席会议、个别访谈).</summary>
    public static Citation Article004Methods { get; } = Sources.Article004.At("综合运用台账管理、督查督办、列席会议、个别访谈等方式方法");

    /// <summary>Gets article 002's on-site check of branches: hearing reports, checking files, reviewing materials (听汇报、查档案、看材料), scored on site.</summary>
    public static Citation Article002OnSite { get; } = Sources.Article002.At("采取听汇报、查档案、看材料、提要求等环节,据实现场量化打分");

    /// <summary>Gets the random check (随机抽查), which none of the five source articles names: the library's own method (示例).</summary>
    public static Citation RandomCheck { get; } = Sources.LibraryRules.At("随机抽查（五篇来源文章均未载明此方式）");

    /// <summary>Gets article 000's supervision groups, which visited the departments and reported back in a circular (组成6个督导组…进行通报).</summary>
    public static Citation Article000Groups { get; } = Sources.Article000.At("工委迅速组成6个督导组深入各有关部门单位宣讲会议精神，听取意见建议，挖掘先进典型，指导会议精神贯彻落实，并将贯彻落实情况向省直各部门各单位进行通报");

    /// <summary>Gets article 002's five supervision groups of the year-end report and review (选派5个督导组严格程序,全程参与).</summary>
    public static Citation Article002Groups { get; } = Sources.Article002.At("机关工委选派5个督导组严格程序,全程参与");

    /// <summary>Gets article 003's rectification notices (下发整改通知书493份).</summary>
    public static Citation RectificationNotices { get; } = Sources.Article003.At("下发整改通知书493份，深化以案促改");

    /// <summary>Gets the library's rule that a supervision group has one leader (组长) (示例): no article says how a group is made up.</summary>
    public static Citation OneLeader { get; } = Sources.LibraryRules.At("督导组设组长1名");

    /// <summary>Gets the library's rule that a finding is put on one rectification notice, unless a later notice says it repeats the earlier one (再次下发) (示例).</summary>
    public static Citation OneNoticePerFinding { get; } = Sources.LibraryRules.At("一个问题列入一份整改通知书，再次下发须注明");

    /// <summary>Gets the citation of the article that names a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The citation: article 002 for hearing reports, checking files and reviewing materials; article 004 for interviews, sitting in, ledgers and supervision orders; the library's own for random checks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    public static Citation Method(SupervisionMethod method) => method switch
    {
        SupervisionMethod.HearReport or SupervisionMethod.CheckFiles or SupervisionMethod.ReviewMaterials => Article002OnSite,
        SupervisionMethod.IndividualInterview or SupervisionMethod.SitInOnMeeting or SupervisionMethod.LedgerReview or SupervisionMethod.SupervisionOrder => Article004Methods,
        SupervisionMethod.RandomCheck => RandomCheck,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown supervision method."),
    };
}
