using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The thresholds of the compliance rules, each a <see cref="DatedParameter{T}"/> whose entries carry the date from
/// which they apply and the regulation they come from. A later amendment is a new entry, never an edit.
/// </summary>
/// <remarks>
/// Sources: the party constitution (2017, 2022), the branch work regulation (2018), the organ grassroots-organization
/// regulation (2019) and article 003. Where the organ regulation is more specific than the constitution's frame (a
/// 3-year term for organ branches inside the constitution's 3–5 years of 2022), the organ regulation's value is kept.
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

    /// <summary>Gets the number of members above which a branch is flagged as article 003 does: 100.</summary>
    public static DatedParameter<int> BranchMemberLimit { get; } =
        DatedParameter.Constant("branch.member-limit", new LocalDate(2019, 1, 1), 100, Sources.Article003.At("二、（五）组织调整不够及时"));

    /// <summary>Gets the lowest share of full-time party-affairs staff in the organ staff: 1%.</summary>
    public static DatedParameter<Proportion> StaffingMinimum { get; } =
        DatedParameter.Constant("staffing.minimum", new LocalDate(2019, 12, 29), Proportion.FromPercent(1m), Sources.OrganRegulation2019.At("党务工作人员配备（占机关工作人员总数1%—2%）"));

    /// <summary>Gets the highest share of full-time party-affairs staff in the organ staff: 2%.</summary>
    public static DatedParameter<Proportion> StaffingMaximum { get; } =
        DatedParameter.Constant("staffing.maximum", new LocalDate(2019, 12, 29), Proportion.FromPercent(2m), Sources.OrganRegulation2019.At("党务工作人员配备（占机关工作人员总数1%—2%）"));

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

    /// <summary>Gets the fewest members of a functioning party group: 1 (article 003 flags party groups that do not function).</summary>
    public static DatedParameter<int> PartyGroupMinimumMembers { get; } =
        DatedParameter.Constant("party-group.minimum-members", new LocalDate(2019, 1, 1), 1, Sources.Article003.At("二、（五）党小组职能没有发挥"));
}
