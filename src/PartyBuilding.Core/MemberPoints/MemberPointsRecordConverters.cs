using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Reads a <see cref="Declaration"/> in the library's plain form; anything else is the generated metadata's (<see cref="RecordConverter{T}"/>).</summary>
internal sealed class DeclarationConverter : RecordConverter<Declaration>
{
    protected override Declaration ReadObject(ref Utf8JsonReader reader)
    {
        DeclarationId id = default;
        MemberId memberId = default;
        PointsStandardId standardId = default;
        YearMonth month = default;
        LocalDate occurredOn = default;
        LocalDate submittedOn = default;
        var quantity = 1;
        string? note = null;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("id"u8))
            {
                Mark(ref seen, 1);
                id = Id<DeclarationId>(ref reader);
            }
            else if (name.SequenceEqual("memberId"u8))
            {
                Mark(ref seen, 2);
                memberId = Id<MemberId>(ref reader);
            }
            else if (name.SequenceEqual("standardId"u8))
            {
                Mark(ref seen, 4);
                standardId = Id<PointsStandardId>(ref reader);
            }
            else if (name.SequenceEqual("month"u8))
            {
                Mark(ref seen, 8);
                month = Month(ref reader);
            }
            else if (name.SequenceEqual("occurredOn"u8))
            {
                Mark(ref seen, 16);
                occurredOn = Date(ref reader);
            }
            else if (name.SequenceEqual("submittedOn"u8))
            {
                Mark(ref seen, 32);
                submittedOn = Date(ref reader);
            }
            else if (name.SequenceEqual("quantity"u8))
            {
                Mark(ref seen, 64);
                quantity = Int32(ref reader);
            }
            else if (name.SequenceEqual("note"u8))
            {
                Mark(ref seen, 128);
                note = Text(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 63);
        return new Declaration(id, memberId, standardId, month, occurredOn, submittedOn, quantity, note);
    }
}

/// <summary>Reads an <see cref="AuditRecord"/> in the library's plain form; anything else is the generated metadata's (<see cref="RecordConverter{T}"/>).</summary>
internal sealed class AuditRecordConverter : RecordConverter<AuditRecord>
{
    protected override AuditRecord ReadObject(ref Utf8JsonReader reader)
    {
        DeclarationId declarationId = default;
        LocalDate auditedOn = default;
        AuditDecision decision = default;
        Score? points = null;
        string? reason = null;
        MemberId? auditor = null;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("declarationId"u8))
            {
                Mark(ref seen, 1);
                declarationId = Id<DeclarationId>(ref reader);
            }
            else if (name.SequenceEqual("auditedOn"u8))
            {
                Mark(ref seen, 2);
                auditedOn = Date(ref reader);
            }
            else if (name.SequenceEqual("decision"u8))
            {
                Mark(ref seen, 4);
                decision = Name<AuditDecision>(ref reader);
            }
            else if (name.SequenceEqual("points"u8))
            {
                Mark(ref seen, 8);
                points = Score(ref reader);
            }
            else if (name.SequenceEqual("reason"u8))
            {
                Mark(ref seen, 16);
                reason = Text(ref reader);
            }
            else if (name.SequenceEqual("auditor"u8))
            {
                Mark(ref seen, 32);
                auditor = Id<MemberId>(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 7);
        return new AuditRecord(declarationId, auditedOn, decision, points, reason, auditor);
    }
}

/// <summary>
/// Reads a <see cref="MassReview"/> in the library's plain form (its written <c>raters</c>, a computed property, is skipped as
/// the generated metadata skips it); anything else is the generated metadata's (<see cref="RecordConverter{T}"/>).
/// </summary>
internal sealed class MassReviewConverter : RecordConverter<MassReview>
{
    protected override MassReview ReadObject(ref Utf8JsonReader reader)
    {
        MemberId memberId = default;
        int quarter = 0, good = 0, fairlyGood = 0, average = 0, poor = 0;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("memberId"u8))
            {
                Mark(ref seen, 1);
                memberId = Id<MemberId>(ref reader);
            }
            else if (name.SequenceEqual("quarter"u8))
            {
                Mark(ref seen, 2);
                quarter = Int32(ref reader);
            }
            else if (name.SequenceEqual("good"u8))
            {
                Mark(ref seen, 4);
                good = Int32(ref reader);
            }
            else if (name.SequenceEqual("fairlyGood"u8))
            {
                Mark(ref seen, 8);
                fairlyGood = Int32(ref reader);
            }
            else if (name.SequenceEqual("average"u8))
            {
                Mark(ref seen, 16);
                average = Int32(ref reader);
            }
            else if (name.SequenceEqual("poor"u8))
            {
                Mark(ref seen, 32);
                poor = Int32(ref reader);
            }
            else if (name.SequenceEqual("raters"u8))
            {
                Mark(ref seen, 64);
                Skip(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 63);
        return new MassReview(memberId, quarter, good, fairlyGood, average, poor);
    }
}
