using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>Display labels of the enumerations of the <c>Organizations</c> area.</summary>
public static class OrganizationsLabels
{
    /// <summary>Gets the labels of <see cref="OrganizationKind"/>.</summary>
    public static LabelTable<OrganizationKind> OrganizationKinds { get; } = LabelTables.Create(
        (OrganizationKind.WorkingCommittee, "机关工委", "Working committee"),
        (OrganizationKind.LeadingPartyGroup, "党组", "Leading party group"),
        (OrganizationKind.PartyCommittee, "党委", "Party committee"),
        (OrganizationKind.OrganPartyCommittee, "机关党委", "Organ party committee"),
        (OrganizationKind.OrganDisciplineCommittee, "机关纪委", "Organ discipline committee"),
        (OrganizationKind.GeneralBranch, "党总支", "General branch"),
        (OrganizationKind.Branch, "党支部", "Branch"),
        (OrganizationKind.JointBranch, "联合党支部", "Joint branch"),
        (OrganizationKind.TemporaryBranch, "临时党支部", "Temporary branch"),
        (OrganizationKind.RetireeBranch, "离退休干部党支部", "Retiree branch"),
        (OrganizationKind.PartyGroup, "党小组", "Party group"));

    /// <summary>Gets the labels of <see cref="MembershipStatus"/>.</summary>
    public static LabelTable<MembershipStatus> MembershipStatuses { get; } = LabelTables.Create(
        (MembershipStatus.Full, "正式党员", "Full member"),
        (MembershipStatus.Probationary, "预备党员", "Probationary member"));

    /// <summary>Gets the labels of <see cref="PartyRole"/>.</summary>
    public static LabelTable<PartyRole> PartyRoles { get; } = LabelTables.Create(
        (PartyRole.Secretary, "书记", "Secretary"),
        (PartyRole.DeputySecretary, "副书记", "Deputy secretary"),
        (PartyRole.OrganizationCommitteeMember, "组织委员", "Committee member for organization"),
        (PartyRole.PropagandaCommitteeMember, "宣传委员", "Committee member for propaganda"),
        (PartyRole.DisciplineCommitteeMember, "纪检委员", "Committee member for discipline"),
        (PartyRole.CommitteeMember, "委员", "Committee member"),
        (PartyRole.FullTimePartyAffairsCadre, "专职党务干部", "Full-time party-affairs cadre"),
        (PartyRole.LeadingGroupMember, "班子成员（一岗双责）", "Leading-group member (one post, two duties)"),
        (PartyRole.GroupLeader, "党小组组长", "Party group leader"));

    /// <summary>Gets the labels of <see cref="OrganizationEventKind"/>.</summary>
    public static LabelTable<OrganizationEventKind> EventKinds { get; } = LabelTables.Create(
        (OrganizationEventKind.Created, "新建", "Created"),
        (OrganizationEventKind.Renamed, "更名", "Renamed"),
        (OrganizationEventKind.Added, "增补", "Supplemented"),
        (OrganizationEventKind.Reparented, "变更隶属关系", "Change of affiliation"),
        (OrganizationEventKind.Dissolved, "撤销", "Dissolved"),
        (OrganizationEventKind.Unchanged, "不变", "Unchanged"),
        (OrganizationEventKind.MemberJoined, "党员加入", "Member joined"),
        (OrganizationEventKind.MemberTransferred, "组织关系转接", "Member transferred"),
        (OrganizationEventKind.MemberConfirmed, "预备党员转正", "Member confirmed as full"),
        (OrganizationEventKind.MemberLeft, "党员减少", "Member left"),
        (OrganizationEventKind.RoleAssigned, "任职", "Role assigned"),
        (OrganizationEventKind.RoleEnded, "免职", "Role ended"),
        (OrganizationEventKind.Elected, "换届选举", "Election"),
        (OrganizationEventKind.DistrictAssigned, "划入责任区", "Assigned to a district"),
        (OrganizationEventKind.StaffCountChanged, "机关人数变更", "Organ staff count changed"),
        (OrganizationEventKind.ProbationExtended, "延长预备期", "Probation extended"),
        (OrganizationEventKind.PartyProbationImposed, "留党察看", "Probation within the party"),
        (OrganizationEventKind.AppraisalDecision, "不合格党员处置", "Decision on an unqualified member"));

    /// <summary>Gets the labels of <see cref="AppraisalOutcome"/>.</summary>
    public static LabelTable<AppraisalOutcome> AppraisalOutcomes { get; } = LabelTables.Create(
        (AppraisalOutcome.CorrectWithinDeadline, "限期改正", "Correct within a deadline"),
        (AppraisalOutcome.AdvisedToWithdraw, "劝其退党", "Advised to withdraw"),
        (AppraisalOutcome.Removed, "除名", "Removed from the party"));

    /// <summary>Gets the labels of <see cref="RightsRestriction"/>.</summary>
    public static LabelTable<RightsRestriction> RightsRestrictions { get; } = LabelTables.Create(
        (RightsRestriction.None, "享有表决权、选举权和被选举权", "Has the rights to vote, elect and be elected"),
        (RightsRestriction.Probationary, "预备党员，没有表决权、选举权和被选举权", "Probationary member: no right to vote, elect or be elected"),
        (RightsRestriction.PartyProbation, "留党察看期间，没有表决权、选举权和被选举权", "On probation within the party: no right to vote, elect or be elected"));

    /// <summary>Gets the labels of <see cref="StandingFindingKind"/>.</summary>
    public static LabelTable<StandingFindingKind> StandingFindingKinds { get; } = LabelTables.Create(
        (StandingFindingKind.ConfirmedBeforeProbationEnded, "预备期未满即转正", "Confirmed before the probation ended"),
        (StandingFindingKind.ConfirmedAfterProbationEnded, "转正日期晚于预备期满之日", "Confirmed after the probation ended"),
        (StandingFindingKind.ProbationOverrun, "预备期已满未转正且无延长决定", "Probation over without a decision"));

    /// <summary>Gets the labels of <see cref="NestingRelation"/>.</summary>
    public static LabelTable<NestingRelation> NestingRelations { get; } = LabelTables.Create(
        (NestingRelation.Leads, "领导", "Leads"),
        (NestingRelation.GuidesAndSupervises, "指导督促", "Guides and supervises"));

    /// <summary>Gets the labels of <see cref="MembershipChangeReason"/>.</summary>
    public static LabelTable<MembershipChangeReason> MembershipChangeReasons { get; } = LabelTables.Create(
        (MembershipChangeReason.Admitted, "接收新党员", "Admitted to the party"),
        (MembershipChangeReason.TransferredIn, "组织关系转入", "Transferred in"),
        (MembershipChangeReason.TransferredOut, "组织关系转出", "Transferred out"),
        (MembershipChangeReason.Died, "死亡", "Died"),
        (MembershipChangeReason.Removed, "除名", "Removed from the party"),
        (MembershipChangeReason.Withdrew, "退党", "Withdrew from the party"),
        (MembershipChangeReason.Expelled, "开除党籍", "Expelled from the party"));

    /// <summary>Gets the labels of <see cref="ComplianceSeverity"/>.</summary>
    public static LabelTable<ComplianceSeverity> ComplianceSeverities { get; } = LabelTables.Create(
        (ComplianceSeverity.Advice, "建议", "Advice"),
        (ComplianceSeverity.Warning, "提醒", "Warning"),
        (ComplianceSeverity.Violation, "不符合规定", "Violation"));
}
