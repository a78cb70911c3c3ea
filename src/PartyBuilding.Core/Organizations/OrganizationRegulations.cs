using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The thresholds of the compliance rules, each a <see cref="DatedParameter{T}"/> whose entries carry the date from
/// which they apply and the regulation they come from. A later amendment is a new entry, never an edit.
/// </summary>
/// <remarks>
/// <para>Sources: the party constitution (2017, 2022), the branch work regulation (2018), the organ grassroots-organization
/// regulation as revised in 2019, and <see cref="Sources.LibraryRules"/> for the library's own checks. Where the organ
/// regulation is more specific than the constitution's frame (a 3-year term for organ branches inside the constitution's
/// 3–5 years of 2022), the organ regulation's value is kept.</para>
/// <para>The organ regulation of 1998 and its 2010 revision were in force before 2019-12-29. Only the 2019 text of the
/// staffing clause (第三十条) could be checked, so the staffing rules have no entry before 2019-12-29 and find nothing for
/// an earlier date rather than apply an unverified wording (see <c>docs/organizations.md</c>).</para>
/// </remarks>
public static class OrganizationRegulations
{
    /// <summary>Gets the fewest full members of a branch: 3 (正式党员3人以上的，成立党支部).</summary>
    public static DatedParameter<int> BranchMinimumFullMembers { get; } = DatedParameter.Create<int>("branch.minimum-full-members",
    [
        new(new LocalDate(2017, 10, 24), 3, Sources.PartyConstitution2017.At("第三十条")),
        new(new LocalDate(2018, 10, 28), 3, Sources.BranchWorkRegulation2018.At("第四条")),
        new(new LocalDate(2019, 12, 29), 3, Sources.OrganRegulation2019.At("第七条")),
    ]);

    /// <summary>Gets the number of full members from which a branch must have a committee: 7.</summary>
    public static DatedParameter<int> BranchCommitteeFullMembers { get; } = DatedParameter.Create<int>("branch.committee-full-members",
    [
        new(new LocalDate(2018, 10, 28), 7, Sources.BranchWorkRegulation2018.At("第六章 党支部委员会和党支部书记")),
        new(new LocalDate(2019, 12, 29), 7, Sources.OrganRegulation2019.At("第七条")),
    ]);

    /// <summary>Gets the smallest branch committee: 3 members.</summary>
    public static DatedParameter<int> BranchCommitteeMinimum { get; } =
        DatedParameter.Constant("branch.committee-minimum", new LocalDate(2018, 10, 28), 3, Sources.BranchWorkRegulation2018.At("第六章（委员会由3至5人组成）"));

    /// <summary>Gets the size a branch committee generally does not exceed: 5 members.</summary>
    public static DatedParameter<int> BranchCommitteeGeneralMaximum { get; } =
        DatedParameter.Constant("branch.committee-general-maximum", new LocalDate(2018, 10, 28), 5, Sources.BranchWorkRegulation2018.At("第六章（委员会由3至5人组成）"));

    /// <summary>Gets the largest branch committee: 7 members.</summary>
    public static DatedParameter<int> BranchCommitteeMaximum { get; } =
        DatedParameter.Constant("branch.committee-maximum", new LocalDate(2018, 10, 28), 7, Sources.BranchWorkRegulation2018.At("第六章（一般不超过7人）"));

    /// <summary>Gets the number of members a branch generally does not exceed: 50.</summary>
    public static DatedParameter<int> BranchGeneralMemberLimit { get; } =
        DatedParameter.Constant("branch.general-member-limit", new LocalDate(2018, 10, 28), 50, Sources.BranchWorkRegulation2018.At("第四条"));

    /// <summary>
    /// Gets the date from which the library's own checks apply: 2017-01-01, the first assessment year the library and its
    /// seeds cover. It is the library's choice, not a date any source gives.
    /// </summary>
    public static LocalDate LibraryRulesFrom { get; } = new(2017, 1, 1);

    /// <summary>
    /// Gets the number of members above which the library's own check flags a branch: 100. No regulation sets it: the
    /// branch regulation says a branch generally has at most 50 members (第四条, <see cref="BranchGeneralMemberLimit"/>), and
    /// article 003 only reports branches of over a hundred members as a problem of its city, without stating a rule.
    /// </summary>
    public static DatedParameter<int> BranchMemberLimit { get; } =
        DatedParameter.Constant("branch.member-limit", LibraryRulesFrom, 100, Sources.LibraryRules.At("党支部党员超过100人（本库检查；支部工作条例第四条为一般不超过50人）"));

    /// <summary>
    /// Gets the share of full-time party-affairs staff in the organ staff that staffing generally does not fall below: 1%
    /// (机关专职党务工作人员的配备，一般占机关工作人员总数的1%至2%), from the 2019 organ regulation, 第三十条.
    /// </summary>
    public static DatedParameter<Share> StaffingMinimum { get; } =
        DatedParameter.Constant("staffing.minimum", new LocalDate(2019, 12, 29), Share.FromDecimal(0.01m), Sources.OrganRegulation2019.At("第三十条（一般占机关工作人员总数的1%至2%）"));

    /// <summary>
    /// Gets the fewest full-time party-affairs staff of any organ with staff: 1 (机关工作人员较少的单位，应当保证有专人负责),
    /// from the 2019 organ regulation, 第三十条.
    /// </summary>
    public static DatedParameter<int> StaffingDedicatedMinimum { get; } =
        DatedParameter.Constant("staffing.dedicated-minimum", new LocalDate(2019, 12, 29), 1, Sources.OrganRegulation2019.At("第三十条（机关工作人员较少的单位，应当保证有专人负责）"));

    /// <summary>Gets the number of secretaries every organization except a party group has: 1.</summary>
    public static DatedParameter<int> SecretaryMinimum { get; } =
        DatedParameter.Constant("organization.secretary-minimum", new LocalDate(2018, 10, 28), 1, Sources.BranchWorkRegulation2018.At("第六章（设1名书记）"));

    /// <summary>Gets the term of office in years of a grassroots committee (党委, 机关党委, 机关纪委): 5.</summary>
    public static DatedParameter<int> CommitteeTermYears { get; } = DatedParameter.Create<int>("term.committee-years",
    [
        new(new LocalDate(2017, 10, 24), 5, Sources.PartyConstitution2017.At("第三十条（基层委员会每届任期三年至五年）")),
        new(new LocalDate(2019, 12, 29), 5, Sources.OrganRegulation2019.At("第五条")),
        new(new LocalDate(2022, 10, 22), 5, Sources.PartyConstitution2022.At("第三十条（三年至五年；机关党委依机关条例第五条为5年）")),
    ]);

    /// <summary>Gets the term of office in years of a general branch committee: 3.</summary>
    public static DatedParameter<int> GeneralBranchTermYears { get; } = DatedParameter.Create<int>("term.general-branch-years",
    [
        new(new LocalDate(2017, 10, 24), 3, Sources.PartyConstitution2017.At("第三十条（总支部委员会每届任期两年或三年）")),
        new(new LocalDate(2019, 12, 29), 3, Sources.OrganRegulation2019.At("第六条")),
        new(new LocalDate(2022, 10, 22), 3, Sources.PartyConstitution2022.At("第三十条（三年至五年；机关总支依机关条例第六条为3年）")),
    ]);

    /// <summary>Gets the term of office in years of a branch committee or a branch secretary: 3.</summary>
    public static DatedParameter<int> BranchTermYears { get; } = DatedParameter.Create<int>("term.branch-years",
    [
        new(new LocalDate(2017, 10, 24), 3, Sources.PartyConstitution2017.At("第三十条（支部委员会每届任期两年或三年）")),
        new(new LocalDate(2018, 10, 28), 3, Sources.BranchWorkRegulation2018.At("第六章（其他基层单位党支部委员会一般每届任期3年）")),
        new(new LocalDate(2019, 12, 29), 3, Sources.OrganRegulation2019.At("第七条")),
        new(new LocalDate(2022, 10, 22), 3, Sources.PartyConstitution2022.At("第三十条（三年至五年；机关支部依机关条例第七条为3年）")),
    ]);

    /// <summary>Gets the number of members from which an organ sets up a grassroots committee: 100.</summary>
    public static DatedParameter<int> CommitteeFormMembers { get; } =
        DatedParameter.Constant("form.committee-members", new LocalDate(2019, 12, 29), 100, Sources.OrganRegulation2019.At("第五条"));

    /// <summary>Gets the number of members from which an organ sets up a general branch: 50.</summary>
    public static DatedParameter<int> GeneralBranchFormMembers { get; } =
        DatedParameter.Constant("form.general-branch-members", new LocalDate(2019, 12, 29), 50, Sources.OrganRegulation2019.At("第六条"));

    /// <summary>
    /// Gets the fewest members of a party group under the library's own check: 1 (a party group with no members). No
    /// source states it; article 003 reports party groups whose function is not exercised (党小组职能没有发挥), which the
    /// library cannot measure from the organization data, so it checks only the empty group.
    /// </summary>
    public static DatedParameter<int> PartyGroupMinimumMembers { get; } =
        DatedParameter.Constant("party-group.minimum-members", LibraryRulesFrom, 1, Sources.LibraryRules.At("党小组没有党员（本库检查）"));
}
