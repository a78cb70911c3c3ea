using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Display labels of the enumerations of the <c>DoubleReview</c> area.</summary>
public static class DoubleReviewLabels
{
    /// <summary>Gets the labels of <see cref="BallotRight"/>.</summary>
    public static LabelTable<BallotRight> BallotRights { get; } = LabelTables.Create(
        (BallotRight.VotingRights, "有表决权的党员参评", "Members with the right to vote"),
        (BallotRight.None, "全体党员参评", "Every member"));

    /// <summary>Gets the labels of <see cref="RaterGroup"/>.</summary>
    public static LabelTable<RaterGroup> RaterGroups { get; } = LabelTables.Create(
        (RaterGroup.Members, "党员民主测评", "Members' democratic evaluation"),
        (RaterGroup.CommitteeLeaders, "工委领导评分", "Committee leaders' ratings"),
        (RaterGroup.PeerOrganizations, "党组织定量互评", "Peer organizations' ratings"),
        (RaterGroup.CommitteeMembers, "工委成员量化测评", "Committee members' ratings"));

    /// <summary>Gets the labels of <see cref="ReviewRound"/>.</summary>
    public static LabelTable<ReviewRound> ReviewRounds { get; } = LabelTables.Create(
        (ReviewRound.ToMembers, "向全体党员述职", "Report to the members"),
        (ReviewRound.ToCommittee, "向机关工委述职", "Report to the working committee"));

    /// <summary>Gets the labels of <see cref="ReviewGrade"/>.</summary>
    public static LabelTable<ReviewGrade> ReviewGrades { get; } = LabelTables.Create(
        (ReviewGrade.Good, "好", "Good"),
        (ReviewGrade.FairlyGood, "较好", "Fairly good"),
        (ReviewGrade.Average, "一般", "Average"),
        (ReviewGrade.Poor, "差", "Poor"));

    /// <summary>Gets the labels of <see cref="RatingScaleKind"/>.</summary>
    public static LabelTable<RatingScaleKind> RatingScaleKinds { get; } = LabelTables.Create(
        (RatingScaleKind.Grades, "等次评价", "Grades"),
        (RatingScaleKind.Points, "百分制打分", "Points"));

    /// <summary>Gets the labels of <see cref="AssessedComponent"/>.</summary>
    public static LabelTable<AssessedComponent> AssessedComponents { get; } = LabelTables.Create(
        (AssessedComponent.Inspection, "查", "Inspection"),
        (AssessedComponent.Visit, "访", "Visits"));

    /// <summary>Gets the labels of <see cref="ReviewCadence"/>.</summary>
    public static LabelTable<ReviewCadence> ReviewCadences { get; } = LabelTables.Create(
        (ReviewCadence.Annual, "每年一次", "Annual"),
        (ReviewCadence.HalfYearly, "每半年一次", "Half-yearly"));

    /// <summary>Gets the labels of <see cref="HalfYear"/>.</summary>
    public static LabelTable<HalfYear> HalfYears { get; } = LabelTables.Create(
        (HalfYear.First, "上半年", "First half"),
        (HalfYear.Second, "下半年", "Second half"));

    /// <summary>Gets the labels of <see cref="PeerScope"/>.</summary>
    public static LabelTable<PeerScope> PeerScopes { get; } = LabelTables.Create(
        (PeerScope.AllOrganizations, "全体党组织互评", "All organizations"),
        (PeerScope.SameDistrict, "责任区内互评", "Same district"));

    /// <summary>Gets the labels of <see cref="RoundFailureReason"/>.</summary>
    public static LabelTable<RoundFailureReason> RoundFailureReasons { get; } = LabelTables.Create(
        (RoundFailureReason.BelowQuorum, "参评人数不足", "Below quorum"),
        (RoundFailureReason.NoBallots, "无有效票", "No ballots"));
}
