using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// Reads a <see cref="MeetingRecord"/>, with its attendance (attendees and absentees), in the library's plain form; anything
/// else is the generated metadata's (<see cref="RecordConverter{T}"/>).
/// </summary>
internal sealed class MeetingRecordConverter : RecordConverter<MeetingRecord>
{
    protected override MeetingRecord ReadObject(ref Utf8JsonReader reader)
    {
        LifeRecordId id = default;
        MeetingKind kind = default;
        OrganizationId organizationId = default;
        LocalDate date = default;
        MemberId? chair = null;
        ValueArray<string> topics = default;
        string? firstTopic = null;
        ValueArray<MemberId> attendees = default;
        ValueArray<Absence> absentees = default;
        string? minutes = null;
        LessonGiver? giver = null;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("id"u8))
            {
                Mark(ref seen, 1);
                id = Id<LifeRecordId>(ref reader);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                Mark(ref seen, 2);
                kind = Name<MeetingKind>(ref reader);
            }
            else if (name.SequenceEqual("organizationId"u8))
            {
                Mark(ref seen, 4);
                organizationId = Id<OrganizationId>(ref reader);
            }
            else if (name.SequenceEqual("date"u8))
            {
                Mark(ref seen, 8);
                date = Date(ref reader);
            }
            else if (name.SequenceEqual("chair"u8))
            {
                Mark(ref seen, 16);
                chair = Id<MemberId>(ref reader);
            }
            else if (name.SequenceEqual("topics"u8))
            {
                Mark(ref seen, 32);
                topics = Texts(ref reader);
            }
            else if (name.SequenceEqual("firstTopic"u8))
            {
                Mark(ref seen, 64);
                firstTopic = Text(ref reader);
            }
            else if (name.SequenceEqual("attendees"u8))
            {
                Mark(ref seen, 128);
                attendees = Ids<MemberId>(ref reader);
            }
            else if (name.SequenceEqual("absentees"u8))
            {
                Mark(ref seen, 256);
                absentees = Absentees(ref reader);
            }
            else if (name.SequenceEqual("minutes"u8))
            {
                Mark(ref seen, 512);
                minutes = Text(ref reader);
            }
            else if (name.SequenceEqual("giver"u8))
            {
                Mark(ref seen, 1024);
                giver = Name<LessonGiver>(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 15);
        return new MeetingRecord(id, kind, organizationId, date, chair, topics, firstTopic, attendees, absentees, minutes, giver);
    }

    private static ValueArray<Absence> Absentees(ref Utf8JsonReader reader)
    {
        var items = Items<Absence>.Start(ref reader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Declined();
            }

            MemberId memberId = default;
            AbsenceReason reason = default;
            var seen = 0;
            while (NextProperty(ref reader, out var name))
            {
                if (name.SequenceEqual("memberId"u8))
                {
                    Mark(ref seen, 1);
                    memberId = Id<MemberId>(ref reader);
                }
                else if (name.SequenceEqual("reason"u8))
                {
                    Mark(ref seen, 2);
                    reason = Name<AbsenceReason>(ref reader);
                }
                else
                {
                    throw Declined();
                }
            }

            Require(seen, 3);
            items.Add(new Absence(memberId, reason));
        }

        return Items<Absence>.Finish(items);
    }
}

/// <summary>Reads a <see cref="DuesPayment"/> in the library's plain form; anything else is the generated metadata's (<see cref="RecordConverter{T}"/>).</summary>
internal sealed class DuesPaymentConverter : RecordConverter<DuesPayment>
{
    protected override DuesPayment ReadObject(ref Utf8JsonReader reader)
    {
        MemberId memberId = default;
        YearMonth month = default;
        LocalDate paidOn = default;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("memberId"u8))
            {
                Mark(ref seen, 1);
                memberId = Id<MemberId>(ref reader);
            }
            else if (name.SequenceEqual("month"u8))
            {
                Mark(ref seen, 2);
                month = Month(ref reader);
            }
            else if (name.SequenceEqual("paidOn"u8))
            {
                Mark(ref seen, 4);
                paidOn = Date(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 7);
        return new DuesPayment(memberId, month, paidOn);
    }
}
