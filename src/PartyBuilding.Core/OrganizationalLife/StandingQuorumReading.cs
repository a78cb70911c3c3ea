using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// How a scheme reads “半数以上” in the quorum of a members' meeting (第十一条) and of a branch committee meeting (第十二条):
/// <see cref="OrganizationalLifeScheme.QuorumReading"/>. See <c>docs/organizational-life.md</c>, "Rules and their sources".
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<QuorumReading>))]
public enum QuorumReading
{
    /// <summary>More than half present (3 of 5 and 3 of 4 are valid, 2 of 4 is not): the “双过半” reading of party-affairs guidance; the library's default.</summary>
    MoreThanHalf = 1,

    /// <summary>At least half present (2 of 4 is valid, 2 of 5 is not): “以上” includes the number itself, as Chinese legislation reads it (《民法典》第一千二百五十九条).</summary>
    AtLeastHalf = 2,
}

/// <summary>The quorum test under each reading, with its words.</summary>
internal static class StandingQuorum
{
    /// <summary>Gets the reading a scheme uses: its own, else <see cref="QuorumReading.MoreThanHalf"/>.</summary>
    public static QuorumReading Of(OrganizationalLifeScheme scheme) => scheme.QuorumReading ?? QuorumReading.MoreThanHalf;

    /// <summary>Tells whether enough are present: more than (or, read as at least, no fewer than) the share of those entitled.</summary>
    public static bool Met(QuorumReading reading, int present, int entitled, Share share) => reading == QuorumReading.AtLeastHalf
        ? (long)present * share.Denominator >= share.Numerator * (long)entitled
        : (long)present * share.Denominator > share.Numerator * (long)entitled;

    /// <summary>Gets the formula's name in an explanation.</summary>
    public static string Formula(QuorumReading reading) =>
        reading == QuorumReading.AtLeastHalf ? "at-least-share-present" : "more-than-share-present";

    /// <summary>Gets the summary of a meeting held without its quorum, under the reading.</summary>
    public static LocalizedText WithoutQuorum(MeetingRecord record, int present, int entitled, QuorumReading reading)
    {
        if (reading != QuorumReading.AtLeastHalf)
        {
            return OrganizationalLifeTexts.WithoutQuorum(record, present, entitled);
        }

        var label = OrganizationalLifeTexts.Record(record);
        return new(
            string.Create(CultureInfo.InvariantCulture, $"{label.ZhCn}应到{entitled}人，实到{present}人，不足半数，会议有记录但无效。"),
            string.Create(CultureInfo.InvariantCulture, $"{label.English}: {present} of {entitled} present, fewer than half; recorded but not valid."));
    }
}
