using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Reads and writes an <see cref="OrganizationEvent"/> as the record of its kind: the object's <c>kind</c> property
/// (anywhere in the object, on every target framework) picks the record, whose own metadata then reads the object.
/// </summary>
/// <remarks>
/// A missing <c>kind</c> is reported under <see cref="CommonErrorCodes.MalformedJson"/>, an unknown one under
/// <see cref="CommonErrorCodes.UndefinedEnumValue"/>, both at the path of the event's <c>kind</c>; a problem inside the
/// event keeps its own path (e.g. <c>$.content.events[3].date</c>). A closed type over the context's metadata: trim- and
/// AOT-safe. It sits in the area (which may use <c>Serialization</c>), registered in the library's JSON context.
/// </remarks>
internal sealed class OrganizationEventConverter : JsonConverter<OrganizationEvent>
{
    private delegate OrganizationEvent? ReadEvent(ref Utf8JsonReader reader, JsonSerializerOptions options);

    private static readonly StrictEnumConverter<OrganizationEventKind> KindConverter = new();

    private static readonly Dictionary<OrganizationEventKind, ReadEvent> Readers = new()
    {
        [OrganizationEventKind.Created] = ReadAs<OrganizationCreated>,
        [OrganizationEventKind.Renamed] = ReadAs<OrganizationRenamed>,
        [OrganizationEventKind.Added] = ReadAs<LeadershipSupplemented>,
        [OrganizationEventKind.Reparented] = ReadAs<OrganizationReparented>,
        [OrganizationEventKind.Dissolved] = ReadAs<OrganizationDissolved>,
        [OrganizationEventKind.Unchanged] = ReadAs<OrganizationUnchanged>,
        [OrganizationEventKind.MemberJoined] = ReadAs<MemberJoined>,
        [OrganizationEventKind.MemberTransferred] = ReadAs<MemberTransferred>,
        [OrganizationEventKind.MemberConfirmed] = ReadAs<MemberConfirmed>,
        [OrganizationEventKind.MemberLeft] = ReadAs<MemberLeft>,
        [OrganizationEventKind.RoleAssigned] = ReadAs<RoleAssigned>,
        [OrganizationEventKind.RoleEnded] = ReadAs<RoleEnded>,
        [OrganizationEventKind.Elected] = ReadAs<OrganizationElected>,
        [OrganizationEventKind.DistrictAssigned] = ReadAs<DistrictAssigned>,
        [OrganizationEventKind.StaffCountChanged] = ReadAs<StaffCountChanged>,
        [OrganizationEventKind.ProbationExtended] = ReadAs<ProbationExtended>,
        [OrganizationEventKind.PartyProbationImposed] = ReadAs<PartyProbationImposed>,
        [OrganizationEventKind.AppraisalDecision] = ReadAs<AppraisalDecisionRecorded>,
    };

    public override OrganizationEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(CommonErrorCodes.MalformedJson, "An organization event is a JSON object with a 'kind'.", NodaText.Raw(ref reader));
        }

        var kind = FindKind(reader, options);
        try
        {
            return Readers[kind](ref reader, options);
        }
        catch (JsonValueException ex)
        {
            throw new JsonValueException(ex.ErrorCode, ex.Message, ex.AttemptedValue) { InnerPath = Relative(ex.Path) };
        }
        catch (JsonException ex)
        {
            throw new JsonValueException(CommonErrorCodes.MalformedJson, JsonValueException.Describe(ex), null) { InnerPath = Relative(ex.Path) };
        }
    }

    public override void Write(Utf8JsonWriter writer, OrganizationEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));

    private static OrganizationEventKind FindKind(Utf8JsonReader reader, JsonSerializerOptions options)
    {
        // The reader is a copy: scanning for the kind leaves the caller's reader on the object's start.
        reader.Read();
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            var isKind = reader.ValueTextEquals("kind"u8);
            reader.Read();
            if (isKind)
            {
                try
                {
                    return KindConverter.Read(ref reader, typeof(OrganizationEventKind), options);
                }
                catch (JsonValueException ex)
                {
                    throw new JsonValueException(ex.ErrorCode, ex.Message, ex.AttemptedValue) { InnerPath = ".kind" };
                }
            }

            reader.Skip();
            reader.Read();
        }

        throw new JsonValueException(CommonErrorCodes.MalformedJson, "An organization event needs a 'kind', e.g. \"kind\": \"Renamed\".", null) { InnerPath = ".kind" };
    }

    private static OrganizationEvent? ReadAs<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : OrganizationEvent => JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    private static string? Relative(string? path) => path is null || path == "$" ? null : path[1..];
}
