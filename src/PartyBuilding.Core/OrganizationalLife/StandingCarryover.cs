using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The previous year's records carried over into a year's records (上年度结转记录), so that the party constitution's
/// six-month rule (第九条) sees a run of months across the year boundary: the months from <paramref name="From"/> to the
/// previous year's December, with every meeting record and dues payment of those months.
/// </summary>
/// <param name="From">The first month carried over, in the previous year; every month from it to December counts as recorded.</param>
/// <param name="Meetings">The records of the months carried over (same branches, groups and members as the year's lists).</param>
/// <param name="Dues">The dues paid for the months carried over.</param>
/// <remarks>
/// Only the six-month rule reads them: they are never counted for a frequency, a quorum, dues of the year or a score.
/// Immutable and thread-safe.
/// </remarks>
public sealed record LifeCarryover(YearMonth From, ValueArray<MeetingRecord> Meetings = default, ValueArray<DuesPayment> Dues = default)
{
    /// <summary>Gets the months carried over: from <see cref="From"/> to December of its year.</summary>
    public ValueArray<YearMonth> Months
    {
        get
        {
            var months = ImmutableArray.CreateBuilder<YearMonth>();
            for (var month = From; month.Year == From.Year; month = month.PlusMonths(1))
            {
                months.Add(month);
            }

            return months.ToImmutable();
        }
    }
}

/// <summary>Checks a carry-over against its year: the months in the previous year, each record and payment inside them.</summary>
internal static class StandingCarryover
{
    /// <summary>Checks the carry-over; paths under <c>Carryover.</c>.</summary>
    /// <param name="carryover">The carry-over.</param>
    /// <param name="year">The records' year.</param>
    /// <param name="problems">The collector, at <c>Carryover</c>.</param>
    /// <param name="record">Checks one record as a record of the previous year (branch, members, giver, identifier unique with the year's).</param>
    /// <param name="isListed">Tells whether a member is on a branch's list.</param>
    public static void Check(LifeCarryover carryover, AssessmentYear year, ProblemCollector problems, Action<MeetingRecord, ProblemCollector> record, Func<MemberId, bool> isListed)
    {
        var first = carryover.From.OnDayOfMonth(1);
        if (carryover.From.Year != year.Value - 1)
        {
            problems.Add("From", OrganizationalLifeErrorCodes.DateOutOfYear, "The first month carried over must be in the previous year.", carryover.From.ToString("uuuu-MM", CultureInfo.InvariantCulture));
            return;
        }

        for (var i = 0; i < carryover.Meetings.Length; i++)
        {
            if (carryover.Meetings[i] is not { } meeting)
            {
                continue;
            }

            var at = problems.At($"Meetings[{i}]");
            record(meeting, at);
            if (meeting.Date < first)
            {
                at.Add("Date", OrganizationalLifeErrorCodes.DateOutOfYear, "The record is dated before the first month carried over.", meeting.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        var paid = new HashSet<(MemberId, YearMonth)>();
        for (var i = 0; i < carryover.Dues.Length; i++)
        {
            if (carryover.Dues[i] is not { } payment)
            {
                continue;
            }

            var path = $"Dues[{i}]";
            if (!isListed(payment.MemberId))
            {
                problems.Add(path + ".MemberId", OrganizationalLifeErrorCodes.MemberUnknown, "The member is not on any branch's list.", payment.MemberId.Value);
            }

            if (payment.Month < carryover.From || payment.Month.Year != carryover.From.Year || payment.PaidOn < payment.Month.OnDayOfMonth(1))
            {
                problems.Add(path + ".Month", OrganizationalLifeErrorCodes.DateOutOfYear, "The month must be one carried over and paid on or after its first day.", payment.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture));
            }

            if (!paid.Add((payment.MemberId, payment.Month)))
            {
                problems.Add(path, OrganizationalLifeErrorCodes.DuesDuplicate, "The member's dues for the month are recorded twice.", payment.MemberId.Value);
            }
        }
    }
}
