using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// A grade band of the annual assessment (考核等次), also the scale of qualitative grades (定性评价):
/// good 好, fairly good 较好, average 一般, poor 差. A lower number is a better band.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<GradeBand>))]
public enum GradeBand
{
    /// <summary>Good (好).</summary>
    Good = 1,

    /// <summary>Fairly good (较好).</summary>
    FairlyGood = 2,

    /// <summary>Average (一般).</summary>
    Average = 3,

    /// <summary>Poor (差).</summary>
    Poor = 4,
}

/// <summary>What a component of the assessment scheme measures; the components of article 002's annual target assessment.</summary>
[JsonConverter(typeof(StrictEnumConverter<ComponentKind>))]
public enum ComponentKind
{
    /// <summary>Double report, double review (双述双评), counted into the assessment by a set proportion.</summary>
    DoubleReview = 1,

    /// <summary>Branch standardization (党支部标准化建设).</summary>
    Standardization = 2,

    /// <summary>Responsibility lists (责任清单).</summary>
    Responsibilities = 3,

    /// <summary>Rectification ledger (整改台账).</summary>
    Rectification = 4,

    /// <summary>Member-points statistics (党员积分制管理).</summary>
    MemberPoints = 5,

    /// <summary>Routine work (日常工作).</summary>
    RoutineWork = 6,

    /// <summary>Key work (重点工作).</summary>
    KeyWork = 7,

    /// <summary>Another component a scheme defines.</summary>
    Other = 8,
}

/// <summary>Whether a component is scored by number or by a qualitative grade (定性定量相结合).</summary>
[JsonConverter(typeof(StrictEnumConverter<ComponentNature>))]
public enum ComponentNature
{
    /// <summary>Quantitative (定量): the input is a score from 0 to 100.</summary>
    Quantitative = 1,

    /// <summary>Qualitative (定性): the input is a <see cref="GradeBand"/> that the scheme maps to a score.</summary>
    Qualitative = 2,
}

/// <summary>The kind of a precedence rule that acts on the grade band whatever the score.</summary>
[JsonConverter(typeof(StrictEnumConverter<PrecedenceRuleKind>))]
public enum PrecedenceRuleKind
{
    /// <summary>A veto (一票否决): the band is capped at the rule's maximum band.</summary>
    Veto = 1,

    /// <summary>A forced downgrade (降档): the band is lowered by the rule's number of steps.</summary>
    ForcedDowngrade = 2,
}

/// <summary>How the published ranking of an assessment is ordered (<see cref="PrecedencePolicy.Order"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<PublishedRankOrder>))]
public enum PublishedRankOrder
{
    /// <summary>By final band (after vetoes and downgrades), then by published total, then by the ranking strategy's tie rules (先等次、后总分; the default).</summary>
    BandThenTotal = 1,

    /// <summary>By published total, then by the tie rules; vetoes and downgrades change the band only and are shown as marks (按总分排名，否决降档只作标注).</summary>
    TotalWithMarks = 2,

    /// <summary>Organizations under a veto after all others, then by published total, then by the tie rules (一票否决单位排在最后).</summary>
    VetoedLast = 3,
}

/// <summary>The state of a model-organ certification case (模范机关认定).</summary>
[JsonConverter(typeof(StrictEnumConverter<ModelOrganStatus>))]
public enum ModelOrganStatus
{
    /// <summary>Opened from the year's results; the department has not yet evaluated itself.</summary>
    Applied = 1,

    /// <summary>The department has recorded its self-evaluation (部门自评).</summary>
    SelfEvaluated = 2,

    /// <summary>The joint meeting named the organization a model organ (联席会议评估认定, 命名).</summary>
    Named = 3,

    /// <summary>The joint meeting did not name the organization.</summary>
    Rejected = 4,

    /// <summary>The title was withdrawn under the exit mechanism (退出机制).</summary>
    Withdrawn = 5,
}

/// <summary>A recorded step of a model-organ certification case.</summary>
[JsonConverter(typeof(StrictEnumConverter<CertificationStepKind>))]
public enum CertificationStepKind
{
    /// <summary>The department's self-evaluation (部门自评).</summary>
    SelfEvaluation = 1,

    /// <summary>The joint meeting's assessment (联席会议评估).</summary>
    JointMeeting = 2,

    /// <summary>The naming (命名).</summary>
    Naming = 3,

    /// <summary>A later year's review of a named title that kept it.</summary>
    Review = 4,

    /// <summary>The withdrawal of the title (退出).</summary>
    Withdrawal = 5,
}

/// <summary>A criterion of model-organ certification over the assessment results.</summary>
[JsonConverter(typeof(StrictEnumConverter<CertificationCriterionKind>))]
public enum CertificationCriterionKind
{
    /// <summary>No veto in any of the years considered (无一票否决).</summary>
    NoVeto = 1,

    /// <summary>The grade band is at least the minimum in each year considered.</summary>
    MinimumBand = 2,

    /// <summary>The committee rank is within the top share in each year considered (排名档次).</summary>
    RankingBand = 3,

    /// <summary>The share of branches named at a standardization tier reaches the minimum this year (达标覆盖).</summary>
    TierCoverage = 4,
}
