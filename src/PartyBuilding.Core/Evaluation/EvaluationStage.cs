using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>What a step of an annual evaluation does (评价阶段).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(StrictEnumConverter<EvaluationStage>))]
public enum EvaluationStage
{
    /// <summary>Checking every document and resolving its references against the organization structure (校验文件).</summary>
    CheckingDocuments = 1,

    /// <summary>Running one area's engine (计算分项).</summary>
    RunningArea = 2,

    /// <summary>Combining the components into the annual assessment and the ranking (综合考核与排名).</summary>
    Assessing = 3,

    /// <summary>The evaluation has finished: every input record is done (评价完成); reported once, after the last step.</summary>
    Completed = 4,
}
