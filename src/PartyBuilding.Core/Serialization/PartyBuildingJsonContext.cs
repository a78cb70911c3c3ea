using System.Text.Json;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The source-generated serialization context of every type that crosses the JSON boundary. Internal, so its
/// generated members stay out of the public API; use <see cref="PartyBuildingJson"/>.
/// </summary>
/// <remarks>
/// Each area registers its document types with <c>[JsonSerializable]</c> on its own partial declaration of this class
/// (<c>PartyBuildingJsonContext.&lt;Area&gt;.cs</c>), and its identifier converters in the list below. Converters are
/// closed types (no factory that makes generic types at run time), so the context stays trim- and AOT-safe.
/// Unknown properties are refused (<see cref="JsonUnmappedMemberHandling.Disallow"/>): nothing is silently dropped.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
#if NET9_0_OR_GREATER
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
#endif
    WriteIndented = true,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(YearMonthConverter),
        typeof(AssessmentYearConverter),
        typeof(ScoreConverter),
        typeof(ProportionConverter),

        // Identifiers of Common.
        typeof(StronglyTypedIdConverter<OrganizationId>),
        typeof(StronglyTypedIdConverter<MemberId>),
        typeof(StronglyTypedIdConverter<DistrictId>),
        typeof(StronglyTypedIdConverter<IndicatorId>),
        typeof(StronglyTypedIdConverter<ResponsibilityItemId>),

        // Identifiers of the areas: one line each, grouped by area.
        // Assessment
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Assessment.AssessmentComponentId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Assessment.AssessmentFactorId>),
    ])]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(ScoreBreakdown))]
[JsonSerializable(typeof(ValidationReport))]

// Assessment (here rather than in a partial file: the source generator fails on [JsonSerializable] spread over
// several partial declarations, dotnet/runtime#99669).
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentResult))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.ReceiptPayload))]
internal sealed partial class PartyBuildingJsonContext : JsonSerializerContext;
