using System.Globalization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Splits a generated data set's two large documents by month (数据分卷, <c>pbeval generate --split-by-month</c>), as a
/// committee whose branches report monthly would keep them: the member-points data set and the records of organizational
/// life each become one document per month of the year that has records, listed under the manifest's
/// <see cref="EvaluationDocuments.Parts"/>. The first document (January) keeps the lists every part relies on (the
/// branches, the roster, the carry-over); the others hold only that month's records.
/// </summary>
/// <remarks>
/// A declaration belongs to the month it declares; its audit goes with it (an audit of an unknown declaration stays in
/// January, where validation reports it as it would unsplit); a mass review goes to the last month of its quarter; a
/// meeting to the month of its date; a dues payment to the month it pays for. Anything dated outside the year stays in
/// January. The split changes neither a result nor the receipt: the library appends the parts in order, and neither
/// depends on the order of a list (docs/evaluation.md, "A data set split across several documents").
/// </remarks>
internal static class MonthlyParts
{
    /// <summary>Splits a member-points data set by month.</summary>
    /// <param name="data">The whole data set.</param>
    /// <returns>The first document (branches, roster and January's records) and one part per later month that has records, by month.</returns>
    public static (MemberPointsDataSet First, IReadOnlyList<(int Month, MemberPointsDataSet Part)> Parts) Split(MemberPointsDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var year = data.Year.Value;
        var monthOf = new Dictionary<DeclarationId, int>(data.Declarations.Length);
        foreach (var declaration in data.Declarations)
        {
            monthOf.TryAdd(declaration.Id, declaration.Month.Year == year ? declaration.Month.Month : 1);
        }

        var declarations = ByMonth(data.Declarations, d => monthOf[d.Id]);
        var audits = ByMonth(data.Audits, a => monthOf.TryGetValue(a.DeclarationId, out var month) ? month : 1);
        var reviews = ByMonth(data.MassReviews, r => r.Quarter is >= 1 and <= 4 ? r.Quarter * 3 : 1);
        var first = data with { Declarations = [.. declarations[1]], Audits = [.. audits[1]], MassReviews = [.. reviews[1]] };
        var parts = new List<(int, MemberPointsDataSet)>();
        for (var month = 2; month <= 12; month++)
        {
            if (declarations[month].Count + audits[month].Count + reviews[month].Count > 0)
            {
                parts.Add((month, data with
                {
                    Branches = [],
                    Roster = [],
                    Declarations = [.. declarations[month]],
                    Audits = [.. audits[month]],
                    MassReviews = [.. reviews[month]],
                }));
            }
        }

        return (first, parts);
    }

    /// <summary>Splits records of organizational life by month.</summary>
    /// <param name="records">The whole records.</param>
    /// <returns>The first document (branches, carry-over and January's records) and one part per later month that has records, by month.</returns>
    public static (OrganizationalLifeRecords First, IReadOnlyList<(int Month, OrganizationalLifeRecords Part)> Parts) Split(OrganizationalLifeRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var year = records.Year.Value;
        var meetings = ByMonth(records.Meetings, m => m.Date.Year == year ? m.Date.Month : 1);
        var dues = ByMonth(records.Dues, d => d.Month.Year == year ? d.Month.Month : 1);
        var first = records with { Meetings = [.. meetings[1]], Dues = [.. dues[1]] };
        var parts = new List<(int, OrganizationalLifeRecords)>();
        for (var month = 2; month <= 12; month++)
        {
            if (meetings[month].Count + dues[month].Count > 0)
            {
                parts.Add((month, records with { Branches = [], Carryover = null, Meetings = [.. meetings[month]], Dues = [.. dues[month]] }));
            }
        }

        return (first, parts);
    }

    /// <summary>The file name of a month's part: the whole document's name with the year and month before the extension.</summary>
    /// <param name="fileName">The whole document's file name, e.g. <c>member-points-data.json</c>.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 2 to 12.</param>
    /// <returns>E.g. <c>member-points-data-2018-02.json</c>.</returns>
    public static string FileName(string fileName, int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(fileName)}-{year:D4}-{month:D2}{Path.GetExtension(fileName)}");

    private static List<T>[] ByMonth<T>(ValueArray<T> items, Func<T, int> month)
    {
        var lists = new List<T>[13];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        foreach (var item in items)
        {
            lists[month(item)].Add(item);
        }

        return lists;
    }
}
