using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The rules of the <c>Responsibilities</c> area and where each comes from.</summary>
public static class ResponsibilityCitations
{
    /// <summary>
    /// Gets the three-level split of the Shandong provincial working committee's opinion: 12 principal responsibilities of a
    /// department's party group (party committee), 8 assisting responsibilities of the organ party committee and 7 guiding
    /// and supervising responsibilities of the working committee (article 000). The article gives the counts, not the texts.
    /// </summary>
    public static Citation ThreeLevelSplit { get; } = Sources.Article000.At("12项机关党建主体责任，机关党委8项协助责任和工委7项指导督促责任");

    /// <summary>
    /// Gets the Shandong provincial working committee's 2019 list of 25 principal responsibilities of the departments'
    /// party groups (party committees) (article 000). It is a provincial list of principal responsibilities only; a list
    /// that mixes levels, or a municipal committee's list, is not this list and must not cite it.
    /// </summary>
    public static Citation AnnualList2019 { get; } = Sources.Article000.At("《2019年度部门单位党组（党委）履行机关党建主体责任清单》25条");

    /// <summary>Gets the target-responsibility agreement: signed at the start of the year, checked quarterly, reviewed at year end (article 000).</summary>
    public static Citation TargetAgreement { get; } = Sources.Article000.At("年初签订责任书、季度督导检查、年终述职评议");

    /// <summary>Gets the rectification ledger: problems in areas, measures, three deadline classes, a first responsible person (article 000).</summary>
    public static Citation LedgerDeadlineClasses { get; } = Sources.Article000.At("5大方面12项突出问题，针对性制定21条整改措施，明确11月底、年底和长期任务三个整改期限，由机关党组书记担任整改第一责任人");

    /// <summary>Gets the recurring ideology duties: studied at least twice a year, a reminder every quarter, a report once a year (article 001).</summary>
    public static Citation RecurringIdeologyDuties { get; } = Sources.Article001.At("每年至少两次专题研究意识形态工作,每季一提示,每年向工委汇报一次");

    /// <summary>Gets the look-back re-check of rectification (article 001).</summary>
    public static Citation LookBack { get; } = Sources.Article001.At("巡视反馈整改落实“回头看”");

    /// <summary>Gets the accountability chain 明责 → 定责 → 督责 → 述责 → 评责 → 问责 (article 003).</summary>
    public static Citation AccountabilityChain { get; } = Sources.Article003.At("明责、定责、督责、述责、评责、问责的完整链条");

    /// <summary>Gets the branch's specific implementation responsibility (article 003).</summary>
    public static Citation BranchImplementation { get; } = Sources.Article003.At("机关党支部要肩负起具体落实责任");

    /// <summary>Gets the four-level responsibility lists (article 004).</summary>
    public static Citation FourLevelLists { get; } = Sources.Article004.At("印发四级责任清单");

    /// <summary>
    /// Gets the petition bureau's 2019 target-responsibility list for branch secretaries, 17 items (article 000): a branch
    /// secretary's own duty list, signed by the secretary (<see cref="ResponsibilityList.Holder"/>). The article gives the
    /// count, not the texts.
    /// </summary>
    public static Citation SecretaryAgreement { get; } = Sources.Article000.At("《2019年省信访局党支部书记落实党建工作目标责任书清单》17条");

    /// <summary>
    /// Gets the contact-branch system of the leading group (article 000, 《领导班子成员党建工作联系点制度》): each leading-group member
    /// chooses one grassroots branch as a contact point and carries out tasks there — research once, a heart-to-heart talk once,
    /// a party lesson once, among the “六个一” tasks (the article names three of the six).
    /// </summary>
    public static Citation ContactBranches { get; } = Sources.Article000.At("每位班子成员选择一个基层支部作为联系点，通过开展一次调查研究、进行一次谈心谈话、讲一次党课等“六个一”任务");

    /// <summary>
    /// Gets the library's reading of “班子成员” (leading-group member) for a contact branch: a member who holds the secretary's,
    /// a deputy secretary's or a leading-group member's role in the organization (本库规则: the article does not list the roles).
    /// </summary>
    public static Citation LeadingGroupRoles { get; } = Sources.LibraryRules.At("联系点制度中的“班子成员”指该组织的书记、副书记和班子成员（本库规则：来源未列明职务）");
}
