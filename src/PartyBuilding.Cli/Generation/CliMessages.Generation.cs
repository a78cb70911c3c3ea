using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>The progress messages of <c>generate</c> (<see cref="Generation.SyntheticDataSet"/>), part of the tool's one message table.</summary>
internal static partial class CliMessages
{
    /// <summary>Progress of <c>generate</c>: the organization snapshot.</summary>
    public static LocalizedText GeneratedSnapshot(int departments, int branches, int members) => new(
        $"generate：组织快照，{departments} 个部门，{branches} 个支部，{members} 名党员",
        $"generate: organization snapshot, {departments} departments, {branches} branches, {members} members");

    /// <summary>Progress of <c>generate</c>: the double review ballots.</summary>
    public static LocalizedText GeneratedDoubleReview(int ballots) => new(
        $"generate：双述双评，{ballots} 张测评票",
        $"generate: double review, {ballots} ballots");

    /// <summary>Progress of <c>generate</c>: the scheme and the given inputs.</summary>
    public static LocalizedText GeneratedGivenInputs { get; } = new(
        "generate：考核方案和直接给定的输入",
        "generate: assessment scheme and given inputs");

    /// <summary>Progress of <c>generate</c>: the standardization assessments.</summary>
    public static LocalizedText GeneratedStandardization(int assessments, int years, int indicators) => new(
        $"generate：支部标准化建设，{assessments} 份支部评估（{years} 年），{indicators} 项指标",
        $"generate: standardization, {assessments} branch assessments ({years} years) of {indicators} indicators");

    /// <summary>Progress of <c>generate</c>: the member points records.</summary>
    public static LocalizedText GeneratedMemberPoints(int declarations, int audits, int massReviews) => new(
        $"generate：党员积分，{declarations} 份申报，{audits} 份审核，{massReviews} 次群众评议",
        $"generate: member points, {declarations} declarations, {audits} audits, {massReviews} mass reviews");

    /// <summary>Progress of <c>generate</c>: the organizational-life records.</summary>
    public static LocalizedText GeneratedOrganizationalLife(int meetings, int attendance, int dues) => new(
        $"generate：组织生活，{meetings} 条会议记录，{attendance} 条出缺席记录，{dues} 条党费交纳记录",
        $"generate: organizational life, {meetings} meeting records, {attendance} attendance rows, {dues} dues payments");
}
