using System.Text.Json;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>Reads an <see cref="IndicatorScore"/> in the library's plain form; anything else is the generated metadata's (<see cref="RecordConverter{T}"/>).</summary>
internal sealed class IndicatorScoreConverter : RecordConverter<IndicatorScore>
{
    protected override IndicatorScore ReadObject(ref Utf8JsonReader reader)
    {
        IndicatorId indicatorId = default;
        decimal observed = 0;
        string? assessor = null;
        LocalDate assessedOn = default;
        CheckMethod? checkedBy = null;
        string? evidence = null;
        var seen = 0;
        while (NextProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("indicatorId"u8))
            {
                Mark(ref seen, 1);
                indicatorId = Id<IndicatorId>(ref reader);
            }
            else if (name.SequenceEqual("observed"u8))
            {
                Mark(ref seen, 2);
                observed = Decimal(ref reader);
            }
            else if (name.SequenceEqual("assessor"u8))
            {
                Mark(ref seen, 4);
                assessor = Text(ref reader);
            }
            else if (name.SequenceEqual("assessedOn"u8))
            {
                Mark(ref seen, 8);
                assessedOn = Date(ref reader);
            }
            else if (name.SequenceEqual("checkedBy"u8))
            {
                Mark(ref seen, 16);
                checkedBy = Name<CheckMethod>(ref reader);
            }
            else if (name.SequenceEqual("evidence"u8))
            {
                Mark(ref seen, 32);
                evidence = Text(ref reader);
            }
            else
            {
                throw Declined();
            }
        }

        Require(seen, 15);
        return new IndicatorScore(indicatorId, observed, assessor!, assessedOn, checkedBy, evidence);
    }
}
